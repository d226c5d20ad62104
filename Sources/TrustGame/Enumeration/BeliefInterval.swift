// Intervals of off-path beliefs with exact end points, each end open or closed.

import Exact

/// A set of beliefs `{sigma : lower ⋈ sigma ⋈ upper}`, possibly empty.
public struct BeliefInterval: Hashable, Sendable, CustomStringConvertible {
    public let lower: Rational
    public let includesLower: Bool
    public let upper: Rational
    public let includesUpper: Bool

    public init(lower: Rational, includesLower: Bool = true, upper: Rational, includesUpper: Bool = true) {
        self.lower = lower
        self.includesLower = includesLower
        self.upper = upper
        self.includesUpper = includesUpper
    }

    public var isEmpty: Bool {
        lower > upper || (lower == upper && !(includesLower && includesUpper))
    }

    /// Whether the interval is a single point.
    public var isPoint: Bool { lower == upper && includesLower && includesUpper }

    public func intersection(_ other: BeliefInterval) -> BeliefInterval {
        let (lower, includesLower): (Rational, Bool) =
            self.lower == other.lower ? (self.lower, self.includesLower && other.includesLower)
            : (self.lower > other.lower ? (self.lower, self.includesLower) : (other.lower, other.includesLower))
        let (upper, includesUpper): (Rational, Bool) =
            self.upper == other.upper ? (self.upper, self.includesUpper && other.includesUpper)
            : (self.upper < other.upper ? (self.upper, self.includesUpper) : (other.upper, other.includesUpper))
        return BeliefInterval(lower: lower, includesLower: includesLower, upper: upper, includesUpper: includesUpper)
    }

    /// The beliefs of this interval where `slope · sigma + intercept` is `>= 0` (or `> 0` when `strict`).
    public func restricted(slope: Rational, intercept: Rational, strict: Bool) -> BeliefInterval {
        switch slope.signum {
        case 0:
            let holds = strict ? intercept.signum > 0 : intercept.signum >= 0
            return holds ? self : BeliefInterval(lower: 1, includesLower: false, upper: 0, includesUpper: false)
        case 1:
            return intersection(BeliefInterval(lower: -intercept / slope, includesLower: !strict,
                                               upper: upper, includesUpper: includesUpper))
        default:
            return intersection(BeliefInterval(lower: lower, includesLower: includesLower,
                                               upper: -intercept / slope, includesUpper: !strict))
        }
    }

    /// The beliefs of this interval where a linear function of the belief with the given slope sign, intercept
    /// sign and root (nil when the slope is zero) is `>= 0` (or `> 0` when `strict`).
    public func restricted(slopeSign: Int, interceptSign: Int, root: Rational?, strict: Bool) -> BeliefInterval {
        guard let root, slopeSign != 0 else {
            let holds = strict ? interceptSign > 0 : interceptSign >= 0
            return holds ? self : BeliefInterval(lower: 1, includesLower: false, upper: 0, includesUpper: false)
        }
        if slopeSign > 0 {
            return intersection(BeliefInterval(lower: root, includesLower: !strict, upper: upper, includesUpper: includesUpper))
        }
        return intersection(BeliefInterval(lower: lower, includesLower: includesLower, upper: root, includesUpper: !strict))
    }

    /// `[0, 1/2]`, `(1/3, 2/3]`, `{1/2}`; `∅` when empty.
    public var description: String {
        if isEmpty { return "∅" }
        if isPoint { return "{\(lower)}" }
        return (includesLower ? "[" : "(") + "\(lower), \(upper)" + (includesUpper ? "]" : ")")
    }

    /// Merges intervals into a sorted union of disjoint intervals (touching closed ends are joined).
    public static func union(_ intervals: [BeliefInterval]) -> [BeliefInterval] {
        let sorted = intervals.filter { !$0.isEmpty }.sorted {
            ($0.lower, $0.includesLower ? 0 : 1) < ($1.lower, $1.includesLower ? 0 : 1)
        }
        var merged: [BeliefInterval] = []
        for interval in sorted {
            guard let last = merged.last else { merged.append(interval); continue }
            let touches = interval.lower < last.upper
                || (interval.lower == last.upper && (interval.includesLower || last.includesUpper))
            if !touches { merged.append(interval); continue }
            let (upper, includesUpper): (Rational, Bool) =
                interval.upper == last.upper ? (last.upper, last.includesUpper || interval.includesUpper)
                : (interval.upper > last.upper ? (interval.upper, interval.includesUpper) : (last.upper, last.includesUpper))
            merged[merged.count - 1] = BeliefInterval(lower: last.lower, includesLower: last.includesLower,
                                                      upper: upper, includesUpper: includesUpper)
        }
        return merged
    }
}
