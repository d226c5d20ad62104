// The checks for one claim, by kind.

import Exact
import Prover
import TrustGame

/// Runs the checks one claim needs and combines their answers.
struct ClaimCheck {
    let claim: Claim
    let prover: Prover
    /// Proves signs under the model's assumptions; a claim that drops one of them gets no shortcuts (both
    /// oracles assume all of them), so every derived condition goes to the prover.
    let oracle: any SignOracle
    let derivations: DerivationCache

    init(claim: Claim, prover: Prover, signs: ProverSignOracle, derivations: DerivationCache) {
        self.claim = claim
        self.prover = prover
        self.oracle = claim.without.isEmpty ? signs : SilentSignOracle()
        self.derivations = derivations
    }

    var model: GameModel { claim.model }

    /// A formula with the model's fixed parameters (beta = 0, theta = 1 in the baseline) put in.
    func fixed(_ formula: Formula) -> Formula {
        formula.substituting(model.fixedParameters)
    }

    var hypotheses: [Formula] { claim.assume.map(fixed) }

    /// The model's assumptions on every variable that `formulas` mention.
    func assumptions(for formulas: [Formula]) -> [Formula] {
        admissibleRegion(for: Set(formulas.flatMap(\.variables)), in: model, without: claim.without)
    }

    func run() -> ClaimResult {
        switch claim.kind {
        case .equilibriumIff, .equilibriumIf: return equilibrium()
        case .noEquilibrium: return noEquilibrium(profiles: [claim.profile!])
        case .exhaustive: return exhaustive()
        case .inequality, .result, .identity: return implication(conclusion: fixed(claim.conclusion!))
        case .monotone: return monotone()
        case .utility: return utility()
        case .mixing: return mixing()
        }
    }

    // MARK: Results

    func result(
        verdict: Verdict, scope: FailureScope? = nil, witness: Point? = nil, reason: String,
        checks: [CheckOutcome], assumptions: [Formula], derived: [EquilibriumCondition] = [],
        derivation: Derivation? = nil, thresholds: [ThresholdMatch] = [], boundary: [BoundaryRow] = [],
        steps: [StepOutcome] = [], correction: Formula? = nil, sampling: SamplingReport? = nil
    ) -> ClaimResult {
        ClaimResult(
            claim: claim, verdict: verdict, scope: scope, witness: witness, reason: reason, checks: checks,
            assumptions: assumptions, derivedConditions: derived, derivation: derivation, thresholds: thresholds,
            boundary: boundary, steps: steps, correction: correction, sampling: sampling)
    }

    /// A claim whose profile cannot be derived: bad input would have been caught when loading, so this is an
    /// engine limitation, reported as undecided with the reason.
    func underivable(_ error: DerivationError) -> ClaimResult {
        result(verdict: .undecided, reason: "The profile could not be derived: \(error.message).", checks: [],
               assumptions: [])
    }

    /// Combines the answers of the checks that bear on the verdict: a failure (with its witness) wins, then an
    /// undecided answer; otherwise the claim holds. A vacuous check (its premises never hold) counts as holding.
    func combine(_ checks: [CheckOutcome], holdsReason: String) -> (Verdict, FailureScope?, Point?, String, SamplingReport?) {
        if let failed = checks.first(where: { $0.decision.verdict == .fails }) {
            let scopes = checks.filter { $0.decision.verdict == .fails }.compactMap(\.decision.scope)
            let scope: FailureScope = scopes.contains(.open) ? .open : .boundary
            let witness = checks.first { $0.decision.verdict == .fails && $0.decision.scope == scope }?.decision.witness
                ?? failed.decision.witness
            let failedNames = checks.filter { $0.decision.verdict == .fails }.map(\.name).joined(separator: " and ")
            let where_ = scope == .boundary ? " only on the boundary, where an inequality is tight" : ""
            return (.fails, scope, witness, "The \(failedNames) check fails\(where_).", failed.decision.sampling)
        }
        if let undecided = checks.first(where: { $0.decision.verdict == .undecided }) {
            return (.undecided, nil, nil, "The prover gave up on the \(undecided.name) check: \(undecided.decision.reason)",
                    undecided.decision.sampling)
        }
        return (.holds, nil, nil, holdsReason, nil)
    }

    // MARK: Implications

    func implication(conclusion: Formula) -> ClaimResult {
        let region = assumptions(for: hypotheses + [conclusion])
        let decision = prover.decide(assumptions: region, hypotheses: hypotheses, conclusion: conclusion)
        let check = CheckOutcome(
            name: "conclusion", question: "do the assumptions\(hypotheses.isEmpty ? "" : " and hypotheses") imply \(conclusion.ascii)?",
            decision: decision)
        if decision.verdict == .vacuous {
            return result(verdict: .vacuous, reason: "Nothing satisfies the hypotheses together with the model's assumptions.",
                          checks: [check], assumptions: region)
        }
        let (verdict, scope, witness, reason, sampling) = combine(
            [check], holdsReason: "The conclusion holds at every admissible point\(hypotheses.isEmpty ? "" : " satisfying the hypotheses").")
        return result(verdict: verdict, scope: scope, witness: witness, reason: reason, checks: [check],
                      assumptions: region, sampling: sampling)
    }

