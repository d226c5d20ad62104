// Arithmetic expressions over named variables, as written in claim files and on the command line.

/// An arithmetic expression such as `(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))`.
///
/// An expression remembers the column where it started in the text it was parsed from, so that an evaluation
/// error can point at it. The column takes no part in equality or hashing: two expressions are equal when their
/// trees are.
public struct Expression: Hashable, Sendable {
    /// The shape of an expression node.
    public indirect enum Node: Hashable, Sendable {
        case number(Rational)
        case variable(String)
        case negate(Expression)
        case add(Expression, Expression)
        case subtract(Expression, Expression)
        case multiply(Expression, Expression)
        case divide(Expression, Expression)
        /// An integer power; a negative exponent means the power of the reciprocal.
        case power(Expression, Int)
    }

    public let node: Node
    /// The 1-based column where this expression starts in its source text, when it was parsed.
    public let column: Int?

    public init(_ node: Node, column: Int? = nil) {
        self.node = node
        self.column = column
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.node == rhs.node
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
    }

    public static func number(_ value: Rational) -> Expression { Expression(.number(value)) }
    public static func variable(_ name: String) -> Expression { Expression(.variable(name)) }

    public static func + (lhs: Expression, rhs: Expression) -> Expression { Expression(.add(lhs, rhs)) }
    public static func - (lhs: Expression, rhs: Expression) -> Expression { Expression(.subtract(lhs, rhs)) }
    public static func * (lhs: Expression, rhs: Expression) -> Expression { Expression(.multiply(lhs, rhs)) }
    public static func / (lhs: Expression, rhs: Expression) -> Expression { Expression(.divide(lhs, rhs)) }
    public static prefix func - (value: Expression) -> Expression { Expression(.negate(value)) }

    /// The variables that occur, sorted by name.
    public var variables: [String] {
        var names: Set<String> = []
        collectVariables(into: &names)
        return names.sorted()
    }

    private func collectVariables(into names: inout Set<String>) {
        switch node {
        case .number: break
        case .variable(let name): names.insert(name)
        case .negate(let operand), .power(let operand, _): operand.collectVariables(into: &names)
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r):
            l.collectVariables(into: &names)
            r.collectVariables(into: &names)
        }
    }
}
