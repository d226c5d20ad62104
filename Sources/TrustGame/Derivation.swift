// From a profile and the payoff tables to every equilibrium condition: beliefs, expected utilities, incentive
// constraints at every information set, and mixing probabilities solved from indifference.

import Exact

/// A reason a profile cannot be derived.
public struct DerivationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Everything TrustProof derives about one profile in one model.
public struct Derivation: Sendable {
    public let profile: StrategyProfile
    public let model: GameModel
    /// Each player's belief after each observation of the other's period-1 action.
    public let beliefs: [Belief]
    /// Mixing probabilities solved from indifference conditions, in the order solved.
    public let mixingSolutions: [MixingSolution]
    /// One constraint per information set, in a fixed order (period 1 first, then A before B, s before g).
    public let constraints: [IncentiveConstraint]
    /// Each remaining symbolic probability must lie in [0, 1].
    public let probabilityBounds: [ProbabilityBound]

    /// A mixing probability and the indifference condition it comes from.
    public struct MixingSolution: Hashable, Sendable {
        public let variable: String
        public let value: RationalFunction
        /// The label of the indifference constraint that determines it.
        public let source: String
    }

    /// `0 <= p <= 1` for a probability of the profile that is not a constant.
    public struct ProbabilityBound: Hashable, Sendable {
        public let informationSet: InformationSet
        public let probability: RationalFunction

        public var formula: Formula {
            let expression = probability.expression
            return .and([
                .relation(Relation(.number(.zero), .lessOrEqual, expression)),
                .relation(Relation(expression, .lessOrEqual, .number(.one))),
            ])
        }

        public var label: String { "\(informationSet): probability of cooperating in [0, 1]" }
    }

    /// Whether only the second period is analysed, with beliefs as free parameters (Lemma A.1).
    public let secondPeriodOnly: Bool

    /// Derives every condition of `profile` in `model`. With `secondPeriodOnly`, period 1 is ignored and each
    /// player's belief is a free parameter `sigma_<player>` in [0, 1] after every observation (Lemma A.1's
    /// setting); the constraints are then those of period 2.
    public init(profile: StrategyProfile, model: GameModel, secondPeriodOnly: Bool = false) throws(DerivationError) {
        self.profile = profile
        self.model = model
        self.secondPeriodOnly = secondPeriodOnly
        try Derivation.validate(profile, in: model)
        var beliefs: [Belief] = []
        for holder in Player.allCases {
            for observed in Action.allCases {
                beliefs.append(secondPeriodOnly
                    ? Belief.free(holder: holder, observed: observed, model: model)
                    : Belief.derive(holder: holder, observed: observed, profile: profile, model: model))
            }
        }
        self.beliefs = beliefs
        var raw = Derivation.constraints(profile: profile, model: model, beliefs: beliefs)
        if secondPeriodOnly { raw = raw.filter { $0.informationSet.period == 2 } }
        let (solutions, solved) = try Derivation.solveMixing(
            raw, variables: Set(profile.mixingVariables(in: model)), profile: profile, model: model)
        self.mixingSolutions = solutions
        self.constraints = solved
        let values = Dictionary(uniqueKeysWithValues: solutions.map { ($0.variable, $0.value) })
        self.probabilityBounds = try Derivation.probabilityBounds(profile: profile, model: model, solutions: values)
    }

    /// The belief of `holder` after observing `observed`.
    public func belief(of holder: Player, after observed: Action) -> Belief {
        beliefs.first { $0.holder == holder && $0.observed == observed }!
    }

    // MARK: Validation

    private static func validate(_ profile: StrategyProfile, in model: GameModel) throws(DerivationError) {
        for player in Player.allCases {
            guard let strategy = profile.strategies[player] else {
                throw DerivationError("profile '\(profile.name)' gives no strategy for \(player.rawValue)")
            }
            for state in model.states {
                guard strategy.firstPeriod(in: state) != nil else {
                    throw DerivationError(
                        "profile '\(profile.name)': \(player.rawValue) \(state.words) has no period-1 action")
                }
                for history in History.all where strategy.secondPeriod(in: state, after: history) == nil {
                    throw DerivationError(
                        "profile '\(profile.name)': \(player.rawValue) \(state.words) has no period-2 action after \(history)")
                }
            }
        }
    }

