// The part of a report that shows the derivation: the profile, beliefs, mixing, utilities and constraints.

import Exact
import TrustGame

struct DerivationSection {
    let derivation: Derivation
    let level: Int

    private func heading(_ text: String) -> String { String(repeating: "#", count: level) + " " + text }

    private func probability(_ value: RationalFunction) -> String {
        switch value.pureAction {
        case .cooperate?: "c"
        case .defect?: "d"
        case nil: Markdown.math(value.expression.latex)
        }
    }

    var parts: [String] {
        var parts: [String] = []
        let model = derivation.model
        parts.append(heading("The profile"))
        parts.append(derivation.profile.summary + " Entries give the probability of cooperating (c = 1, d = 0); "
            + "a history is (own period-1 action, other's).")
        var rows: [[String]] = []
        for player in Player.allCases {
            let strategy = derivation.profile.strategy(of: player)
            for state in model.states {
                var row = [player.rawValue, state.words, probability(strategy.firstPeriod(in: state)!)]
                row += History.all.map { probability(strategy.secondPeriod(in: state, after: $0)!) }
                rows.append(row)
            }
        }
        let periodHeader = derivation.secondPeriodOnly ? "period 1 (not analysed)" : "period 1"
        parts.append(Markdown.table(["player", "type", periodHeader] + History.all.map { "after (\($0.own.rawValue), \($0.other.rawValue))" }, rows))
        parts.append(heading("Beliefs"))
        parts.append(derivation.beliefs.map { belief in
            let other = belief.holder.other.rawValue
            let what = "\(belief.holder.rawValue)'s belief that \(other) is a security-seeker after \(other) plays \(belief.observed.rawValue) in period 1"
            if let offPath = belief.offPath {
                let candidates = derivation.beliefCandidates(for: offPath).map { Markdown.math($0.expression.latex) }
                return "- \(what): off path; " + Markdown.math("\(offPath.variable.latexName) \\in \\left[\(offPath.lowerBound.expression.latex), \(offPath.upperBound.expression.latex)\\right]")
                    + "; the profile is supported for some feasible belief exactly when it is supported at one of "
                    + candidates.joined(separator: ", ") + " (the interval's ends and the constraints' roots)"
            }
            if derivation.secondPeriodOnly {
                return "- \(what): " + Markdown.math(belief.securitySeekerProbability.expression.latex) + " (a free parameter)"
            }
            return "- \(what): " + Markdown.math(belief.securitySeekerProbability.expression.latex)
                + " (Bayes' rule; the observation has probability " + Markdown.math(belief.probability.expression.latex) + ")"
        }.joined(separator: "\n"))
        if !derivation.mixingSolutions.isEmpty {
            parts.append(heading("Mixing probabilities, solved from indifference"))
            parts.append(derivation.mixingSolutions.map {
                "- " + Markdown.math("\($0.variable.latexName) = \($0.value.expression.latex)") + " — from: \($0.source)"
            }.joined(separator: "\n"))
        }
        parts.append(heading("Expected utilities and incentive constraints"))
        parts.append("For every information set: the expected utility of cooperating and of defecting (each followed by the "
            + "profile's continuation), and the constraint the prescribed play must satisfy.")
        parts.append(Markdown.table(["information set", "EU(c)", "EU(d)", "constraint", "on path"], derivation.constraints.map { constraint in
            let name: String
            switch constraint.requirement {
            case .noProfitableDeviation(.cooperate): name = "EU(c) - EU(d)"
            case .noProfitableDeviation(.defect): name = "EU(d) - EU(c)"
            case .indifference: name = "EU(c) - EU(d)"
            }
            let constraintText = Markdown.math("\(name.replacingOccurrences(of: "EU", with: "\\mathrm{EU}")) = \(constraint.difference.expression.latex) \(constraint.relation.latex) 0")
            return [constraint.informationSet.description, Markdown.math(constraint.cooperateUtility.expression.latex),
                    Markdown.math(constraint.defectUtility.expression.latex), constraintText, constraint.isOnPath ? "yes" : "no"]
        }))
        return parts
    }
}

extension String {
    /// A variable name in LaTeX, as the expression printer writes it.
    var latexName: String { Exact.Expression.variable(self).latex }
}
