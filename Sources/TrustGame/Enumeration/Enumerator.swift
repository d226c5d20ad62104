// Every pure-strategy PBE at an exact point: the table's derived constraints, evaluated exactly.
//
// The search follows the game: for each of the 16 pairs of period-1 strategies, the period-2 play at each history
// must be sequentially rational given the beliefs, so only the combinations of locally rational period-2 play
// (typically one or two per history) are assembled into whole profiles; for those the period-1 constraints and the
// joint choice of off-path beliefs decide. The 2^20 profiles are never visited one by one, and every verdict comes
// from the constraints `Derivation` produced.

import Exact

/// A pure profile that is a PBE at a point (for some feasible off-path belief), with the beliefs that support it.
public struct PureEquilibrium: Hashable, Sendable {
    public let profile: PureProfile
    /// Whether every incentive constraint holds strictly for some supporting belief. When false, some type is
    /// indifferent at this point however the off-path beliefs are chosen: the point lies on a boundary.
    public let isStrict: Bool
    /// For each player whose observation of the other's period-1 action can be off path: the feasible off-path
    /// beliefs (the probability of a security-seeker) that support the profile. A non-empty interval.
    public let offPathBeliefs: [Player: BeliefInterval]
}

/// A point that cannot be evaluated.
public struct EnumerationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Enumerates the pure-strategy PBE of one model at exact points.
public struct EquilibriumEnumerator: Sendable {
    public let table: EnumerationTable

    public var model: GameModel { table.model }

    /// Uses the shared table of `model` (derived on first use).
    public init(model: GameModel) throws(DerivationError) {
        table = try EnumerationTable.shared(for: model)
    }

    public init(table: EnumerationTable) {
        self.table = table
    }

    /// The point with the model's fixed parameters added. Throws when a free parameter has no value, or a fixed
    /// one is given a different value.
    public func point(_ values: [String: Rational]) throws(EnumerationError) -> ExactPoint {
        var complete = values
        for (name, value) in model.fixedParameters {
            if let given = values[name], given != value {
                throw EnumerationError("the \(model.name) model fixes \(name) = \(value), but the point gives \(given)")
            }
            complete[name] = value
        }
        let missing = EnumerationTable.variables.filter { complete[$0] == nil }
        guard missing.isEmpty else {
            throw EnumerationError("the point gives no value for \(missing.joined(separator: ", "))")
        }
        return ExactPoint(variables: EnumerationTable.variables, values: complete)
    }

    /// Every pure profile that is a PBE at `values`, in profile-code order.
    public func equilibria(at values: [String: Rational]) throws(EnumerationError) -> [PureEquilibrium] {
        equilibria(at: try point(values))
    }

    /// Every pure profile that is a PBE at `point`, in profile-code order.
    public func equilibria(at point: ExactPoint) -> [PureEquilibrium] {
        var evaluation = PointEvaluation(table: table, point: point)
        var found: [PureEquilibrium] = []
        firstPairs: for p in 0..<16 {
            var valid: [[Int]] = []
            for h in 0..<4 {
                let mask = evaluation.rationalCombos(.A, otherHalf: p >> 2, history: h)
                    & evaluation.rationalCombos(.B, otherHalf: p & 3, history: h)
                if mask == 0 { continue firstPairs }
                valid.append((0..<16).filter { mask & (1 << $0) != 0 })
            }
            for c0 in valid[0] {
                for c1 in valid[1] {
                    for c2 in valid[2] {
                        for c3 in valid[3] {
                            if let equilibrium = evaluation.evaluate(firstPair: p, combos: [c0, c1, c2, c3]) {
                                found.append(equilibrium)
                            }
                        }
                    }
                }
            }
        }
        return found.sorted { $0.profile < $1.profile }
    }

    /// `profile` at `point`: a `PureEquilibrium` when it is a PBE there, nil otherwise.
    public func evaluate(_ profile: PureProfile, at point: ExactPoint) -> PureEquilibrium? {
        evaluate([profile], at: point)[0]
    }

    /// Each of `profiles` at `point` (sharing the work done at the point).
    public func evaluate(_ profiles: [PureProfile], at point: ExactPoint) -> [PureEquilibrium?] {
        var evaluation = PointEvaluation(table: table, point: point)
        return profiles.map { profile in
            let p = ProfileIndex.firstPair(profile)
            let combos = (0..<4).map { ProfileIndex.combo(profile, at: $0) }
            for h in 0..<4 where !evaluation.locallyRational(firstPair: p, history: h, combo: combos[h]) { return nil }
            return evaluation.evaluate(firstPair: p, combos: combos)
        }
    }
}

/// The exact values of the table's polynomials at one point, each computed once, and the verdicts built on them.
struct PointEvaluation {
    let table: EnumerationTable
    let point: ExactPoint
    private let compiled: [CompiledPolynomial]
    private var signs: [Int8]
    private var values: [Rational?]
    /// For each side slot (`[player][otherFirstHalf][h][combo]`), the index of its result in `computedSides`, or -1
    /// before it is computed. A point computes few of the 512 sides, so the results are kept densely: allocating,
    /// clearing and destroying 512 optional results at every point cost more than computing the few needed.
    private var sideSlots: [Int16]
    private var computedSides: [SideResult] = []
    /// `masks[side]`: bit `combo` set when that side's constraints hold for some belief; 0xFFFF_FFFF unknown.
    private var masks: [UInt32]
    private var roots: [Int: Rational] = [:]

    /// The verdict on one player's period-2 constraints at one history.
    struct SideResult {
        /// Every constraint holds for some feasible belief.
        let weak: Bool
        /// Every constraint that does not involve a belief holds strictly.
        let strictWithoutBelief: Bool
        /// The supporting off-path beliefs (weak and strict), when the observation is off path.
        let beliefs: BeliefInterval?
        let strictBeliefs: BeliefInterval?
    }

