// Matching stated thresholds with derived ones, exact boundary points, and the corrected statement.

import Exact
import Prover
import TrustGame

extension ClaimCheck {
    /// The variables a threshold is written for, most usual first.
    static let thresholdVariables = ["y_A", "y_B", "beta_A", "beta_B", "theta", "alpha_A", "alpha_B", "sigma_A", "sigma_B"]

    /// `relation` solved for its first threshold variable, when it is linear in one.
    func solvedForThresholdVariable(_ relation: Relation) -> (String, RelationOperator, RationalFunction)? {
        guard let lhs = try? relation.lhs.rationalFunction(), let rhs = try? relation.rhs.rationalFunction() else {
            return nil
        }
        let difference = lhs - rhs
        for variable in Self.thresholdVariables where difference.variables.contains(variable) {
            if case .threshold(let name, let op, let bound) = solve(difference, relation.relation, for: variable,
                                                                  in: model, signs: oracle) {
                return (name, op, bound)
            }
        }
        return nil
    }

    /// For each stated relation, the derived condition with an identical threshold in the same variable.
    func matchThresholds(stated: Formula, derived: [EquilibriumCondition]) -> [ThresholdMatch] {
        let candidates = derived.filter { !$0.holdsUnderAssumptions }
        return conjuncts(stated).compactMap { part -> ThresholdMatch? in
            guard case .relation(let relation) = part, let (variable, op, bound) = solvedForThresholdVariable(relation)
            else { return nil }
            let statedRelation = Relation(.variable(variable), op, bound.expression)
            for condition in candidates {
                guard case .relation(let derivedRelation) = condition.formula,
                      let lhs = try? derivedRelation.lhs.rationalFunction(),
                      case .threshold(_, let derivedOp, let derivedBound) = solve(
                          lhs, derivedRelation.relation, for: variable, in: model, signs: oracle),
                      Prover.isIdentical(derivedBound, bound)
                else { continue }
                return ThresholdMatch(
                    variable: variable, stated: statedRelation,
                    derived: .relation(Relation(.variable(variable), derivedOp, derivedBound.expression)),
                    derivedLabel: condition.label, sameRelation: derivedOp == op)
            }
            return ThresholdMatch(variable: variable, stated: statedRelation, derived: nil, derivedLabel: nil,
                                  sameRelation: false)
        }
    }

    /// Parameter values to build boundary points from: each satisfies the paper's assumptions.
    private static let samplePoints: [[String: Rational]] = {
        let pairs: [(Rational, Rational)] = [
            (Rational(3, 2), Rational(3, 4)), (Rational(5, 4), Rational(1, 2)), (2, Rational(3, 2)),
            (Rational(6, 5), Rational(1, 2)), (Rational(7, 4), 1), (3, Rational(5, 2)), (Rational(4, 3), Rational(2, 3)),
        ]
        let betas: [Rational] = [Rational(7, 10), Rational(3, 5), Rational(1, 5), 0, Rational(1, 2), Rational(9, 10), Rational(1, 3)]
        let thetas: [Rational] = [1, 2, Rational(1, 2), Rational(3, 2), 3]
        let alphas: [Rational] = [Rational(3, 4), Rational(9, 10), 1, Rational(2, 3)]
        let ys: [Rational] = [Rational(1, 3), Rational(1, 2), Rational(2, 3), Rational(1, 5), Rational(4, 5), Rational(3, 10)]
        return (0..<42).map { index in
            let (h, a) = pairs[index % pairs.count]
            return [
                "H": h, "a": a,
                "beta_A": betas[index % betas.count], "beta_B": betas[(index + 3) % betas.count],
                "theta": thetas[index % thetas.count],
                "alpha_A": alphas[index % alphas.count], "alpha_B": alphas[(index + 1) % alphas.count],
                "y_A": ys[index % ys.count], "y_B": ys[(index + 2) % ys.count],
                "sigma_A": ys[(index + 1) % ys.count], "sigma_B": ys[(index + 4) % ys.count],
            ]
        }
    }()

    /// At least five exact points on each matched stated boundary (as far as the sample points allow): the derived
    /// constraint's value there, and whether it holds just inside and fails just outside.
    func boundaryRows(
        thresholds: [ThresholdMatch], stated: Formula, conditions: [EquilibriumCondition], region: [Formula]
    ) -> [BoundaryRow] {
        var rows: [BoundaryRow] = []
        let step = Rational(1, 1000)
        for match in thresholds {
            guard let label = match.derivedLabel,
                  let condition = conditions.first(where: { $0.label == label }),
                  case .relation(let derivedRelation) = condition.formula,
                  let bound = try? match.stated.rhs.rationalFunction()
            else { continue }
            var found = 0
            for sample in Self.samplePoints where found < 5 {
                var point = sample.merging(model.fixedParameters) { $1 }
                guard let value = try? bound.evaluated(at: point) else { continue }
                point[match.variable] = value
                // The boundary point must be admissible (its own variable aside, which may sit on an open end).
                var others = point
                others[match.variable] = nil
                let premises = (region + hypotheses).filter { !$0.variables.contains(match.variable) }
                guard premises.allSatisfy({ Prover.holds($0, at: point) }) else { continue }
                guard let atBoundary = try? derivedRelation.lhs.evaluated(at: point) else { continue }
                // Inside the stated region is the side where the stated relation holds.
                var above = point, below = point
                above[match.variable] = value + step
                below[match.variable] = value - step
                let statedAbove = Prover.holds(.relation(match.stated), at: above)
                let (inside, outside) = statedAbove ? (above, below) : (below, above)
                let holdsInside = Prover.holds(condition.formula, at: inside)
                let failsOutside = !Prover.holds(condition.formula, at: outside)
                rows.append(BoundaryRow(
                    point: point.filter { name, _ in Set(region.flatMap(\.variables)).contains(name) || name == match.variable },
                    variable: match.variable, boundaryValue: value, derivedAtBoundary: atBoundary,
                    holdsInside: holdsInside, failsOutside: failsOutside, step: step))
                found += 1
            }
        }
        return rows
    }

    /// The derived conditions, solved for the variables the paper's thresholds use, as the statement to print
    /// instead of the paper's.
    func solvedCorrection(_ required: [Formula], thresholds: [ThresholdMatch]) -> Formula? {
        guard !required.isEmpty else { return nil }
        let preferred = thresholds.map(\.variable) + Self.thresholdVariables
        let parts = required.map { formula -> Formula in
            guard case .relation(let relation) = formula, let lhs = try? relation.lhs.rationalFunction() else { return formula }
            for variable in preferred where lhs.variables.contains(variable) {
                if case .threshold(let name, let op, let bound) = solve(lhs, relation.relation, for: variable, in: model, signs: oracle) {
                    return .relation(Relation(.variable(name), op, bound.expression))
                }
            }
            return formula
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }
}
