// The decision procedure: claims over the real parameters, decided for all of them with Z3's nlsat, and every
// witness re-checked exactly. Design notes are in this module's README.

import Exact

/// Decides claims "assumptions and hypotheses imply the conclusion" over the reals.
///
/// Formulas may divide: a relation is false where one of its sides has a zero denominator, and negation is pushed
/// into the relations, so undefined points are never witnesses (see `Prover.holds(_:at:)`). Every answer is
/// deterministic: Z3 runs with a fixed seed under a resource limit (never a wall-clock timeout), and the sampling
/// pass uses a seeded generator.
public struct Prover: Sendable {
    /// The default for `resourceLimit`: 5,000,000 Z3 resource units (`rlimit`) per solver call. A unit is a step of
    /// Z3's work, not a unit of time, so the verdict does not depend on the machine's load. The paper-style claims
    /// of `Crosscheck/claims.txt` need under 20,000 units each; the README gives the figures.
    public static let defaultResourceLimit: UInt = 5_000_000

    /// Z3 resource units (`rlimit`) allowed for each solver call; past it Z3 gives up and the claim is sampled.
    public let resourceLimit: UInt
    /// Seeds Z3 (`seed`) and the sampling pass.
    public let seed: UInt

    public init(resourceLimit: UInt = Prover.defaultResourceLimit, seed: UInt = 0) {
        self.resourceLimit = resourceLimit
        self.seed = seed
    }

    // MARK: Claims

    /// Decides whether `assumptions ∧ hypotheses ⇒ conclusion` for every real value of the variables.
    ///
    /// - HOLDS: the premises (assumptions and hypotheses) can hold, and wherever they do, so does the conclusion.
    /// - FAILS: with a witness whose values are simple exact rationals, re-checked by exact evaluation; the scope
    ///   says whether the claim fails only where a non-strict premise is tight (`boundary`) or also in the
    ///   interior (`open`, and then the witness satisfies every premise strictly).
    /// - VACUOUS: the premises contradict each other.
    /// - UNDECIDED: Z3 gave up within `resourceLimit` and exact sampling found no counterexample.
    public func decide(assumptions: [Formula], hypotheses: [Formula], conclusion: Formula) -> Decision {
        let premises = (assumptions + hypotheses).map { Requirement($0) }
        let counterexample = Requirement(conclusion, negated: true)
        let variables = Self.variables(of: assumptions + hypotheses + [conclusion])
        let premiseText = Self.describe(assumptions: assumptions.count, hypotheses: hypotheses.count)

        switch search(premises + [counterexample], premiseCount: premises.count, variables: variables) {
        case .found(let point, let sampling):
            return failure(at: point, premises: premises, counterexample: counterexample, variables: variables,
                           premiseText: premiseText, sampling: sampling)
        case .empty:
            switch search(premises, premiseCount: premises.count, variables: variables) {
            case .found where premises.isEmpty:
                return Decision(
                    verdict: .holds,
                    reason: "The conclusion holds for every real value of its variables: its negation is unsatisfiable.")
            case .found:
                return Decision(
                    verdict: .holds,
                    reason: "The conclusion holds at every point that satisfies the \(premiseText): their conjunction with its negation is unsatisfiable.")
            case .empty:
                return Decision(
                    verdict: .vacuous,
                    reason: "The \(premiseText) contradict each other: no values satisfy them all, so the claim is vacuous and says nothing.")
            case .unknown(let reason, let sampling):
                return Decision(
                    verdict: .undecided,
                    reason: "The conclusion holds wherever the \(premiseText) do, but whether they can hold at all is undecided (Z3: \(reason)) and sampling found no point that satisfies them.",
                    sampling: sampling)
            }
        case .unknown(let reason, let sampling):
            return Decision(
                verdict: .undecided,
                reason: "Z3 gave up (\(reason)) within the resource limit of \(resourceLimit); exact sampling checked \(sampling.pointsChecked) points, \(sampling.pointsInRegion) of them satisfying the \(premiseText), and found no counterexample.",
                sampling: sampling)
        }
    }

    /// A FAILS decision for a counterexample, with its scope.
    private func failure(at point: Point, premises: [Requirement], counterexample: Requirement, variables: [String],
                         premiseText: String, sampling: SamplingReport?) -> Decision {
        let strictPremises = premises.map(\.strictened)
        let sampled = sampling.map { " found by exact sampling (\($0.pointsChecked) points) after Z3 gave up" } ?? ""
        if premises.isEmpty {
            return Decision(
                verdict: .fails, scope: .open, witness: point,
                reason: "The conclusion is false at the witness\(sampled); there are no premises.", sampling: sampling)
        }
        if strictPremises.allSatisfy({ $0.holds(at: point) }) {
            return Decision(
                verdict: .fails, scope: .open, witness: point,
                reason: "The conclusion is false at the witness\(sampled), which satisfies the \(premiseText) strictly.",
                sampling: sampling)
        }
        let tight = premises.flatMap { $0.tightInequalities(at: point) }.map(\.ascii)
        let tightText = tight.isEmpty ? "" : " (tight there: \(tight.joined(separator: ", ")))"
        switch search(strictPremises + [counterexample], premiseCount: premises.count, variables: variables) {
        case .found(let interior, _) where premises.allSatisfy({ $0.holds(at: interior) }):
            return Decision(
                verdict: .fails, scope: .open, witness: interior,
                reason: "The conclusion is false at the witness, which satisfies the \(premiseText) strictly.",
                sampling: sampling)
        case .empty:
            return Decision(
                verdict: .fails, scope: .boundary, witness: point,
                reason: "The conclusion fails only on the boundary: at the witness\(sampled) a non-strict inequality is tight\(tightText), and the claim holds once every inequality of the \(premiseText) is made strict.",
                sampling: sampling)
        default:
            return Decision(
                verdict: .fails, scope: .boundary, witness: point,
                reason: "The conclusion is false at the witness\(sampled), where a non-strict inequality is tight\(tightText); whether it also fails where every premise holds strictly is undecided.",
                sampling: sampling)
        }
    }

