// One incentive constraint of a profile, with the expected utilities it compares.

import Exact

/// An information set: a player in a private state, in period 1 or in period 2 after a history.
public struct InformationSet: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let player: Player
    public let state: PrivateState
    /// `nil` in period 1.
    public let history: History?

    public var period: Int { history == nil ? 1 : 2 }

    /// `A security-seeker, period 1` or `A greedy, period 2 after (c, d)`.
    public var description: String {
        let base = "\(player.rawValue) \(state.words), period \(period)"
        guard let history else { return base }
        return base + " after (\(history.own.rawValue), \(history.other.rawValue))"
    }

    public static func < (lhs: InformationSet, rhs: InformationSet) -> Bool {
        func key(_ set: InformationSet) -> (Int, String, Int, Int) {
            let historyIndex = set.history.map { History.all.firstIndex(of: $0)! } ?? -1
            let stateIndex = [PrivateState(.securitySeeker), PrivateState(.securitySeeker, draw: .aligned),
                              PrivateState(.securitySeeker, draw: .swapped), PrivateState(.greedy),
                              PrivateState(.greedy, draw: .aligned), PrivateState(.greedy, draw: .swapped)]
                .firstIndex(of: set.state)!
            return (set.period, set.player.rawValue, stateIndex, historyIndex)
        }
        return key(lhs) < key(rhs)
    }
}

/// "No profitable deviation" at one information set: the prescribed action is at least as good as the
/// alternative (a weak inequality, since a best response allows ties), or, for a mixed action, indifference.
public struct IncentiveConstraint: Hashable, Sendable {
    public enum Requirement: Hashable, Sendable {
        /// The prescribed pure action must be at least as good as its opposite.
        case noProfitableDeviation(prescribed: Action)
        /// A mixed action: cooperating and defecting must be equally good.
        case indifference
    }

    public let informationSet: InformationSet
    public let requirement: Requirement
    /// Expected utility of cooperating and of defecting here (period 1: both periods; period 2: period 2 only),
    /// each followed by the profile's continuation.
    public let cooperateUtility: RationalFunction
    public let defectUtility: RationalFunction
    /// Whether the information set is reached with positive probability.
    public let isOnPath: Bool

    /// EU(prescribed) - EU(deviation), or EU(c) - EU(d) for indifference.
    public var difference: RationalFunction {
        switch requirement {
        case .noProfitableDeviation(.cooperate), .indifference: cooperateUtility - defectUtility
        case .noProfitableDeviation(.defect): defectUtility - cooperateUtility
        }
    }

    /// `>=` for a pure action, `=` for indifference.
    public var relation: RelationOperator {
        requirement == .indifference ? .equal : .greaterOrEqual
    }

    /// The constraint as a formula `difference >= 0` (or `= 0`).
    public var formula: Formula {
        .relation(Relation(difference.expression, relation, .number(.zero)))
    }

    /// `A greedy, period 1: defect rather than cooperate`.
    public var label: String {
        switch requirement {
        case .noProfitableDeviation(let action):
            "\(informationSet): \(action.word) rather than \(action.opposite.word)"
        case .indifference:
            "\(informationSet): indifferent between cooperating and defecting (mixes)"
        }
    }

    /// The belief variables the constraint depends on.
    public var beliefVariables: [String] {
        difference.variables.filter { $0.hasPrefix("sigma_") }
    }

    func substituting(_ values: [String: RationalFunction], termLimit: Int? = nil) throws -> IncentiveConstraint {
        IncentiveConstraint(
            informationSet: informationSet, requirement: requirement,
            cooperateUtility: try cooperateUtility.substituting(values, termLimit: termLimit),
            defectUtility: try defectUtility.substituting(values, termLimit: termLimit), isOnPath: isOnPath)
    }
}
