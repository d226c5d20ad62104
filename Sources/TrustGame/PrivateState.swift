// What a player privately knows: its type and, in the similarity model, whether its period-1 payoffs match it.

/// A player's private information.
///
/// In most models this is just the type. In the similarity model (Appendix A.5) nature also draws whether the
/// player's period-1 payoffs are those of its type (aligned, probability alpha_i) or of the other type (swapped).
public struct PrivateState: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Draw: String, Hashable, Sendable, Comparable {
        case aligned, swapped

        public static func < (lhs: Draw, rhs: Draw) -> Bool { lhs == .aligned && rhs == .swapped }
    }

    public let type: PlayerType
    /// `nil` outside the similarity model.
    public let draw: Draw?

    public init(_ type: PlayerType, draw: Draw? = nil) {
        self.type = type
        self.draw = draw
    }

    /// Whose period-1 payoff table this state uses.
    public var firstPeriodTable: PlayerType {
        draw == .swapped ? (type == .securitySeeker ? .greedy : .securitySeeker) : type
    }

    /// `s`, `g`, `s aligned`, `g swapped`, ...
    public var description: String {
        draw.map { "\(type.rawValue) \($0.rawValue)" } ?? type.rawValue
    }

    /// `security-seeker`, `greedy (swapped)`, ... for labels.
    public var words: String {
        draw.map { "\(type.word) (\($0.rawValue))" } ?? type.word
    }

    public static func < (lhs: PrivateState, rhs: PrivateState) -> Bool {
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        switch (lhs.draw, rhs.draw) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let l?, let r?): return l < r
        }
    }
}
