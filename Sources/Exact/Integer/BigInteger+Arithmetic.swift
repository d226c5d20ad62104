// Ring operations, floor division, gcd and powers of BigInteger.

import CGMP

extension BigInteger {
    public static func + (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpz_add($0, l, r) } } }
    }

    public static func - (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpz_sub($0, l, r) } } }
    }

    public static func * (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpz_mul($0, l, r) } } }
    }

    public static prefix func - (value: BigInteger) -> BigInteger {
        value.withValue { v in computed { __gmpz_neg($0, v) } }
    }

    public static func += (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs + rhs }
    public static func -= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs - rhs }
    public static func *= (lhs: inout BigInteger, rhs: BigInteger) { lhs = lhs * rhs }

    /// The absolute value.
    public var magnitude: BigInteger {
        withValue { v in BigInteger.computed { __gmpz_abs($0, v) } }
    }

    /// Quotient and remainder of floor division (the quotient rounds towards minus infinity, so the remainder
    /// has the sign of the divisor). Traps when `divisor` is zero, as `Int` division does.
    public func floorDivided(by divisor: BigInteger) -> (quotient: BigInteger, remainder: BigInteger) {
        precondition(!divisor.isZero, "BigInteger: division by zero")
        let quotient = BigInteger()
        let remainder = BigInteger()
        withValue { n in
            divisor.withValue { d in
                __gmpz_fdiv_qr(quotient.storage.value, remainder.storage.value, n, d)
            }
        }
        return (quotient, remainder)
    }

    /// The quotient of a division known to be exact (GMP's `mpz_divexact`). Traps when `divisor` is zero.
    public func dividedExactly(by divisor: BigInteger) -> BigInteger {
        precondition(!divisor.isZero, "BigInteger: division by zero")
        return withValue { n in divisor.withValue { d in BigInteger.computed { __gmpz_divexact($0, n, d) } } }
    }

    /// The non-negative greatest common divisor; gcd(0, 0) = 0.
    public static func gcd(_ lhs: BigInteger, _ rhs: BigInteger) -> BigInteger {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpz_gcd($0, l, r) } } }
    }

    /// `self` raised to a non-negative power.
    public func power(_ exponent: Int) -> BigInteger {
        precondition(exponent >= 0, "BigInteger: negative exponent")
        return withValue { v in BigInteger.computed { __gmpz_pow_ui($0, v, UInt(exponent)) } }
    }
}
