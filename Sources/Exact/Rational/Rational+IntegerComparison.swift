// Comparison of Rational with machine integers, without building a Rational for the integer.

import CGMP

extension Rational {
    /// Compares with an integer without building a Rational for it.
    public func compare(to value: Int) -> Int {
        Int(withValue { __gmpq_cmp_si($0, value, 1) }.signum())
    }

    public static func == (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) == 0 }
    public static func != (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) != 0 }
    public static func < (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) < 0 }
    public static func <= (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) <= 0 }
    public static func > (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) > 0 }
    public static func >= (lhs: Rational, rhs: Int) -> Bool { lhs.compare(to: rhs) >= 0 }
}
