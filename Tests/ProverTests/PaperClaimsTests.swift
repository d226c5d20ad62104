// Claims about the paper's parameters whose truth is known, decided under the paper's assumptions.

import Exact
import Prover
import Testing

@Suite struct PaperClaims {
    let prover = Prover()

    func decide(_ hypotheses: [String], _ conclusion: String) -> (Decision, assumptions: [Formula]) {
        let formulas = hypotheses.map(formula) + [formula(conclusion)]
        let assumptions = paperAssumptions(Array(Set(formulas.flatMap(\.variables))).sorted())
        let decision = prover.decide(
            assumptions: assumptions, hypotheses: hypotheses.map(formula), conclusion: formula(conclusion))
        return (decision, assumptions)
    }

    @Test(arguments: [
        ([], "H + a - beta_A*(a + 1) > 0"),
        (["beta_A > 1/(1+a)"], "(1 - beta_A*(a+1))/(H + a - beta_A*(a+1)) < 0"),
        ([], "(H + a - 1)/(1 + a) + 1 > H/(1 + a)"),
    ])
    func knownTruthsHold(hypotheses: [String], conclusion: String) {
        let (decision, _) = decide(hypotheses, conclusion)
        #expect(decision.verdict == .holds)
        #expect(decision.scope == nil)
        #expect(decision.witness == nil)
        #expect(decision.sampling == nil)
    }

    @Test(arguments: [
        ("a < 1", ["H": "5/2", "a": "2"]),
        ("H a > 1", ["H": "3/2", "a": "2/3"]),
        ("H > 2", ["H": "3/2", "a": "1"]),
    ])
    func knownFalsehoodsFailInTheOpenWithARecheckedWitness(conclusion: String, expected: [String: String]) throws {
        let (decision, assumptions) = decide([], conclusion)
        #expect(decision.verdict == .fails)
        #expect(decision.scope == .open)
        let witness = try #require(decision.witness)
        #expect(witness == expected.mapValues(rational))
        // Re-checked here with Exact's own evaluation: every assumption true, the conclusion false.
        #expect(isCounterexample(witness, assumptions: assumptions, conclusion: formula(conclusion)))
    }
}
