// Field operations on RationalFunction; every result is reduced.

extension RationalFunction {
    public static func + (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        if lhs.denominator == rhs.denominator {
            return RationalFunction(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return RationalFunction(
            lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static prefix func - (value: RationalFunction) -> RationalFunction {
        RationalFunction(uncheckedNumerator: -value.numerator, denominator: value.denominator)
    }

    public static func - (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        lhs + (-rhs)
    }

    public static func * (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        RationalFunction(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// Throws `ZeroDenominator` when `rhs` is the zero function.
    public static func / (lhs: RationalFunction, rhs: RationalFunction) throws -> RationalFunction {
        guard !rhs.isZero else { throw ZeroDenominator() }
        return RationalFunction(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
    }

    /// The reciprocal. Throws `ZeroDenominator` for the zero function.
    public func reciprocal() throws -> RationalFunction {
        try RationalFunction.one / self
    }

    /// An integer power; a negative power is a power of the reciprocal (and throws for the zero function).
    public func power(_ exponent: Int) throws -> RationalFunction {
        if exponent < 0 { return try reciprocal().power(-exponent) }
        // Powers of coprime polynomials stay coprime, and a power of a normalised denominator stays normalised
        // (Gauss's lemma; leading coefficients multiply), so no gcd is needed.
        return RationalFunction(uncheckedNumerator: numerator.power(exponent), denominator: denominator.power(exponent))
    }

    /// Used where the result is known to be reduced already.
    internal init(uncheckedNumerator numerator: Polynomial, denominator: Polynomial) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Equality by cross-multiplication. (Reduced forms are unique, so this agrees with comparing parts.)
    public static func == (lhs: RationalFunction, rhs: RationalFunction) -> Bool {
        lhs.numerator * rhs.denominator == rhs.numerator * lhs.denominator
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }
}

extension RationalFunction: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(Rational(value))
    }
}
