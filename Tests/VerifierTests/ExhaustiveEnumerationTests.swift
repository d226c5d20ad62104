// Exhaustive claims: the prover's rule-out combined with the enumeration of every pure PBE at sampled points.

import Exact
import Prover
import Testing
import Verifier

private func verify(_ profiles: String, model: String = "baseline", assume: String = "[]") throws -> ClaimResult {
    let text = """
        section: test
        claims:
          - id: X
            title: t
            paper: p
            reading: r
            kind: exhaustive
            model: \(model)
            assume: \(assume)
            profiles:
        \(profiles)
        """
    return Verifier().verify(try ClaimFile.load(text: text, file: "test.yaml")[0])
}

/// Serialized, so that the second claim reuses the first one's enumerations (same model, same sample points).
@Suite(.serialized) struct ExhaustiveEnumeration {
    /// Figure 1's values, pinned by the hypotheses: every sampled point satisfies them.
    private let figureOne = #"["H = 3/2", "a = 3/4"]"#

    @Test func aListedProfileThatExistsFailsWithAnExactPointFoundByBothCheckers() throws {
        // The hybrid: A separates, B pools on c; at H = 3/2, a = 3/4 it exists for 4/7 < y_B < 3/5, y_A > 2/3.
        let result = try verify("""
                  - |
                    A s: c ; cc: c, else: d
                    A g: d ; d
                    B s: c ; cc: c, else: d
                    B g: c ; d
            """, assume: figureOne)
        #expect(result.verdict == .fails)
        #expect(result.checks.map(\.name) == ["rule-out X#1", "enumeration"])
        let enumeration = try #require(result.checks.last)
        #expect(enumeration.decision.verdict == .fails)
        #expect(enumeration.decision.scope == .open)
        let witness = try #require(enumeration.decision.witness)
        #expect(Set(witness.keys) == ["H", "a", "y_A", "y_B"])
        #expect(witness["H"] == Rational(3, 2) && witness["a"] == Rational(3, 4))
        // At the witness the profile's own conditions hold: 1/(1+a) < y_B < a/(H+a-1), y_A > 1/H.
        let (h, a, yA, yB) = (witness["H"]!, witness["a"]!, witness["y_A"]!, witness["y_B"]!)
        #expect(yB > 1 / (1 + a) && yB < a / (h + a - 1) && yA > 1 / h)
        #expect(enumeration.decision.reason.contains("unnamed at"))
    }

    @Test func aProfileThatNeverExistsHoldsByTheProverAndIsOnlySampledByTheEnumeration() throws {
        let result = try verify("""
                  - |
                    both s: c ; c
                    both g: d ; d
            """, assume: figureOne)
        #expect(result.verdict == .holds)
        let enumeration = try #require(result.checks.last)
        #expect(enumeration.name == "enumeration")
        // Sampling alone never proves: the enumeration's own answer is not HOLDS.
        #expect(enumeration.decision.verdict == .undecided)
        let sampling = try #require(enumeration.decision.sampling)
        #expect(sampling.pointsInRegion >= 2000)
        #expect(sampling.counterexample == nil)
        #expect(result.reason.hasSuffix("agrees at \(sampling.pointsInRegion) sampled exact points (evidence, not proof)."))
    }

    @Test func mixedProfilesAreLeftToTheProver() throws {
        let result = try verify("""
                  - greedy-mixing
            """, model: "independence")
        #expect(result.checks.map(\.name) == ["rule-out greedy-mixing"])
    }
}