    // MARK: Expected utilities

    /// The other player's probability of cooperating in period 2 after `history` (seen by `player`), averaged
    /// over the other's states with `player`'s belief.
    private static func otherCooperation(
        player: Player, history: History, belief: Belief, profile: StrategyProfile, model: GameModel
    ) -> RationalFunction {
        let strategy = profile.strategy(of: player.other)
        var total = RationalFunction.zero
        for state in model.states {
            total = total + belief.stateWeights[state]! * strategy.secondPeriod(in: state, after: history.swapped)!
        }
        return total
    }

    /// Period-2 expected utility of playing `action` after `history`.
    private static func secondPeriodUtility(
        player: Player, state: PrivateState, history: History, action: Action, otherCooperates: RationalFunction,
        model: GameModel
    ) -> RationalFunction {
        let ifCooperates = RationalFunction(model.secondPeriodPayoff(in: state, own: action, other: .cooperate))
        let ifDefects = RationalFunction(model.secondPeriodPayoff(in: state, own: action, other: .defect))
        return otherCooperates * ifCooperates + (RationalFunction.one - otherCooperates) * ifDefects
    }

    private static func constraints(
        profile: StrategyProfile, model: GameModel, beliefs: [Belief]
    ) -> [IncentiveConstraint] {
        func belief(_ holder: Player, _ observed: Action) -> Belief {
            beliefs.first { $0.holder == holder && $0.observed == observed }!
        }
        var result: [IncentiveConstraint] = []
        var secondPeriod: [IncentiveConstraint] = []
        for player in Player.allCases {
            let strategy = profile.strategy(of: player)
            for state in model.states {
                // Period 2, every history, with the continuation value the profile prescribes.
                var continuation: [History: RationalFunction] = [:]
                for history in History.all {
                    let observedBelief = belief(player, history.other)
                    let q = otherCooperation(
                        player: player, history: history, belief: observedBelief, profile: profile, model: model)
                    let cooperate = secondPeriodUtility(
                        player: player, state: state, history: history, action: .cooperate, otherCooperates: q,
                        model: model)
                    let defect = secondPeriodUtility(
                        player: player, state: state, history: history, action: .defect, otherCooperates: q,
                        model: model)
                    let own = strategy.secondPeriod(in: state, after: history)!
                    continuation[history] = own * cooperate + (RationalFunction.one - own) * defect
                    let ownFirst = strategy.firstPeriod(in: state)!
                    let reachesOwnAction = history.own == .cooperate ? ownFirst : RationalFunction.one - ownFirst
                    secondPeriod.append(IncentiveConstraint(
                        informationSet: InformationSet(player: player, state: state, history: history),
                        requirement: requirement(for: own), cooperateUtility: cooperate, defectUtility: defect,
                        isOnPath: observedBelief.isOnPath && !reachesOwnAction.isZero))
                }
                // Period 1: the other's action has the probability of the holder's observation; payoffs add.
                func firstPeriodUtility(_ action: Action) -> RationalFunction {
                    var total = RationalFunction.zero
                    for observed in Action.allCases {
                        let weight = belief(player, observed).probability
                        if weight.isZero { continue }
                        let history = History(own: action, other: observed)
                        let payoff = RationalFunction(
                            model.firstPeriodPayoff(for: player, in: state, own: action, other: observed))
                        total = total + weight * (payoff + continuation[history]!)
                    }
                    return total
                }
                result.append(IncentiveConstraint(
                    informationSet: InformationSet(player: player, state: state, history: nil),
                    requirement: requirement(for: strategy.firstPeriod(in: state)!),
                    cooperateUtility: firstPeriodUtility(.cooperate), defectUtility: firstPeriodUtility(.defect),
                    isOnPath: true))
            }
        }
        return (result + secondPeriod).sorted { $0.informationSet < $1.informationSet }
    }

    private static func requirement(for probability: CooperationProbability) -> IncentiveConstraint.Requirement {
        probability.pureAction.map { .noProfitableDeviation(prescribed: $0) } ?? .indifference
    }

    // MARK: Mixing probabilities

