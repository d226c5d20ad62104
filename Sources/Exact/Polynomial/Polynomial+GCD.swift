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
        // A variable the gcd provably lacks divides the problem: the gcd then divides every coefficient in it.
        let outside = variablesOutsideGCD(lhs, rhs)
        if !outside.isEmpty {
            let all = Set(lhs.variables).union(rhs.variables)
            if outside.count == all.count { return .one }
            let name = outside.min()!
            return gcd(lhs.contains(name) ? lhs.content(in: name) : lhs, rhs.contains(name) ? rhs.content(in: name) : rhs)
        }
        // Every variable is shared now. The remainder sequence runs in the one of lowest degree: fewest steps, and
        // the gcd is the same whichever variable leads (up to the constant primitiveIntegerForm removes).
        let name = lhs.variables.min { (max(lhs.degree(in: $0), rhs.degree(in: $0)), $0) < (max(lhs.degree(in: $1), rhs.degree(in: $1)), $1) }!
        let lhsContent = lhs.content(in: name)
        let rhsContent = rhs.content(in: name)
        let contentGCD = gcd(lhsContent, rhsContent)
        var first = lhs.dividedExactly(by: lhsContent)!
        var second = rhs.dividedExactly(by: rhsContent)!
        if first.degree(in: name) < second.degree(in: name) { swap(&first, &second) }
        // Removing the contents can take variables out of one side: start again on the primitive parts.
        if !variablesOutsideGCD(first, second).isEmpty {
            return (contentGCD * gcd(first, second)).primitiveIntegerForm
        }
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

extension Polynomial {
    /// Evaluation points for the coprimality test: small, distinct and deterministic, so every run is the same.
    private static let specializations: [[Rational]] = [
        [2, 3, 5, 7, 11, 13, 17, 19].map { Rational($0) },
        [3, 7, 2, 13, 5, 19, 11, 23].map { Rational($0, 2) },
        [-5, 4, -9, 8, -13, 12, -17, 16].map { Rational($0, 3) },
    ]

    /// Variables the gcd certainly does not contain, found cheaply from univariate images (empty for a univariate
    /// problem, or when nothing is shown).
    ///
    /// A variable only one side has cannot occur in the gcd G. For a shared x: a factor G of positive degree in x
    /// divides both; fixing every other variable at values where the leading coefficients in x do not vanish keeps
    /// G's degree in x, so it would divide both univariate images; coprime images show that x is not in G. The
    /// subresultant algorithm swells on the large, mostly coprime polynomials that substituting mixing
    /// probabilities makes; this settles most of them with a few univariate gcds.
    static func variablesOutsideGCD(_ lhs: Polynomial, _ rhs: Polynomial) -> Set<String> {
        let all = Set(lhs.variables).union(rhs.variables).sorted()
        if all.count <= 1 { return [] }  // univariate: the images would be the polynomials themselves
        let shared = Set(lhs.variables).intersection(rhs.variables)
        return Set(all.filter { name in
            guard shared.contains(name) else { return true }
            return specializations.contains { values in
                var point: [String: Rational] = [:]
                for (index, other) in all.enumerated() where other != name {
                    point[other] = values[index % values.count] + Rational(index / values.count)
                }
                guard let first = lhs.univariateImage(in: name, at: point),
                      let second = rhs.univariateImage(in: name, at: point)
                else { return false }
                return gcd(first, second).isConstant
            }
        })
    }

    /// The polynomial in `name` alone with every other variable fixed at `point`; `nil` when that lowers the
    /// degree in `name` (the leading coefficient vanishes there).
    private func univariateImage(in name: String, at point: [String: Rational]) -> Polynomial? {
        var byPower: [Int: Rational] = [:]
        for (monomial, coefficient) in coefficients {
            var value = coefficient
            var exponent = 0
            for power in monomial.powers {
                if power.name == name { exponent = power.exponent } else { value *= point[power.name]!.power(power.exponent) }
            }
            byPower[exponent, default: .zero] += value
        }
        let degree = self.degree(in: name)
        guard let leading = byPower[degree], !leading.isZero else { return nil }
        return Polynomial(terms: byPower.map { (Monomial(name, exponent: $0.key), $0.value) })
    }
}

