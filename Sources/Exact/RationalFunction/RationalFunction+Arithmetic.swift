// Field operations on RationalFunction; every result is reduced.

extension RationalFunction {
    /// Henrici's sum: with g = gcd(b, d), a/b + c/d = t / (b/g · d) where t = a·(d/g) + c·(b/g), and the only
    /// common factor t can share with that denominator divides g (the inputs are reduced). So the gcd is taken
    /// of the denominators and of t with g, never of the large t with the whole product; with coprime
    /// denominators no gcd of t is needed at all.
    public static func + (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        if lhs.isZero { return rhs }
        if rhs.isZero { return lhs }
        if lhs.denominator == rhs.denominator {
            return RationalFunction(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        let g = Polynomial.gcd(lhs.denominator, rhs.denominator)
        if g.isConstant {
            return RationalFunction(
                coprimeNumerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
                denominator: lhs.denominator * rhs.denominator)
        }
        let lhsCofactor = lhs.denominator.dividedExactly(by: g)!, rhsCofactor = rhs.denominator.dividedExactly(by: g)!
        let top = lhs.numerator * rhsCofactor + rhs.numerator * lhsCofactor
        if top.isZero { return .zero }
        let shared = Polynomial.gcd(top, g)
        return RationalFunction(coprimeNumerator: top.dividedExactly(by: shared)!,
                                denominator: lhsCofactor * rhs.denominator.dividedExactly(by: shared)!)
    }

    public static prefix func - (value: RationalFunction) -> RationalFunction {
        RationalFunction(uncheckedNumerator: -value.numerator, denominator: value.denominator)
    }

    public static func - (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        lhs + (-rhs)
    }

    /// Cross-cancels first (gcd(a, d) and gcd(c, b), smaller than the products), so the product is reduced.
    public static func * (lhs: RationalFunction, rhs: RationalFunction) -> RationalFunction {
        if lhs.isZero || rhs.isZero { return .zero }
        let first = Polynomial.gcd(lhs.numerator, rhs.denominator), second = Polynomial.gcd(rhs.numerator, lhs.denominator)
        return RationalFunction(
            coprimeNumerator: lhs.numerator.dividedExactly(by: first)! * rhs.numerator.dividedExactly(by: second)!,
            denominator: lhs.denominator.dividedExactly(by: second)! * rhs.denominator.dividedExactly(by: first)!)
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

    /// For a numerator and denominator known to be coprime: only the denominator's normalisation is done.
    internal init(coprimeNumerator numerator: Polynomial, denominator: Polynomial) {
        let scale = denominator.rationalContent.reciprocal
        self.init(uncheckedNumerator: scale * numerator, denominator: scale * denominator)
    }

    /// Used where the result is known to be reduced and normalised already.
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
