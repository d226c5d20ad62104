// The text `trustproof derive` prints for a derivation.

import Exact
import TrustGame

struct DerivationListing {
    let derivation: Derivation
    let notation: Notation
    let player: Player?
    let solveFor: String?

    private func show(_ function: RationalFunction) -> String { function.expression.printed(notation) }
    private func show(_ formula: Formula) -> String { formula.printed(notation) }

    var text: String {
        let model = derivation.model
        let oracle = BoundSubstitutionSignOracle()
        var lines: [String] = []
        lines.append("Profile \(derivation.profile.name) in the \(model.name) model")
        lines.append("  \(derivation.profile.summary)")
        let fixed = model.fixedParameters.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
        if !fixed.isEmpty { lines.append("Fixed: " + fixed.joined(separator: ", ")) }
        lines.append("Assumptions: " + model.assumptions.map { "\($0.name): \(show($0.formula))" }.joined(separator: "; "))
        lines.append("")
        lines.append("Beliefs (probability that the other is a security-seeker)")
        for belief in derivation.beliefs where player == nil || belief.holder == player {
            let other = belief.holder.other.rawValue.lowercased()
            if let offPath = belief.offPath {
                let candidates = derivation.beliefCandidates(for: offPath).map(show).joined(separator: ", ")
                lines.append("  \(belief.holder.rawValue) after \(other)1 = \(belief.observed.rawValue): off path, "
                    + "\(offPath.variable) in [\(show(offPath.lowerBound)), \(show(offPath.upperBound))]; "
                    + "a supporting belief, if any, is among: \(candidates)")
            } else {
                lines.append("  \(belief.holder.rawValue) after \(other)1 = \(belief.observed.rawValue): "
                    + "\(show(belief.securitySeekerProbability))   (probability \(show(belief.probability)))")
            }
        }
        if !derivation.mixingSolutions.isEmpty {
            lines.append("")
            lines.append("Mixing probabilities (solved from indifference)")
            for solution in derivation.mixingSolutions {
                lines.append("  \(solution.variable) = \(show(solution.value))   (\(solution.source))")
            }
        }
        lines.append("")
        lines.append("Incentive constraints")
        for constraint in derivation.constraints where player == nil || constraint.informationSet.player == player {
            let path = constraint.isOnPath ? "" : "   [off path]"
            lines.append("  \(constraint.label)\(path)")
            lines.append("    EU(c) = \(show(constraint.cooperateUtility))")
            lines.append("    EU(d) = \(show(constraint.defectUtility))")
            let name: String
            switch constraint.requirement {
            case .noProfitableDeviation(.cooperate), .indifference: name = "EU(c) - EU(d)"
            case .noProfitableDeviation(.defect): name = "EU(d) - EU(c)"
            }
            let difference = constraint.difference
            var status = ""
            if constraint.relation == .greaterOrEqual, difference.constantValue == nil,
               let top = oracle.sign(of: difference.numerator, in: model),
               let bottom = oracle.sign(of: difference.denominator, in: model),
               (top == .positive || top == .nonnegative) && bottom == .positive {
                status = "   (holds under the assumptions)"
            }
            lines.append("    \(name) = \(show(difference)) \(constraint.relation.rawValue) 0\(status)")
            if let variable = solveFor, difference.variables.contains(variable) {
                let solved = solve(difference, constraint.relation, for: variable, in: model)
                lines.append("    solved for \(variable): \(show(solved.formula))")
            }
        }
        if !derivation.probabilityBounds.isEmpty {
            lines.append("")
            lines.append("Probabilities")
            for bound in derivation.probabilityBounds { lines.append("  \(show(bound.formula))   (\(bound.informationSet))") }
        }
        for quantifier in [BeliefQuantifier.someFeasibleBelief, .everyFeasibleBelief] {
            lines.append("")
            let phrase = quantifier == .someFeasibleBelief ? "some" : "every"
            lines.append("PBE conditions, for \(phrase) feasible off-path belief")
            let conditions = derivation.conditions(for: quantifier)
            if conditions.isEmpty { lines.append("  none: the profile is a PBE for all admissible parameters") }
            for condition in conditions {
                let proved = condition.holdsUnderAssumptions ? "   [holds under the assumptions]" : ""
                lines.append("  \(show(condition.formula))\(proved)   (\(condition.label))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
