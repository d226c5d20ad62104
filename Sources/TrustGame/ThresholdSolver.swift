// The small linear-inequality engine: rewrite a constraint linear in one variable as `variable ⋈ threshold`.

import Exact

/// A constraint solved for one variable.
public indirect enum SolvedConstraint: Hashable, Sendable {
    /// `variable ⋈ bound`.
    case threshold(variable: String, relation: RelationOperator, bound: RationalFunction)
    /// The constraint does not involve the variable: it is this condition on the others.
    case independent(Formula)
    /// The direction depends on a sign the oracle could not fix: one case per sign.
    case cases([(condition: Formula, solution: SolvedConstraint)])
    /// The variable occurs non-linearly.
    case nonlinear

    public static func == (lhs: SolvedConstraint, rhs: SolvedConstraint) -> Bool {
        switch (lhs, rhs) {
        case let (.threshold(v1, r1, b1), .threshold(v2, r2, b2)): v1 == v2 && r1 == r2 && b1 == b2
        case let (.independent(f1), .independent(f2)): f1 == f2
        case let (.cases(c1), .cases(c2)):
            c1.count == c2.count && zip(c1, c2).allSatisfy { $0.condition == $1.condition && $0.solution == $1.solution }
        case (.nonlinear, .nonlinear): true
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .threshold(variable, relation, bound): hasher.combine(0); hasher.combine(variable)
            hasher.combine(relation); hasher.combine(bound)
        case let .independent(formula): hasher.combine(1); hasher.combine(formula)
        case let .cases(cases): hasher.combine(2); hasher.combine(cases.count)
        case .nonlinear: hasher.combine(3)
        }
    }

    /// The solved form as a formula, e.g. `y_B >= 1/(H + a)`.
    public var formula: Formula {
        switch self {
        case let .threshold(variable, relation, bound):
            return .relation(Relation(.variable(variable), relation, bound.expression))
        case let .independent(formula):
            return formula
        case let .cases(cases):
            return .and(cases.map { .implies($0.condition, $0.solution.formula) })
        case .nonlinear:
            return impossibleFormula
        }
    }
}

/// Solves `difference ⋈ 0` for `variable`, when `difference = (c1·variable + c0)/D`.
///
/// The direction follows from the sign of `c1·D` over the admissible region, as the oracle decides it; where it
/// cannot, the answer lists the cases explicitly.
public func solve(
    _ difference: RationalFunction, _ relation: RelationOperator, for variable: String, in model: GameModel,
    signs oracle: any SignOracle = BoundSubstitutionSignOracle()
) -> SolvedConstraint {
    let numerator = difference.numerator
    let denominator = difference.denominator
    if denominator.contains(variable) || numerator.degree(in: variable) > 1 { return .nonlinear }
    guard numerator.degree(in: variable) == 1 else {
        return .independent(.relation(Relation(difference.expression, relation, .number(.zero))))
    }
    let coefficients = numerator.coefficients(in: variable)
    let slope = coefficients[1]!
    let bound = RationalFunction(-(coefficients[0] ?? .zero), slope)
    let denominatorSign = oracle.sign(of: denominator, in: model)
    let slopeSign = oracle.sign(of: slope, in: model)
    // The direction is fixed when slope · denominator has a strict sign.
    if let slopeSign, let denominatorSign {
        let positive = (slopeSign == .positive && denominatorSign == .positive)
            || (slopeSign == .negative && denominatorSign == .negative)
        let negative = (slopeSign == .positive && denominatorSign == .negative)
            || (slopeSign == .negative && denominatorSign == .positive)
        if positive { return .threshold(variable: variable, relation: relation, bound: bound) }
        if negative { return .threshold(variable: variable, relation: relation.flipped, bound: bound) }
    }
    let product = (slope * denominator).expression
    let zero = Expression.number(.zero)
    return .cases([
        (.relation(Relation(product, .greater, zero)), .threshold(variable: variable, relation: relation, bound: bound)),
        (.relation(Relation(product, .less, zero)),
         .threshold(variable: variable, relation: relation.flipped, bound: bound)),
        (.relation(Relation(product, .equal, zero)), .independent(.relation(Relation(
            RationalFunction(coefficients[0] ?? .zero, denominator).expression, relation, zero)))),
    ])
}
