// Deciding the sign of a polynomial over the admissible parameters: an interface, and a sound but incomplete
// default that needs no solver.

import Exact

/// The sign of a polynomial over the admissible region, when it is fixed.
public enum KnownSign: String, Hashable, Sendable {
    case positive, negative, nonnegative, nonpositive, zero

    /// Whether the polynomial cannot be negative (resp. positive) anywhere.
    var isNonnegative: Bool { self == .positive || self == .nonnegative || self == .zero }
    var isNonpositive: Bool { self == .negative || self == .nonpositive || self == .zero }
}

/// Decides signs of polynomials under a model's assumptions. The Prover supplies a complete one (Z3);
/// `BoundSubstitutionSignOracle` is the solver-free default.
public protocol SignOracle: Sendable {
    /// The sign of `polynomial` over every point satisfying the model's assumptions (with beliefs and
    /// probabilities in [0, 1]), or `nil` when the oracle cannot tell or the sign changes.
    func sign(of polynomial: Polynomial, in model: GameModel) -> KnownSign?
}

/// Proves signs without a solver, in two sound steps:
/// 1. A polynomial linear in a bounded variable (a in (H - 1, H), y in (0, 1), beta in [0, 1], ...) has the sign
///    it has at both end points of that variable's interval; end points are checked recursively.
/// 2. Otherwise each variable is rewritten from one of its bounds: `H = 1 + t` (t > 0), `a = H - 1 + t` (A2),
///    `beta = 1 - t` (t >= 0), ...; when every coefficient then has one sign, so does the polynomial.
/// Enough for the paper's simple factors; it answers `nil` otherwise, and the Prover decides.
public struct BoundSubstitutionSignOracle: SignOracle {
    public init() {}

    /// The interval of a bounded variable: end points (as polynomials in other variables) and whether each is
    /// included.
    private struct Interval {
        let lower: Polynomial
        let includesLower: Bool
        let upper: Polynomial
        let includesUpper: Bool
    }

    private func interval(of variable: String) -> Interval? {
        switch variable {
        // 0 < a < H and A2 (a > H - 1 > 0) give H - 1 < a < H.
        case "a": return Interval(lower: Polynomial(variable: "H") - 1, includesLower: false,
                                  upper: Polynomial(variable: "H"), includesUpper: false)
        case _ where variable.hasPrefix("y_"): return Interval(lower: 0, includesLower: false, upper: 1, includesUpper: false)
        case _ where variable.hasPrefix("alpha_"):
            return Interval(lower: Polynomial(Rational(1, 2)), includesLower: false, upper: 1, includesUpper: true)
        case _ where variable.hasPrefix("beta_") || variable.hasPrefix("sigma_") || variable.hasPrefix("omega"):
            return Interval(lower: 0, includesLower: true, upper: 1, includesUpper: true)
        default: return nil
        }
    }

    /// Step 1: the sign from the end points of the first bounded variable in which the polynomial is linear.
    /// Only one variable is tried per level, so the work stays at two branches per variable.
    private func signFromEndPoints(of polynomial: Polynomial, in model: GameModel) -> KnownSign? {
        for variable in polynomial.variables where polynomial.degree(in: variable) == 1 {
            guard let interval = interval(of: variable) else { continue }
            guard let low = sign(of: polynomial.substituting(variable, with: interval.lower), in: model),
                  let high = sign(of: polynomial.substituting(variable, with: interval.upper), in: model)
            else { return nil }
            if low == .zero && high == .zero { return .zero }
            // A linear function is strictly signed inside the segment unless it vanishes at both ends; at an
            // included end point it has that end point's value.
            let endSigns = [(low, interval.includesLower), (high, interval.includesUpper)]
            if low.isNonnegative && high.isNonnegative {
                let strict = endSigns.allSatisfy { !$0.1 || $0.0 == .positive }
                return strict ? .positive : .nonnegative
            }
            if low.isNonpositive && high.isNonpositive {
                let strict = endSigns.allSatisfy { !$0.1 || $0.0 == .negative }
                return strict ? .negative : .nonpositive
            }
            return nil
        }
        return nil
    }

