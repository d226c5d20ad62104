// Exhaustive claims: the prover's rule-out of each listed profile, and an enumeration of every pure PBE at exact
// sample points across the admissible region (a fixed grid, seeded random points, and points placed exactly on
// derived thresholds). Agreement on samples is evidence, never proof: only the prover's answer can make the claim
// hold. A listed profile that is a PBE at a sampled point makes it fail, with that exact point, re-checked against
// the profile's derived conditions.

import Exact
import Foundation
import Prover
import TrustGame

extension ClaimCheck {
    /// At least this many sampled points satisfy the claim's premises, when the region allows it.
    static let enumerationTarget = 2000

    /// The symbolic rule-out, combined with the sampled enumeration.
    func exhaustive() -> ClaimResult {
        let symbolic = noEquilibrium(profiles: claim.ruledOut)
        guard let enumeration = enumerationCheck() else { return symbolic }
        let checks = symbolic.checks + [enumeration]
        if enumeration.decision.verdict == .fails {
            let (verdict, scope, witness, reason, _) = combine(checks, holdsReason: "")
            let conflict = symbolic.verdict == .holds
                ? " The prover's rule-out and the enumeration disagree; the enumeration's witness was re-checked against the derived conditions."
                : ""
            return result(verdict: verdict, scope: scope, witness: witness, reason: reason + conflict, checks: checks,
                          assumptions: symbolic.assumptions, derived: symbolic.derivedConditions,
                          derivation: symbolic.derivation, steps: symbolic.steps)
        }
        let points = enumeration.decision.sampling?.pointsInRegion ?? 0
        let sampled = " The enumeration of every pure PBE agrees at \(points) sampled exact points (evidence, not proof)."
        return result(verdict: symbolic.verdict, scope: symbolic.scope, witness: symbolic.witness,
                      reason: symbolic.reason + sampled, checks: checks, assumptions: symbolic.assumptions,
                      derived: symbolic.derivedConditions, derivation: symbolic.derivation, steps: symbolic.steps,
                      sampling: symbolic.sampling ?? enumeration.decision.sampling)
    }

