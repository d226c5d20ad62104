// Sparse multivariate polynomials with Rational coefficients over named variables.
// Design notes are in the module README; arithmetic, division and gcd live in their own files.

/// A polynomial such as `1 - a beta_A - beta_A`, stored sparsely as a map from monomials to non-zero coefficients.
///
/// Equality is identity of canonical forms (no zero coefficients are ever stored). Iteration and printing follow
/// `Monomial.displayPrecedes`, so output is deterministic.
public struct Polynomial: Hashable, Sendable {
    /// Non-zero coefficients by monomial.
    public internal(set) var coefficients: [Monomial: Rational]

    /// The zero polynomial.
    public init() {
        coefficients = [:]
    }

    /// A constant polynomial.
    public init(_ constant: Rational) {
        coefficients = constant.isZero ? [:] : [.one: constant]
    }

    /// A constant polynomial.
    public init(_ constant: Int) {
        self.init(Rational(constant))
    }

    /// The polynomial consisting of one variable.
    public init(variable name: String) {
        coefficients = [Monomial(name): .one]
    }

    /// Builds from terms, adding coefficients of repeated monomials and dropping zeros.
    public init<S: Sequence>(terms: S) where S.Element == (Monomial, Rational) {
        var coefficients: [Monomial: Rational] = [:]
        for (monomial, coefficient) in terms {
            coefficients[monomial, default: .zero] += coefficient
        }
        self.coefficients = coefficients.filter { !$0.value.isZero }
    }

    internal init(uncheckedCoefficients: [Monomial: Rational]) {
        coefficients = uncheckedCoefficients
    }

    public static let zero = Polynomial()
    public static let one = Polynomial(1)

    public var isZero: Bool { coefficients.isEmpty }

    /// The value when the polynomial has no variables; `nil` otherwise.
    public var constantValue: Rational? {
        if coefficients.isEmpty { return .zero }
        if coefficients.count == 1, let value = coefficients[.one] { return value }
        return nil
    }

    public var isConstant: Bool { constantValue != nil }

    /// The terms in display order (higher degree first, constant last).
    public var terms: [(monomial: Monomial, coefficient: Rational)] {
        coefficients.sorted { Monomial.displayPrecedes($0.key, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The variables that occur, sorted by name.
    public var variables: [String] {
        Array(Set(coefficients.keys.flatMap { $0.powers.map(\.name) })).sorted()
    }

    /// Whether `name` occurs with a non-zero coefficient.
    public func contains(_ name: String) -> Bool {
        coefficients.keys.contains { $0.exponent(of: name) > 0 }
    }

    /// The highest power of `name` that occurs (0 when it does not occur; -1 for the zero polynomial).
    public func degree(in name: String) -> Int {
        coefficients.keys.map { $0.exponent(of: name) }.max() ?? -1
    }

    /// The highest total degree of a term (-1 for the zero polynomial).
    public var totalDegree: Int {
        coefficients.keys.map(\.totalDegree).max() ?? -1
    }

    /// The coefficients in one variable: `p = Σ_k result[k] · name^k`, each coefficient free of `name`.
    /// Only non-zero coefficients appear. This writes a constraint linear in `y_B` as `c1·y_B + c0`.
    public func coefficients(in name: String) -> [Int: Polynomial] {
        var grouped: [Int: [Monomial: Rational]] = [:]
        for (monomial, coefficient) in coefficients {
            grouped[monomial.exponent(of: name), default: [:]][monomial.removing(name)] = coefficient
        }
        return grouped.mapValues { Polynomial(uncheckedCoefficients: $0) }
    }

    /// The coefficient of `name^power` (zero when absent).
    public func coefficient(of name: String, power: Int) -> Polynomial {
        coefficients(in: name)[power] ?? .zero
    }

    /// The leading term in the lexicographic order (`Monomial.lexicographicallyPrecedes`), or `nil` for zero.
    public var lexicographicLeadingTerm: (monomial: Monomial, coefficient: Rational)? {
        coefficients.max { Monomial.lexicographicallyPrecedes($0.key, $1.key) }.map { ($0.key, $0.value) }
    }
}