    /// A way to write a variable from one bound: `variable = offset + direction · t` with t ≥ 0 (or > 0).
    private struct Rewrite {
        let offset: Polynomial
        let direction: Rational
        let strict: Bool
    }

    private func rewrites(of variable: String) -> [Rewrite] {
        let h = Polynomial(variable: "H")
        func from(_ offset: Polynomial, _ direction: Rational, strict: Bool) -> Rewrite {
            Rewrite(offset: offset, direction: direction, strict: strict)
        }
        switch variable {
        case "H": return [from(1, 1, strict: true)]
        case "a": return [from(h - 1, 1, strict: true), from(0, 1, strict: true), from(h, -1, strict: true)]
        case "theta": return [from(0, 1, strict: true)]
        case _ where variable.hasPrefix("y_"): return [from(0, 1, strict: true), from(1, -1, strict: true)]
        case _ where variable.hasPrefix("alpha_"):
            return [from(Polynomial(Rational(1, 2)), 1, strict: true), from(1, -1, strict: false)]
        case _ where variable.hasPrefix("beta_") || variable.hasPrefix("sigma_") || variable.hasPrefix("omega"):
            return [from(0, 1, strict: false), from(1, -1, strict: false)]
        default: return []
        }
    }

    public func sign(of polynomial: Polynomial, in model: GameModel) -> KnownSign? {
        if polynomial.isZero { return .zero }
        if let constant = polynomial.constantValue { return constant.signum > 0 ? .positive : .negative }
        if let sign = signFromEndPoints(of: polynomial, in: model) { return sign }
        return signFromRewriting(polynomial)
    }

    /// At most this many combinations of rewrites are tried, and only on polynomials of modest size.
    private static let rewriteLimit = 64
    private static let termLimit = 60

    /// Step 2: rewrite every variable from a bound and read the signs of the coefficients.
    private func signFromRewriting(_ polynomial: Polynomial) -> KnownSign? {
        guard polynomial.coefficients.count <= Self.termLimit else { return nil }
        // `a` first: its rewrites mention H, which is rewritten afterwards.
        let variables = polynomial.variables.sorted { ($0 == "a" ? 0 : 1, $0) < ($1 == "a" ? 0 : 1, $1) }
        var choices: [[(String, Rewrite)]] = [[]]
        for variable in variables {
            let options = rewrites(of: variable)
            guard !options.isEmpty else { return nil }
            choices = choices.flatMap { prefix in options.map { prefix + [(variable, $0)] } }
            if choices.count > Self.rewriteLimit { return nil }
        }
        if variables.contains("a") && !variables.contains("H") {
            // The rewrites of `a` introduce H; give H its rewrite too.
            choices = choices.map { $0 + [("H", rewrites(of: "H")[0])] }
        }
        for choice in choices {
            var rewritten = polynomial
            var strictVariables: Set<String> = []
            for (index, (variable, rewrite)) in choice.enumerated() {
                let fresh = "t\(index)_\(variable)"
                if rewrite.strict { strictVariables.insert(fresh) }
                let value = rewrite.offset + rewrite.direction * Polynomial(variable: fresh)
                rewritten = rewritten.substituting(variable, with: value)
            }
            if let sign = sign(ofRewritten: rewritten, strict: strictVariables) { return sign }
        }
        return nil
    }

    /// All coefficients of one sign: the polynomial has that sign for non-negative variables; strictly so when a
    /// term made only of strictly positive variables (or the constant) is non-zero.
    private func sign(ofRewritten polynomial: Polynomial, strict: Set<String>) -> KnownSign? {
        let signs = Set(polynomial.coefficients.values.map(\.signum))
        guard signs.count == 1, let sign = signs.first else { return polynomial.isZero ? .zero : nil }
        let hasStrictTerm = polynomial.coefficients.keys.contains { monomial in
            monomial.powers.allSatisfy { strict.contains($0.name) }
        }
        if sign > 0 { return hasStrictTerm ? .positive : .nonnegative }
        return hasStrictTerm ? .negative : .nonpositive
    }
}
