// The small table of model assumptions that `trustproof ask` uses.

import Exact
import Prover
import Testing

@Suite struct ModelAssumptionTable {
    @Test func aClaimAboutAGetsA2AndThroughItA1() {
        let names = ModelAssumptions.named("independence")!.assumptions(for: ["a"]).map(\.name)
        #expect(names == ["A1", "A2", "a in (0, H)"])
    }

    @Test func everyVariableThatOccursGetsItsBounds() {
        let table = ModelAssumptions.named("similarity")!
        let names = table.assumptions(for: ["alpha_B", "beta_A", "theta", "y_B"]).map(\.name)
        #expect(names == ["alpha_B in (1/2, 1]", "beta_A in [0, 1]", "theta > 0", "y_B in (0, 1)"])
        #expect(table.assumptions(for: ["beta_A"]).map(\.formula) == [formula("0 <= beta_A <= 1")])
    }

    @Test func theBaselineFixesBetaAndThetaAndBoundsNeither() {
        let baseline = ModelAssumptions.named("baseline")!
        #expect(baseline.assumptions(for: ["beta_A", "theta"]).isEmpty)
        #expect(baseline.substitutingFixedParameters(in: formula("theta*H > beta_A")) == formula("1*H > 0"))
        #expect(ModelAssumptions.named("independence")!.fixedParameters == ["theta": 1])
        #expect(ModelAssumptions.named("nonsense") == nil)
    }
}
