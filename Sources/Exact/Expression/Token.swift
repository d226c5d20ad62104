// The tokens of the expression notation, and the tokenizer that finds them with their columns.

/// One token of the expression notation.
internal struct Token: Equatable {
    enum Kind: Equatable {
        case number(Rational, text: String)
        case identifier(String)
        case plus, minus, times, slash, caret
        case leftParenthesis, rightParenthesis
        case relation(RelationOperator)
        case and, or, not, implies, iff
        case end
    }

    let kind: Kind
    /// 1-based column of the first character.
    let column: Int
    /// Whether white space separates this token from the one before it.
    let followsSpace: Bool

    /// How the token reads in an error message.
    var spelling: String {
        switch kind {
        case .number(_, let text): "'\(text)'"
        case .identifier(let name): "'\(name)'"
        case .plus: "'+'"
        case .minus: "'-'"
        case .times: "'*'"
        case .slash: "'/'"
        case .caret: "'^'"
        case .leftParenthesis: "'('"
        case .rightParenthesis: "')'"
        case .relation(let op): "'\(op.rawValue)'"
        case .and: "'and'"
        case .or: "'or'"
        case .not: "'not'"
        case .implies: "'=>'"
        case .iff: "'<=>'"
        case .end: "the end of the input"
        }
    }
}

/// A syntax error, or an evaluation error, at a column of the input.
public struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based column in the text that was parsed.
    public let column: Int
    public let message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    public var description: String { "column \(column): \(message)" }
}

/// Greek letters accepted in place of their spelled-out names.
internal let greekLetterNames: [Character: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "θ": "theta", "λ": "lambda",
    "μ": "mu", "π": "pi", "σ": "sigma", "ω": "omega",
]

/// Words that are operators, not variable names.
internal let keywords: [String: Token.Kind] = [
    "and": .and, "or": .or, "not": .not, "implies": .implies, "iff": .iff,
]

internal func tokenize(_ text: String) throws(ExpressionError) -> [Token] {
    let characters = Array(text)
    var tokens: [Token] = []
    var index = 0
    var sawSpace = false

    func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }
    func isDigit(_ c: Character?) -> Bool { c.map { $0.isASCII && $0.isNumber } ?? false }
    func isIdentifierStart(_ c: Character?) -> Bool {
        guard let c else { return false }
        return (c.isASCII && c.isLetter) || greekLetterNames[c] != nil
    }
    func isIdentifierContinuation(_ c: Character?) -> Bool {
        guard let c else { return false }
        return (c.isASCII && (c.isLetter || c.isNumber || c == "_")) || greekLetterNames[c] != nil
    }

    while index < characters.count {
        let character = characters[index]
        let column = index + 1
        if character.isWhitespace {
            sawSpace = true
            index += 1
            continue
        }
        func emit(_ kind: Token.Kind, length: Int) {
            tokens.append(Token(kind: kind, column: column, followsSpace: sawSpace))
            index += length
            sawSpace = false
        }
        if isDigit(character) || (character == "." && isDigit(peek(1))) {
            var end = index
            while isDigit(end < characters.count ? characters[end] : nil) { end += 1 }
            if end < characters.count && characters[end] == "." {
                end += 1
                while isDigit(end < characters.count ? characters[end] : nil) { end += 1 }
            }
            // An exponent only when `e` is followed by digits: `2e` is 2 times e.
            if end < characters.count, characters[end] == "e" || characters[end] == "E" {
                var exponentEnd = end + 1
                if exponentEnd < characters.count, characters[exponentEnd] == "+" || characters[exponentEnd] == "-" {
                    exponentEnd += 1
                }
                if isDigit(exponentEnd < characters.count ? characters[exponentEnd] : nil) {
                    while isDigit(exponentEnd < characters.count ? characters[exponentEnd] : nil) { exponentEnd += 1 }
                    end = exponentEnd
                }
            }
            let literal = String(characters[index..<end])
            guard let value = Rational(literal) else {
                throw ExpressionError(column: column, message: "'\(literal)' is not a number")
            }
            emit(.number(value, text: literal), length: end - index)
            continue
        }
        if isIdentifierStart(character) {
            var end = index
            var name = ""
            while isIdentifierContinuation(end < characters.count ? characters[end] : nil) {
                let c = characters[end]
                name += greekLetterNames[c] ?? String(c)
                end += 1
            }
            emit(keywords[name] ?? .identifier(name), length: end - index)
            continue
        }
        let next = peek(1)
        let afterNext = peek(2)
        switch character {
        case "+": emit(.plus, length: 1)
        case "-", "−": emit(.minus, length: 1)
        case "*", "·", "×": emit(.times, length: 1)
        case "/": emit(.slash, length: 1)
        case "^": emit(.caret, length: 1)
        case "(": emit(.leftParenthesis, length: 1)
        case ")": emit(.rightParenthesis, length: 1)
        case ",", "∧": emit(.and, length: 1)
        case "∨": emit(.or, length: 1)
        case "¬": emit(.not, length: 1)
        case "⇒", "→": emit(.implies, length: 1)
        case "⇔", "↔": emit(.iff, length: 1)
        case "≤": emit(.relation(.lessOrEqual), length: 1)
        case "≥": emit(.relation(.greaterOrEqual), length: 1)
        case "≠": emit(.relation(.notEqual), length: 1)
        case "&" where next == "&": emit(.and, length: 2)
        case "|" where next == "|": emit(.or, length: 2)
        case "<" where next == "=" && afterNext == ">": emit(.iff, length: 3)
        case "<" where next == "=": emit(.relation(.lessOrEqual), length: 2)
        case "<": emit(.relation(.less), length: 1)
        case ">" where next == "=": emit(.relation(.greaterOrEqual), length: 2)
        case ">": emit(.relation(.greater), length: 1)
        case "=" where next == ">": emit(.implies, length: 2)
        case "=" where next == "=": emit(.relation(.equal), length: 2)
        case "=": emit(.relation(.equal), length: 1)
        case "!" where next == "=": emit(.relation(.notEqual), length: 2)
        case "!": emit(.not, length: 1)
        default:
            throw ExpressionError(column: column, message: "unexpected character '\(character)'")
        }
    }
    tokens.append(Token(kind: .end, column: characters.count + 1, followsSpace: sawSpace))
    return tokens
}
