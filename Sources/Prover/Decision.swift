// What the prover answers: verdicts, witnesses, sampling reports. Plain values; nothing here calls Z3.

import Exact

/// A point in parameter space: every variable of a question with an exact rational value.
public typealias Point = [String: Rational]

/// The answer to "assumptions and hypotheses imply the conclusion", in TheoryGuru's sense.
public enum Verdict: String, Hashable, Sendable {
    /// The conclusion holds at every point that satisfies the assumptions and hypotheses, and there is such a point.
    case holds = "HOLDS"
    /// Some point satisfies the assumptions and hypotheses but not the conclusion; the decision carries it.
    case fails = "FAILS"
    /// No point satisfies the assumptions and hypotheses: the claim is true only because it is empty.
    case vacuous = "VACUOUS"
    /// The solver gave up within its resource limit and exact sampling found no counterexample.
    case undecided = "UNDECIDED"
}

/// Where a failing claim fails.
public enum FailureScope: String, Hashable, Sendable {
    /// Only where some non-strict inequality of the assumptions or hypotheses is tight: the claim holds once every
    /// `<=` and `>=` among them is made strict.
    case boundary
    /// Also where every assumption and hypothesis holds strictly.
    case open
}

/// What the exact sampling pass did when the solver gave up.
public struct SamplingReport: Hashable, Sendable {
    /// How many points were evaluated exactly (grid and pseudo-random together).
    public let pointsChecked: Int
    /// How many of them satisfied every premise (the assumptions and hypotheses).
    public let pointsInRegion: Int
    /// A counterexample (or, for a satisfiability question, a solution) that was found and re-checked, if any.
    public let counterexample: Point?

    public init(pointsChecked: Int, pointsInRegion: Int, counterexample: Point?) {
        self.pointsChecked = pointsChecked
        self.pointsInRegion = pointsInRegion
        self.counterexample = counterexample
    }
}

/// The prover's decision on one claim.
public struct Decision: Hashable, Sendable {
    public let verdict: Verdict
    /// For `.fails` only: whether the claim fails only on the boundary of the premises.
    public let scope: FailureScope?
    /// For `.fails` only: a counterexample with simple exact values, re-checked by exact evaluation.
    public let witness: Point?
    /// One readable sentence that says why.
    public let reason: String
    /// Present when the solver gave up and the sampling pass ran.
    public let sampling: SamplingReport?

    public init(verdict: Verdict, scope: FailureScope? = nil, witness: Point? = nil, reason: String,
                sampling: SamplingReport? = nil) {
        self.verdict = verdict
        self.scope = scope
        self.witness = witness
        self.reason = reason
        self.sampling = sampling
    }

    /// The witness as `name = value` lines, sorted by name (empty when there is none).
    public var witnessLines: [String] {
        guard let witness else { return [] }
        return witness.keys.sorted().map { "\($0) = \(witness[$0]!)" }
    }
}

/// The answer to "can these formulas hold together?".
public enum Satisfiability: Hashable, Sendable {
    /// They can; `witness` satisfies every formula, checked by exact evaluation.
    case satisfiable(witness: Point)
    case unsatisfiable
    /// The solver gave up and sampling found no solution.
    case unknown(reason: String, sampling: SamplingReport?)
}

/// The sign of a rational function over the region its assumptions define (points where it is undefined, that is
/// where its denominator vanishes, do not count).
public enum SignResult: Hashable, Sendable {
    case alwaysPositive
    case alwaysNegative
    /// Zero wherever it is defined in the region.
    case alwaysZero
    /// Never negative, zero somewhere (at `zeroAt`) and positive somewhere.
    case nonNegative(zeroAt: Point)
    /// Never positive, zero somewhere (at `zeroAt`) and negative somewhere.
    case nonPositive(zeroAt: Point)
    /// Positive somewhere and negative somewhere, with one point of each.
    case changesSign(positiveAt: Point, negativeAt: Point)
    /// The region is empty (contradictory assumptions) or the function is undefined all over it.
    case emptyRegion
    /// The solver gave up on one of the questions that the answer needs.
    case undecided(reason: String)
}
