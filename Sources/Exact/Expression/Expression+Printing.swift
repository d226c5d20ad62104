// Printing expressions and formulas as ASCII (which parses back to the same tree) and as LaTeX.

/// Binding strength of a printed node: a child binding more loosely than its context needs parentheses.
private enum Precedence: Int, Comparable {
    case sum = 1, product, unary, power, atom

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The two output notations.
public enum Notation: Sendable {
    case ascii
    case latex
}

extension Expression {
    /// The ASCII form, e.g. `(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))`. `Expression.parse` reads it back as
    /// an equal expression.
    public var ascii: String { printed(.ascii) }

    /// The LaTeX form, e.g. `\frac{1 - \beta_A \left(a + 1\right)}{H + a - \beta_A \left(a + 1\right)}`.
    public var latex: String { printed(.latex) }

    public func printed(_ notation: Notation) -> String {
        switch notation {
        case .ascii: render(self, ascii: true)
        case .latex: render(self, ascii: false)
        }
    }
}

private func precedence(of expression: Expression) -> Precedence {
    switch expression.node {
    case .number(let value):
        if !value.isInteger { return .product }
        return value.signum < 0 ? .unary : .atom
    case .variable: return .atom
    case .negate: return .unary
    case .add, .subtract: return .sum
    case .multiply, .divide: return .product
    case .power: return .power
    }
}

private func render(_ expression: Expression, ascii: Bool) -> String {
    func group(_ text: String) -> String { ascii ? "(\(text))" : "\\left(\(text)\\right)" }
    func child(_ operand: Expression, needs minimum: Precedence, strictly: Bool = false) -> String {
        let text = render(operand, ascii: ascii)
        let own = precedence(of: operand)
        let needsGroup = strictly ? own <= minimum : own < minimum
        return needsGroup ? group(text) : text
    }
    /// A right operand of + - * / that would start with a minus sign is grouped: `x - (-y)`, not `x - -y`.
    func rightOperand(_ operand: Expression, needs minimum: Precedence) -> String {
        let text = child(operand, needs: minimum, strictly: true)
        return text.hasPrefix("-") ? group(text) : text
    }

    switch expression.node {
    case .number(let value):
        if ascii || value.isInteger { return value.description }
        let fraction = "\\frac{\(value.numerator.magnitude)}{\(value.denominator)}"
        return value.signum < 0 ? "-" + fraction : fraction
    case .variable(let name):
        return ascii ? name : latexName(name)
    case .negate(let operand):
        return "-" + child(operand, needs: .power)
    case .add(let l, let r):
        return child(l, needs: .sum) + " + " + rightOperand(r, needs: .sum)
    case .subtract(let l, let r):
        return child(l, needs: .sum) + " - " + rightOperand(r, needs: .sum)
    case .multiply(let l, let r):
        let left = child(l, needs: .product)
        let right = rightOperand(r, needs: .product)
        // Juxtaposition reads like the paper; a digit on the right needs an explicit operator.
        let separator = right.first.map { $0.isASCII && $0.isNumber } == true || (!ascii && right.hasPrefix("\\frac"))
            ? (ascii ? " * " : " \\cdot ") : " "
        return left + separator + right
    case .divide(let l, let r):
        if !ascii {
            return "\\frac{\(render(l, ascii: false))}{\(render(r, ascii: false))}"
        }
        return child(l, needs: .product) + "/" + rightOperand(r, needs: .product)
    case .power(let base, let exponent):
        let baseText = child(base, needs: .atom)
        if ascii { return baseText + (exponent < 0 ? "^(\(exponent))" : "^\(exponent)") }
        return baseText + "^{\(exponent)}"
    }
}

/// Greek names become their LaTeX commands; a subscript longer than one character is braced.
private func latexName(_ name: String) -> String {
    let greek: Set<String> = ["alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "pi", "sigma", "omega"]
    let parts = name.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)
    let base = String(parts[0])
    let baseText = greek.contains(base) ? "\\" + base : (base.count == 1 ? base : "\\mathit{\(base)}")
    guard parts.count == 2 else { return baseText }
    let subscriptText = parts[1].split(separator: "_", omittingEmptySubsequences: false).joined(separator: ",")
    return baseText + (subscriptText.count == 1 ? "_\(subscriptText)" : "_{\(subscriptText)}")
}

extension RelationOperator {
    /// The LaTeX command for this operator.
    public var latex: String {
        switch self {
        case .less: "<"
        case .lessOrEqual: "\\leq"
        case .greater: ">"
        case .greaterOrEqual: "\\geq"
        case .equal: "="
        case .notEqual: "\\neq"
        }
    }
}

extension Relation {
    public var ascii: String { printed(.ascii) }
    public var latex: String { printed(.latex) }

    public func printed(_ notation: Notation) -> String {
        let op = notation == .ascii ? relation.rawValue : relation.latex
        return "\(lhs.printed(notation)) \(op) \(rhs.printed(notation))"
    }
}

extension Formula {
    public var ascii: String { printed(.ascii) }
    public var latex: String { printed(.latex) }

    /// Prints with parentheses around every compound operand, so that the text parses back to this formula.
    public func printed(_ notation: Notation) -> String {
        let ascii = notation == .ascii
        func operand(_ formula: Formula) -> String {
            if case .relation = formula { return formula.printed(notation) }
            return ascii ? "(\(formula.printed(notation)))" : "\\left(\(formula.printed(notation))\\right)"
        }
        switch self {
        case .relation(let relation):
            return relation.printed(notation)
        case .and(let parts):
            return parts.map(operand).joined(separator: ascii ? " and " : " \\land ")
        case .or(let parts):
            return parts.map(operand).joined(separator: ascii ? " or " : " \\lor ")
        case .not(let inner):
            return (ascii ? "not " : "\\lnot ") + operand(inner)
        case .implies(let l, let r):
            return operand(l) + (ascii ? " => " : " \\implies ") + operand(r)
        case .iff(let l, let r):
            return operand(l) + (ascii ? " <=> " : " \\iff ") + operand(r)
        }
    }
}
