// Conditions derived from the payoff tables, checked against thresholds known by hand.

import Exact
import Testing
import TrustGame

private func rf(_ text: String) throws -> RationalFunction {
    try Expression.parse(text).rationalFunction()
}

private func derive(_ name: String, _ model: GameModel) throws -> Derivation {
    let profile = try #require(ProfileLibrary.profile(named: name))
    return try Derivation(profile: profile, model: model)
}

private func constraint(
    _ derivation: Derivation, _ player: Player, _ type: PlayerType, history: History? = nil
) throws -> IncentiveConstraint {
    try #require(derivation.constraints.first {
        $0.informationSet.player == player && $0.informationSet.state == PrivateState(type)
            && $0.informationSet.history == history
    })
}

@Suite struct KyddOneShotExample {
    /// Kydd's payoffs (4, 1, 3, 2) are the baseline period-1 table with H = 3, a = 1, shifted by 1. With
    /// period-2 play fixed (everyone defects), only period 1 matters.
    @Test func cooperatingBeatsDefectingExactlyWhenTrustExceedsOneHalf() throws {
        let derivation = try derive("semi-tragic", .baseline)
        let securitySeeker = try constraint(derivation, .A, .securitySeeker)
        let kydd: [String: Rational] = ["H": 3, "a": 1]
        let difference = securitySeeker.difference
        // 4t + 1(1 - t) - (3t + 2(1 - t)) = 2t - 1.
        for t in [Rational(1, 4), Rational(1, 2), Rational(2, 3), Rational(99, 100)] {
            var point = kydd
            point["y_B"] = t
            #expect(try difference.evaluated(at: point) == 2 * t - 1)
        }
        let solved = solve(difference, .greater, for: "y_B", in: .baseline)
        let atKydd = try #require({ () -> RationalFunction? in
            if case .threshold(_, .greater, let bound) = solved { return bound } else { return nil }
        }())
        #expect(try atKydd.evaluated(at: kydd) == Rational(1, 2))
    }
}

@Suite struct TrustBuildingThresholds {
    @Test func baselinePeriodOneConditionsAreThePapersBounds() throws {
        let derivation = try derive("trust-building", .baseline)
        let securitySeeker = try constraint(derivation, .A, .securitySeeker)
        let greedy = try constraint(derivation, .A, .greedy)
        #expect(solve(securitySeeker.difference, .greaterOrEqual, for: "y_B", in: .baseline)
            == .threshold(variable: "y_B", relation: .greaterOrEqual, bound: try rf("1/(H + a)")))
        #expect(solve(greedy.difference, .greaterOrEqual, for: "y_B", in: .baseline)
            == .threshold(variable: "y_B", relation: .lessOrEqual, bound: try rf("1/H")))
    }

    @Test func baselinePeriodTwoConstraintsAllHoldUnderTheAssumptions() throws {
        let derivation = try derive("trust-building", .baseline)
        let periodTwo = derivation.constraints.filter { $0.informationSet.period == 2 }
        #expect(periodTwo.count == 16)
        let oracle = BoundSubstitutionSignOracle()
        for constraint in periodTwo {
            #expect(oracle.sign(of: constraint.difference.numerator, in: .baseline).map { [.positive, .nonnegative, .zero].contains($0) } == true,
                    "\(constraint.label): \(constraint.difference.expression.ascii)")
            #expect(oracle.sign(of: constraint.difference.denominator, in: .baseline) == .positive)
        }
        let remaining = derivation.conditions(for: .someFeasibleBelief).filter { !$0.holdsUnderAssumptions }
        #expect(remaining.map(\.formula.ascii) == [
            "y_B (H + a) - 1 >= 0", "1 - H y_B >= 0", "y_A (H + a) - 1 >= 0", "1 - H y_A >= 0",
        ])
    }

    @Test func independenceSecuritySeekerThresholdIsDerived() throws {
        let derivation = try derive("trust-building", .independence)
        let securitySeeker = try constraint(derivation, .A, .securitySeeker)
        #expect(solve(securitySeeker.difference, .greaterOrEqual, for: "y_B", in: .independence)
            == .threshold(variable: "y_B", relation: .greaterOrEqual,
                          bound: try rf("(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))")))
        let greedy = try constraint(derivation, .A, .greedy)
        #expect(solve(greedy.difference, .greaterOrEqual, for: "y_B", in: .independence)
            == .threshold(variable: "y_B", relation: .lessOrEqual,
                          bound: try rf("(1 + beta_A (a - 1))/(H + (a - 1) beta_A)")))
    }

    @Test func salienceSecuritySeekerThresholdIsDerived() throws {
        let derivation = try derive("trust-building", .salience)
        let securitySeeker = try constraint(derivation, .A, .securitySeeker)
        #expect(solve(securitySeeker.difference, .greaterOrEqual, for: "y_B", in: .salience)
            == .threshold(variable: "y_B", relation: .greaterOrEqual,
                          bound: try rf("(1 - beta_A (a + 1))/(theta (H - 1) + (a + 1)(1 - beta_A))")))
    }

    @Test func trustBuildingMeetsTheDefinitionAndTragicDoesNot() throws {
        #expect(try derive("trust-building", .baseline).trustBuildingConditions().isEmpty)
        #expect(try derive("tragic", .baseline).trustBuildingConditions().contains { $0.formula == impossibleFormula })
    }
}

