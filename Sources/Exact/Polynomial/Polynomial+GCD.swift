// Greatest common divisors of multivariate polynomials over Q, by subresultant remainder sequences in the first
// variable, with contents taken recursively only at the start and the end (Collins and Brown; Knuth, TAOCP vol. 2,
// 4.6.1, Algorithm C; Geddes, Czapor and Labahn, Algorithms for Computer Algebra, 7.3).

extension Polynomial {
    /// The positive rational `c` such that `self / c` has coprime integer coefficients and a positive
    /// lexicographic leading coefficient (taking the sign into `c`). Zero for the zero polynomial.
    public var rationalContent: Rational {
        guard let leading = lexicographicLeadingTerm else { return .zero }
        var numeratorGCD = BigInteger(0)
        var denominatorLCM = BigInteger(1)
        for coefficient in coefficients.values {
            numeratorGCD = BigInteger.gcd(numeratorGCD, coefficient.numerator)
            let denominator = coefficient.denominator
            denominatorLCM = (denominatorLCM * denominator)
                .dividedExactly(by: BigInteger.gcd(denominatorLCM, denominator))
        }
        let content = Rational(numeratorGCD, denominatorLCM)
        return leading.coefficient.signum < 0 ? -content : content
    }

    /// `self` scaled to coprime integer coefficients with a positive lexicographic leading coefficient.
    public var primitiveIntegerForm: Polynomial {
        isZero ? self : rationalContent.reciprocal * self
    }

    /// The gcd, over Q[other variables], of the coefficients of `self` in `name`.
    public func content(in name: String) -> Polynomial {
        coefficients(in: name).values.sorted { $0.totalDegree < $1.totalDegree }
            .reduce(Polynomial.zero) { Polynomial.gcd($0, $1) }
    }

    /// `self` divided by its content in `name`, and by its rational content, so that the coefficients stay small
    /// along a remainder sequence.
    public func primitivePart(in name: String) -> Polynomial {
        if isZero { return self }
        return dividedExactly(by: content(in: name))!.primitiveIntegerForm
    }

    /// The greatest common divisor, normalised by `primitiveIntegerForm` (so `gcd(2x, 4x) = x`).
    /// `gcd(0, 0) = 0`; a non-zero constant gcd is 1.
    public static func gcd(_ lhs: Polynomial, _ rhs: Polynomial) -> Polynomial {
        if lhs.isZero { return rhs.primitiveIntegerForm }
        if rhs.isZero { return lhs.primitiveIntegerForm }
        if lhs.isConstant || rhs.isConstant { return .one }
        // Cheap exits: a divisor of the other is the gcd.
        if lhs.coefficients.count <= rhs.coefficients.count, rhs.dividedExactly(by: lhs) != nil {
            return lhs.primitiveIntegerForm
        }
        if lhs.dividedExactly(by: rhs) != nil { return rhs.primitiveIntegerForm }
        let name = Set(lhs.variables).union(rhs.variables).min()!
        if !lhs.contains(name) { return gcd(lhs, rhs.content(in: name)) }
        if !rhs.contains(name) { return gcd(lhs.content(in: name), rhs) }
        let lhsContent = lhs.content(in: name)
        let rhsContent = rhs.content(in: name)
        let contentGCD = gcd(lhsContent, rhsContent)
        var first = lhs.dividedExactly(by: lhsContent)!
        var second = rhs.dividedExactly(by: rhsContent)!
        if first.degree(in: name) < second.degree(in: name) { swap(&first, &second) }
        // Subresultant sequence: each remainder is divided by a factor known to divide it (g·h^δ), which keeps
        // coefficients from swelling without computing a content at every step.
        var g = Polynomial.one, h = Polynomial.one
        while true {
            let delta = first.degree(in: name) - second.degree(in: name)
            let remainder = first.pseudoRemainder(dividingBy: second, in: name)
            if remainder.isZero { break }
            if remainder.degree(in: name) == 0 {
                second = .one
                break
            }
            first = second
            second = remainder.dividedExactly(by: g * h.power(delta))!
            g = first.coefficient(of: name, power: first.degree(in: name))
            h = delta == 0 ? h : g.power(delta).dividedExactly(by: h.power(delta - 1))!
        }
        return (contentGCD * second.primitivePart(in: name)).primitiveIntegerForm
    }
}
