// Evaluation, substitution and differentiation of Polynomial.

extension Polynomial {
    /// A variable that an evaluation needed but was not given.
    public struct UnboundVariable: Error, Equatable, Sendable {
        public let name: String

        public init(name: String) {
            self.name = name
        }
    }

    /// The exact value at a point that binds every variable. Throws `UnboundVariable` otherwise.
    public func evaluated(at point: [String: Rational]) throws -> Rational {
        var total = Rational.zero
        for (monomial, coefficient) in coefficients {
            var term = coefficient
            for power in monomial.powers {
                guard let value = point[power.name] else { throw UnboundVariable(name: power.name) }
                term *= value.power(power.exponent)
            }
            total += term
        }
        return total
    }

    /// Replaces each variable bound in `values` by that polynomial; other variables stay.
    public func substituting(_ values: [String: Polynomial]) -> Polynomial {
        var result = Polynomial.zero
        var powerCache: [Monomial.Power: Polynomial] = [:]
        for (monomial, coefficient) in coefficients {
            var term = Polynomial(coefficient)
            var kept: [Monomial.Power] = []
            for power in monomial.powers {
                if let replacement = values[power.name] {
                    if powerCache[power] == nil { powerCache[power] = replacement.power(power.exponent) }
                    term *= powerCache[power]!
                } else {
                    kept.append(power)
                }
            }
            result += term.multiplied(by: Monomial(sortedPowers: kept), coefficient: .one)
        }
        return result
    }

    /// Replaces one variable by a rational number.
    public func substituting(_ name: String, with value: Rational) -> Polynomial {
        substituting([name: Polynomial(value)])
    }

    /// Replaces one variable by a polynomial.
    public func substituting(_ name: String, with value: Polynomial) -> Polynomial {
        substituting([name: value])
    }

    /// The partial derivative with respect to `name`.
    public func derivative(with name: String) -> Polynomial {
        Polynomial(terms: coefficients.compactMap { monomial, coefficient -> (Monomial, Rational)? in
            let exponent = monomial.exponent(of: name)
            guard exponent > 0 else { return nil }
            let lowered = monomial.removing(name) * Monomial(name, exponent: exponent - 1)
            return (lowered, coefficient * Rational(exponent))
        })
    }
}