    /// Enumerates at the sample points; nil when no listed profile is pure or the model is not enumerated.
    func enumerationCheck() -> CheckOutcome? {
        let listed = claim.ruledOut.compactMap { profile in PureProfile(profile).map { (profile.name, $0) } }
        guard !listed.isEmpty, claim.beliefs == .someFeasibleBelief,
              let enumerator = try? EquilibriumEnumerator(model: model)
        else { return nil }
        let evaluate: (Point) -> (found: Set<PureProfile>, strict: Set<PureProfile>, classes: Set<EquilibriumClass>)
        let sampler = ParameterSampler(model: model, imposesA2: !claim.without.contains("A2"))
        var thresholds = ParameterSampler.thresholds(of: enumerator.table)
        if claim.secondPeriodOnly {
            // Beliefs are free parameters: each listed profile's period-2 constraints, evaluated directly.
            let variables = EnumerationTable.variables + ["sigma_A", "sigma_B"]
            let secondPeriod = listed.compactMap { name, profile -> (PureProfile, [CompiledRationalFunction])? in
                guard let derivation = try? derive(claim.ruledOut.first { $0.name == name }!) else { return nil }
                for constraint in derivation.constraints {
                    for sigma in ["sigma_A", "sigma_B"] where constraint.difference.numerator.degree(in: sigma) == 1 {
                        let parts = constraint.difference.numerator.coefficients(in: sigma)
                        thresholds.append((sigma, RationalFunction(-(parts[0] ?? .zero), parts[1]!)))
                    }
                }
                return (profile, derivation.constraints.map { CompiledRationalFunction($0.difference, variables: variables) })
            }
            evaluate = { values in
                let point = ExactPoint(variables: variables, values: values)
                var found: Set<PureProfile> = [], strict: Set<PureProfile> = []
                for (profile, constraints) in secondPeriod {
                    let signs = constraints.map { $0.sign(at: point) }
                    if signs.allSatisfy({ ($0 ?? -1) >= 0 }) { found.insert(profile) }
                    if signs.allSatisfy({ ($0 ?? -1) > 0 }) { strict.insert(profile) }
                }
                return (found, strict, [])
            }
        } else {
            evaluate = { values in
                let equilibria = EnumerationCache.shared.equilibria(enumerator, at: values)
                return (Set(equilibria.map(\.profile)), Set(equilibria.filter(\.isStrict).map(\.profile)),
                        Set(equilibria.map { EquilibriumClass.of($0.profile) }))
            }
        }
        let region = admissibleRegion(for: Set(model.parameters + (claim.secondPeriodOnly ? ["sigma_A", "sigma_B"] : [])),
                               in: model, without: claim.without)
            + hypotheses
        func inRegion(_ point: Point) -> Bool {
            region.allSatisfy { (try? $0.evaluated(at: point)) == true }
        }
        // Hypotheses `x = expression` pin x: sampled points satisfy them by construction.
        let pins = Self.pins(in: hypotheses)
        func pinned(_ point: Point) -> Point {
            var point = point
            for (name, expression) in pins {
                if let value = try? expression.evaluated(at: point) { point[name] = value }
            }
            return point
        }
        var generated = 0
        var used: [Point] = []
        var seen: Set<Point> = []
        var round: UInt64 = 0
        var candidates = sampler.grid().map(pinned)
        while used.count < Self.enumerationTarget && round < 12 {
            let (random, onThresholds) = round == 0 ? (1000, 500) : (500, 250)
            candidates += sampler.random(count: random, stream: round).map(pinned)
                + sampler.onThresholds(count: onThresholds, thresholds: thresholds, stream: round, adjust: pinned)
            for var point in candidates {
                if claim.secondPeriodOnly { point = withBeliefs(point, thresholds: thresholds, index: generated) }
                generated += 1
                if inRegion(point) && seen.insert(point).inserted { used.append(point) }
            }
            candidates = []
            round += 1
        }
        var mismatches: [(point: Point, name: String, profile: PureProfile, strict: Bool)] = []
        var classCounts: [EquilibriumClass: (count: Int, first: Point)] = [:]
        for point in used {
            let (found, strict, classes) = evaluate(point)
            for equilibriumClass in classes {
                let entry = classCounts[equilibriumClass] ?? (0, point)
                classCounts[equilibriumClass] = (entry.count + 1, entry.first)
            }
            for (name, profile) in listed where found.contains(profile) {
                mismatches.append((point, name, profile, strict.contains(profile)))
            }
        }
        let free = Set(model.parameters + (claim.secondPeriodOnly ? ["sigma_A", "sigma_B"] : []))
        func shown(_ point: Point) -> Point { point.filter { free.contains($0.key) } }
        let found = classCounts.keys.sorted().map { "\($0.name) at \(classCounts[$0]!.count)" }
        let classesText = found.isEmpty ? "" : " Classes found: \(found.joined(separator: ", "))"
            + (classCounts[.unnamed].map { " (an unnamed class first at \(describe(shown($0.first), except: nil)))" } ?? "") + "."
        let sampling = SamplingReport(pointsChecked: generated, pointsInRegion: used.count,
                                      counterexample: mismatches.first.map { shown($0.point) })
        let question = claim.secondPeriodOnly
            ? "is a listed pure profile an equilibrium of the second period at a sampled point?"
            : "is a listed pure profile among the pure PBE enumerated at a sampled point?"
        let skipped = claim.ruledOut.count - listed.count
        let skippedText = skipped == 0 ? "" : " (\(skipped) mixed profile\(skipped == 1 ? "" : "s") not enumerated)"
        guard let witness = mismatches.first(where: \.strict) ?? mismatches.first else {
            let few = used.count < Self.enumerationTarget
                ? " Only \(used.count) of the \(generated) points generated satisfy the premises." : ""
            return CheckOutcome(name: "enumeration", question: question, decision: Decision(
                verdict: .undecided,
                reason: "Sampled evidence, not a proof: no listed pure profile\(skippedText) is a PBE at any of "
                    + "\(used.count) distinct exact points of the admissible region (grid, seeded random and on-threshold "
                    + "points)." + few + classesText,
                sampling: sampling))
        }
        // Re-check the witness against the profile's derived conditions, evaluated at the exact point.
        let profile = claim.ruledOut.first { $0.name == witness.name }!
        let confirmed = (try? derive(profile)).map { derivation in
            derivation.conditions(for: claim.beliefs).allSatisfy { (try? $0.formula.evaluated(at: witness.point)) == true }
        } ?? false
        guard confirmed else {
            return CheckOutcome(name: "enumeration", question: question, decision: Decision(
                verdict: .undecided,
                reason: "The enumeration finds '\(witness.name)' at \(describe(shown(witness.point), except: nil)) but its "
                    + "derived conditions do not hold there: an inconsistency in the engine, so no verdict.",
                sampling: sampling))
        }
        let distinct = Set(mismatches.map(\.name)).sorted()
        return CheckOutcome(name: "enumeration", question: question, decision: Decision(
            verdict: .fails, scope: witness.strict ? .open : .boundary, witness: shown(witness.point),
            reason: "At \(mismatches.count) of \(used.count) sampled exact points a listed profile is a PBE "
                + "(\(distinct.map { "'\($0)'" }.joined(separator: ", "))); at the witness '\(witness.name)' "
                + "(\(witness.profile.notation.replacingOccurrences(of: "\n", with: "; "))) is one"
                + (witness.strict ? ", with every constraint strict." : ", with some type indifferent.")
                + classesText,
            sampling: sampling))
    }

