// Readable display forms of polynomials and rational functions, as expressions.
//
// A polynomial is shown collected in the variable that saves the most terms, recursively, so that
// 1 - a beta_A - beta_A reads 1 - beta_A (a + 1). A rational function is shown with integer coefficients,
// common factors cancelled, and a denominator whose first printed term is positive.

extension Polynomial {
    /// The display form, e.g. `H + a - beta_A (a + 1)`.
    public var expression: Expression {
        displayExpression(of: self)
    }
}

extension RationalFunction {
    /// The display form, e.g. `(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))`: integer coefficients without a
    /// common factor, and a denominator whose first printed term is positive.
    public var expression: Expression {
        var (top, bottom) = displayParts
        if let constant = bottom.constantValue {
            return (constant.reciprocal * top).expression
        }
        if startsNegative(bottom.expression) {
            top = -top
            bottom = -bottom
        }
        return Expression(.divide(top.expression, bottom.expression))
    }

    /// Numerator and denominator scaled to integer coefficients with no common integer factor.
    private var displayParts: (Polynomial, Polynomial) {
        let topContent = numerator.rationalContent.magnitude
        let bottomContent = denominator.rationalContent.magnitude
        if topContent.isZero { return (.zero, .one) }
        // top/bottom = (topContent/bottomContent) · (top'/bottom'), with top', bottom' primitive integer forms.
        let ratio = topContent / bottomContent
        let top = topContent.reciprocal * numerator
        let bottom = bottomContent.reciprocal * denominator
        return (Rational(ratio.numerator) * top, Rational(ratio.denominator) * bottom)
    }
}

private func startsNegative(_ expression: Expression) -> Bool {
    switch expression.node {
    case .number(let value): value.signum < 0
    case .negate: true
    case .add(let l, _), .subtract(let l, _), .multiply(let l, _), .divide(let l, _): startsNegative(l)
    case .variable, .power: false
    }
}

private func displayExpression(of polynomial: Polynomial) -> Expression {
    if polynomial.isZero { return .number(.zero) }
    guard let variable = bestCollectingVariable(of: polynomial) else {
        return sum(polynomial.terms.map { signedTerm(coefficient: $0.coefficient, monomial: $0.monomial) })
    }
    // Group by powers of `variable`, the free part first, then increasing powers.
    let groups = polynomial.coefficients(in: variable).sorted { $0.key < $1.key }
    var parts: [(negative: Bool, magnitude: Expression)] = []
    for (power, coefficient) in groups {
        if power == 0 {
            parts += coefficient.terms.map { signedTerm(coefficient: $0.coefficient, monomial: $0.monomial) }
            continue
        }
        let powerExpression = power == 1 ? Expression.variable(variable) : Expression(.power(.variable(variable), power))
        if coefficient.coefficients.count == 1 {
            let (monomial, value) = coefficient.terms[0]
            parts.append(signedTerm(coefficient: value, monomial: monomial * Monomial(variable, exponent: power)))
            continue
        }
        // Pull the sign out so the group reads `- beta_A (a + 1)`, not `+ beta_A (-a - 1)`.
        let negative = coefficient.lexicographicLeadingTerm!.coefficient.signum < 0
            && coefficient.terms.filter({ $0.coefficient.signum < 0 }).count * 2 >= coefficient.terms.count
        let inner = negative ? -coefficient : coefficient
        parts.append((negative, powerExpression * displayExpression(of: inner)))
    }
    return sum(parts)
}

/// The variable whose collection removes the most printed terms, if collecting any variable helps. Ties go to
/// the variable whose groups print with fewer minus signs inside their parentheses, then to the first name.
private func bestCollectingVariable(of polynomial: Polynomial) -> String? {
    var best: (name: String, saving: Int, innerNegatives: Int)?
    for name in polynomial.variables {
        let groups = polynomial.coefficients(in: name).filter { $0.key > 0 && $0.value.coefficients.count > 1 }
        let saving = groups.values.reduce(0) { $0 + $1.coefficients.count - 1 }
        guard saving > 0 else { continue }
        let innerNegatives = groups.values.reduce(0) { total, group in
            let negatives = group.coefficients.values.filter { $0.signum < 0 }.count
            return total + min(negatives, group.coefficients.count - negatives)
        }
        if let current = best,
           saving < current.saving || (saving == current.saving && innerNegatives >= current.innerNegatives) {
            continue
        }
        best = (name, saving, innerNegatives)
    }
    return best?.name
}

/// `coefficient · monomial` as a sign and a magnitude expression.
private func signedTerm(coefficient: Rational, monomial: Monomial) -> (negative: Bool, magnitude: Expression) {
    let magnitude = coefficient.magnitude
    let factors = monomial.powers.map { power -> Expression in
        power.exponent == 1 ? .variable(power.name) : Expression(.power(.variable(power.name), power.exponent))
    }
    var expression: Expression
    if factors.isEmpty {
        expression = .number(magnitude)
    } else {
        // Left-nested, so that the product prints without parentheses: 5 x^4 y.
        let start = magnitude == 1 ? factors[0] : .number(magnitude) * factors[0]
        expression = factors.dropFirst().reduce(start) { $0 * $1 }
    }
    return (coefficient.signum < 0, expression)
}

/// Joins signed terms with + and -. A positive term goes first when there is one (`y (H + a) - 1`, not
/// `-1 + y (H + a)`); a leading minus goes on the first factor, so `-H y` reads without parentheses.
private func sum(_ parts: [(negative: Bool, magnitude: Expression)]) -> Expression {
    guard !parts.isEmpty else { return .number(.zero) }
    var ordered = parts
    if let firstPositive = parts.firstIndex(where: { !$0.negative }), firstPositive > 0 {
        ordered.insert(ordered.remove(at: firstPositive), at: 0)
    }
    let first = ordered[0]
    var result = first.negative ? negatedFirstFactor(first.magnitude) : first.magnitude
    for part in ordered.dropFirst() {
        result = part.negative ? result - part.magnitude : result + part.magnitude
    }
    return result
}

/// `-e`, with the minus on the leftmost factor of a product: -(H y) becomes (-H) y, printed `-H y`.
private func negatedFirstFactor(_ expression: Expression) -> Expression {
    switch expression.node {
    case .number(let value): return .number(-value)
    case .multiply(let left, let right): return negatedFirstFactor(left) * right
    default: return -expression
    }
}
