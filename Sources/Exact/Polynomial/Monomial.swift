// A product of powers of named variables, the basis element of a sparse polynomial.

/// A monomial such as `a^2 beta_A`: variable names with positive exponents, kept sorted by name so that equal
/// monomials are identical values.
public struct Monomial: Hashable, Sendable {
    /// One factor `name^exponent`, with `exponent >= 1`.
    public struct Power: Hashable, Sendable {
        public let name: String
        public let exponent: Int
    }

    /// The factors, sorted by variable name, each name once.
    public let powers: [Power]

    /// The monomial 1.
    public static let one = Monomial(sortedPowers: [])

    internal init(sortedPowers: [Power]) {
        powers = sortedPowers
    }

    /// The monomial `name^exponent` (1 when `exponent` is 0).
    public init(_ name: String, exponent: Int = 1) {
        precondition(exponent >= 0, "Monomial: negative exponent")
        powers = exponent == 0 ? [] : [Power(name: name, exponent: exponent)]
    }

    /// The sum of the exponents.
    public var totalDegree: Int { powers.reduce(0) { $0 + $1.exponent } }

    /// The exponent of `name` (0 when absent).
    public func exponent(of name: String) -> Int {
        powers.first { $0.name == name }?.exponent ?? 0
    }

    /// The monomial with `name` removed.
    public func removing(_ name: String) -> Monomial {
        Monomial(sortedPowers: powers.filter { $0.name != name })
    }

    public static func * (lhs: Monomial, rhs: Monomial) -> Monomial {
        var merged: [Power] = []
        merged.reserveCapacity(lhs.powers.count + rhs.powers.count)
        var i = 0, j = 0
        while i < lhs.powers.count || j < rhs.powers.count {
            if j == rhs.powers.count || (i < lhs.powers.count && lhs.powers[i].name < rhs.powers[j].name) {
                merged.append(lhs.powers[i]); i += 1
            } else if i == lhs.powers.count || rhs.powers[j].name < lhs.powers[i].name {
                merged.append(rhs.powers[j]); j += 1
            } else {
                merged.append(Power(name: lhs.powers[i].name, exponent: lhs.powers[i].exponent + rhs.powers[j].exponent))
                i += 1; j += 1
            }
        }
        return Monomial(sortedPowers: merged)
    }

    /// `self / divisor` when every exponent of `divisor` is at most the one in `self`; otherwise `nil`.
    public func divided(by divisor: Monomial) -> Monomial? {
        var result: [Power] = []
        var j = 0
        for power in powers {
            if j < divisor.powers.count && divisor.powers[j].name < power.name { return nil }
            if j < divisor.powers.count && divisor.powers[j].name == power.name {
                let left = power.exponent - divisor.powers[j].exponent
                if left < 0 { return nil }
                if left > 0 { result.append(Power(name: power.name, exponent: left)) }
                j += 1
            } else {
                result.append(power)
            }
        }
        return j == divisor.powers.count ? Monomial(sortedPowers: result) : nil
    }

    /// Lexicographic order with variables ranked by name (`H` < `a` < `beta_A` in ASCII): the monomial with the
    /// larger exponent at the first variable where they differ is larger. Used for division.
    public static func lexicographicallyPrecedes(_ lhs: Monomial, _ rhs: Monomial) -> Bool {
        var i = 0
        while i < lhs.powers.count && i < rhs.powers.count {
            let l = lhs.powers[i], r = rhs.powers[i]
            if l.name != r.name { return l.name > r.name }  // lhs lacks r.name's variable, which ranks first
            if l.exponent != r.exponent { return l.exponent < r.exponent }
            i += 1
        }
        return lhs.powers.count < rhs.powers.count
    }

    /// Display order: higher total degree first, then lexicographic; the constant comes last.
    public static func displayPrecedes(_ lhs: Monomial, _ rhs: Monomial) -> Bool {
        let (l, r) = (lhs.totalDegree, rhs.totalDegree)
        if l != r { return l > r }
        return lexicographicallyPrecedes(rhs, lhs)
    }
}
