// Fast exact evaluation of derived polynomials at many points.
//
// A point's coordinates are rationals n_k/d_k. A polynomial whose coefficients are c_m = C_m/L (C_m, L integers)
// and whose degree in x_k is at most D_k satisfies
//     p(x) · L · Π_k d_k^D_k = Σ_m C_m · Π_k n_k^e_mk · d_k^(D_k - e_mk),
// an integer with the sign of p(x). That sum is computed in machine integers with every multiplication and
// addition checked for overflow; on overflow the polynomial is evaluated again with GMP rationals. Either way the
// answer is exact: no floating point anywhere.

import Exact

/// The values of a fixed list of variables, prepared for `CompiledPolynomial`.
public struct ExactPoint: Sendable {
    /// Powers up to this exponent are tabulated; higher degrees use the GMP path.
    static let maximumExponent = 8

    public let variables: [String]
    public let values: [Rational]
    /// The values by name (for the GMP path).
    public let named: [String: Rational]
    /// n_k^e and d_k^e at `k * (maximumExponent + 1) + e`, or `Int.min` when they overflow.
    let numeratorPowers: [Int]
    let denominatorPowers: [Int]

    /// `values` must bind every name in `variables`; other entries are kept for the GMP path only.
    public init(variables: [String], values named: [String: Rational]) {
        self.variables = variables
        self.named = named
        let values = variables.map { name -> Rational in
            guard let value = named[name] else { preconditionFailure("ExactPoint: no value for \(name)") }
            return value
        }
        self.values = values
        let stride = Self.maximumExponent + 1
        var numerators = Array(repeating: Int.min, count: variables.count * stride)
        var denominators = Array(repeating: Int.min, count: variables.count * stride)
        for (k, value) in values.enumerated() {
            guard let n = value.numerator.exactInt, let d = value.denominator.exactInt else { continue }
            var (np, dp) = (1, 1)
            var (nOverflow, dOverflow) = (false, false)
            for e in 0...Self.maximumExponent {
                if !nOverflow { numerators[k * stride + e] = np }
                if !dOverflow { denominators[k * stride + e] = dp }
                let nextN = np.multipliedReportingOverflow(by: n), nextD = dp.multipliedReportingOverflow(by: d)
                nOverflow = nOverflow || nextN.overflow || nextN.partialValue == Int.min
                dOverflow = dOverflow || nextD.overflow || nextD.partialValue == Int.min
                (np, dp) = (nextN.partialValue, nextD.partialValue)
            }
        }
        numeratorPowers = numerators
        denominatorPowers = denominators
    }

    public func value(of name: String) -> Rational? { named[name] }
}

/// A polynomial prepared for fast exact evaluation at `ExactPoint`s over a fixed list of variables.
public final class CompiledPolynomial: Sendable {
    public let polynomial: Polynomial
    /// Indices (into the variable list) of the variables that occur, and their degrees.
    let active: [Int]
    let degrees: [Int]
    /// Integer coefficients C_m = c_m · scale, or empty when they do not fit in an Int.
    let coefficients: [Int]
    /// Exponents, `active.count` per term.
    let exponents: [Int]
    /// L: the least common denominator of the coefficients.
    let scale: Rational
    let constant: Rational?

    public init(_ polynomial: Polynomial, variables: [String]) {
        self.polynomial = polynomial
        constant = polynomial.constantValue
        let names = polynomial.variables
        var active: [Int] = []
        for name in names {
            guard let index = variables.firstIndex(of: name) else {
                preconditionFailure("CompiledPolynomial: \(name) is not among \(variables)")
            }
            active.append(index)
        }
        self.active = active
        degrees = names.map { polynomial.degree(in: $0) }
        var lcm = BigInteger(1)
        for coefficient in polynomial.coefficients.values {
            let d = coefficient.denominator
            lcm = lcm * d.dividedExactly(by: BigInteger.gcd(lcm, d))
        }
        scale = Rational(lcm)
        var coefficients: [Int] = []
        var exponents: [Int] = []
        var fits = degrees.allSatisfy { $0 <= ExactPoint.maximumExponent }
        for (monomial, coefficient) in polynomial.coefficients where fits {
            guard let integer = (coefficient * scale).numerator.exactInt, integer != Int.min else {
                fits = false
                break
            }
            coefficients.append(integer)
            exponents += names.map { monomial.exponent(of: $0) }
        }
        self.coefficients = fits ? coefficients : []
        self.exponents = fits ? exponents : []
    }

    /// The sign (-1, 0, 1) at `point`.
    public func sign(at point: ExactPoint) -> Int {
        if let constant { return constant.signum }
        if let sum = integerSum(at: point) { return sum.signum() }
        return value(at: point).signum
    }

    /// The exact value at `point`.
    public func value(at point: ExactPoint) -> Rational {
        if let constant { return constant }
        if let sum = integerSum(at: point) {
            var divisor = scale
            for (slot, k) in active.enumerated() {
                divisor *= Rational(point.values[k].denominator.power(degrees[slot]))
            }
            return Rational(sum) / divisor
        }
        return try! polynomial.evaluated(at: point.named)
    }

    /// Σ_m C_m Π n_k^e d_k^(D_k - e), or nil on overflow (or when the coefficients do not fit).
    private func integerSum(at point: ExactPoint) -> Int? {
        if coefficients.isEmpty { return nil }
        let stride = ExactPoint.maximumExponent + 1
        let width = active.count
        var sum = 0
        for term in 0..<coefficients.count {
            var product = coefficients[term]
            for slot in 0..<width {
                let k = active[slot], e = exponents[term * width + slot]
                let n = point.numeratorPowers[k * stride + e]
                let d = point.denominatorPowers[k * stride + degrees[slot] - e]
                if n == Int.min || d == Int.min { return nil }
                let first = product.multipliedReportingOverflow(by: n)
                if first.overflow { return nil }
                let second = first.partialValue.multipliedReportingOverflow(by: d)
                if second.overflow { return nil }
                product = second.partialValue
            }
            let next = sum.addingReportingOverflow(product)
            if next.overflow { return nil }
            sum = next.partialValue
        }
        return sum
    }
}

/// A quotient of compiled polynomials; its sign is the product of their signs.
public final class CompiledRationalFunction: Sendable {
    public let numerator: CompiledPolynomial
    public let denominator: CompiledPolynomial

    public init(_ function: RationalFunction, variables: [String]) {
        numerator = CompiledPolynomial(function.numerator, variables: variables)
        denominator = CompiledPolynomial(function.denominator, variables: variables)
    }

    /// The sign at `point`, or nil where the denominator vanishes.
    public func sign(at point: ExactPoint) -> Int? {
        let bottom = denominator.sign(at: point)
        if bottom == 0 { return nil }
        return numerator.sign(at: point) * bottom
    }

    /// The exact value, or nil where the denominator vanishes.
    public func value(at point: ExactPoint) -> Rational? {
        let bottom = denominator.value(at: point)
        if bottom.isZero { return nil }
        return numerator.value(at: point) / bottom
    }
}
