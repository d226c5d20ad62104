// Requirements as polynomial sign conditions: the form the solver receives.
//
// A relation `lhs ⋈ rhs` whose sides may divide becomes, exactly:
//   - for every division `u / v` in either side (and every negative power `v^-k`), `numerator(v) ≠ 0`, where
//     `numerator(v)` is the numerator of v's reduced rational function. Together these say that the expression
//     tree is defined, as `Expression.evaluated(at:)` would find it (a removable singularity is still undefined).
//   - with `lhs - rhs = n/d` reduced: `n·d ⋈ 0` and `d ≠ 0` (multiplying by d² > 0 keeps the sign), or `n/c ⋈ 0`
//     when d is a positive constant c.
// No sign of a denominator is ever assumed.

import Exact

/// A quantifier-free boolean combination of polynomial sign conditions `p ⋈ 0`, in negation normal form.
indirect enum Condition: Hashable, Sendable {
    case constant(Bool)
    /// `polynomial ⋈ 0`.
    case atom(Polynomial, RelationOperator)
    case and([Condition])
    case or([Condition])

    static let `true` = Condition.constant(true)
    static let `false` = Condition.constant(false)

    /// `p ⋈ 0`, folded to a constant when p is constant.
    static func sign(_ polynomial: Polynomial, _ op: RelationOperator) -> Condition {
        if let value = polynomial.constantValue { return .constant(op.holds(forSign: value.signum)) }
        return .atom(polynomial, op)
    }

    /// A conjunction, flattened, without duplicates and with constants folded.
    static func all(_ parts: [Condition]) -> Condition {
        var seen: Set<Condition> = []
        var kept: [Condition] = []
        for part in parts.flatMap({ (part: Condition) -> [Condition] in
            if case .and(let inner) = part { return inner }
            return [part]
        }) {
            switch part {
            case .constant(true): continue
            case .constant(false): return .false
            default: if seen.insert(part).inserted { kept.append(part) }
            }
        }
        return kept.isEmpty ? .true : kept.count == 1 ? kept[0] : .and(kept)
    }

    /// A disjunction, flattened, without duplicates and with constants folded.
    static func any(_ parts: [Condition]) -> Condition {
        var seen: Set<Condition> = []
        var kept: [Condition] = []
        for part in parts.flatMap({ (part: Condition) -> [Condition] in
            if case .or(let inner) = part { return inner }
            return [part]
        }) {
            switch part {
            case .constant(false): continue
            case .constant(true): return .true
            default: if seen.insert(part).inserted { kept.append(part) }
            }
        }
        return kept.isEmpty ? .false : kept.count == 1 ? kept[0] : .or(kept)
    }

    /// The top-level conjuncts.
    var conjuncts: [Condition] {
        if case .and(let parts) = self { return parts }
        return [self]
    }

    /// The polynomial condition equivalent to a requirement under the prover's semantics.
    init(_ requirement: Requirement) {
        self = Self.convert(requirement.formula, negated: requirement.negated, strict: requirement.strict)
    }

    private static func convert(_ formula: Formula, negated: Bool, strict: Bool) -> Condition {
        switch formula {
        case .relation(let relation):
            let op = Requirement.effectiveOperator(relation.relation, negated: negated, strict: strict)
            return convert(relation, op)
        case .and(let parts):
            let converted = parts.map { convert($0, negated: negated, strict: strict) }
            return negated ? any(converted) : all(converted)
        case .or(let parts):
            let converted = parts.map { convert($0, negated: negated, strict: strict) }
            return negated ? all(converted) : any(converted)
        case .not(let inner):
            return convert(inner, negated: !negated, strict: strict)
        case .implies(let l, let r):
            return negated
                ? all([convert(l, negated: false, strict: strict), convert(r, negated: true, strict: strict)])
                : any([convert(l, negated: true, strict: strict), convert(r, negated: false, strict: strict)])
        case .iff(let l, let r):
            let left = convert(l, negated: false, strict: strict), notLeft = convert(l, negated: true, strict: strict)
            let right = convert(r, negated: false, strict: strict), notRight = convert(r, negated: true, strict: strict)
            return negated
                ? any([all([left, notRight]), all([notLeft, right])])
                : any([all([left, right]), all([notLeft, notRight])])
        }
    }

    private static func convert(_ relation: Relation, _ op: RelationOperator) -> Condition {
        guard let lhs = try? relation.lhs.rationalFunction(), let rhs = try? relation.rhs.rationalFunction() else {
            return .false  // a divisor is identically zero: the relation is nowhere defined
        }
        var parts = definedness(of: relation.lhs) + definedness(of: relation.rhs)
        let difference = lhs - rhs
        if let polynomial = difference.polynomial {
            parts.append(sign(polynomial, op))
        } else {
            parts.append(sign(difference.numerator * difference.denominator, op))
            parts.append(sign(difference.denominator, .notEqual))
        }
        return all(parts)
    }

    /// `numerator(v) ≠ 0` for every divisor v in the tree (and every base of a negative power).
    private static func definedness(of expression: Expression) -> [Condition] {
        var conditions: [Condition] = []
        func visit(_ expression: Expression) {
            switch expression.node {
            case .number, .variable:
                break
            case .negate(let operand):
                visit(operand)
            case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r):
                visit(l)
                visit(r)
            case .divide(let l, let r):
                visit(l)
                visit(r)
                conditions.append(nonZero(r))
            case .power(let base, let exponent):
                visit(base)
                if exponent < 0 { conditions.append(nonZero(base)) }
            }
        }
        func nonZero(_ divisor: Expression) -> Condition {
            guard let value = try? divisor.rationalFunction() else { return .false }
            // Where the divisor's own divisions are defined, its reduced denominator is non-zero, so the divisor
            // vanishes exactly where its reduced numerator does.
            return sign(value.numerator, .notEqual)
        }
        visit(expression)
        return conditions
    }

    /// Exact truth value at a point that binds every variable (the tests compare it with `Requirement.holds`).
    func holds(at point: Point) -> Bool {
        switch self {
        case .constant(let value): return value
        case .atom(let p, let op):
            guard let value = try? p.evaluated(at: point) else { return false }
            return op.holds(forSign: value.signum)
        case .and(let parts): return parts.allSatisfy { $0.holds(at: point) }
        case .or(let parts): return parts.contains { $0.holds(at: point) }
        }
    }
}
