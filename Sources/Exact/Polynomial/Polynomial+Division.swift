// Exact division and pseudo-remainders of Polynomial.

extension Polynomial {
    /// `self / divisor` when the division is exact in Q[variables]; `nil` when it is not.
    /// Divides by lexicographic leading terms; traps when `divisor` is zero.
    public func dividedExactly(by divisor: Polynomial) -> Polynomial? {
        precondition(!divisor.isZero, "Polynomial: division by zero")
        if let constant = divisor.constantValue { return constant.reciprocal * self }
        let (leadingMonomial, leadingCoefficient) = divisor.lexicographicLeadingTerm!
        var remainder = self
        var quotient: [Monomial: Rational] = [:]
        while let (monomial, coefficient) = remainder.lexicographicLeadingTerm {
            guard let factor = monomial.divided(by: leadingMonomial) else { return nil }
            let scale = coefficient / leadingCoefficient
            quotient[factor] = scale
            remainder -= divisor.multiplied(by: factor, coefficient: scale)
        }
        return Polynomial(uncheckedCoefficients: quotient)
    }

    /// The pseudo-remainder of `self` by `divisor` in the variable `name`: the remainder of
    /// `lc^(m-n+1) · self` by `divisor` (m, n the degrees in `name`, lc the divisor's leading coefficient), which
    /// stays in the polynomial ring. The factor is always exactly lc^(m-n+1), as the subresultant gcd needs.
    /// `divisor` must contain `name`.
    public func pseudoRemainder(dividingBy divisor: Polynomial, in name: String) -> Polynomial {
        let divisorDegree = divisor.degree(in: name)
        precondition(divisorDegree > 0, "pseudoRemainder: the divisor must contain \(name)")
        let divisorLeading = divisor.coefficient(of: name, power: divisorDegree)
        var remainder = self
        var multiplicationsLeft = max(degree(in: name) - divisorDegree + 1, 0)
        while !remainder.isZero {
            let degree = remainder.degree(in: name)
            if degree < divisorDegree { break }
            let leading = remainder.coefficient(of: name, power: degree)
            let shift = Polynomial(uncheckedCoefficients: [Monomial(name, exponent: degree - divisorDegree): .one])
            remainder = divisorLeading * remainder - leading * shift * divisor
            multiplicationsLeft -= 1
        }
        return multiplicationsLeft > 0 ? divisorLeading.power(multiplicationsLeft) * remainder : remainder
    }
}