@Suite struct BeliefsAndMixing {
    @Test func bayesRuleOnAMixedProfileMatchesTheHandComputedPosterior() throws {
        let derivation = try derive("mixed-first-period-no-learning", .independence)
        let afterDefection = derivation.belief(of: .A, after: .defect)
        #expect(afterDefection.isOnPath)
        #expect(afterDefection.securitySeekerProbability == (try rf("y_B (1 - omega1_B)/(1 - y_B omega1_B)")))
        #expect(afterDefection.probability == (try rf("1 - y_B omega1_B")))
        #expect(derivation.belief(of: .A, after: .cooperate).securitySeekerProbability == 1)
    }

    @Test func firstPeriodMixingProbabilityIsSolvedFromIndifference() throws {
        let derivation = try derive("mixed-first-period-tragic", .independence)
        let solution = try #require(derivation.mixingSolutions.first { $0.variable == "omega1_B" })
        // Lemma A.16's omega^x, derived here from A's security-seeker's indifference.
        #expect(solution.value == (try rf("(1 - beta_A (1 + a))/(y_B (1 + a)(1 - beta_A))")))
        #expect(solution.source.hasPrefix("A security-seeker, period 1"))
    }

    @Test func secondPeriodMixingProbabilityIsOneOverBeliefTimesOnePlusA() throws {
        let derivation = try derive("mixed-second-period-after-cooperation", .independence)
        let solution = try #require(derivation.mixingSolutions.first { $0.variable == "omega2_B" })
        // Everyone cooperates in period 1, so the belief after (c, c) is the prior y_B: omega* = 1/(y_B (1 + a)).
        #expect(solution.value == (try rf("1/(y_B (1 + a))")))
    }

    @Test func aProfileCanBeAPBEForSomeButNotEveryFeasibleBelief() throws {
        // Everyone cooperates in period 1; security-seekers cooperate in period 2 whatever happened. After the
        // off-path defection the belief may be anything in [0, y]: cooperating needs it to be at least 1/(1 + a).
        let profile = try StrategyProfile(name: "cooperative-continuation", summary: "test", notation: """
            both s: c ; c
            both g: c ; d
            """)
        let derivation = try Derivation(profile: profile, model: .baseline)
        let offPath = try #require(derivation.belief(of: .A, after: .defect).offPath)
        #expect(offPath.variable == "sigma_A")
        #expect(offPath.lowerBound == 0)
        #expect(try offPath.upperBound == rf("y_B"))
        let point: [String: Rational] = ["H": Rational(3, 2), "a": Rational(3, 4), "y_A": Rational(9, 10), "y_B": Rational(9, 10)]
        func holds(_ quantifier: BeliefQuantifier) throws -> Bool {
            let label = "A's period-2 play after the off-path d"
            let condition = try #require(derivation.conditions(for: quantifier).first { $0.label.hasPrefix(label) })
            return try condition.formula.evaluated(at: point)
        }
        #expect(try holds(.someFeasibleBelief) == true)
        #expect(try holds(.everyFeasibleBelief) == false)
    }
}

@Suite struct ProfileLibraryCoverage {
    @Test(arguments: ProfileLibrary.names)
    func everyProfileDerivesInEveryModelThePaperUsesItIn(name: String) throws {
        let profile = try #require(ProfileLibrary.profile(named: name))
        for kind in ProfileLibrary.models(for: name) {
            let derivation = try Derivation(profile: profile, model: GameModel(kind))
            #expect(derivation.constraints.count == 2 * GameModel(kind).states.count * 5)
            #expect(!derivation.conditions(for: .someFeasibleBelief).isEmpty || name == "tragic")
        }
    }

    @Test func asymmetricProfilesComeInBothOrientations() throws {
        let original = try #require(ProfileLibrary.profile(named: "asymmetric-semi-tragic"))
        let swapped = try #require(ProfileLibrary.profile(named: "asymmetric-semi-tragic/swapped"))
        #expect(original.strategy(of: .A) == swapped.strategy(of: .B))
        #expect(original.strategy(of: .B) == swapped.strategy(of: .A))
    }
}

@Suite struct ModelAssumptions {
    @Test func aClaimAboutAGetsA2AndThroughItA1() {
        #expect(GameModel.independence.assumptions(relevantTo: ["a"]).map(\.name) == ["A1", "A2", "a in (0, H)"])
    }

    @Test func everyVariableThatOccursGetsItsBounds() {
        let names = GameModel.similarity.assumptions(relevantTo: ["alpha_B", "beta_A", "theta", "y_B"]).map(\.name)
        #expect(names == ["y_B in (0, 1)", "beta_A in [0, 1]", "theta > 0", "alpha_B in (1/2, 1]"])
    }

    @Test func theBaselineFixesBetaAndThetaAndBoundsNeither() {
        #expect(GameModel.baseline.assumptions(relevantTo: ["beta_A", "theta"]).isEmpty)
        #expect(GameModel.baseline.fixedParameters == ["beta_A": 0, "beta_B": 0, "theta": 1])
        #expect(GameModel.independence.fixedParameters == ["theta": 1])
    }
}
