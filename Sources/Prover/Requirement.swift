// One conjunct of a satisfiability question, and its exact meaning at a point.
//
// The semantics (see the README): negation is pushed into the relations, so `not (x >= y)` means `x < y`, and a
// relation with a zero denominator on either side is false at that point. Undefined points therefore satisfy
// neither a relation nor its negation, and can never be witnesses.

import Exact

/// A formula to be satisfied, possibly negated, possibly with its non-strict inequalities made strict.
struct Requirement: Hashable, Sendable {
    let formula: Formula
    /// Require the negation (pushed into the relations).
    let negated: Bool
    /// Read every `<=` as `<` and every `>=` as `>` (after the negation is pushed in); equalities stay.
    let strict: Bool

    init(_ formula: Formula, negated: Bool = false, strict: Bool = false) {
        self.formula = formula
        self.negated = negated
        self.strict = strict
    }

    var strictened: Requirement { Requirement(formula, negated: negated, strict: true) }

    /// Whether the requirement holds at `point`, by exact evaluation of the expression trees.
    func holds(at point: Point) -> Bool {
        Self.holds(formula, negated: negated, strict: strict, at: point)
    }

    private static func holds(_ formula: Formula, negated: Bool, strict: Bool, at point: Point) -> Bool {
        switch formula {
        case .relation(let relation):
            let op = effectiveOperator(relation.relation, negated: negated, strict: strict)
            do {
                let difference = try relation.lhs.evaluated(at: point) - relation.rhs.evaluated(at: point)
                return op.holds(forSign: difference.signum)
            } catch {
                return false  // a zero denominator (or an unbound name): the relation is false here
            }
        case .and(let parts):
            return negated
                ? parts.contains { holds($0, negated: true, strict: strict, at: point) }
                : parts.allSatisfy { holds($0, negated: false, strict: strict, at: point) }
        case .or(let parts):
            return negated
                ? parts.allSatisfy { holds($0, negated: true, strict: strict, at: point) }
                : parts.contains { holds($0, negated: false, strict: strict, at: point) }
        case .not(let inner):
            return holds(inner, negated: !negated, strict: strict, at: point)
        case .implies(let l, let r):
            // l => r is (not l) or r; its negation is l and (not r).
            return negated
                ? holds(l, negated: false, strict: strict, at: point) && holds(r, negated: true, strict: strict, at: point)
                : holds(l, negated: true, strict: strict, at: point) || holds(r, negated: false, strict: strict, at: point)
        case .iff(let l, let r):
            // l <=> r is (l and r) or (not l and not r); its negation is (l and not r) or (not l and r).
            let left = holds(l, negated: false, strict: strict, at: point)
            let notLeft = holds(l, negated: true, strict: strict, at: point)
            let right = holds(r, negated: false, strict: strict, at: point)
            let notRight = holds(r, negated: true, strict: strict, at: point)
            return negated ? (left && notRight) || (notLeft && right) : (left && right) || (notLeft && notRight)
        }
    }

    /// The operator a relation stands for once negation and strictness are applied.
    static func effectiveOperator(_ op: RelationOperator, negated: Bool, strict: Bool) -> RelationOperator {
        let pushed = negated ? op.negated : op
        guard strict else { return pushed }
        switch pushed {
        case .lessOrEqual: return .less
        case .greaterOrEqual: return .greater
        default: return pushed
        }
    }

    /// The relations, with their effective operators, that hold with equality at `point` although they are
    /// inequalities (`<=` or `>=`): the tight constraints that put a point on the boundary.
    func tightInequalities(at point: Point) -> [Relation] {
        var tight: [Relation] = []
        collectTight(formula, negated: negated, at: point, into: &tight)
        return tight
    }

    private func collectTight(_ formula: Formula, negated: Bool, at point: Point, into tight: inout [Relation]) {
        switch formula {
        case .relation(let relation):
            let op = Self.effectiveOperator(relation.relation, negated: negated, strict: false)
            guard op == .lessOrEqual || op == .greaterOrEqual,
                  let l = try? relation.lhs.evaluated(at: point), let r = try? relation.rhs.evaluated(at: point),
                  l == r
            else { return }
            tight.append(Relation(relation.lhs, op, relation.rhs))
        case .and(let parts), .or(let parts):
            for part in parts { collectTight(part, negated: negated, at: point, into: &tight) }
        case .not(let inner):
            collectTight(inner, negated: !negated, at: point, into: &tight)
        case .implies(let l, let r):
            collectTight(l, negated: !negated, at: point, into: &tight)
            collectTight(r, negated: negated, at: point, into: &tight)
        case .iff(let l, let r):
            for part in [l, r] {
                collectTight(part, negated: false, at: point, into: &tight)
                collectTight(part, negated: true, at: point, into: &tight)
            }
        }
    }
}

extension Prover {
    /// Whether `formula` holds at `point` under the prover's semantics: negation pushed into the relations, and a
    /// relation false wherever one of its sides has a zero denominator. Where every side is defined this agrees
    /// with `Formula.evaluated(at:)`.
    public static func holds(_ formula: Formula, at point: Point) -> Bool {
        Requirement(formula).holds(at: point)
    }
}
