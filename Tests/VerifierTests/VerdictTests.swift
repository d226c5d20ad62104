// Verdicts on small claims whose truth is known by hand, with witnesses re-checked here.

import Exact
import Prover
import Testing
import Verifier

private func claim(_ fields: String, id: String = "T") throws -> Claim {
    let text = "section: test\nclaims:\n  - id: \(id)\n    title: t\n    paper: p\n    reading: r\n" + fields
    return try #require(try ClaimFile.load(text: text, file: "test.yaml").first)
}

private func value(_ text: String, at point: Point) throws -> Rational {
    try Expression.parse(text).evaluated(at: point)
}

@Suite struct EquilibriumVerdicts {
    @Test func theBaselineTrustBuildingConditionHolds() throws {
        let result = Verifier().verify(try claim("""
                kind: equilibrium-iff
                model: baseline
                profile: trust-building
                stated: "1/H >= y_i >= 1/(H+a)"

            """))
        #expect(result.verdict == .holds)
        #expect(result.checks.map(\.name) == ["sufficiency", "necessity"])
        #expect(result.thresholds.count == 4)
        #expect(result.thresholds.allSatisfy { $0.derived != nil && $0.sameRelation })
        #expect(result.boundary.count >= 20)
        #expect(result.boundary.allSatisfy { $0.derivedAtBoundary == 0 && $0.holdsInside && $0.failsOutside })
    }

    @Test func aStrictTragicConditionFailsOnlyOnTheBoundaryWithARecheckedWitness() throws {
        let result = Verifier().verify(try claim("""
                kind: equilibrium-iff
                model: independence
                profile: tragic
                stated: "beta_i < 1/(1+a)"

            """))
        #expect(result.verdict == .fails)
        #expect(result.scope == .boundary)
        let witness = try #require(result.witness)
        // At the witness the tragic profile is a PBE (both security-seekers weakly prefer to defect) ...
        #expect(try value("1 - beta_A (a + 1)", at: witness) >= 0)
        #expect(try value("1 - beta_B (a + 1)", at: witness) >= 0)
        // ... yet the stated strict condition fails for one player.
        let statedA = try value("beta_A - 1/(1 + a)", at: witness) < 0
        let statedB = try value("beta_B - 1/(1 + a)", at: witness) < 0
        #expect(!(statedA && statedB))
        #expect(result.correction?.ascii == "beta_A <= 1/(a + 1) and beta_B <= 1/(a + 1)")
    }

    @Test func aMisprintedProofStepIsAnErratum() throws {
        let result = Verifier().verify(try claim("""
                kind: equilibrium-iff
                model: baseline
                profile: trust-building
                stated: "1/H >= y_i >= 1/(H+a)"
                steps:
                  - paper: "greedy"
                    constraint: "A greedy, period 1"
                    stated: "y_B(H + a + 1) + (1 - y_B)2 >= y_B(2H + a) + 1 - y_B"
                  - paper: "security-seeker, with H + a + H for H + H"
                    constraint: "A security-seeker, period 1"
                    stated: "y_B(H + a + H) + 1 - y_B >= y_B(H - a + 1) + (1 - y_B)2"

            """))
        #expect(result.steps.map(\.verdict) == [.holds, .fails])
        let witness = try #require(result.steps[1].decision?.witness)
        let printed = try value("y_B(H + a + H) + 1 - y_B - (y_B(H - a + 1) + (1 - y_B)2)", at: witness)
        let derived = try value("y_B (H + a) - 1", at: witness)
        #expect(printed.signum != derived.signum)
    }

    @Test func aProfileThatIsNeverAPBEIsRuledOut() throws {
        // Greedy types cooperating in period 1 while security-seekers defect (A.3.4's against-type profile).
        let result = Verifier().verify(try claim("""
                kind: no-equilibrium
                model: independence
                profile-notation: |
                  both s: d ; dd: c, else: d
                  both g: c ; d

            """))
        #expect(result.verdict == .holds)
    }
}

@Suite struct ImplicationVerdicts {
    @Test func aKnownTruthHolds() throws {
        let result = Verifier().verify(try claim("""
                kind: inequality
                model: independence
                assume: ["beta_A > 1/(1+a)"]
                claim: "(1 - beta_A*(a+1))/(H + a - beta_A*(a+1)) < 0"

            """))
        #expect(result.verdict == .holds)
    }

    @Test func aFalseMonotonicityClaimFailsWithAWitness() throws {
        // The greedy Remark's bound y (H - 1)/((a - 1)(1 - y)) is not increasing in y when a < 1.
        let result = Verifier().verify(try claim("""
                kind: monotone
                model: independence
                function: "y_B (H - 1)/((a - 1)(1 - y_B))"
                variable: y_B
                direction: increasing

            """))
        #expect(result.verdict == .fails)
        let witness = try #require(result.witness)
        #expect(try value("a", at: witness) < 1)
    }

    @Test func mixingProbabilitiesAreComparedWithTheDerivedOnes() throws {
        let right = Verifier().verify(try claim("""
                kind: mixing
                model: independence
                profile: mixed-first-period-tragic
                variable: omega1_B
                stated: "(1 - beta_A (1 + a))/(y_B (1 + a)(1 - beta_A))"

            """))
        #expect(right.verdict == .holds)
        let wrong = Verifier().verify(try claim("""
                kind: mixing
                model: independence
                profile: mixed-first-period-tragic
                variable: omega1_B
                stated: "(1 - beta_A (1 + a))/(y_B (1 + a))"

            """))
        #expect(wrong.verdict == .fails)
    }

    @Test func theSameClaimGetsTheSameAnswerAndWitnessEveryRun() throws {
        let text = """
                kind: equilibrium-iff
                model: independence
                profile: tragic
                stated: "beta_i < 1/(1+a)"

            """
        let first = Verifier().verify(try claim(text))
        let second = Verifier().verify(try claim(text))
        #expect(first.verdict == second.verdict)
        #expect(first.witness == second.witness)
    }
}

@Suite struct StepsWithMixing {
    @Test func aStepThatMentionsAMixingProbabilityUsesTheSolvedValue() throws {
        // Lemma A.16's indifference display for A's security-seeker, with B's mixing probability omega1_B.
        let result = Verifier().verify(try claim("""
                kind: mixing
                model: independence
                profile: mixed-first-period-tragic
                variable: omega1_B
                stated: "(1 - beta_A (1 + a))/(y_B (1 + a)(1 - beta_A))"
                steps:
                  - paper: "omega_B y_B H + (1 - omega_B y_B) beta_A H + 1 = ..."
                    constraint: "A security-seeker, period 1"
                    stated: "omega1_B y_B H + (1 - omega1_B y_B) beta_A H + 1 = omega1_B y_B (H - a) + (1 - omega1_B y_B)(beta_A (H - a) + 1 - beta_A) + 1"

            """))
        #expect(result.verdict == .holds)
        #expect(result.steps.map(\.verdict) == [.holds])
    }

    @Test func aValueCannotUsePlayerIndices() throws {
        #expect(throws: ClaimFileError.self) {
            try claim("""
                    kind: mixing
                    model: independence
                    profile: mixed-first-period-tragic
                    variable: omega1_B
                    stated: "1/(y_j (1 + a))"

                """)
        }
    }
}
