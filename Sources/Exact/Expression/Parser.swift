// A recursive-descent parser for expressions and formulas.
//
// Grammar (lowest precedence first):
//   formula     := disjunction (('=>' | 'implies') formula | ('<=>' | 'iff') formula)?
//   disjunction := conjunction (('or' | '||') conjunction)*
//   conjunction := negation (('and' | ',' | '&&') negation)*
//   negation    := ('not' | '!') negation | '(' formula ')' | comparison
//   comparison  := sum (relation sum)+                       -- chains mean conjunctions
//   sum         := product (('+' | '-') product)*
//   product     := unary (('*' | '/') unary | power)*        -- juxtaposition before a name or '(' multiplies,
//                                                             and a number right after ')' does: (1 - y)2
//   unary       := '-' unary | power
//   power       := primary ('^' '-'? integer | '^' '(' '-'? integer ')')?
//   primary     := number | name | '(' sum ')'
// Literal folding keeps printing and parsing inverse: `-3` is the number -3 and `3/4` the number 3/4.

internal struct Parser {
    private let tokens: [Token]
    private var position = 0

    init(_ text: String) throws(ExpressionError) {
        tokens = try tokenize(text)
    }

    private var current: Token { tokens[position] }

    private mutating func advance() { position += 1 }

    private func error(_ expected: String, at token: Token? = nil) -> ExpressionError {
        let token = token ?? current
        return ExpressionError(column: token.column, message: "expected \(expected), found \(token.spelling)")
    }

    private mutating func expect(_ kind: Token.Kind, _ description: String) throws(ExpressionError) {
        guard current.kind == kind else { throw error(description) }
        advance()
    }

    mutating func parseWholeExpression() throws(ExpressionError) -> Expression {
        let expression = try parseSum()
        if case .relation = current.kind {
            throw ExpressionError(
                column: current.column, message: "expected an expression, found a relation \(current.spelling)")
        }
        guard current.kind == .end else { throw error("an operator or the end of the expression") }
        return expression
    }

    mutating func parseWholeFormula() throws(ExpressionError) -> Formula {
        let formula = try parseFormula()
        guard current.kind == .end else { throw error("'and', 'or', '=>' or the end of the formula") }
        return formula
    }

    // MARK: Formulas

    private mutating func parseFormula() throws(ExpressionError) -> Formula {
        let lhs = try parseDisjunction()
        switch current.kind {
        case .implies:
            advance()
            return .implies(lhs, try parseFormula())
        case .iff:
            advance()
            return .iff(lhs, try parseFormula())
        default:
            return lhs
        }
    }

