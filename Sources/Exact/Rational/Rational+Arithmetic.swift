// Field operations of Rational: overflow-checked machine arithmetic on small values, GMP's mpq functions
// otherwise. Every result is canonical.

import CGMP

extension Rational {
    @inlinable
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if case .small(let a, let b) = lhs.representation, case .small(let c, let d) = rhs.representation,
           let sum = smallSum(a, b, c, d) {
            return sum
        }
        return lhs.withValue { l in rhs.withValue { r in computed { __gmpq_add($0, l, r) } } }
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + (-rhs)
    }

    @inlinable
    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        if case .small(let a, let b) = lhs.representation, case .small(let c, let d) = rhs.representation,
           let product = smallProduct(a, b, c, d) {
            return product
        }
        return lhs.withValue { l in rhs.withValue { r in computed { __gmpq_mul($0, l, r) } } }
    }

    /// Traps when `rhs` is zero, as `Int` division does.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(!rhs.isZero, "Rational: division by zero")
        return lhs * rhs.reciprocal
    }

    public static prefix func - (value: Rational) -> Rational {
        switch value.representation {
        case .small(let n, let d):
            var result = Rational()
            result.representation = .small(-n, d)  // n != Int.min, so this cannot overflow
            return result
        case .large:
            return value.withValue { v in computed { __gmpq_neg($0, v) } }
        }
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }
    public static func /= (lhs: inout Rational, rhs: Rational) { lhs = lhs / rhs }

    /// a/b + c/d in machine words, or `nil` on overflow. Henrici's method: with g = gcd(b, d), the sum
    /// t/(b/g · d) has gcd(t, b/g · d) = gcd(t, g), so only that small gcd is needed (none when g = 1, the usual
    /// case for unrelated denominators).
    @inlinable
    internal static func smallSum(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Rational? {
        if b == d {
            let (top, overflow) = a.addingReportingOverflow(c)
            return overflow ? nil : reduced(top, b)
        }
        let g = Int(greatestCommonDivisor(UInt(b), UInt(d)))
        let (bg, dg) = g == 1 ? (b, d) : (b / g, d / g)
        let (ad, o1) = a.multipliedReportingOverflow(by: dg)
        let (cb, o2) = c.multipliedReportingOverflow(by: bg)
        let (top, o3) = ad.addingReportingOverflow(cb)
        if o1 || o2 || o3 || top == Int.min { return nil }
        if top == 0 { return Rational() }
        let g2 = g == 1 ? 1 : Int(greatestCommonDivisor(top.magnitude, UInt(g)))
        let (bottom, o4) = bg.multipliedReportingOverflow(by: d / g2)
        if o4 { return nil }
        var result = Rational()
        result.representation = .small(g2 == 1 ? top : top / g2, bottom)
        return result
    }

    /// (a/b)(c/d) in machine words, cross-reducing first so the result is already canonical, or `nil` on overflow.
    @inlinable
    internal static func smallProduct(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Rational? {
        if a == 0 || c == 0 { return Rational() }
        let g1 = Int(greatestCommonDivisor(a.magnitude, UInt(d))), g2 = Int(greatestCommonDivisor(c.magnitude, UInt(b)))
        let (top, o1) = (a / g1).multipliedReportingOverflow(by: c / g2)
        let (bottom, o2) = (b / g2).multipliedReportingOverflow(by: d / g1)
        if o1 || o2 || top == Int.min { return nil }
        var result = Rational()
        result.representation = .small(top, bottom)
        return result
    }

    /// The absolute value.
    public var magnitude: Rational {
        signum < 0 ? -self : self
    }

    /// `1 / self`. Traps when `self` is zero.
    public var reciprocal: Rational {
        precondition(!isZero, "Rational: reciprocal of zero")
        switch representation {
        case .small(let n, let d):
            var result = Rational()
            result.representation = n < 0 ? .small(-d, -n) : .small(d, n)
            return result
        case .large:
            return withValue { v in Rational.computed { __gmpq_inv($0, v) } }
        }
    }

    /// `self` raised to an integer power; a negative power is the power of the reciprocal (and traps at zero).
    /// Uses repeated squaring: O(log |exponent|) multiplications.
    public func power(_ exponent: Int) -> Rational {
        if exponent < 0 { return reciprocal.power(-exponent) }
        var result = Rational.one
        var base = self
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result *= base }
            remaining >>= 1
            if remaining > 0 { base *= base }
        }
        return result
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