    func monotone() -> ClaimResult {
        let variable = claim.variable!, direction = claim.direction!
        let function: RationalFunction
        do {
            function = try claim.function!.rationalFunction()
        } catch {
            return result(verdict: .undecided, reason: "The function cannot be read: \(error.message).", checks: [], assumptions: [])
        }
        let fixedFunction = (try? function.substituting(model.fixedParameters.mapValues { RationalFunction($0) })) ?? function
        let derivative = fixedFunction.derivative(with: variable)
        let conclusion = Formula.relation(Relation(derivative.expression, direction.derivativeRelation, .number(.zero)))
        return implication(conclusion: conclusion)
    }

    // MARK: Equilibria

    func derive(_ profile: StrategyProfile) throws(DerivationError) -> Derivation {
        try derivations.derivation(of: profile, model: model, secondPeriodOnly: claim.secondPeriodOnly)
    }

    /// The derived conditions that the assumptions do not already imply.
    func requiredConditions(_ derivation: Derivation) -> [EquilibriumCondition] {
        derivation.conditions(for: claim.beliefs, signs: oracle)
    }

    func equilibrium() -> ClaimResult {
        let derivation: Derivation
        do { derivation = try derive(claim.profile!) } catch { return underivable(error) }
        let conditions = requiredConditions(derivation)
        let required = conditions.filter { !$0.holdsUnderAssumptions }.map(\.formula)
        let derivedFormula: Formula = required.isEmpty ? .relation(Relation(.number(0), .equal, .number(0)))
            : (required.count == 1 ? required[0] : .and(required))
        let stated = fixed(claim.stated!)
        let region = assumptions(for: hypotheses + [stated, derivedFormula])
        let steps = checkSteps(derivation, region: region)

        var checks: [CheckOutcome] = []
        let satisfiable = prover.decide(assumptions: region, hypotheses: hypotheses + [stated],
                                        conclusion: .relation(Relation(.number(0), .equal, .number(0))))
        let thresholds = matchThresholds(stated: stated, derived: conditions)
        let boundary = boundaryRows(thresholds: thresholds, stated: stated, conditions: conditions, region: region)
        if satisfiable.verdict == .vacuous {
            checks.append(CheckOutcome(name: "satisfiable", question: "can the stated conditions hold at all?", decision: satisfiable))
            return result(verdict: .vacuous,
                          reason: "No admissible parameters satisfy the stated conditions: the claim is true only because its hypotheses never hold.",
                          checks: checks, assumptions: region, derived: conditions, derivation: derivation,
                          thresholds: thresholds, steps: steps)
        }
        let sufficiency = prover.decide(assumptions: region, hypotheses: hypotheses + [stated], conclusion: derivedFormula)
        checks.append(CheckOutcome(
            name: "sufficiency", question: "do the stated conditions imply every derived PBE condition?", decision: sufficiency))
        if claim.kind == .equilibriumIff {
            let necessity = prover.decide(assumptions: region, hypotheses: hypotheses + required, conclusion: stated)
            checks.append(CheckOutcome(
                name: "necessity", question: "do the derived PBE conditions imply the stated ones?", decision: necessity))
        }
        let (verdict, scope, witness, reason, sampling) = combine(
            checks, holdsReason: claim.kind == .equilibriumIff
                ? "The stated conditions are exactly the derived PBE conditions, for every admissible parameter."
                : "The stated conditions imply every derived PBE condition, for every admissible parameter.")
        let correction: Formula? = verdict == .fails ? solvedCorrection(required, thresholds: thresholds) : nil
        let explained = verdict == .fails ? reason + " " + explanation(thresholds: thresholds, scope: scope) : reason
        return result(verdict: verdict, scope: scope, witness: witness, reason: explained, checks: checks,
                      assumptions: region, derived: conditions, derivation: derivation, thresholds: thresholds,
                      boundary: boundary, steps: steps, correction: correction, sampling: sampling)
    }

    /// What the threshold comparison says about a failure, in one sentence.
    func explanation(thresholds: [ThresholdMatch], scope: FailureScope?) -> String {
        let unmatched = thresholds.filter { $0.derived == nil }
        let strictness = thresholds.filter { $0.derived != nil && !$0.sameRelation }
        if !unmatched.isEmpty {
            let list = unmatched.map { $0.stated.ascii }.joined(separator: "; ")
            return "No derived condition has the stated threshold of \(list)."
        }
        if !strictness.isEmpty && scope == .boundary {
            let list = strictness.map { "\($0.stated.ascii) (derived: \($0.derived!.ascii))" }.joined(separator: "; ")
            return "Every stated threshold is derived, but with another inequality sign: \(list)."
        }
        if thresholds.isEmpty { return "" }
        return "Every stated threshold matches a derived one; the difference is in conditions the paper leaves out or adds."
    }

