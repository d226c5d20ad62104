// An arbitrary-precision integer backed by GMP's mpz_t.
// See the GMP manual, "Integer Functions", for the operations wrapped here.

import CGMP

/// An arbitrary-precision signed integer with value semantics.
///
/// Storage is a GMP `mpz_t` owned by a reference-counted box; mutation copies the box first when it is shared
/// (copy-on-write), so `var b = a; b += 1` never changes `a`. The GMP value is released exactly once, when the
/// last copy goes away.
public struct BigInteger: @unchecked Sendable {
    @usableFromInline
    internal var storage: Storage

    /// Owns one initialised `mpz_t`.
    @usableFromInline
    internal final class Storage {
        @usableFromInline let value: UnsafeMutablePointer<__mpz_struct>

        @usableFromInline init() {
            value = .allocate(capacity: 1)
            __gmpz_init(value)
        }

        @usableFromInline init(copying other: UnsafePointer<__mpz_struct>) {
            value = .allocate(capacity: 1)
            __gmpz_init_set(value, other)
        }

        deinit {
            __gmpz_clear(value)
            value.deallocate()
        }
    }

    /// Zero.
    public init() {
        storage = Storage()
    }

    /// The value of a machine integer.
    public init(_ value: Int) {
        storage = Storage()
        __gmpz_set_si(storage.value, value)
    }

    /// A copy of a GMP integer.
    internal init(copying value: UnsafePointer<__mpz_struct>) {
        storage = Storage(copying: value)
    }

    /// A pointer for reading, valid for the duration of `body`.
    @inlinable
    internal func withValue<R>(_ body: (UnsafePointer<__mpz_struct>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(storage.value) }
    }

    /// A pointer for writing; copies the storage first when another value shares it.
    @inlinable
    internal mutating func withMutableValue<R>(_ body: (UnsafeMutablePointer<__mpz_struct>) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(copying: storage.value)
        }
        return try body(storage.value)
    }

    /// A fresh value computed by `body` into a new GMP integer.
    @inlinable
    internal static func computed(_ body: (UnsafeMutablePointer<__mpz_struct>) -> Void) -> BigInteger {
        let result = BigInteger()
        body(result.storage.value)
        return result
    }

    /// -1, 0 or 1.
    public var signum: Int {
        withValue { Int($0.pointee._mp_size.signum()) }
    }

    public var isZero: Bool { signum == 0 }

    /// The number of bits of the magnitude (0 for zero).
    public var bitLength: Int {
        isZero ? 0 : withValue { Int(__gmpz_sizeinbase($0, 2)) }
    }

    /// The value as an `Int`, or `nil` when it does not fit.
    public var exactInt: Int? {
        withValue { __gmpz_fits_slong_p($0) != 0 ? __gmpz_get_si($0) : nil }
    }
}

extension BigInteger: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
