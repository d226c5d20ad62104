// VACUOUS, FAILS with boundary or open scope, UNDECIDED with sampling, and determinism.

import Exact
import Prover
import Testing

@Suite struct Verdicts {
    let prover = Prover()

    @Test func hypothesesContradictingA2AreVacuousNotHolds() {
        // A2 says H - a < 1; the hypothesis says H - a > 1.
        let decision = prover.decide(
            assumptions: paperAssumptions(["H", "a"]), hypotheses: [formula("a < H - 1")], conclusion: formula("H > 5"))
        #expect(decision.verdict == .vacuous)
        #expect(decision.witness == nil)
        #expect(decision.reason.contains("contradict each other"))
    }

    @Test func aClaimFailingOnlyAtBetaEqualToOneFailsOnTheBoundary() throws {
        let assumptions = paperAssumptions(["beta_A"])
        let decision = prover.decide(assumptions: assumptions, hypotheses: [], conclusion: formula("beta_A < 1"))
        #expect(decision.verdict == .fails)
        #expect(decision.scope == .boundary)
        let witness = try #require(decision.witness)
        #expect(witness == ["beta_A": 1])
        #expect(isCounterexample(witness, assumptions: assumptions, conclusion: formula("beta_A < 1")))
        #expect(decision.reason.contains("tight there: beta_A <= 1"))
    }

    @Test func aClaimFailingOnlyWhereAHypothesisIsTightFailsOnTheBoundary() throws {
        let assumptions = paperAssumptions(["H", "a", "y_B"])
        let hypothesis = formula("y_B >= 1/(H + a)"), conclusion = formula("y_B > 1/(H + a)")
        let decision = prover.decide(assumptions: assumptions, hypotheses: [hypothesis], conclusion: conclusion)
        #expect(decision.verdict == .fails)
        #expect(decision.scope == .boundary)
        let witness = try #require(decision.witness)
        #expect(witness == ["H": 2, "a": rational("3/2"), "y_B": rational("2/7")])
        #expect(isCounterexample(witness, assumptions: assumptions, hypotheses: [hypothesis], conclusion: conclusion))
    }

    @Test func anOpenFailureGivesAWitnessInsideTheStrictPremises() {
        // Z3 may first land on beta_A = 1; the witness reported satisfies 0 < beta_A < 1.
        let decision = prover.decide(
            assumptions: paperAssumptions(["beta_A"]), hypotheses: [], conclusion: formula("beta_A <= 1/2"))
        #expect(decision.verdict == .fails)
        #expect(decision.scope == .open)
        #expect(decision.witness == ["beta_A": rational("2/3")])
    }

    @Test func theSameClaimGetsTheSameAnswerAndWitnessOnEveryRun() {
        let claims = [("a < 1", ["H", "a"]), ("y_B > 1/(H + a)", ["H", "a", "y_B"]), ("beta_A*H < 1", ["H", "beta_A"])]
        for (conclusion, variables) in claims {
            let answers = (0..<3).map { _ in
                Prover().decide(assumptions: paperAssumptions(variables), hypotheses: [], conclusion: formula(conclusion))
            }
            #expect(answers[1] == answers[0])
            #expect(answers[2] == answers[0])
            #expect(answers[0].verdict == .fails)
        }
    }

    @Test func whenZ3GivesUpATrueClaimIsUndecidedWithTheSamplingCount() throws {
        let starved = Prover(resourceLimit: 1)
        let decision = starved.decide(
            assumptions: paperAssumptions(["H", "a", "beta_A"]), hypotheses: [],
            conclusion: formula("H + a - beta_A*(a + 1) > 0"))
        #expect(decision.verdict == .undecided)
        let sampling = try #require(decision.sampling)
        // A grid of 10 values per axis (ends included) for three variables, then 1024 seeded random points.
        #expect(sampling.pointsChecked == 1000 + 1024)
        #expect(sampling.counterexample == nil)
        #expect(decision.reason.contains("max. resource limit exceeded"))
    }

    @Test func whenZ3GivesUpSamplingStillFindsAndRechecksACounterexample() throws {
        let starved = Prover(resourceLimit: 1)
        let assumptions = paperAssumptions(["H", "a"])
        let decision = starved.decide(assumptions: assumptions, hypotheses: [], conclusion: formula("H > 2"))
        #expect(decision.verdict == .fails)
        #expect(decision.scope == .open)
        let witness = try #require(decision.witness)
        #expect(witness == ["H": rational("5/4"), "a": rational("1/2")])
        #expect(decision.sampling?.counterexample == witness)
        #expect(isCounterexample(witness, assumptions: assumptions, conclusion: formula("H > 2")))
    }

    @Test func samplingIsSeeded() {
        let claim = (paperAssumptions(["H", "a", "y_B"]), formula("y_B*(H + a) > 1/2"))
        let first = Prover(resourceLimit: 1, seed: 7).decide(assumptions: claim.0, hypotheses: [], conclusion: claim.1)
        let again = Prover(resourceLimit: 1, seed: 7).decide(assumptions: claim.0, hypotheses: [], conclusion: claim.1)
        #expect(first == again)
    }
}
