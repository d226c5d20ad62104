// Ring operations on Polynomial.

extension Polynomial {
    public static func + (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        var result = lhs
        result += rhs
        return result
    }

    public static func += (lhs: inout Polynomial, rhs: Polynomial) {
        for (monomial, coefficient) in rhs.coefficients {
            let sum = (lhs.coefficients[monomial] ?? .zero) + coefficient
            lhs.coefficients[monomial] = sum.isZero ? nil : sum
        }
    }

    public static prefix func - (value: Polynomial) -> Polynomial {
        Polynomial(uncheckedCoefficients: value.coefficients.mapValues { -$0 })
    }

    public static func - (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        lhs + (-rhs)
    }

    public static func -= (lhs: inout Polynomial, rhs: Polynomial) {
        lhs += -rhs
    }

    /// O(|lhs| · |rhs|) term products.
    public static func * (lhs: Polynomial, rhs: Polynomial) -> Polynomial {
        var result: [Monomial: Rational] = [:]
        for (l, lc) in lhs.coefficients {
            for (r, rc) in rhs.coefficients {
                result[l * r, default: .zero] += lc * rc
            }
        }
        return Polynomial(uncheckedCoefficients: result.filter { !$0.value.isZero })
    }

    public static func *= (lhs: inout Polynomial, rhs: Polynomial) {
        lhs = lhs * rhs
    }

    /// Multiplies every coefficient by `scalar`.
    public static func * (scalar: Rational, polynomial: Polynomial) -> Polynomial {
        if scalar.isZero { return .zero }
        return Polynomial(uncheckedCoefficients: polynomial.coefficients.mapValues { scalar * $0 })
    }

    /// Multiplies by one term.
    public func multiplied(by monomial: Monomial, coefficient: Rational) -> Polynomial {
        if coefficient.isZero { return .zero }
        return Polynomial(uncheckedCoefficients: Dictionary(
            uniqueKeysWithValues: coefficients.map { ($0.key * monomial, $0.value * coefficient) }))
    }

    /// `self` raised to a non-negative power, by repeated squaring.
    public func power(_ exponent: Int) -> Polynomial {
        precondition(exponent >= 0, "Polynomial: negative exponent")
        var result = Polynomial.one
        var base = self
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result *= base }
            remaining >>= 1
            if remaining > 0 { base *= base }
        }
        return result
    }
}

extension Polynomial: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