    /// Solves the indifference conditions for the mixing variables, period 2 first (a period-1 indifference
    /// involves the period-2 mixing through continuation values). A player's indifference pins down the other
    /// player's mix at the mirrored information set, so the variables of that mix are preferred; each condition is
    /// used for a variable in which it is linear.
    /// The largest substitution (terms of numerator and denominator before their gcd) that mixing may make. The
    /// paper's profiles (every claim, and the enumeration's) stay at or under 163 terms; profiles the fuzzer built
    /// reached 884 and 1,244, whose gcds ran for minutes, so past this limit a profile is refused with an error.
    static let mixingTermLimit = 600

    private static func solveMixing(
        _ constraints: [IncentiveConstraint], variables: Set<String>, profile: StrategyProfile, model: GameModel
    ) throws(DerivationError) -> ([MixingSolution], [IncentiveConstraint]) {
        var current = constraints
        var solutions: [MixingSolution] = []
        var unsolved = variables
        let order = constraints.indices.sorted {
            (-constraints[$0].informationSet.period, $0) < (-constraints[$1].informationSet.period, $1)
        }
        /// The variables of the other player's probabilities at the information sets mirroring `set`.
        func mirroredVariables(_ set: InformationSet) -> Set<String> {
            let strategy = profile.strategy(of: set.player.other)
            var names: Set<String> = []
            for state in model.states {
                let probability = set.history.map { strategy.secondPeriod(in: state, after: $0.swapped)! }
                    ?? strategy.firstPeriod(in: state)!
                names.formUnion(probability.variables)
            }
            return names
        }
        var progress = true
        while progress && !unsolved.isEmpty {
            progress = false
            for index in order where current[index].requirement == .indifference {
                let constraint = current[index]
                let numerator = constraint.difference.numerator
                let preferred = mirroredVariables(constraint.informationSet)
                let candidates = unsolved.filter { numerator.degree(in: $0) == 1 }.sorted { lhs, rhs in
                    let (lhsPreferred, rhsPreferred) = (preferred.contains(lhs), preferred.contains(rhs))
                    return lhsPreferred != rhsPreferred ? lhsPreferred : lhs < rhs
                }
                guard let variable = candidates.first else { continue }
                let coefficients = numerator.coefficients(in: variable)
                let slope = coefficients[1]!, intercept = coefficients[0] ?? .zero
                let value = RationalFunction(-intercept, slope)
                solutions.append(MixingSolution(variable: variable, value: value, source: constraint.label))
                unsolved.remove(variable)
                let substitution = [variable: value]
                do {
                    current = try current.map { try $0.substituting(substitution, termLimit: mixingTermLimit) }
                    solutions = try solutions.map {
                        MixingSolution(variable: $0.variable,
                                       value: try $0.value.substituting(substitution, termLimit: mixingTermLimit),
                                       source: $0.source)
                    }
                } catch let error as RationalFunction.TooLarge {
                    throw DerivationError(
                        "solving \(constraint.label) for \(variable) gives expressions of \(error.terms) terms before "
                            + "simplification (the limit is \(error.limit)): these mixing probabilities are too entangled "
                            + "to simplify exactly; give some of them numeric values")
                } catch {
                    throw DerivationError("solving \(constraint.label) for \(variable) makes a denominator vanish")
                }
                progress = true
                break
            }
        }
        return (solutions, current)
    }

    private static func probabilityBounds(
        profile: StrategyProfile, model: GameModel, solutions: [String: RationalFunction]
    ) throws(DerivationError) -> [ProbabilityBound] {
        var bounds: [ProbabilityBound] = []
        var seen: Set<RationalFunction> = []
        for player in Player.allCases {
            let strategy = profile.strategy(of: player)
            for state in model.states {
                var entries: [(InformationSet, RationalFunction)] = [
                    (InformationSet(player: player, state: state, history: nil), strategy.firstPeriod(in: state)!),
                ]
                for history in History.all {
                    entries.append((InformationSet(player: player, state: state, history: history),
                                    strategy.secondPeriod(in: state, after: history)!))
                }
                for (set, probability) in entries where probability.constantValue == nil {
                    let value: RationalFunction
                    do {
                        value = try probability.substituting(solutions)
                    } catch {
                        throw DerivationError("the mixing probability at \(set) has a zero denominator")
                    }
                    guard value.constantValue == nil, seen.insert(value).inserted else { continue }
                    bounds.append(ProbabilityBound(informationSet: set, probability: value))
                }
            }
        }
        return bounds
    }
}
