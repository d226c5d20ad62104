// Field operations of Rational. Each result is canonical because GMP's mpq functions keep it so.

import CGMP

extension Rational {
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpq_add($0, l, r) } } }
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpq_sub($0, l, r) } } }
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        lhs.withValue { l in rhs.withValue { r in computed { __gmpq_mul($0, l, r) } } }
    }

    /// Traps when `rhs` is zero, as `Int` division does.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(!rhs.isZero, "Rational: division by zero")
        return lhs.withValue { l in rhs.withValue { r in computed { __gmpq_div($0, l, r) } } }
    }

    public static prefix func - (value: Rational) -> Rational {
        value.withValue { v in computed { __gmpq_neg($0, v) } }
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }
    public static func /= (lhs: inout Rational, rhs: Rational) { lhs = lhs / rhs }

    /// The absolute value.
    public var magnitude: Rational {
        withValue { v in Rational.computed { __gmpq_abs($0, v) } }
    }

    /// `1 / self`. Traps when `self` is zero.
    public var reciprocal: Rational {
        precondition(!isZero, "Rational: reciprocal of zero")
        return withValue { v in Rational.computed { __gmpq_inv($0, v) } }
    }

    /// `self` raised to an integer power; a negative power is the power of the reciprocal (and traps at zero).
    /// Uses repeated squaring: O(log |exponent|) multiplications.
    public func power(_ exponent: Int) -> Rational {
        if exponent < 0 { return reciprocal.power(-exponent) }
        let numerator = self.numerator.power(exponent)
        let denominator = self.denominator.power(exponent)
        // A power of a canonical fraction is canonical: no prime divides both.
        return Rational.computed { result in
            numerator.withValue { __gmpz_set(&result.pointee._mp_num, $0) }
            denominator.withValue { __gmpz_set(&result.pointee._mp_den, $0) }
        }
    }

    /// The largest integer not above `self`.
    public var floor: BigInteger {
        numerator.floorDivided(by: denominator).quotient
    }

    /// The smallest integer not below `self`.
    public var ceiling: BigInteger {
        let floor = self.floor
        return isInteger ? floor : floor + 1
    }
}
