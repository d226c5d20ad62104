// Displayed inequalities of proofs: does each compare the expected utilities the engine derives?

import Exact
import Prover
import TrustGame

extension ClaimCheck {
    /// Checks each step: the printed inequality, oriented so that "prescribed is better" reads positive, must have
    /// the sign of the derived difference EU(prescribed) - EU(deviation) at every admissible point. Strictness is not
    /// compared here (the paper writes > where a best response needs >=); the parent claim's checks test it.
    /// A mixing probability in the printed inequality (`omega1_B`, named as the engine names it) takes the value
    /// the engine solved for it, as it has in the derived difference.
    func checkSteps(_ derivation: Derivation, region: [Formula]) -> [StepOutcome] {
        let solved = Dictionary(uniqueKeysWithValues: derivation.mixingSolutions.map { ($0.variable, $0.value) })
        return claim.steps.map { step in
            guard let constraint = derivation.constraint(at: step.informationSet) else {
                return StepOutcome(step: step, verdict: .undecided, derivedLabel: nil, derived: nil, decision: nil,
                                   reason: "No information set of the profile matches '\(step.informationSet)'.")
            }
            guard case .relation(let relation) = fixed(step.stated) else {
                return StepOutcome(step: step, verdict: .undecided, derivedLabel: constraint.label, derived: nil,
                                   decision: nil, reason: "The step is not a single inequality.")
            }
            let printed: RationalFunction
            do {
                let lhs = try relation.lhs.rationalFunction(), rhs = try relation.rhs.rationalFunction()
                let oriented: RationalFunction
                switch relation.relation {
                case .greater, .greaterOrEqual: oriented = lhs - rhs
                case .less, .lessOrEqual: oriented = rhs - lhs
                case .equal, .notEqual: oriented = lhs - rhs
                }
                printed = try oriented.substituting(solved)
            } catch {
                return StepOutcome(step: step, verdict: .undecided, derivedLabel: constraint.label, derived: nil,
                                   decision: nil, reason: "The step cannot be read: \(error).")
            }
            let derived = constraint.difference
            let zero = Exact.Expression.number(.zero)
            let sameSign = Formula.and([
                .iff(.relation(Relation(printed.expression, .greater, zero)), .relation(Relation(derived.expression, .greater, zero))),
                .iff(.relation(Relation(printed.expression, .less, zero)), .relation(Relation(derived.expression, .less, zero))),
            ])
            let stepRegion = region + admissibleRegion(for: Set(sameSign.variables), in: model, without: claim.without).filter { !region.contains($0) }
            let decision = prover.decide(assumptions: stepRegion, hypotheses: hypotheses, conclusion: sameSign)
            let derivedFormula = Formula.relation(Relation(derived.expression, constraint.relation, zero))
            let reason: String
            switch decision.verdict {
            case .holds: reason = "The printed inequality has the sign of the derived constraint everywhere: it is that constraint."
            case .fails: reason = "Erratum: the printed inequality and the derived constraint disagree in sign at the witness."
            case .vacuous: reason = "No admissible point satisfies the hypotheses."
            case .undecided: reason = "The prover gave up: \(decision.reason)"
            }
            return StepOutcome(step: step, verdict: decision.verdict, derivedLabel: constraint.label,
                               derived: derivedFormula, decision: decision, reason: reason)
        }
    }
}
