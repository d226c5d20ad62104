// An exact rational number: machine integers while they fit, GMP's mpq_t beyond.
// See the GMP manual, "Rational Number Functions"; the module README explains the design.

import CGMP

/// An arbitrary-precision rational number, always in canonical form (lowest terms, positive denominator).
///
/// `Rational` behaves like `Int`: it is a value, copies are independent (copy-on-write around the GMP value), and
/// the GMP value is released exactly once. Values whose numerator and denominator fit in a machine word are kept
/// as two `Int`s (a fast path that never allocates); every operation checks for overflow and moves to GMP when a
/// result does not fit, and back when it does. The representation is canonical too, so equality and hashing can
/// compare representations. Division by zero traps with a message, as `Int` division does; code that handles user
/// input checks `isZero` first and reports a typed error.
public struct Rational: @unchecked Sendable {
    @usableFromInline
    internal enum Representation {
        /// numerator / denominator with denominator > 0, gcd 1, and numerator != Int.min (so it can be negated).
        case small(Int, Int)
        /// A canonical mpq_t whose numerator or denominator does not fit the small form.
        case large(Storage)
    }

    @usableFromInline
    internal var representation: Representation

    /// Owns one initialised, canonical `mpq_t`, stored inside the object itself (ManagedBuffer's tail allocation):
    /// one allocation per large value instead of two, and one pointer less to follow on every operation.
    @usableFromInline
    internal final class Storage: ManagedBuffer<Void, __mpq_struct> {
        /// The `mpq_t`. Tail-allocated elements never move, so the address stays valid while the object lives
        /// (every user keeps the Storage alive around its use: `withValue` holds it with `withExtendedLifetime`).
        @inlinable var value: UnsafeMutablePointer<__mpq_struct> {
            withUnsafeMutablePointerToElements { $0 }
        }

        /// A new storage holding an initialised zero.
        @usableFromInline static func make() -> Storage {
            let storage = unsafeDowncast(Storage.create(minimumCapacity: 1) { _ in }, to: Storage.self)
            __gmpq_init(storage.value)
            return storage
        }

        deinit {
            __gmpq_clear(value)
        }
    }

    /// Zero.
    public init() {
        representation = .small(0, 1)
    }

    /// The value of a machine integer.
    public init(_ value: Int) {
        if value == Int.min {
            representation = .small(0, 1)
            self = Rational.computed { __gmpq_set_si($0, value, 1) }
        } else {
            representation = .small(value, 1)
        }
    }

    /// The value of an arbitrary-precision integer.
    public init(_ value: BigInteger) {
        if let small = value.exactInt, small != Int.min {
            representation = .small(small, 1)
        } else {
            representation = .small(0, 1)
            self = Rational.computed { result in value.withValue { __gmpq_set_z(result, $0) } }
        }
    }

    /// `numerator / denominator` in lowest terms. Traps when `denominator` is zero.
    public init(_ numerator: BigInteger, _ denominator: BigInteger) {
        precondition(!denominator.isZero, "Rational: zero denominator")
        if let n = numerator.exactInt, let d = denominator.exactInt, let value = Rational.reduced(n, d) {
            self = value
            return
        }
        representation = .small(0, 1)
        self = Rational.computed { result in
            numerator.withValue { __gmpz_set(&result.pointee._mp_num, $0) }
            denominator.withValue { __gmpz_set(&result.pointee._mp_den, $0) }
            __gmpq_canonicalize(result)
        }
    }

    /// `numerator / denominator` in lowest terms. Traps when `denominator` is zero.
    public init(_ numerator: Int, _ denominator: Int) {
        precondition(denominator != 0, "Rational: zero denominator")
        if let value = Rational.reduced(numerator, denominator) {
            self = value
        } else {
            self.init(BigInteger(numerator), BigInteger(denominator))
        }
    }

