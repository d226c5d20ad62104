// The symbolic half of the enumeration: every incentive constraint a pure profile can have, derived by `Derivation`
// once per model and kept as compiled polynomials, so that a point costs only exact evaluations.
//
// Two facts about `Derivation` make the table small, and tests check both against direct derivations:
// - Locality: a player's period-2 constraint after a history depends only on the other's period-1 strategy (which
//   fixes the belief) and on the two players' period-2 actions at that history.
// - Additivity: a period-1 expected utility is a sum over the observed period-1 action of (period-1 payoff +
//   continuation value at that history), so a profile's period-1 constraint is the constraint of a base profile
//   plus, for each history, the change that the profile's period-2 play at that history makes.
// - A player's constraints depend on the other's period-1 strategy, not on its own (its own only says which action
//   is prescribed, so which way a period-1 difference is oriented).
// Hence, for each of the 4 period-1 strategies (both players taking it), one base profile (everyone defects in
// period 2) and the 4 × 15 profiles that change the period-2 play at a single history give everything: 244
// derivations per model.

import Exact
import Foundation

/// Index conventions. A *first-period half* is 2 bits (security-seeker, greedy; set = defect); a *first-period
/// pair* is A's half plus B's half shifted by 2. A *combo* is the period-2 play at one history in the same layout.
/// Histories are numbered in A's view (cc, cd, dc, dd); B sees the swapped history.
enum ProfileIndex {
    static func firstHalf(_ strategy: PureStrategy) -> Int { Int(strategy.code & 3) }

    static func firstPair(_ profile: PureProfile) -> Int {
        firstHalf(profile.a) | firstHalf(profile.b) << 2
    }

    /// A player's period-2 half at one of its own histories.
    static func secondHalf(_ strategy: PureStrategy, at history: History) -> Int {
        (strategy.secondPeriod(.securitySeeker, after: history) == .defect ? 1 : 0)
            | (strategy.secondPeriod(.greedy, after: history) == .defect ? 2 : 0)
    }

    /// The combo at A's history `h`.
    static func combo(_ profile: PureProfile, at h: Int) -> Int {
        let history = History.all[h]
        return secondHalf(profile.a, at: history) | secondHalf(profile.b, at: history.swapped) << 2
    }

    /// The profile with first-period pair `p` and combo `combos[h]` at each of A's histories `h`.
    static func profile(firstPair p: Int, combos: [Int]) -> PureProfile {
        func strategy(first: Int, halves: [(History, Int)]) -> PureStrategy {
            var code = UInt16(first)
            for (history, half) in halves {
                let index = History.index(of: history)
                if half & 1 != 0 { code |= 1 << (2 + index) }
                if half & 2 != 0 { code |= 1 << (6 + index) }
            }
            return PureStrategy(code: code)
        }
        let a = strategy(first: p & 3, halves: History.all.enumerated().map { ($0.element, combos[$0.offset] & 3) })
        let b = strategy(first: p >> 2, halves: History.all.enumerated().map { ($0.element.swapped, combos[$0.offset] >> 2) })
        return PureProfile(a: a, b: b)
    }

    /// Which half of a first-period pair belongs to `player`.
    static func half(of pair: Int, for player: Player) -> Int { player == .A ? pair & 3 : pair >> 2 }

    /// The action both types take when a half pools, else nil.
    static func pooledAction(_ half: Int) -> Action? {
        switch half {
        case 0: .cooperate
        case 3: .defect
        default: nil
        }
    }
}

/// Polynomials interned once per table, so that each distinct one is evaluated once per point.
struct PolynomialPool {
    private(set) var compiled: [CompiledPolynomial] = []
    private var indices: [Polynomial: Int] = [:]
    let variables: [String]

    init(variables: [String]) { self.variables = variables }

    mutating func index(of polynomial: Polynomial) -> Int {
        if let index = indices[polynomial] { return index }
        compiled.append(CompiledPolynomial(polynomial, variables: variables))
        indices[polynomial] = compiled.count - 1
        return compiled.count - 1
    }
}

/// The symbolic data of the enumeration for one model.
public final class EnumerationTable: @unchecked Sendable {
    /// The parameters every compiled polynomial may mention.
    public static let variables = ["H", "a", "y_A", "y_B", "beta_A", "beta_B", "theta"]

    /// One incentive constraint at a period-2 information set: `difference >= 0`.
    enum LocalConstraint {
        /// numerator / denominator (pool indices).
        case fixed(numerator: Int, denominator: Int)
        /// (slope · sigma + intercept) / denominator, for the holder's off-path belief sigma.
        case belief(slope: Int, intercept: Int, denominator: Int)
    }