    /// The hypotheses of the form `name = expression` (or `expression = name`) whose expression does not mention
    /// the name, in order.
    static func pins(in hypotheses: [Formula]) -> [(String, Exact.Expression)] {
        var pins: [(String, Exact.Expression)] = []
        func collect(_ formula: Formula) {
            switch formula {
            case .and(let parts): parts.forEach(collect)
            case .relation(let relation) where relation.relation == .equal:
                if case .variable(let name) = relation.lhs.node, !relation.rhs.variables.contains(name) {
                    pins.append((name, relation.rhs))
                } else if case .variable(let name) = relation.rhs.node, !relation.lhs.variables.contains(name) {
                    pins.append((name, relation.lhs))
                }
            default: break
            }
        }
        hypotheses.forEach(collect)
        return pins
    }

    /// Second-period claims treat beliefs as parameters: give each sampled point beliefs in [0, 1], every fourth
    /// one exactly on a derived threshold in the belief.
    private func withBeliefs(_ point: Point, thresholds: [(variable: String, root: RationalFunction)], index: Int) -> Point {
        var point = point
        // The priors of the point stand in for free beliefs (fractions in (0, 1)); the ends 0 and 1 come in turn.
        point["sigma_A"] = index % 7 == 0 ? 0 : point["y_B"]
        point["sigma_B"] = index % 11 == 0 ? 1 : point["y_A"]
        let beliefThresholds = thresholds.filter { $0.variable.hasPrefix("sigma_") }
        if index % 4 == 0, !beliefThresholds.isEmpty {
            let (variable, root) = beliefThresholds[(index / 4) % beliefThresholds.count]
            if let value = try? root.evaluated(at: point), value >= 0, value <= 1 { point[variable] = value }
        }
        return point
    }
}

/// `H = 3/2, a = 3/4, ...`, sorted by name.
private func describe(_ point: Point, except excluded: String?) -> String {
    point.keys.sorted().filter { $0 != excluded }.map { "\($0) = \(point[$0]!)" }.joined(separator: ", ")
}

/// Enumerations already done, by model and point: exhaustive claims of one model share their sample points.
private final class EnumerationCache: @unchecked Sendable {
    static let shared = EnumerationCache()
    private let lock = NSLock()
    private var results: [GameModel: [Point: [PureEquilibrium]]] = [:]

    func equilibria(_ enumerator: EquilibriumEnumerator, at values: Point) -> [PureEquilibrium] {
        lock.lock()
        if let cached = results[enumerator.model]?[values] { lock.unlock(); return cached }
        lock.unlock()
        let found = (try? enumerator.equilibria(at: values)) ?? []
        lock.lock()
        results[enumerator.model, default: [:]][values] = found
        lock.unlock()
        return found
    }
}
