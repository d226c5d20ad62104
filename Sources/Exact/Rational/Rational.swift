// An exact rational number backed by GMP's mpq_t.
// See the GMP manual, "Rational Number Functions"; the module README explains the design.

import CGMP

/// An arbitrary-precision rational number, always in canonical form (lowest terms, positive denominator).
///
/// `Rational` behaves like `Int`: it is a value, copies are independent (copy-on-write around the GMP value), and
/// the GMP value is released exactly once. Division by zero traps with a message, as `Int` division does; code
/// that handles user input checks `isZero` first and reports a typed error.
public struct Rational: @unchecked Sendable {
    @usableFromInline
    internal var storage: Storage

    /// Owns one initialised, canonical `mpq_t`.
    @usableFromInline
    internal final class Storage {
        @usableFromInline let value: UnsafeMutablePointer<__mpq_struct>

        @usableFromInline init() {
            value = .allocate(capacity: 1)
            __gmpq_init(value)
        }

        @usableFromInline init(copying other: UnsafePointer<__mpq_struct>) {
            value = .allocate(capacity: 1)
            __gmpq_init(value)
            __gmpq_set(value, other)
        }

        deinit {
            __gmpq_clear(value)
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
        __gmpq_set_si(storage.value, value, 1)
    }

    /// The value of an arbitrary-precision integer.
    public init(_ value: BigInteger) {
        storage = Storage()
        value.withValue { __gmpq_set_z(storage.value, $0) }
    }

    /// `numerator / denominator` in lowest terms. Traps when `denominator` is zero.
    public init(_ numerator: BigInteger, _ denominator: BigInteger) {
        precondition(!denominator.isZero, "Rational: zero denominator")
        storage = Storage()
        numerator.withValue { __gmpz_set(&storage.value.pointee._mp_num, $0) }
        denominator.withValue { __gmpz_set(&storage.value.pointee._mp_den, $0) }
        __gmpq_canonicalize(storage.value)
    }

    /// `numerator / denominator` in lowest terms. Traps when `denominator` is zero.
    public init(_ numerator: Int, _ denominator: Int) {
        self.init(BigInteger(numerator), BigInteger(denominator))
    }

    /// A pointer for reading, valid for the duration of `body`.
    @inlinable
    internal func withValue<R>(_ body: (UnsafePointer<__mpq_struct>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(storage.value) }
    }

    /// A fresh value computed by `body` into a new GMP rational; `body` must leave it canonical.
    @inlinable
    internal static func computed(_ body: (UnsafeMutablePointer<__mpq_struct>) -> Void) -> Rational {
        let result = Rational()
        body(result.storage.value)
        return result
    }

    /// The numerator of the canonical form; it carries the sign.
    public var numerator: BigInteger {
        withValue { BigInteger(copying: &UnsafeMutablePointer(mutating: $0).pointee._mp_num) }
    }

    /// The denominator of the canonical form; always positive.
    public var denominator: BigInteger {
        withValue { BigInteger(copying: &UnsafeMutablePointer(mutating: $0).pointee._mp_den) }
    }

    /// -1, 0 or 1.
    public var signum: Int {
        withValue { Int($0.pointee._mp_num._mp_size.signum()) }
    }

    public var isZero: Bool { signum == 0 }

    /// Whether the denominator is 1.
    public var isInteger: Bool {
        withValue { __gmpz_cmp_ui(&UnsafeMutablePointer(mutating: $0).pointee._mp_den, 1) == 0 }
    }

    public static let zero = Rational()
    public static let one = Rational(1)
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