    /// A player's two period-2 constraints (security-seeker, greedy) at one history.
    struct SideGame {
        let constraints: [LocalConstraint]
        /// The feasible interval of the holder's belief (pool indices of its ends) when its observation is off path.
        let offPathBounds: (lower: Int, upper: Int)?
    }

    /// What a player believes after one observation: Bayes' rule on path, or the feasible off-path interval.
    enum BeliefEntry {
        case onPath(value: Int)
        case offPath(lower: Int, upper: Int)
    }

    public let model: GameModel
    let pool: PolynomialPool
    /// Every player's constraints at every history, flattened: see `sideIndex`.
    let sides: [SideGame]
    /// `beliefs[player][otherFirstHalf][observed]` with observed 0 = c, 1 = d.
    let beliefs: [[[BeliefEntry]]]
    /// `basePeriodOne[player][otherFirstHalf][type]`: EU(c) - EU(d) in period 1 when everyone defects in period 2.
    let basePeriodOne: [[[RationalFunction]]]
    /// `periodOneChange[player][otherFirstHalf][h][combo][type]`: what the period-2 play `combo` at history h adds.
    let periodOneChange: [[[[[RationalFunction]]]]]

    private let lock = NSLock()
    private var periodOneCache: [UInt32: [CompiledRationalFunction]] = [:]

    /// Derives the table for `model` (baseline, independence or salience: the enumeration is over types, and the
    /// similarity model's draws are not enumerated).
    public init(model: GameModel) throws(DerivationError) {
        guard model.kind != .similarity else {
            throw DerivationError("the enumeration covers the baseline, independence and salience models, not similarity")
        }
        self.model = model
        var pool = PolynomialPool(variables: Self.variables)
        let emptySide = SideGame(constraints: [], offPathBounds: nil)
        var sides = Array(repeating: Array(repeating: Array(repeating: Array(repeating: emptySide, count: 16), count: 4), count: 4), count: 2)
        var beliefs = Array(repeating: Array(repeating: [BeliefEntry](), count: 4), count: 2)
        let zero = Array(repeating: RationalFunction.zero, count: 2)
        var basePeriodOne = Array(repeating: Array(repeating: zero, count: 4), count: 2)
        var periodOneChange = Array(repeating: Array(repeating: Array(repeating: Array(repeating: zero, count: 16), count: 4), count: 4), count: 2)
        let allDefect = 15
        // A player's constraints depend on the other's first-period half, not on its own, so the four pairs in
        // which both players take the same half cover every case.
        for half in 0..<4 {
            let p = half | half << 2
            let base = try Derivation(profile: ProfileIndex.profile(firstPair: p, combos: [allDefect, allDefect, allDefect, allDefect]).strategyProfile(), model: model)
            let baseUtilities = Self.periodOneUtilityDifferences(base)
            for slot in 0..<2 { basePeriodOne[slot][half] = baseUtilities[slot] }
            for h in 0..<4 {
                for combo in 0..<16 {
                    var combos = [allDefect, allDefect, allDefect, allDefect]
                    combos[h] = combo
                    let derivation = combo == allDefect ? base
                        : try Derivation(profile: ProfileIndex.profile(firstPair: p, combos: combos).strategyProfile(), model: model)
                    let utilities = Self.periodOneUtilityDifferences(derivation)
                    for (slot, player) in Player.allCases.enumerated() {
                        periodOneChange[slot][half][h][combo] = zip(utilities[slot], baseUtilities[slot]).map { $0 - $1 }
                        let history = player == .A ? History.all[h] : History.all[h].swapped
                        sides[slot][half][h][combo] = Self.side(of: player, after: history, in: derivation, pool: &pool)
                    }
                }
            }
            for (slot, player) in Player.allCases.enumerated() {
                beliefs[slot][half] = Action.allCases.map { observed in
                    let belief = base.belief(of: player, after: observed)
                    if let offPath = belief.offPath {
                        return .offPath(lower: pool.index(of: Self.polynomial(offPath.lowerBound)),
                                        upper: pool.index(of: Self.polynomial(offPath.upperBound)))
                    }
                    return .onPath(value: pool.index(of: Self.polynomial(belief.securitySeekerProbability)))
                }
            }
        }
        self.pool = pool
        self.sides = sides.flatMap { $0.flatMap { $0.flatMap { $0 } } }
        self.beliefs = beliefs
        self.basePeriodOne = basePeriodOne
        self.periodOneChange = periodOneChange
    }

    /// The position in `sides` of `player`'s constraints at A's history `h` for `combo`, given the other player's
    /// first-period half.
    static func sideIndex(_ player: Player, otherHalf: Int, history h: Int, combo: Int) -> Int {
        (((player == .A ? 0 : 1) * 4 + otherHalf) * 4 + h) * 16 + combo
    }

    private static let shared = SharedTables()

