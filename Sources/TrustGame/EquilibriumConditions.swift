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
    /// Whether the sign oracle proved that the model's assumptions imply it (it is kept for the record).
    public let holdsUnderAssumptions: Bool

    public init(label: String, formula: Formula, holdsUnderAssumptions: Bool = false) {
        self.label = label
        self.formula = formula
        self.holdsUnderAssumptions = holdsUnderAssumptions
    }
}

/// The formula `0 < 0`, which no point satisfies: an impossible condition, printed honestly.
public let impossibleFormula = Formula.relation(Relation(.number(.zero), .less, .number(.zero)))

extension Derivation {
    /// The conjunction of conditions for the profile to be a PBE: every incentive constraint, every probability
    /// in [0, 1], with belief variables eliminated according to `quantifier`. Constraints that hold identically
    /// (a constant difference of the right sign) are left out; one that fails identically appears as `0 < 0`.
    /// Conditions the oracle proves from the assumptions are kept, marked `holdsUnderAssumptions`; repeated
    /// conditions are merged, their labels joined.
    public func conditions(
        for quantifier: BeliefQuantifier, signs oracle: any SignOracle = BoundSubstitutionSignOracle()
    ) -> [EquilibriumCondition] {
        var result: [EquilibriumCondition] = []
        func add(_ label: String, _ formula: Formula, proved: Bool) {
            if let index = result.firstIndex(where: { $0.formula == formula }) {
                let existing = result[index]
                result[index] = EquilibriumCondition(
                    label: existing.label + "; " + label, formula: formula,
                    holdsUnderAssumptions: existing.holdsUnderAssumptions)
            } else {
                result.append(EquilibriumCondition(label: label, formula: formula, holdsUnderAssumptions: proved))
            }
        }
        let offPathVariables = Set(beliefs.compactMap { $0.offPath?.variable })
        for constraint in constraints where offPathVariables.isDisjoint(with: constraint.beliefVariables) {
            if let formula = simplified(constraint.difference, constraint.relation) {
                add(constraint.label, formula,
                    proved: proves(constraint.difference, constraint.relation, oracle: oracle, in: model))
            }
        }
        for bound in probabilityBounds {
            let proved = proves(bound.probability, .greaterOrEqual, oracle: oracle, in: model)
                && proves(RationalFunction.one - bound.probability, .greaterOrEqual, oracle: oracle, in: model)
            add(bound.label, bound.formula, proved: proved)
        }
        for belief in beliefs {
            guard let offPath = belief.offPath else { continue }
            let dependent = constraints.filter { $0.beliefVariables.contains(offPath.variable) }
            guard !dependent.isEmpty else { continue }
            if let (formula, proved) = eliminate(offPath, from: dependent, quantifier: quantifier, oracle: oracle) {
                let phrase = quantifier == .everyFeasibleBelief ? "every" : "some"
                add("\(belief.holder.rawValue)'s period-2 play after the off-path \(belief.observed.rawValue), "
                        + "for \(phrase) feasible belief \(offPath.variable) in "
                        + "[\(offPath.lowerBound.expression.ascii), \(offPath.upperBound.expression.ascii)]",
                    formula, proved: proved)
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

    /// The belief-free condition, and whether the oracle proved it; `nil` when it holds identically.
    private func eliminate(
        _ offPath: Belief.OffPathBelief, from dependent: [IncentiveConstraint], quantifier: BeliefQuantifier,
        oracle: any SignOracle
    ) -> (Formula, Bool)? {
        /// The constraints at one belief value: `nil` if one fails identically; parts the oracle proves are
        /// counted in `proved`.
        func evaluated(at value: RationalFunction) -> (parts: [Formula], proved: Int)? {
            var parts: [Formula] = []
            var proved = 0
            for constraint in dependent {
                let difference = try! constraint.difference.substituting([offPath.variable: value])
                switch simplifiedOrImpossible(difference, constraint.relation) {
                case .alwaysTrue: continue
                case .impossible: return nil
                case .formula(let formula):
                    guard !parts.contains(formula) else { continue }
                    parts.append(formula)
                    if proves(difference, constraint.relation, oracle: oracle, in: model) { proved += 1 }
                }
            }
            return (parts, proved)
        }
        switch quantifier {
        case .everyFeasibleBelief:
            var parts: [Formula] = []
            var allProved = true
            for end in [offPath.lowerBound, offPath.upperBound] {
                guard let atEnd = evaluated(at: end) else { return (impossibleFormula, false) }
                parts += atEnd.parts.filter { !parts.contains($0) }
                allProved = allProved && atEnd.proved == atEnd.parts.count
            }
            if parts.isEmpty { return nil }
            return (parts.count == 1 ? parts[0] : .and(parts), allProved)
        case .someFeasibleBelief:
            var disjuncts: [Formula] = []
            var anyProved = false
            for candidate in beliefCandidates(for: offPath) {
                guard let (found, provedCount) = evaluated(at: candidate) else { continue }
                var parts = found
                var allProved = provedCount == found.count
                let isEnd = candidate == offPath.lowerBound || candidate == offPath.upperBound
                if !isEnd {
                    // An interior root: it must lie in the feasible interval, and be a root (slope non-zero).
                    for (lhs, rhs) in [(offPath.lowerBound, candidate), (candidate, offPath.upperBound)] {
                        switch simplifiedOrImpossible(rhs - lhs, .greaterOrEqual) {
                        case .alwaysTrue: break
                        case .impossible: allProved = false; parts.insert(impossibleFormula, at: 0)
                        case .formula(let formula):
                            parts.insert(formula, at: 0)
                            allProved = allProved && proves(rhs - lhs, .greaterOrEqual, oracle: oracle, in: model)
                        }
                    }
                    if candidate.denominator.constantValue == nil {
                        parts.insert(.relation(Relation(candidate.denominator.expression, .notEqual, .number(.zero))), at: 0)
                        allProved = allProved && proves(RationalFunction(candidate.denominator), .notEqual, oracle: oracle, in: model)
                    }
                    if parts.contains(impossibleFormula) { continue }
                }
                if parts.isEmpty { return nil }  // holds at this candidate for all parameters
                let conjunction = parts.count == 1 ? parts[0] : Formula.and(parts)
                if !disjuncts.contains(conjunction) { disjuncts.append(conjunction) }
                anyProved = anyProved || allProved
            }
            if disjuncts.isEmpty { return (impossibleFormula, false) }
            return (disjuncts.count == 1 ? disjuncts[0] : .or(disjuncts), anyProved)
        }
    }
}

/// Whether the oracle proves `value ⋈ 0` for every admissible point.
func proves(
    _ value: RationalFunction, _ relation: RelationOperator, oracle: any SignOracle, in model: GameModel
) -> Bool {
    if let constant = value.constantValue { return relation.holds(forSign: constant.signum) }
    guard let top = oracle.sign(of: value.numerator, in: model),
          let bottom = oracle.sign(of: value.denominator, in: model)
    else { return false }
    let strictTop = top == .positive || top == .negative
    let bottomPositive = bottom == .positive, bottomNegative = bottom == .negative
    guard bottomPositive || bottomNegative else { return false }
    switch relation {
    case .greater: return strictTop && ((top == .positive) == bottomPositive)
    case .greaterOrEqual: return bottomPositive ? top.isNonnegative : top.isNonpositive
    case .less: return strictTop && ((top == .negative) == bottomPositive)
    case .lessOrEqual: return bottomPositive ? top.isNonpositive : top.isNonnegative
    case .notEqual: return strictTop
    case .equal: return top == .zero
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
