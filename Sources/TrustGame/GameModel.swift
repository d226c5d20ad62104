// The model variants of the appendix, their payoff tables and their assumptions, as data.

import Exact

/// A variant of the two-period trust game (Appendix A.1).
///
/// Every variant shares the same structure; they differ in which parameters are fixed and whether types carry a
/// similarity draw. The symmetric case (beta_A = beta_B, ...) is a substitution a claim makes, not a model.
public struct GameModel: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Kydd's classic model: beta_A = beta_B = 0, theta = 1 (Appendix A.2).
        case baseline
        /// Payoff independence beta_i in [0, 1], theta = 1 (Appendix A.3).
        case independence
        /// Independence and salience theta > 0 (Appendix A.4).
        case salience
        /// Salience and similarity alpha_i in (1/2, 1] (Appendix A.5).
        case similarity
    }

    public let kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    public static let baseline = GameModel(.baseline)
    public static let independence = GameModel(.independence)
    public static let salience = GameModel(.salience)
    public static let similarity = GameModel(.similarity)

    public var name: String { kind.rawValue }

    /// Parameters the variant fixes, with their values.
    public var fixedParameters: [String: Rational] {
        switch kind {
        case .baseline: ["beta_A": 0, "beta_B": 0, "theta": 1]
        case .independence: ["theta": 1]
        case .salience, .similarity: [:]
        }
    }

    /// A parameter as a polynomial, or its fixed value.
    public func parameter(_ name: String) -> Polynomial {
        fixedParameters[name].map { Polynomial($0) } ?? Polynomial(variable: name)
    }

    /// The free parameters of the model (beliefs and mixing probabilities come on top).
    public var parameters: [String] {
        var names = ["H", "a", "y_A", "y_B", "beta_A", "beta_B", "theta"]
        if kind == .similarity { names += ["alpha_A", "alpha_B"] }
        return names.filter { fixedParameters[$0] == nil }
    }

    /// The private states a player can be in, in a fixed order.
    public var states: [PrivateState] {
        if kind == .similarity {
            return PlayerType.allCases.flatMap { type in
                [PrivateState(type, draw: .aligned), PrivateState(type, draw: .swapped)]
            }
        }
        return PlayerType.allCases.map { PrivateState($0) }
    }

    /// The prior probability that `player` is in `state`.
    public func prior(of state: PrivateState, for player: Player) -> Polynomial {
        let y = parameter(player.subscripted("y"))
        var probability = state.type == .securitySeeker ? y : Polynomial.one - y
        if let draw = state.draw {
            let alpha = parameter(player.subscripted("alpha"))
            probability *= draw == .aligned ? alpha : Polynomial.one - alpha
        }
        return probability
    }

    /// Period-1 payoff (Table 3): own action against the other's, with the table of `state` and beta of `player`.
    ///
    /// cc = H, cd = beta H, dc = H ∓ a, dd = beta (H ∓ a) + 1 - beta, with - for the security-seeker's table.
    public func firstPeriodPayoff(for player: Player, in state: PrivateState, own: Action, other: Action) -> Polynomial {
        let h = parameter("H"), a = parameter("a"), beta = parameter(player.subscripted("beta"))
        let temptation = state.firstPeriodTable == .securitySeeker ? h - a : h + a
        switch (own, other) {
        case (.cooperate, .cooperate): return h
        case (.cooperate, .defect): return beta * h
        case (.defect, .cooperate): return temptation
        case (.defect, .defect): return beta * temptation + Polynomial.one - beta
        }
    }

    /// Period-2 payoff: theta times Table 1 (Table 3 with beta = 0), for the player's true type.
    public func secondPeriodPayoff(in state: PrivateState, own: Action, other: Action) -> Polynomial {
        let h = parameter("H"), a = parameter("a"), theta = parameter("theta")
        let temptation = state.type == .securitySeeker ? h - a : h + a
        let table: Polynomial
        switch (own, other) {
        case (.cooperate, .cooperate): table = h
        case (.cooperate, .defect): table = .zero
        case (.defect, .cooperate): table = temptation
        case (.defect, .defect): table = .one
        }
        return theta * table
    }
}