    // MARK: Satisfiability and signs

    /// Whether the formulas can hold together, with a simple exact solution when they can.
    public func isSatisfiable(_ formulas: [Formula]) -> Satisfiability {
        let requirements = formulas.map { Requirement($0) }
        switch search(requirements, premiseCount: requirements.count, variables: Self.variables(of: formulas)) {
        case .found(let point, _): return .satisfiable(witness: point)
        case .empty: return .unsatisfiable
        case .unknown(let reason, let sampling): return .unknown(reason: reason, sampling: sampling)
        }
    }

    /// The sign of `function` over the points that satisfy `assumptions` and where `function` is defined.
    public func sign(of function: RationalFunction, over assumptions: [Formula]) -> SignResult {
        let expression = function.expression
        func points(_ op: RelationOperator) -> Satisfiability {
            isSatisfiable(assumptions + [.relation(Relation(expression, op, .number(.zero)))])
        }
        let positive = points(.greater), negative = points(.less)
        if case .satisfiable(let up) = positive, case .satisfiable(let down) = negative {
            return .changesSign(positiveAt: up, negativeAt: down)
        }
        for answer in [positive, negative] {
            if case .unknown(let reason, _) = answer { return .undecided(reason: reason) }
        }
        let zero = points(.equal)
        if case .unknown(let reason, _) = zero { return .undecided(reason: reason) }
        switch (positive, negative, zero) {
        case (.satisfiable, _, .satisfiable(let point)): return .nonNegative(zeroAt: point)
        case (.satisfiable, _, _): return .alwaysPositive
        case (_, .satisfiable, .satisfiable(let point)): return .nonPositive(zeroAt: point)
        case (_, .satisfiable, _): return .alwaysNegative
        case (_, _, .satisfiable): return .alwaysZero
        default: return .emptyRegion
        }
    }

    /// Whether two rational functions are the same function. Both are kept reduced with a normalised denominator,
    /// a form that is unique, so this is equality of that form (no solver involved).
    public static func isIdentical(_ f: RationalFunction, _ g: RationalFunction) -> Bool {
        (f - g).isZero
    }

    // MARK: Search

    /// What looking for a point found.
    enum Search {
        /// A point satisfying every requirement, re-checked exactly; with the sampling report if sampling found it.
        case found(Point, sampling: SamplingReport?)
        /// Z3 proved that no point exists.
        case empty
        case unknown(reason: String, sampling: SamplingReport)
    }

    /// Looks for a point satisfying every requirement: Z3 first, then (when Z3 gives up or its model has no
    /// rational approximation that re-checks) the exact sampling pass. A point is returned only after exact
    /// evaluation of every requirement, and simplified first.
    func search(_ requirements: [Requirement], premiseCount: Int, variables: [String]) -> Search {
        let check = { (point: Point) in requirements.allSatisfy { $0.holds(at: point) } }
        let condition = Condition.all(requirements.map(Condition.init))
        let solver = Z3Solver(resourceLimit: resourceLimit, seed: seed)
        let failure: String
        switch solver.check(condition, variables: variables) {
        case .unsatisfiable:
            return .empty
        case .satisfiable(let model):
            if let point = Witness.rationalPoint(from: model, check: check) {
                return .found(Witness.simplified(point, check: check), sampling: nil)
            }
            failure = "Z3 found a solution, but no rational point near it re-checks exactly"
        case .unknown(let reason):
            failure = reason
        }
        let report = Sampler(seed: seed).run(requirements, premiseCount: premiseCount, variables: variables)
        guard let point = report.counterexample else { return .unknown(reason: failure, sampling: report) }
        let simple = Witness.simplified(point, check: check)
        let simplifiedReport = SamplingReport(
            pointsChecked: report.pointsChecked, pointsInRegion: report.pointsInRegion, counterexample: simple)
        return .found(simple, sampling: simplifiedReport)
    }

    static func variables(of formulas: [Formula]) -> [String] {
        Array(Set(formulas.flatMap(\.variables))).sorted()
    }

    /// "5 assumptions and 1 hypothesis".
    private static func describe(assumptions: Int, hypotheses: Int) -> String {
        let a = "\(assumptions) assumption\(assumptions == 1 ? "" : "s")"
        let h = "\(hypotheses) \(hypotheses == 1 ? "hypothesis" : "hypotheses")"
        switch (assumptions, hypotheses) {
        case (0, 0): return "premises (none were given)"
        case (_, 0): return a
        case (0, _): return h
        default: return "\(a) and \(h)"
        }
    }
}
