// Exact evaluation of expressions and formulas, and conversion to rational functions.

extension Expression {
    /// The exact value at a point. Throws `ExpressionError` at the column of an unbound variable or of a
    /// divisor (or base with negative exponent) that is zero there.
    public func evaluated(at point: [String: Rational]) throws(ExpressionError) -> Rational {
        switch node {
        case .number(let value):
            return value
        case .variable(let name):
            guard let value = point[name] else {
                throw ExpressionError(column: column ?? 1, message: "unknown name '\(name)'")
            }
            return value
        case .negate(let operand):
            return -(try operand.evaluated(at: point))
        case .add(let l, let r):
            return try l.evaluated(at: point) + r.evaluated(at: point)
        case .subtract(let l, let r):
            return try l.evaluated(at: point) - r.evaluated(at: point)
        case .multiply(let l, let r):
            return try l.evaluated(at: point) * r.evaluated(at: point)
        case .divide(let l, let r):
            let numerator = try l.evaluated(at: point)
            let denominator = try r.evaluated(at: point)
            guard !denominator.isZero else { throw zeroDenominator(r) }
            return numerator / denominator
        case .power(let base, let exponent):
            let value = try base.evaluated(at: point)
            if exponent < 0 && value.isZero { throw zeroDenominator(base) }
            let bits = (value.numerator.bitLength + value.denominator.bitLength) * Int(exponent.magnitude)
            guard bits <= Expression.largestResultBits else {
                throw ExpressionError(column: column ?? 1, message: "the power is too large to compute exactly (about \(bits) bits)")
            }
            return value.power(exponent)
        }
    }

    /// Results above this many bits are refused rather than computed: `((2^9999)^9999)^9999` would exhaust memory.
    static let largestResultBits = 1 << 24

    /// Symbolic powers whose degree would exceed this are refused.
    static let largestDegree = 10_000

    /// The rational function this expression denotes, reduced. Throws at the column of a divisor that is
    /// identically zero.
    public func rationalFunction() throws(ExpressionError) -> RationalFunction {
        switch node {
        case .number(let value):
            return RationalFunction(value)
        case .variable(let name):
            return RationalFunction(Polynomial(variable: name))
        case .negate(let operand):
            return -(try operand.rationalFunction())
        case .add(let l, let r):
            return try l.rationalFunction() + r.rationalFunction()
        case .subtract(let l, let r):
            return try l.rationalFunction() - r.rationalFunction()
        case .multiply(let l, let r):
            return try l.rationalFunction() * r.rationalFunction()
        case .divide(let l, let r):
            let denominator = try r.rationalFunction()
            guard !denominator.isZero else { throw zeroDenominator(r) }
            // Only the division is known not to throw; the numerator can hold a zero divisor of its own (`0/0/H`).
            let numerator = try l.rationalFunction()
            return try! numerator / denominator
        case .power(let base, let exponent):
            let value = try base.rationalFunction()
            if exponent < 0 && value.isZero { throw zeroDenominator(base) }
            let degree = max(value.numerator.totalDegree, value.denominator.totalDegree) * Int(exponent.magnitude)
            let coefficientBits = value.numerator.coefficients.values.map { $0.numerator.bitLength + $0.denominator.bitLength }.max() ?? 0
            guard degree <= Expression.largestDegree, coefficientBits * Int(exponent.magnitude) <= Expression.largestResultBits else {
                throw ExpressionError(column: column ?? 1, message: "the power is too large to expand exactly")
            }
            return try! value.power(exponent)
        }
    }

    private func zeroDenominator(_ divisor: Expression) -> ExpressionError {
        ExpressionError(column: divisor.column ?? column ?? 1, message: "division by zero: '\(divisor.ascii)' is 0")
    }
}

extension Formula {
    /// Whether the formula holds at a point, evaluated exactly.
    public func evaluated(at point: [String: Rational]) throws(ExpressionError) -> Bool {
        switch self {
        case .relation(let relation):
            let difference = try relation.lhs.evaluated(at: point) - relation.rhs.evaluated(at: point)
            return relation.relation.holds(forSign: difference.signum)
        case .and(let parts):
            for part in parts {
                if !(try part.evaluated(at: point)) { return false }
            }
            return true
        case .or(let parts):
            for part in parts {
                if try part.evaluated(at: point) { return true }
            }
            return false
        case .not(let inner):
            return !(try inner.evaluated(at: point))
        case .implies(let l, let r):
            // `||` takes an autoclosure that would erase the error type, so branch explicitly.
            if !(try l.evaluated(at: point)) { return true }
            return try r.evaluated(at: point)
        case .iff(let l, let r):
            let left = try l.evaluated(at: point)
            return left == (try r.evaluated(at: point))
        }
    }
}
