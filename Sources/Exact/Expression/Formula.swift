// Relations between expressions and their boolean combinations.

/// A comparison operator. Its raw value is the ASCII spelling used in claim files.
public enum RelationOperator: String, Hashable, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="
    case notEqual = "!="

    /// The operator that holds exactly when this one does not (`<` becomes `>=`).
    public var negated: RelationOperator {
        switch self {
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .equal: .notEqual
        case .notEqual: .equal
        }
    }

    /// The operator with its sides exchanged (`<` becomes `>`).
    public var flipped: RelationOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .equal, .notEqual: self
        }
    }

    /// Whether a difference with sign `signum` (-1, 0 or 1) satisfies `difference ⋈ 0`.
    public func holds(forSign signum: Int) -> Bool {
        switch self {
        case .less: signum < 0
        case .lessOrEqual: signum <= 0
        case .greater: signum > 0
        case .greaterOrEqual: signum >= 0
        case .equal: signum == 0
        case .notEqual: signum != 0
        }
    }
}

/// `lhs ⋈ rhs`.
public struct Relation: Hashable, Sendable {
    public let lhs: Expression
    public let relation: RelationOperator
    public let rhs: Expression

    public init(_ lhs: Expression, _ relation: RelationOperator, _ rhs: Expression) {
        self.lhs = lhs
        self.relation = relation
        self.rhs = rhs
    }
}

/// A boolean combination of relations: what a claim's hypotheses and conclusions are made of.
/// A chained relation `a >= b >= c` is the conjunction `a >= b and b >= c`.
public indirect enum Formula: Hashable, Sendable {
    case relation(Relation)
    case and([Formula])
    case or([Formula])
    case not(Formula)
    case implies(Formula, Formula)
    case iff(Formula, Formula)

    /// The variables that occur, sorted by name.
    public var variables: [String] {
        Array(Set(relations.flatMap { $0.lhs.variables + $0.rhs.variables })).sorted()
    }

    /// Every relation, in order of appearance.
    public var relations: [Relation] {
        switch self {
        case .relation(let relation): [relation]
        case .and(let parts), .or(let parts): parts.flatMap(\.relations)
        case .not(let inner): inner.relations
        case .implies(let l, let r), .iff(let l, let r): l.relations + r.relations
        }
    }
}
