// What checking a claim found: the verdict, and everything a report needs to show how.

import Exact
import Prover
import TrustGame

/// One question put to the prover on the way to a verdict.
public struct CheckOutcome: Hashable, Sendable {
    /// `sufficiency`, `necessity`, `satisfiable`, `conclusion`, ...
    public let name: String
    /// What was asked, in words.
    public let question: String
    public let decision: Decision

    public init(name: String, question: String, decision: Decision) {
        self.name = name
        self.question = question
        self.decision = decision
    }
}

/// A stated threshold matched (or not) with a derived one.
public struct ThresholdMatch: Hashable, Sendable {
    public let variable: String
    public let stated: Relation
    /// The derived condition with the same bound, as `variable ⋈ bound`, when one matches.
    public let derived: Formula?
    /// The derived condition's label.
    public let derivedLabel: String?
    /// Whether the relations agree in direction and strictness (a weak derived bound against a strict stated
    /// one is the usual boundary erratum).
    public let sameRelation: Bool
}

/// One exact point on a stated boundary.
public struct BoundaryRow: Hashable, Sendable {
    public let point: Point
    /// The variable set exactly on the stated boundary, and the value it takes.
    public let variable: String
    public let boundaryValue: Rational
    /// The derived constraint's value there (0 when the thresholds agree).
    public let derivedAtBoundary: Rational
    /// Whether the derived constraint holds just inside and fails just outside the stated region.
    public let holdsInside: Bool
    public let failsOutside: Bool
    public let step: Rational
}

/// The verdict on one displayed step of a proof.
public struct StepOutcome: Hashable, Sendable {
    public let step: ProofStep
    public let verdict: Verdict
    /// The derived constraint the step was compared with.
    public let derivedLabel: String?
    public let derived: Formula?
    public let decision: Decision?
    public let reason: String
}

/// Everything the verifier decided about one claim.
public struct ClaimResult: Sendable {
    public let claim: Claim
    public let verdict: Verdict
    public let scope: FailureScope?
    public let witness: Point?
    /// One sentence: why this verdict.
    public let reason: String
    public let checks: [CheckOutcome]
    /// The assumptions the prover was given.
    public let assumptions: [Formula]
    /// The derived conditions (equilibrium claims), each with its label.
    public let derivedConditions: [EquilibriumCondition]
    /// The derivation behind them, for the report's tables of utilities and constraints.
    public let derivation: Derivation?
    public let thresholds: [ThresholdMatch]
    public let boundary: [BoundaryRow]
    public let steps: [StepOutcome]
    /// For a FAILS: the statement the engine derived, to paste in place of the paper's.
    public let correction: Formula?
    /// Sampling evidence when undecided.
    public let sampling: SamplingReport?
}

extension ClaimResult {
    /// The stated formulas in ASCII (each conjunct), for `verdicts.json`.
    public var statedExpressions: [String] {
        guard let formula = claim.stated ?? claim.conclusion else { return [] }
        if claim.kind == .utility || claim.kind == .mixing, case .relation(let relation) = formula {
            return [relation.lhs.ascii]
        }
        return conjuncts(formula).map(\.ascii)
    }

    /// The derived conditions in ASCII, for `verdicts.json`.
    public var derivedExpressions: [String] {
        derivedConditions.filter { !$0.holdsUnderAssumptions }.map(\.formula.ascii)
    }
}

/// The parts of a conjunction (the formula itself otherwise).
func conjuncts(_ formula: Formula) -> [Formula] {
    if case .and(let parts) = formula { return parts.flatMap(conjuncts) }
    return [formula]
}
