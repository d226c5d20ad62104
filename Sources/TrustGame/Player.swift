// The two players, their actions, and their private types.

/// One of the two states, A or B.
public enum Player: String, CaseIterable, Hashable, Sendable, Comparable {
    case A, B

    /// The other player (the paper's j when this is i).
    public var other: Player { self == .A ? .B : .A }

    /// A parameter name with this player's subscript, e.g. `beta_A`.
    public func subscripted(_ base: String) -> String { "\(base)_\(rawValue)" }

    public static func < (lhs: Player, rhs: Player) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Cooperate or defect.
public enum Action: String, CaseIterable, Hashable, Sendable, Comparable {
    case cooperate = "c"
    case defect = "d"

    public var opposite: Action { self == .cooperate ? .defect : .cooperate }

    /// `cooperate` or `defect`, for labels.
    public var word: String { self == .cooperate ? "cooperate" : "defect" }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs == .cooperate && rhs == .defect }
}

/// A player's type: security-seeking (probability y) or greedy.
public enum PlayerType: String, CaseIterable, Hashable, Sendable, Comparable {
    case securitySeeker = "s"
    case greedy = "g"

    public var word: String { self == .securitySeeker ? "security-seeker" : "greedy" }

    public static func < (lhs: PlayerType, rhs: PlayerType) -> Bool { lhs == .securitySeeker && rhs == .greedy }
}

/// The period-1 pair of actions as one player sees it: its own action first, then the other's.
public struct History: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let own: Action
    public let other: Action

    public init(own: Action, other: Action) {
        self.own = own
        self.other = other
    }

    /// The four histories in the order cc, cd, dc, dd.
    public static let all: [History] = Action.allCases.flatMap { own in
        Action.allCases.map { History(own: own, other: $0) }
    }

    /// The same history seen by the other player.
    public var swapped: History { History(own: other, other: own) }

    /// `cc`, `cd`, `dc` or `dd`.
    public var description: String { own.rawValue + other.rawValue }

    public static func < (lhs: History, rhs: History) -> Bool {
        (lhs.own, lhs.other) < (rhs.own, rhs.other)
    }
}
