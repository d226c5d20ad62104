// Equality, order and hashing of Rational.

import CGMP

extension Rational: Comparable {
    /// Representations are canonical (a value that fits the small form is never stored in GMP), so equal values
    /// have equal representations.
    @inlinable
    public static func == (lhs: Rational, rhs: Rational) -> Bool {
        switch (lhs.representation, rhs.representation) {
        case let (.small(a, b), .small(c, d)): return a == c && b == d
        case (.small, .large), (.large, .small): return false
        case (.large(let left), .large(let right)): return __gmpq_equal(left.value, right.value) != 0
        }
    }

    @inlinable
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // Nested switches borrow the payloads: a tuple of the two representations, or `withValue`, would copy
        // (retain and release) the GMP storage, which costs more than comparing two large values.
        switch lhs.representation {
        case .small(let a, let b):
            if case .small(let c, let d) = rhs.representation {
                // a/b < c/d  ⟺  a·d < c·b (b, d > 0), compared exactly in double width.
                let left = a.multipliedFullWidth(by: d), right = c.multipliedFullWidth(by: b)
                return (left.high, left.low) < (right.high, right.low)
            }
        case .large(let left):
            if case .large(let right) = rhs.representation { return __gmpq_cmp(left.value, right.value) < 0 }
        }
        return lhs.withValue { l in rhs.withValue { r in __gmpq_cmp(l, r) < 0 } }
    }
}

extension Rational: Hashable {
    /// Canonical representations make hashing them consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        switch representation {
        case .small(let n, let d):
            hasher.combine(n)
            hasher.combine(d)
        case .large(let storage):
            BigInteger.hashLimbs(of: &storage.value.pointee._mp_num, into: &hasher)
            BigInteger.hashLimbs(of: &storage.value.pointee._mp_den, into: &hasher)
        }
    }
}
