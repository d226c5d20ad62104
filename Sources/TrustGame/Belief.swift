// What a player believes in period 2 about the other, after seeing the other's period-1 action.

import Exact

/// A player's period-2 belief after observing the other's period-1 action.
///
/// On path the belief is Bayes' rule, an exact rational function of the parameters. Off path (the other player's
/// types all pool on the opposite action) it is a belief variable `sigma_<player>`, restricted to the paper's
/// feasible off-path beliefs: after an all-types pooling on c, the belief after d is at most the prior; after
/// pooling on d, the belief after c is at least the prior.
public struct Belief: Hashable, Sendable {
    /// Who holds the belief.
    public let holder: Player
    /// The other player's period-1 action that was observed.
    public let observed: Action
    /// The probability of that observation under the profile (zero off path).
    public let probability: RationalFunction
    /// Weight of each of the other player's private states given the observation; they sum to 1.
    public let stateWeights: [PrivateState: RationalFunction]
    /// The off-path belief variable and its feasible interval, or `nil` on path.
    public let offPath: OffPathBelief?

    public struct OffPathBelief: Hashable, Sendable {
        /// `sigma_A` is A's belief that B is a security-seeker.
        public let variable: String
        public let lowerBound: RationalFunction
        public let upperBound: RationalFunction
    }

    public var isOnPath: Bool { offPath == nil }

    /// The probability that the other player is a security-seeker, given the observation.
    public var securitySeekerProbability: RationalFunction {
        stateWeights.filter { $0.key.type == .securitySeeker }.values.reduce(RationalFunction.zero, +)
    }
}

extension Belief {
    /// A belief that is a free parameter `sigma_<holder>` (the probability of a security-seeker), as in Lemma A.1,
    /// which studies the second period for any beliefs. Within a type, draws keep their prior proportions.
    static func free(holder: Player, observed: Action, model: GameModel) -> Belief {
        Belief(holder: holder, observed: observed, probability: .one,
               stateWeights: weightsFromBeliefVariable(holder: holder, model: model), offPath: nil)
    }

    /// The other player's states weighted by the belief variable `sigma_<holder>`: sigma spread over the
    /// security-seeker's states, 1 - sigma over the greedy type's, each in its prior proportion within the type.
    private static func weightsFromBeliefVariable(holder: Player, model: GameModel) -> [PrivateState: RationalFunction] {
        let other = holder.other
        let sigma = RationalFunction(Polynomial(variable: holder.subscripted("sigma")))
        let prior = RationalFunction(model.parameter(other.subscripted("y")))
        var weights: [PrivateState: RationalFunction] = [:]
        for state in model.states {
            let statePrior = RationalFunction(model.prior(of: state, for: other))
            weights[state] = state.type == .securitySeeker
                ? sigma * (try! statePrior / prior)
                : (RationalFunction.one - sigma) * (try! statePrior / (RationalFunction.one - prior))
        }
        return weights
    }

    /// Bayes' rule for `holder` after seeing `observed`, or an off-path belief variable when the profile gives
    /// that observation probability zero.
    static func derive(
        holder: Player, observed: Action, profile: StrategyProfile, model: GameModel
    ) -> Belief {
        let other = holder.other
        let strategy = profile.strategy(of: other)
        var joint: [PrivateState: RationalFunction] = [:]
        for state in model.states {
            let cooperation = strategy.firstPeriod(in: state)!
            let actionProbability = observed == .cooperate ? cooperation : RationalFunction.one - cooperation
            joint[state] = RationalFunction(model.prior(of: state, for: other)) * actionProbability
        }
        let probability = joint.values.reduce(RationalFunction.zero, +)
        if !probability.isZero {
            let weights = joint.mapValues { try! $0 / probability }
            return Belief(holder: holder, observed: observed, probability: probability, stateWeights: weights,
                          offPath: nil)
        }
        // Off path: every type pools on the other action, and the belief is the variable sigma.
        let prior = RationalFunction(model.parameter(other.subscripted("y")))
        // Pooling on c makes d off path: belief after d at most the prior. Pooling on d: after c at least the prior.
        let bounds = observed == .defect ? (RationalFunction.zero, prior) : (prior, RationalFunction.one)
        return Belief(
            holder: holder, observed: observed, probability: .zero,
            stateWeights: weightsFromBeliefVariable(holder: holder, model: model),
            offPath: OffPathBelief(variable: holder.subscripted("sigma"), lowerBound: bounds.0, upperBound: bounds.1))
    }
}
