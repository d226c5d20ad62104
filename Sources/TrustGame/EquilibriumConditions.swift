// The conditions under which a derived profile is a PBE, with off-path beliefs eliminated exactly.
//
// Every constraint is linear in the holder's off-path belief sigma (the other player's period-2 cooperation is
// linear in it), so over the feasible interval [lo, hi]:
// - "for every feasible belief" holds iff each constraint holds at both end points;
// - "for some feasible belief" holds iff it holds at one of the candidates lo, hi, or the root of a constraint
//   (the feasible set is a closed interval, and its end points are among those candidates).

import Exact

/// Which off-path beliefs a claim quantifies over.
public enum BeliefQuantifier: String, Hashable, Sendable {
    /// The profile is a PBE for some feasible off-path belief (most propositions).
    case someFeasibleBelief = "some"
    /// The profile is a PBE for any feasible off-path belief (Proposition A.2).
    case everyFeasibleBelief = "every"
}

/// One condition of an equilibrium, with where it comes from.
public struct EquilibriumCondition: Hashable, Sendable {
    public let label: String
    public let formula: Formula

    public init(label: String, formula: Formula) {
        self.label = label
        self.formula = formula
    }
}

/// The formula `0 < 0`, which no point satisfies: an impossible condition, printed honestly.
public let impossibleFormula = Formula.relation(Relation(.number(.zero), .less, .number(.zero)))

extension Derivation {
    /// The conjunction of conditions for the profile to be a PBE: every incentive constraint, every probability
    /// in [0, 1], with belief variables eliminated according to `quantifier`. Constraints that hold identically
    /// (a constant difference of the right sign) are left out; one that fails identically appears as `0 < 0`.
    public func conditions(for quantifier: BeliefQuantifier) -> [EquilibriumCondition] {
        var result: [EquilibriumCondition] = []
        for constraint in constraints where constraint.beliefVariables.isEmpty {
            if let formula = simplified(constraint.difference, constraint.relation) {
                result.append(EquilibriumCondition(label: constraint.label, formula: formula))
            }
        }
        for bound in probabilityBounds {
            result.append(EquilibriumCondition(label: bound.label, formula: bound.formula))
        }
        for belief in beliefs {
            guard let offPath = belief.offPath else { continue }
            let dependent = constraints.filter { $0.beliefVariables.contains(offPath.variable) }
            guard !dependent.isEmpty else { continue }
            if let formula = eliminate(offPath, from: dependent, quantifier: quantifier) {
                let phrase = quantifier == .everyFeasibleBelief ? "every" : "some"
                result.append(EquilibriumCondition(
                    label: "\(belief.holder.rawValue)'s period-2 play after the off-path \(belief.observed.rawValue), "
                        + "for \(phrase) feasible belief \(offPath.variable) in "
                        + "[\(offPath.lowerBound.expression.ascii), \(offPath.upperBound.expression.ascii)]",
                    formula: formula))
            }
        }
        return result
    }

    /// The candidate values of an off-path belief at which the "some belief" condition is checked.
    public func beliefCandidates(for offPath: Belief.OffPathBelief) -> [RationalFunction] {
        var candidates = [offPath.lowerBound, offPath.upperBound]
        for constraint in constraints where constraint.beliefVariables.contains(offPath.variable) {
            let numerator = constraint.difference.numerator
            guard numerator.degree(in: offPath.variable) == 1 else { continue }
            let coefficients = numerator.coefficients(in: offPath.variable)
            let root = RationalFunction(-(coefficients[0] ?? .zero), coefficients[1]!)
            if !candidates.contains(root) { candidates.append(root) }
        }
        return candidates
    }

    private func eliminate(
        _ offPath: Belief.OffPathBelief, from dependent: [IncentiveConstraint], quantifier: BeliefQuantifier
    ) -> Formula? {
        func evaluated(at value: RationalFunction) -> [Formula]? {
            var parts: [Formula] = []
            for constraint in dependent {
                let difference = try! constraint.difference.substituting([offPath.variable: value])
                switch simplifiedOrImpossible(difference, constraint.relation) {
                case .alwaysTrue: continue
                case .impossible: return nil
                case .formula(let formula): parts.append(formula)
                }
            }
            return parts
        }
        switch quantifier {
        case .everyFeasibleBelief:
            var parts: [Formula] = []
            for end in [offPath.lowerBound, offPath.upperBound] {
                guard let atEnd = evaluated(at: end) else { return impossibleFormula }
                parts += atEnd.filter { !parts.contains($0) }
            }
            return parts.isEmpty ? nil : (parts.count == 1 ? parts[0] : .and(parts))
        case .someFeasibleBelief:
            var disjuncts: [Formula] = []
            for candidate in beliefCandidates(for: offPath) {
                guard var parts = evaluated(at: candidate) else { continue }
                let isEnd = candidate == offPath.lowerBound || candidate == offPath.upperBound
                if !isEnd {
                    // An interior root: it must lie in the feasible interval, and be a root (slope non-zero).
                    for (lhs, rhs) in [(offPath.lowerBound, candidate), (candidate, offPath.upperBound)] {
                        if case .formula(let formula) = simplifiedOrImpossible(rhs - lhs, .greaterOrEqual) {
                            parts.insert(formula, at: 0)
                        }
                    }
                    if candidate.denominator.constantValue == nil {
                        parts.insert(.relation(Relation(candidate.denominator.expression, .notEqual, .number(.zero))), at: 0)
                    }
                }
                if parts.isEmpty { return nil }  // holds at this candidate for all parameters
                let conjunction = parts.count == 1 ? parts[0] : Formula.and(parts)
                if !disjuncts.contains(conjunction) { disjuncts.append(conjunction) }
            }
            if disjuncts.isEmpty { return impossibleFormula }
            return disjuncts.count == 1 ? disjuncts[0] : .or(disjuncts)
        }
    }
}

/// A sign condition `value ⋈ 0` after constant folding.
enum SimplifiedCondition {
    case alwaysTrue
    case impossible
    case formula(Formula)
}

func simplifiedOrImpossible(_ value: RationalFunction, _ relation: RelationOperator) -> SimplifiedCondition {
    if let constant = value.constantValue {
        return relation.holds(forSign: constant.signum) ? .alwaysTrue : .impossible
    }
    return .formula(.relation(Relation(value.expression, relation, .number(.zero))))
}

/// `nil` when the condition holds identically; `0 < 0` when it fails identically.
func simplified(_ value: RationalFunction, _ relation: RelationOperator) -> Formula? {
    switch simplifiedOrImpossible(value, relation) {
    case .alwaysTrue: nil
    case .impossible: impossibleFormula
    case .formula(let formula): formula
    }
}