    init(table: EnumerationTable, point: ExactPoint) {
        self.table = table
        self.point = point
        compiled = table.pool.compiled
        signs = Array(repeating: 2, count: table.pool.compiled.count)
        values = Array(repeating: nil, count: table.pool.compiled.count)
        sideSlots = Array(repeating: -1, count: 2 * 4 * 4 * 16)
        computedSides.reserveCapacity(64)
        masks = Array(repeating: UInt32.max, count: 2 * 4 * 4)
    }

    /// The combos (as a bit mask) at A's history `h` for which `player`'s period-2 constraints hold for some
    /// feasible belief, given the other player's first-period half.
    mutating func rationalCombos(_ player: Player, otherHalf: Int, history h: Int) -> UInt32 {
        let slot = ((player == .A ? 0 : 1) * 4 + otherHalf) * 4 + h
        if masks[slot] != UInt32.max { return masks[slot] }
        var mask: UInt32 = 0
        for combo in 0..<16 where side(player, otherHalf: otherHalf, history: h, combo: combo).weak {
            mask |= 1 << UInt32(combo)
        }
        masks[slot] = mask
        return mask
    }

    mutating func sign(_ index: Int) -> Int {
        if signs[index] == 2 { signs[index] = Int8(compiled[index].sign(at: point)) }
        return Int(signs[index])
    }

    mutating func value(_ index: Int) -> Rational {
        if let value = values[index] { return value }
        let value = compiled[index].value(at: point)
        values[index] = value
        return value
    }

    /// -intercept/slope: where a belief constraint changes sign (shared by many constraints, so kept).
    private mutating func root(slope: Int, intercept: Int) -> Rational {
        let key = slope << 32 | intercept
        if let root = roots[key] { return root }
        let root = -value(intercept) / value(slope)
        roots[key] = root
        return root
    }

    mutating func side(_ player: Player, otherHalf: Int, history h: Int, combo: Int) -> SideResult {
        let slot = EnumerationTable.sideIndex(player, otherHalf: otherHalf, history: h, combo: combo)
        if sideSlots[slot] >= 0 { return computedSides[Int(sideSlots[slot])] }
        let game = table.sides[slot]
        var weak = true, strictWithoutBelief = true
        var interval = game.offPathBounds.map { BeliefInterval(lower: value($0.lower), upper: value($0.upper)) }
        var strictInterval = interval
        for constraint in game.constraints {
            switch constraint {
            case .fixed(let numerator, let denominator):
                let bottom = sign(denominator)
                let s = bottom == 0 ? -1 : sign(numerator) * bottom
                if s < 0 { weak = false }
                if s <= 0 { strictWithoutBelief = false }
            case .belief(let slope, let intercept, let denominator):
                let bottom = sign(denominator)
                guard bottom != 0 else { weak = false; strictWithoutBelief = false; continue }
                let slopeSign = sign(slope) * bottom, interceptSign = sign(intercept) * bottom
                let root = slopeSign == 0 ? nil : self.root(slope: slope, intercept: intercept)
                interval = interval?.restricted(slopeSign: slopeSign, interceptSign: interceptSign, root: root, strict: false)
                strictInterval = strictInterval?.restricted(slopeSign: slopeSign, interceptSign: interceptSign, root: root,
                                                            strict: true)
            }
        }
        if let interval, interval.isEmpty { weak = false }
        let result = SideResult(weak: weak, strictWithoutBelief: strictWithoutBelief, beliefs: interval,
                                strictBeliefs: strictInterval)
        sideSlots[slot] = Int16(computedSides.count)
        computedSides.append(result)
        return result
    }

    /// Whether both players' period-2 play `combo` at A's history `h` is sequentially rational for some feasible
    /// belief, given first-period pair `p`.
    mutating func locallyRational(firstPair p: Int, history h: Int, combo: Int) -> Bool {
        let bit = UInt32(1) << UInt32(combo)
        return rationalCombos(.A, otherHalf: p >> 2, history: h) & rationalCombos(.B, otherHalf: p & 3, history: h) & bit != 0
    }

    /// The whole profile, once every history is locally rational: one off-path belief per player must serve all
    /// of its histories, and the period-1 constraints must hold.
    mutating func evaluate(firstPair p: Int, combos: [Int]) -> PureEquilibrium? {
        var strict = true
        var offPath: [Player: BeliefInterval] = [:]
        for player in Player.allCases {
            let otherHalf = ProfileIndex.half(of: p, for: player.other)
            var joint: BeliefInterval?
            var strictJoint: BeliefInterval?
            for h in 0..<4 {
                let result = side(player, otherHalf: otherHalf, history: h, combo: combos[h])
                strict = strict && result.strictWithoutBelief
                if let beliefs = result.beliefs, let strictBeliefs = result.strictBeliefs {
                    joint = joint.map { $0.intersection(beliefs) } ?? beliefs
                    strictJoint = strictJoint.map { $0.intersection(strictBeliefs) } ?? strictBeliefs
                }
            }
            if let joint {
                if joint.isEmpty { return nil }
                offPath[player] = joint
                strict = strict && !(strictJoint?.isEmpty ?? true)
            }
        }
        let profile = ProfileIndex.profile(firstPair: p, combos: combos)
        for difference in table.periodOneConstraints(firstPair: p, combos: combos, code: profile.code) {
            guard let s = difference.sign(at: point), s >= 0 else { return nil }
            if s == 0 { strict = false }
        }
        return PureEquilibrium(profile: profile, isStrict: strict, offPathBeliefs: offPath)
    }
}
