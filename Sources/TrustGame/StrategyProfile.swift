// Strategies and strategy profiles: who cooperates with what probability, in each period and after each history.

import Exact

/// The probability of cooperating at one information set: 0, 1, or an expression such as a mixing probability.
public typealias CooperationProbability = RationalFunction

extension RationalFunction {
    /// Probability 1 of cooperating.
    public static let cooperate = RationalFunction.one
    /// Probability 0 of cooperating.
    public static let defect = RationalFunction.zero

    /// The action when the probability is 0 or 1; `nil` for a mixed (or symbolic) probability.
    public var pureAction: Action? {
        guard let value = constantValue else { return nil }
        if value == 1 { return .cooperate }
        if value == 0 { return .defect }
        return nil
    }
}

/// One player's strategy: for each private state, the probability of cooperating in period 1, and in period 2
/// after each history (own period-1 action, other's period-1 action).
public struct Strategy: Hashable, Sendable {
    public var firstPeriod: [PrivateState: CooperationProbability]
    public var secondPeriod: [PrivateState: [History: CooperationProbability]]

    public init(
        firstPeriod: [PrivateState: CooperationProbability],
        secondPeriod: [PrivateState: [History: CooperationProbability]]
    ) {
        self.firstPeriod = firstPeriod
        self.secondPeriod = secondPeriod
    }

    /// The period-1 probability in `state`; a state with a draw falls back to its type's entry.
    public func firstPeriod(in state: PrivateState) -> CooperationProbability? {
        firstPeriod[state] ?? firstPeriod[PrivateState(state.type)]
    }

    /// The period-2 probability in `state` after `history`, with the same fallback.
    public func secondPeriod(in state: PrivateState, after history: History) -> CooperationProbability? {
        (secondPeriod[state] ?? secondPeriod[PrivateState(state.type)])?[history]
    }
}

/// A strategy for each player, with a name and the place in the paper that uses it.
public struct StrategyProfile: Hashable, Sendable {
    /// A short identifier such as `trust-building`.
    public let name: String
    /// One sentence on what the profile is and where the paper uses it.
    public let summary: String
    public let strategies: [Player: Strategy]

    public init(name: String, summary: String, strategies: [Player: Strategy]) {
        self.name = name
        self.summary = summary
        self.strategies = strategies
    }

    public func strategy(of player: Player) -> Strategy {
        strategies[player]!
    }

    /// Variables in the probabilities that are not model parameters: the mixing probabilities, sorted.
    public func mixingVariables(in model: GameModel) -> [String] {
        var names: Set<String> = []
        for strategy in strategies.values {
            for probability in strategy.firstPeriod.values { names.formUnion(probability.variables) }
            for table in strategy.secondPeriod.values {
                for probability in table.values { names.formUnion(probability.variables) }
            }
        }
        let parameterNames = Set(model.parameters).union(model.fixedParameters.keys)
        return names.subtracting(parameterNames).sorted()
    }

    /// The profile with A and B exchanged (for asymmetric profiles), named `<name>/swapped` unless given.
    public func swappingPlayers(name: String? = nil) -> StrategyProfile {
        func rename(_ probability: CooperationProbability) -> CooperationProbability {
            let renaming = Dictionary(uniqueKeysWithValues: probability.variables.compactMap { variable -> (String, RationalFunction)? in
                guard let swapped = swappedSubscript(variable) else { return nil }
                return (variable, RationalFunction(Polynomial(variable: swapped)))
            })
            return renaming.isEmpty ? probability : try! probability.substituting(renaming)
        }
        func swapped(_ strategy: Strategy) -> Strategy {
            Strategy(
                firstPeriod: strategy.firstPeriod.mapValues(rename),
                secondPeriod: strategy.secondPeriod.mapValues { $0.mapValues(rename) })
        }
        return StrategyProfile(
            name: name ?? "\(self.name)/swapped",
            summary: summary + " (A and B exchanged)",
            strategies: [.A: swapped(strategy(of: .B)), .B: swapped(strategy(of: .A))])
    }
}

/// `omega_A` ↔ `omega_B`, `y_A` ↔ `y_B`; `nil` for names without a player subscript.
internal func swappedSubscript(_ name: String) -> String? {
    if name.hasSuffix("_A") { return String(name.dropLast()) + "B" }
    if name.hasSuffix("_B") { return String(name.dropLast()) + "A" }
    return nil
}
