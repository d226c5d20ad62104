// Division and negation: a relation is false where a denominator vanishes, and negation is pushed into relations.

import Exact
import Prover
import Testing

@Suite struct Semantics {
    let prover = Prover()

    @Test func aRelationIsFalseWhereItsDenominatorVanishesAndSoIsItsNegation() {
        #expect(!Prover.holds(formula("1/x > 0"), at: ["x": 0]))
        #expect(!Prover.holds(formula("not (1/x > 0)"), at: ["x": 0]))
        #expect(Prover.holds(formula("not (1/x > 0)"), at: ["x": -2]))
    }

    @Test func aRemovableSingularityIsStillUndefined() {
        // (x^2 - 1)/(x - 1) = x + 1 except at x = 1, where the expression is undefined: no counterexample.
        #expect(!Prover.holds(formula("(x^2 - 1)/(x - 1) = 2"), at: ["x": 1]))
        let decision = prover.decide(assumptions: [], hypotheses: [], conclusion: formula("(x^2 - 1)/(x - 1) != 2"))
        #expect(decision.verdict == .holds)
    }

    @Test func undefinedPointsAreNeverWitnesses() {
        #expect(prover.isSatisfiable([formula("not (1/x >= 1)"), formula("x = 0")]) == .unsatisfiable)
        #expect(prover.isSatisfiable([formula("1/(1/x - 1) != 5"), formula("x = 1")]) == .unsatisfiable)
    }

    @Test func noSignOfADenominatorIsAssumed() throws {
        #expect(prover.decide(assumptions: [], hypotheses: [formula("1/x > 0")], conclusion: formula("x > 0")).verdict
            == .holds)
        let hypothesis = formula("x/y > 1")
        let decision = prover.decide(assumptions: [], hypotheses: [hypothesis], conclusion: formula("x > y"))
        #expect(decision.verdict == .fails)
        let witness = try #require(decision.witness)
        #expect(witness == ["x": -2, "y": -1])
        #expect(isCounterexample(witness, assumptions: [], hypotheses: [hypothesis], conclusion: formula("x > y")))
    }

    @Test func connectivesAreDecidedExactly() {
        func verdict(_ hypothesis: String, _ conclusion: String) -> Verdict {
            prover.decide(assumptions: [], hypotheses: [formula(hypothesis)], conclusion: formula(conclusion)).verdict
        }
        #expect(verdict("x > 1 or x < -1", "x^2 > 1") == .holds)
        #expect(verdict("x^2 > 1", "x > 1") == .fails)
        #expect(verdict("x > 0 => y > 0", "not (x > 0 and y <= 0)") == .holds)
        #expect(verdict("x > 0 <=> y > 0", "x*y >= 0") == .holds)
        #expect(verdict("x > 0 <=> y > 0", "x*y > 0") == .fails)
    }

    @Test func anEquationWithOnlyIrrationalSolutionsGetsNoInexactWitness() {
        // Z3 finds x = sqrt(2); no rational re-checks, so the answer is unknown rather than a rounded witness.
        guard case .unknown(let reason, let sampling) = prover.isSatisfiable([formula("x^2 = 2")]) else {
            Issue.record("expected unknown")
            return
        }
        #expect(reason == "Z3 found a solution, but no rational point near it re-checks exactly")
        #expect(sampling?.counterexample == nil)
    }

    @Test func anIrrationalModelValueInAnOpenRegionBecomesASimpleRational() {
        // x^2 < 2 and x > 1: any model works; the witness is the simplest rational that re-checks.
        #expect(prover.isSatisfiable([formula("x^2 < 2"), formula("x > 1")]) == .satisfiable(witness: ["x": rational("4/3")]))
    }
}
