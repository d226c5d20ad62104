// Comparison of Rational with machine integers, without building a Rational for the integer.

import CGMP

extension Rational {
    /// Compares with an integer: -1, 0 or 1.
    public func compare(to value: Int) -> Int {
        switch representation {
        case .small(let n, let d):
            // n/d versus value  ⟺  n versus value·d (d > 0), exactly in double width.
            let scaled = value.multipliedFullWidth(by: d)
            let left = n.multipliedFullWidth(by: 1)
            if (left.high, left.low) < (scaled.high, scaled.low) { return -1 }
            return (left.high, left.low) == (scaled.high, scaled.low) ? 0 : 1
        case .large:
            return Int(withValue { __gmpq_cmp_si($0, value, 1) }.signum())
        }
    }

    public static func == (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) == 0 }
    public static func != (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) != 0 }
    public static func < (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) < 0 }
    public static func <= (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) <= 0 }
    public static func > (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) > 0 }
    public static func >= (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) >= 0 }
}