    private mutating func parseDisjunction() throws(ExpressionError) -> Formula {
        var parts = [try parseConjunction()]
        while current.kind == .or {
            advance()
            parts.append(try parseConjunction())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseConjunction() throws(ExpressionError) -> Formula {
        var parts: [Formula] = []
        func append(_ formula: Formula) {
            // A chained relation is already a conjunction: keep the conjunction flat.
            if case .and(let inner) = formula { parts += inner } else { parts.append(formula) }
        }
        append(try parseNegation())
        while current.kind == .and {
            advance()
            append(try parseNegation())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseNegation() throws(ExpressionError) -> Formula {
        if current.kind == .not {
            advance()
            return .not(try parseNegation())
        }
        if current.kind == .leftParenthesis {
            // `(` opens either a parenthesised formula or an arithmetic group: try the formula first.
            let start = position
            advance()
            if let inner = try? parseFormula(), current.kind == .rightParenthesis {
                advance()
                if !continuesArithmetic(current.kind) { return inner }
            }
            position = start
        }
        return try parseComparison()
    }

    private func continuesArithmetic(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .plus, .minus, .times, .slash, .caret, .relation, .identifier, .leftParenthesis, .number: true
        default: false
        }
    }

    private mutating func parseComparison() throws(ExpressionError) -> Formula {
        var lhs = try parseSum()
        var relations: [Formula] = []
        while case .relation(let op) = current.kind {
            advance()
            let rhs = try parseSum()
            relations.append(.relation(Relation(lhs, op, rhs)))
            lhs = rhs
        }
        guard !relations.isEmpty else { throw error("a relation (<, <=, >, >=, =, !=)") }
        return relations.count == 1 ? relations[0] : .and(relations)
    }

    // MARK: Expressions

    private mutating func parseSum() throws(ExpressionError) -> Expression {
        var lhs = try parseProduct()
        while true {
            switch current.kind {
            case .plus:
                advance()
                lhs = Expression(.add(lhs, try parseProduct()), column: lhs.column)
            case .minus:
                advance()
                lhs = Expression(.subtract(lhs, try parseProduct()), column: lhs.column)
            default:
                return lhs
            }
        }
    }

    private mutating func parseProduct() throws(ExpressionError) -> Expression {
        var lhs = try parseUnary()
        while true {
            switch current.kind {
            case .times:
                advance()
                lhs = Expression(.multiply(lhs, try parseUnary()), column: lhs.column)
            case .slash:
                advance()
                let rhs = try parseUnary()
                if case .number(let numerator) = lhs.node, case .number(let denominator) = rhs.node,
                   !denominator.isZero {
                    lhs = Expression(.number(numerator / denominator), column: lhs.column)
                } else {
                    lhs = Expression(.divide(lhs, rhs), column: lhs.column)
                }
            case .identifier, .leftParenthesis:
                lhs = Expression(.multiply(lhs, try parsePower()), column: lhs.column)
            case .number where position > 0 && tokens[position - 1].kind == .rightParenthesis:
                // `(1 - y)2`, as the paper writes it: a number right after a parenthesis multiplies.
                lhs = Expression(.multiply(lhs, try parsePower()), column: lhs.column)
            case .number:
                throw error("an operator between two numbers")
            default:
                return lhs
            }
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> Expression {
        guard current.kind == .minus else { return try parsePower() }
        let column = current.column
        advance()
        let operand = try parseUnary()
        if case .number(let value) = operand.node { return Expression(.number(-value), column: column) }
        return Expression(.negate(operand), column: column)
    }

    private mutating func parsePower() throws(ExpressionError) -> Expression {
        let base = try parsePrimary()
        guard current.kind == .caret else { return base }
        advance()
        let exponent = try parseExponent()
        if current.kind == .caret { throw error("an operator other than a second '^' (write (x^m)^n)") }
        return Expression(.power(base, exponent), column: base.column)
    }

    private mutating func parseExponent() throws(ExpressionError) -> Int {
        let parenthesised = current.kind == .leftParenthesis
        if parenthesised { advance() }
        let negative = current.kind == .minus
        if negative { advance() }
        guard case .number(let value, let text) = current.kind, value.isInteger, let magnitude = value.numerator.exactInt,
              magnitude <= 10_000
        else { throw error("an integer exponent (at most 10000)") }
        _ = text
        advance()
        if parenthesised { try expect(.rightParenthesis, "')' closing the exponent") }
        return negative ? -magnitude : magnitude
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value, _):
            advance()
            return Expression(.number(value), column: token.column)
        case .identifier(let name):
            advance()
            return Expression(.variable(name), column: token.column)
        case .leftParenthesis:
            advance()
            let inner = try parseSum()
            if case .relation = current.kind {
                throw ExpressionError(
                    column: current.column, message: "expected ')', found a relation \(current.spelling)")
            }
            try expect(.rightParenthesis, "')' matching the '(' at column \(token.column)")
            return Expression(inner.node, column: token.column)
        default:
            throw error("a number, a name or '('")
        }
    }
}

extension Expression {
    /// Parses the ASCII (or Unicode) notation of claim files. Throws `ExpressionError` with the column of the
    /// first problem; a relation where an expression belongs is an error.
    public static func parse(_ text: String) throws(ExpressionError) -> Expression {
        var parser = try Parser(text)
        return try parser.parseWholeExpression()
    }
}

extension Formula {
    /// Parses relations joined by `and`/`,`, `or`, `not`, `=>` and `<=>`. Chained relations become conjunctions.
    public static func parse(_ text: String) throws(ExpressionError) -> Formula {
        var parser = try Parser(text)
        return try parser.parseWholeFormula()
    }
}
