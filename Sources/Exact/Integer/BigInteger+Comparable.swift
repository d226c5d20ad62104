// Equality, order and hashing of BigInteger.

import CGMP

extension BigInteger: Comparable {
    public static func == (lhs: BigInteger, rhs: BigInteger) -> Bool {
        lhs.withValue { l in rhs.withValue { r in __gmpz_cmp(l, r) == 0 } }
    }

    public static func < (lhs: BigInteger, rhs: BigInteger) -> Bool {
        lhs.withValue { l in rhs.withValue { r in __gmpz_cmp(l, r) < 0 } }
    }
}

extension BigInteger: Hashable {
    /// Hashes the sign and the limbs, which are unique for each value.
    public func hash(into hasher: inout Hasher) {
        withValue { BigInteger.hashLimbs(of: $0, into: &hasher) }
    }

    /// Hashes a GMP integer in place, without copying it.
    internal static func hashLimbs(of value: UnsafePointer<__mpz_struct>, into hasher: inout Hasher) {
        let size = value.pointee._mp_size
        hasher.combine(size)
        let limbs = UnsafeBufferPointer(start: value.pointee._mp_d, count: Int(size.magnitude))
        for limb in limbs { hasher.combine(limb) }
    }
}