    func noEquilibrium(profiles: [StrategyProfile]) -> ClaimResult {
        var checks: [CheckOutcome] = []
        var allConditions: [EquilibriumCondition] = []
        var region: [Formula] = []
        var lastDerivation: Derivation?
        for profile in profiles {
            let derivation: Derivation
            do { derivation = try derive(profile) } catch { return underivable(error) }
            lastDerivation = derivation
            let conditions = requiredConditions(derivation)
            allConditions += conditions
            let required = conditions.filter { !$0.holdsUnderAssumptions }.map(\.formula)
            let profileRegion = assumptions(for: hypotheses + required)
            region += profileRegion.filter { !region.contains($0) }
            // "Never a PBE" means: the assumptions imply that some derived condition fails.
            let never: Formula = required.isEmpty ? impossibleFormula : .not(required.count == 1 ? required[0] : .and(required))
            let decision = prover.decide(assumptions: profileRegion, hypotheses: hypotheses, conclusion: never)
            checks.append(CheckOutcome(
                name: "rule-out \(profile.name)", question: "is the profile '\(profile.name)' a PBE nowhere?", decision: decision))
        }
        let (verdict, scope, witness, reason, sampling) = combine(
            checks, holdsReason: profiles.count == 1
                ? "The derived PBE conditions of the profile never hold under the assumptions."
                : "None of the \(profiles.count) profiles is a PBE anywhere under the assumptions.")
        let steps = lastDerivation.map { checkSteps($0, region: region) } ?? []
        return result(verdict: verdict, scope: scope, witness: witness, reason: reason, checks: checks,
                      assumptions: region, derived: allConditions, derivation: profiles.count == 1 ? lastDerivation : nil,
                      steps: steps, sampling: sampling)
    }

    func utility() -> ClaimResult {
        let derivation: Derivation
        do { derivation = try derive(claim.profile!) } catch { return underivable(error) }
        guard let constraint = derivation.constraint(at: claim.informationSet!) else {
            return result(verdict: .undecided, reason: "No information set of the profile matches '\(claim.informationSet!)'.",
                          checks: [], assumptions: [], derivation: derivation)
        }
        guard case .relation(let relation) = fixed(claim.stated!) else { fatalError("utility claims state a value") }
        let value = constraint.prescribedUtility
        let conclusion = Formula.relation(Relation(value.expression, .equal, relation.lhs))
        let outcome = implication(conclusion: conclusion)
        return result(verdict: outcome.verdict, scope: outcome.scope, witness: outcome.witness, reason: outcome.reason,
                      checks: outcome.checks, assumptions: outcome.assumptions, derivation: derivation,
                      steps: checkSteps(derivation, region: outcome.assumptions), sampling: outcome.sampling)
    }

    func mixing() -> ClaimResult {
        let derivation: Derivation
        do { derivation = try derive(claim.profile!) } catch { return underivable(error) }
        guard let solution = derivation.mixingSolutions.first(where: { $0.variable == claim.variable }) else {
            let known = derivation.mixingSolutions.map(\.variable).joined(separator: ", ")
            return result(verdict: .undecided,
                          reason: "The profile has no mixing probability '\(claim.variable!)' (it has: \(known.isEmpty ? "none" : known)).",
                          checks: [], assumptions: [], derivation: derivation)
        }
        guard case .relation(let relation) = fixed(claim.stated!) else { fatalError("mixing claims state a value") }
        let conclusion = Formula.relation(Relation(solution.value.expression, .equal, relation.lhs))
        let outcome = implication(conclusion: conclusion)
        return result(verdict: outcome.verdict, scope: outcome.scope, witness: outcome.witness, reason: outcome.reason,
                      checks: outcome.checks, assumptions: outcome.assumptions, derivation: derivation,
                      steps: checkSteps(derivation, region: outcome.assumptions), sampling: outcome.sampling)
    }
}

extension Derivation {
    /// The constraint whose information set reads `description` (`A greedy, period 1`, `A security-seeker,
    /// period 2 after (c, c)`).
    func constraint(at description: String) -> IncentiveConstraint? {
        let wanted = description.lowercased().filter { !$0.isWhitespace }
        return constraints.first { $0.informationSet.description.lowercased().filter { !$0.isWhitespace } == wanted }
    }
}

extension IncentiveConstraint {
    /// The expected utility of the prescribed play: the prescribed action's, or (mixing) either action's.
    var prescribedUtility: RationalFunction {
        switch requirement {
        case .noProfitableDeviation(.cooperate), .indifference: cooperateUtility
        case .noProfitableDeviation(.defect): defectUtility
        }
    }
}
