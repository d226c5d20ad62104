// Equality, order and hashing of Rational, also against machine integers.

import CGMP

extension Rational: Comparable {
    public static func == (lhs: Rational, rhs: Rational) -> Bool {
        lhs.withValue { l in rhs.withValue { r in __gmpq_equal(l, r) != 0 } }
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.withValue { l in rhs.withValue { r in __gmpq_cmp(l, r) < 0 } }
    }
}

extension Rational: Hashable {
    /// Canonical form makes numerator and denominator unique, so hashing both is consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        withValue { value in
            let mutable = UnsafeMutablePointer(mutating: value)
            BigInteger.hashLimbs(of: &mutable.pointee._mp_num, into: &hasher)
            BigInteger.hashLimbs(of: &mutable.pointee._mp_den, into: &hasher)
        }
    }
}