    /// The table for `model`, derived on first use and kept for the life of the process.
    public static func shared(for model: GameModel) throws(DerivationError) -> EnumerationTable {
        try shared.table(for: model)
    }

    // MARK: Reading derivations

    /// EU(c) - EU(d) in period 1 for each player's (security-seeker, greedy).
    static func periodOneUtilityDifferences(_ derivation: Derivation) -> [[RationalFunction]] {
        Player.allCases.map { player in
            PlayerType.allCases.map { type in
                let constraint = derivation.constraints.first {
                    $0.informationSet == InformationSet(player: player, state: PrivateState(type), history: nil)
                }!
                precondition(constraint.beliefVariables.isEmpty, "a period-1 constraint depends on an off-path belief")
                return constraint.cooperateUtility - constraint.defectUtility
            }
        }
    }

    /// The period-1 differences EU(prescribed) - EU(deviation) of A s, A g, B s, B g.
    static func periodOneDifferences(_ derivation: Derivation) -> [RationalFunction] {
        var result: [RationalFunction] = []
        for player in Player.allCases {
            for type in PlayerType.allCases {
                let constraint = derivation.constraints.first {
                    $0.informationSet == InformationSet(player: player, state: PrivateState(type), history: nil)
                }!
                precondition(constraint.beliefVariables.isEmpty, "a period-1 constraint depends on an off-path belief")
                result.append(constraint.difference)
            }
        }
        return result
    }

    private static func side(of player: Player, after history: History, in derivation: Derivation,
                             pool: inout PolynomialPool) -> SideGame {
        let belief = derivation.belief(of: player, after: history.other)
        let constraints = PlayerType.allCases.map { type -> LocalConstraint in
            let constraint = derivation.constraints.first {
                $0.informationSet == InformationSet(player: player, state: PrivateState(type), history: history)
            }!
            let difference = constraint.difference
            guard let offPath = belief.offPath else {
                return .fixed(numerator: pool.index(of: difference.numerator), denominator: pool.index(of: difference.denominator))
            }
            precondition(!difference.denominator.contains(offPath.variable) && difference.numerator.degree(in: offPath.variable) <= 1,
                         "a period-2 constraint is not linear in the off-path belief")
            let parts = difference.numerator.coefficients(in: offPath.variable)
            return .belief(slope: pool.index(of: parts[1] ?? .zero), intercept: pool.index(of: parts[0] ?? .zero),
                           denominator: pool.index(of: difference.denominator))
        }
        let bounds = belief.offPath.map {
            (pool.index(of: polynomial($0.lowerBound)), pool.index(of: polynomial($0.upperBound)))
        }
        return SideGame(constraints: constraints, offPathBounds: bounds)
    }

    /// A rational function with a constant denominator, as a polynomial.
    private static func polynomial(_ function: RationalFunction) -> Polynomial {
        guard let polynomial = function.polynomial else {
            preconditionFailure("expected a polynomial belief, found \(function.expression.ascii)")
        }
        return polynomial
    }

    // MARK: Period-1 constraints of whole profiles

    /// The period-1 differences (A s, A g, B s, B g) of `profile`: the base profile's plus the change made at each
    /// history, assembled once per profile and kept.
    func periodOneConstraints(firstPair p: Int, combos: [Int], code: UInt32) -> [CompiledRationalFunction] {
        lock.lock()
        if let cached = periodOneCache[code] { lock.unlock(); return cached }
        lock.unlock()
        let compiled = periodOneDifferences(firstPair: p, combos: combos).map {
            CompiledRationalFunction($0, variables: Self.variables)
        }
        lock.lock()
        periodOneCache[code] = compiled
        lock.unlock()
        return compiled
    }

    /// The period-1 differences EU(prescribed) - EU(deviation) (A s, A g, B s, B g) of the profile with
    /// first-period pair `p` and `combos`: the base plus each history's change, oriented by the prescribed action.
    func periodOneDifferences(firstPair p: Int, combos: [Int]) -> [RationalFunction] {
        var result: [RationalFunction] = []
        for (slot, player) in Player.allCases.enumerated() {
            let (own, other) = (ProfileIndex.half(of: p, for: player), ProfileIndex.half(of: p, for: player.other))
            for type in 0..<2 {
                var sum = basePeriodOne[slot][other][type]
                for h in 0..<4 where combos[h] != 15 { sum = sum + periodOneChange[slot][other][h][combos[h]][type] }
                let defects = own & (1 << type) != 0
                result.append(defects ? -sum : sum)
            }
        }
        return result
    }
}

/// The tables derived so far, one per model.
private final class SharedTables: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [GameModel: EnumerationTable] = [:]

    func table(for model: GameModel) throws(DerivationError) -> EnumerationTable {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[model] { return table }
        let table = try EnumerationTable(model: model)
        tables[model] = table
        return table
    }
}
