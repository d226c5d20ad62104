// Quotients of polynomials, kept in lowest terms.

/// A rational function `numerator / denominator` over Q, such as a derived threshold.
///
/// Always stored reduced: the numerator and denominator have no common polynomial factor, and the denominator is
/// normalised (coprime integer coefficients, positive lexicographic leading coefficient). That form is unique, so
/// equal rational functions are identical values.
public struct RationalFunction: Hashable, Sendable {
    public let numerator: Polynomial
    public let denominator: Polynomial

    /// A zero denominator, found while building or evaluating a rational function.
    public struct ZeroDenominator: Error, Equatable, Sendable {
        public init() {}
    }

    /// `numerator / denominator`, reduced. Traps when `denominator` is the zero polynomial.
    public init(_ numerator: Polynomial, _ denominator: Polynomial = .one) {
        precondition(!denominator.isZero, "RationalFunction: zero denominator")
        if numerator.isZero {
            self.numerator = .zero
            self.denominator = .one
            return
        }
        var (top, bottom) = (numerator, denominator)
        if !bottom.isConstant {
            let common = Polynomial.gcd(top, bottom)
            if !common.isConstant {
                top = top.dividedExactly(by: common)!
                bottom = bottom.dividedExactly(by: common)!
            }
        }
        let scale = bottom.rationalContent.reciprocal
        self.numerator = scale * top
        self.denominator = scale * bottom
    }

    public init(_ polynomial: Polynomial) {
        self.init(polynomial, .one)
    }

    public init(_ constant: Rational) {
        self.init(Polynomial(constant), .one)
    }

    public static let zero = RationalFunction(Polynomial.zero)
    public static let one = RationalFunction(Polynomial.one)

    public var isZero: Bool { numerator.isZero }

    /// The polynomial, when the denominator is constant.
    public var polynomial: Polynomial? {
        denominator.constantValue.map { $0.reciprocal * numerator }
    }

    /// The value when there are no variables.
    public var constantValue: Rational? {
        polynomial?.constantValue
    }

    /// The variables that occur, sorted by name.
    public var variables: [String] {
        Array(Set(numerator.variables + denominator.variables)).sorted()
    }

    /// The exact value at a point. Throws `ZeroDenominator` when the (reduced) denominator vanishes there, and
    /// `Polynomial.UnboundVariable` for a variable without a value.
    public func evaluated(at point: [String: Rational]) throws -> Rational {
        let bottom = try denominator.evaluated(at: point)
        guard !bottom.isZero else { throw ZeroDenominator() }
        return try numerator.evaluated(at: point) / bottom
    }

    /// A substitution whose result, before its gcd, has more terms than the caller allows.
    public struct TooLarge: Error, Equatable, Sendable {
        public let terms: Int
        public let limit: Int
    }

    /// Replaces variables by rational functions. Throws `ZeroDenominator` when the result's denominator vanishes
    /// identically, and `TooLarge` when `termLimit` is given and the unreduced result (numerator and denominator
    /// over a common denominator) has more terms: the final gcd of such polynomials can take hours.
    ///
    /// Works over a common denominator: with `x = n/d`, a polynomial of degree k in x becomes a polynomial over
    /// `d^k`, so only one gcd is computed, at the end.
    public func substituting(_ values: [String: RationalFunction], termLimit: Int? = nil) throws -> RationalFunction {
        let relevant = values.filter { variables.contains($0.key) }
        if relevant.isEmpty { return self }
        /// `polynomial(values) = cleared / Π d_x^(deg_x)`, returned as (cleared, Π d_x^(deg_x)).
        func cleared(_ polynomial: Polynomial) -> (Polynomial, Polynomial) {
            var degrees: [String: Int] = [:]
            for name in relevant.keys { degrees[name] = max(polynomial.degree(in: name), 0) }
            var numeratorPowers: [String: [Polynomial]] = [:]
            var denominatorPowers: [String: [Polynomial]] = [:]
            for (name, value) in relevant {
                let degree = degrees[name]!
                numeratorPowers[name] = (0...degree).map { value.numerator.power($0) }
                denominatorPowers[name] = (0...degree).map { value.denominator.power($0) }
            }
            var total = Polynomial.zero
            for (monomial, coefficient) in polynomial.coefficients {
                var term = Polynomial(coefficient)
                var kept: [Monomial.Power] = []
                var exponents: [String: Int] = [:]
                for power in monomial.powers {
                    if relevant[power.name] != nil { exponents[power.name] = power.exponent } else { kept.append(power) }
                }
                for (name, degree) in degrees {
                    let exponent = exponents[name] ?? 0
                    term *= numeratorPowers[name]![exponent] * denominatorPowers[name]![degree - exponent]
                }
                total += term.multiplied(by: Monomial(sortedPowers: kept), coefficient: .one)
            }
            let scale = degrees.reduce(Polynomial.one) { $0 * denominatorPowers[$1.key]![$1.value] }
            return (total, scale)
        }
        let (top, topScale) = cleared(numerator)
        let (bottom, bottomScale) = cleared(denominator)
        guard !bottom.isZero else { throw ZeroDenominator() }
        let (numerator, denominator) = (top * bottomScale, bottom * topScale)
        if let termLimit, numerator.coefficients.count + denominator.coefficients.count > termLimit {
            throw TooLarge(terms: numerator.coefficients.count + denominator.coefficients.count, limit: termLimit)
        }
        return RationalFunction(numerator, denominator)
    }

    /// The partial derivative with respect to `name` (quotient rule).
    public func derivative(with name: String) -> RationalFunction {
        let top = numerator.derivative(with: name) * denominator - numerator * denominator.derivative(with: name)
        return RationalFunction(top, denominator * denominator)
    }
}