    /// The canonical small form of n/d (d != 0), or `nil` when it does not fit.
    @usableFromInline
    internal static func reduced(_ n: Int, _ d: Int) -> Rational? {
        guard n != Int.min, d != Int.min else { return nil }
        let divisor = greatestCommonDivisor(n.magnitude, d.magnitude)
        var (top, bottom) = (n / Int(divisor), d / Int(divisor))
        if bottom < 0 { (top, bottom) = (-top, -bottom) }
        var value = Rational()
        value.representation = .small(top, bottom)
        return value
    }

    /// The gcd of magnitudes by Stein's binary algorithm (shifts and subtractions, no division); gcd(0, x) = x,
    /// and gcd(0, 0) = 1 so that callers may always divide by it.
    @usableFromInline
    internal static func greatestCommonDivisor(_ a: UInt, _ b: UInt) -> UInt {
        if a == 0 { return b == 0 ? 1 : b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        var u = a >> a.trailingZeroBitCount
        var v = b
        repeat {
            v >>= v.trailingZeroBitCount
            if u > v { swap(&u, &v) }
            v -= u
        } while v != 0
        return u << shift
    }

    /// A pointer to the value as an mpq_t for reading, valid for the duration of `body` (a small value is copied
    /// into a temporary).
    @inlinable
    internal func withValue<R>(_ body: (UnsafePointer<__mpq_struct>) throws -> R) rethrows -> R {
        switch representation {
        case .large(let storage):
            return try withExtendedLifetime(storage) { try body(storage.value) }
        case .small(let n, let d):
            var temporary = __mpq_struct()
            __gmpq_init(&temporary)
            defer { __gmpq_clear(&temporary) }
            __gmpq_set_si(&temporary, n, UInt(d))
            return try body(&temporary)
        }
    }

    /// A fresh value computed by `body` into a new GMP rational; `body` must leave it canonical. The result is
    /// moved to the small form when it fits.
    @inlinable
    internal static func computed(_ body: (UnsafeMutablePointer<__mpq_struct>) -> Void) -> Rational {
        let storage = Storage.make()
        body(storage.value)
        var result = Rational()
        result.representation = .large(storage)
        result.demoteIfSmall()
        return result
    }

    /// Moves a GMP value that fits in machine words to the small form, keeping the representation canonical.
    @usableFromInline
    internal mutating func demoteIfSmall() {
        guard case .large(let storage) = representation else { return }
        let value = storage.value
        guard __gmpz_fits_slong_p(&value.pointee._mp_num) != 0, __gmpz_fits_slong_p(&value.pointee._mp_den) != 0
        else { return }
        let n = __gmpz_get_si(&value.pointee._mp_num), d = __gmpz_get_si(&value.pointee._mp_den)
        guard n != Int.min else { return }
        representation = .small(n, d)
    }

    /// The numerator of the canonical form; it carries the sign.
    public var numerator: BigInteger {
        switch representation {
        case .small(let n, _): return BigInteger(n)
        case .large(let storage): return BigInteger(copying: &storage.value.pointee._mp_num)
        }
    }

    /// The denominator of the canonical form; always positive.
    public var denominator: BigInteger {
        switch representation {
        case .small(_, let d): return BigInteger(d)
        case .large(let storage): return BigInteger(copying: &storage.value.pointee._mp_den)
        }
    }

    /// -1, 0 or 1.
    public var signum: Int {
        switch representation {
        case .small(let n, _): return n.signum()
        case .large(let storage): return Int(storage.value.pointee._mp_num._mp_size.signum())
        }
    }

    public var isZero: Bool { signum == 0 }

    /// Whether the denominator is 1.
    public var isInteger: Bool {
        switch representation {
        case .small(_, let d): return d == 1
        case .large(let storage): return __gmpz_cmp_ui(&storage.value.pointee._mp_den, 1) == 0
        }
    }

    public static let zero = Rational()
    public static let one = Rational(1)
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
