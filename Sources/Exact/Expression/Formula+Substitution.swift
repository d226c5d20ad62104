// Putting numbers in for variables, keeping the tree (so a report can still show what was written).

extension Expression {
    /// The expression with the variables bound in `values` replaced by those numbers.
    public func substituting(_ values: [String: Rational]) -> Expression {
        if values.isEmpty { return self }
        let replaced: Node
        switch node {
        case .number: return self
        case .variable(let name): return values[name].map { Expression(.number($0), column: column) } ?? self
        case .negate(let e): replaced = .negate(e.substituting(values))
        case .add(let l, let r): replaced = .add(l.substituting(values), r.substituting(values))
        case .subtract(let l, let r): replaced = .subtract(l.substituting(values), r.substituting(values))
        case .multiply(let l, let r): replaced = .multiply(l.substituting(values), r.substituting(values))
        case .divide(let l, let r): replaced = .divide(l.substituting(values), r.substituting(values))
        case .power(let e, let n): replaced = .power(e.substituting(values), n)
        }
        return Expression(replaced, column: column)
    }
}

extension Formula {
    /// The formula with the variables bound in `values` replaced by those numbers.
    public func substituting(_ values: [String: Rational]) -> Formula {
        if values.isEmpty { return self }
        switch self {
        case .relation(let relation):
            return .relation(Relation(relation.lhs.substituting(values), relation.relation, relation.rhs.substituting(values)))
        case .and(let parts): return .and(parts.map { $0.substituting(values) })
        case .or(let parts): return .or(parts.map { $0.substituting(values) })
        case .not(let inner): return .not(inner.substituting(values))
        case .implies(let l, let r): return .implies(l.substituting(values), r.substituting(values))
        case .iff(let l, let r): return .iff(l.substituting(values), r.substituting(values))
        }
    }
}
