// The enumeration of pure PBE: which classes exist at exact points, boundaries, and agreement with `Derivation`.

import Exact
import Testing
@testable import TrustGame

private func rational(_ text: String) -> Rational { Rational(text)! }

/// The figures' parameters: H = 3/2, a = 3/4, and the given priors (and betas outside the baseline).
private func figurePoint(_ yA: String, _ yB: String, betas: (String, String)? = nil) -> [String: Rational] {
    var point = ["H": rational("3/2"), "a": rational("3/4"), "y_A": rational(yA), "y_B": rational(yB)]
    if let betas { point["beta_A"] = rational(betas.0); point["beta_B"] = rational(betas.1) }
    return point
}

private func classes(_ model: GameModel, _ point: [String: Rational]) throws -> [String] {
    try EquilibriumEnumerator(model: model).outcomes(at: point).map(\.equilibriumClass.name)
}

@Suite struct EnumeratedClasses {
    @Test func atTwoThirdsTheBaselineHasThePapersFiveClasses() throws {
        let outcomes = try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("2/3", "2/3"))
        #expect(outcomes.map(\.equilibriumClass.name) == ["tragic", "suckers", "no-learning", "semi-tragic", "trust-building"])
        // y = 2/3 = 1/H: the greedy type is indifferent in trust-building, and only there.
        #expect(outcomes.map(\.isBoundary) == [false, false, false, false, true])
        #expect(outcomes.map(\.equilibria.count) == [8, 2, 8, 1, 1])
    }

    @Test func aPointOnTheSecuritySeekersThresholdIsABoundary() throws {
        // y_B = 1/(H + a) = 4/9: A's security-seeker is indifferent between trust-building and defecting.
        let outcomes = try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("1/2", "4/9"))
        let trustBuilding = try #require(outcomes.first { $0.equilibriumClass.name == "trust-building" })
        #expect(trustBuilding.isBoundary)
        let inside = try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("1/2", "1/2"))
        #expect(inside.first { $0.equilibriumClass.name == "trust-building" }?.isBoundary == false)
        let outside = try classes(.baseline, figurePoint("1/2", "2/5"))
        #expect(!outside.contains("trust-building"))
    }

    @Test func lowTrustLeavesOnlyTheTragicOutcome() throws {
        #expect(try classes(.baseline, figurePoint("1/5", "1/5")) == ["tragic"])
    }

    @Test func anUnnamedHybridExistsInTheBaselineBetweenOneOverOnePlusAAndAOverHPlusAMinusOne() throws {
        // 1/(1 + a) = 4/7 < y_B < a/(H + a - 1) = 3/5 and y_A > 2/3: A separates, B pools on cooperation.
        let outcomes = try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("4/5", "117/200"))
        #expect(outcomes.map(\.equilibriumClass.name) == ["tragic", "no-learning", "semi-tragic", "unnamed"])
        let hybrid = outcomes[3].representative.profile
        #expect(hybrid.notation == "both s: c ; cc: c, else: d\nA g: d ; d\nB g: c ; d")
        let atUpperEdge = try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("4/5", "3/5"))
        #expect(atUpperEdge.first { $0.equilibriumClass == .unnamed }?.isBoundary == true)
        #expect(!(try classes(.baseline, figurePoint("4/5", "1/2"))).contains("unnamed"))
    }

    @Test func figureTwosValuesRemoveTragicAndKeepSemiTragicEverywhere() throws {
        let betas = ("7/10", "3/5")
        #expect(try classes(.independence, figurePoint("1/5", "1/5", betas: betas)) == ["semi-tragic", "trust-building"])
        #expect(try classes(.independence, figurePoint("1/2", "2/3", betas: betas)) == ["semi-tragic"])
        // The second no-learning profile survives beta > 1/(1 + a) at high trust (the paper's table says not).
        #expect(try classes(.independence, figurePoint("9/10", "9/10", betas: betas)) == ["suckers", "no-learning", "semi-tragic"])
    }

    @Test func offPathBeliefsSupportingTragicAreTheWholeFeasibleInterval() throws {
        let outcome = try #require(try EquilibriumEnumerator(model: .baseline).outcomes(at: figurePoint("1/2", "2/3")).first)
        #expect(outcome.equilibriumClass.name == "tragic")
        let afterCooperation = try #require(outcome.beliefs.first { $0.holder == .A && $0.observed == .cooperate })
        #expect(afterCooperation.belief == .offPath(feasible: BeliefInterval(lower: rational("2/3"), upper: 1),
                                                     supporting: [BeliefInterval(lower: rational("2/3"), upper: 1)]))
        #expect(outcome.beliefs.first { $0.holder == .A && $0.observed == .defect }?.belief == .onPath(rational("2/3")))
    }

    @Test func theSimilarityModelIsNotEnumerated() {
        #expect(throws: DerivationError.self) { try EnumerationTable(model: .similarity) }
    }
}

/// The table assembles constraints from a few derivations; these tests derive whole profiles directly and compare.
@Suite struct TableAgreesWithDirectDerivations {
    private func randomProfiles(_ count: Int, seed: UInt64) -> [PureProfile] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in PureProfile(code: UInt32(generator.next(below: 1 << 20))) }
    }

    @Test(arguments: [GameModel.baseline, .independence])
    func periodOneConstraintsAreTheBaseProfilesPlusEachHistorysChange(model: GameModel) throws {
        let table = try EnumerationTable.shared(for: model)
        for profile in randomProfiles(25, seed: 7) {
            let derivation = try Derivation(profile: profile.strategyProfile(), model: model)
            let combos = (0..<4).map { ProfileIndex.combo(profile, at: $0) }
            #expect(table.periodOneDifferences(firstPair: ProfileIndex.firstPair(profile), combos: combos)
                == EnumerationTable.periodOneDifferences(derivation), "profile \(profile.code)")
        }
    }

    @Test func periodTwoConstraintsDependOnlyOnTheHistorysPlayAndTheBelief() throws {
        let model = GameModel.independence
        let table = try EnumerationTable.shared(for: model)
        for profile in randomProfiles(25, seed: 11) {
            let derivation = try Derivation(profile: profile.strategyProfile(), model: model)
            let p = ProfileIndex.firstPair(profile)
            for player in Player.allCases {
                for h in 0..<4 {
                    let history = player == .A ? History.all[h] : History.all[h].swapped
                    let side = table.sides[EnumerationTable.sideIndex(player, otherHalf: ProfileIndex.half(of: p, for: player.other),
                                                                      history: h, combo: ProfileIndex.combo(profile, at: h))]
                    for (index, type) in PlayerType.allCases.enumerated() {
                        let constraint = try #require(derivation.constraints.first {
                            $0.informationSet == InformationSet(player: player, state: PrivateState(type), history: history)
                        })
                        let numerator: Polynomial
                        switch side.constraints[index] {
                        case .fixed(let top, _): numerator = table.pool.compiled[top].polynomial
                        case .belief(let slope, let intercept, _):
                            let sigma = Polynomial(variable: player.subscripted("sigma"))
                            numerator = table.pool.compiled[slope].polynomial * sigma + table.pool.compiled[intercept].polynomial
                        }
                        #expect(numerator == constraint.difference.numerator, "\(profile.code) \(constraint.label)")
                    }
                }
            }
        }
    }
}

/// The fast exact evaluation against the symbolic conditions `Derivation.conditions(for:)` gives, and the pruned
/// search against evaluating profiles one by one.
@Suite struct EnumerationAgreesWithTheSymbolicConditions {
    private let points: [[String: Rational]] = ParameterSampler(model: .independence, seed: 3).random(count: 4)
        + [figurePoint("4/5", "117/200", betas: ("0", "0")), figurePoint("2/3", "2/3", betas: ("7/10", "3/5"))]

    @Test func aProfileIsFoundExactlyWhenItsDerivedConditionsHold() throws {
        let enumerator = try EquilibriumEnumerator(model: .independence)
        var generator = SplitMix64(seed: 5)
        var agreements = 0
        for values in points {
            let point = try enumerator.point(values)
            let found = enumerator.equilibria(at: point)
            // Every equilibrium found, a one-action change of each, and random profiles.
            var profiles = found.map(\.profile)
            for equilibrium in found.prefix(4) {
                let bit = generator.next(below: 20)
                profiles.append(PureProfile(code: equilibrium.profile.code ^ (1 << UInt32(bit))))
            }
            profiles += (0..<6).map { _ in PureProfile(code: UInt32(generator.next(below: 1 << 20))) }
            for profile in profiles {
                let derivation = try Derivation(profile: profile.strategyProfile(), model: .independence)
                let symbolic = try derivation.conditions(for: .someFeasibleBelief).allSatisfy { try $0.formula.evaluated(at: values) }
                #expect((enumerator.evaluate(profile, at: point) != nil) == symbolic, "profile \(profile.code) at \(values)")
                #expect(found.contains { $0.profile == profile } == symbolic, "search, profile \(profile.code) at \(values)")
                agreements += 1
            }
        }
        #expect(agreements > 40)
    }

    @Test func thePrunedSearchMissesNoProfileThatEvaluatesAsAnEquilibrium() throws {
        let enumerator = try EquilibriumEnumerator(model: .baseline)
        let point = try enumerator.point(figurePoint("2/3", "2/3"))
        let found = Set(enumerator.equilibria(at: point).map(\.profile))
        var generator = SplitMix64(seed: 9)
        // Profiles where greedy types never cooperate in period 2 (the others fail at once), sampled.
        for _ in 0..<3000 {
            var code = UInt32(generator.next(below: 1 << 20))
            code |= 0b1111000000 | (0b1111000000 << 10)
            let profile = PureProfile(code: code)
            #expect((enumerator.evaluate(profile, at: point) != nil) == found.contains(profile))
        }
    }
}

@Suite struct ExactEvaluation {
    @Test func theIntegerPathAndTheGMPPathAgreeIncludingOnOverflow() throws {
        let polynomial = try Expression.parse("3/7 H^3 y_A - 5 a^2 beta_B + 11/13 theta y_B^2 - 2").rationalFunction().numerator
        let compiled = CompiledPolynomial(polynomial, variables: EnumerationTable.variables)
        var generator = SplitMix64(seed: 1)
        for bits in [4, 20, 40, 62] {
            for _ in 0..<20 {
                var values: [String: Rational] = [:]
                for name in EnumerationTable.variables {
                    let limit = 1 << min(bits, 62)
                    values[name] = Rational(generator.next(below: limit) - limit / 2, 1 + generator.next(below: limit))
                }
                let point = ExactPoint(variables: EnumerationTable.variables, values: values)
                let exact = try polynomial.evaluated(at: values)
                #expect(compiled.value(at: point) == exact)
                #expect(compiled.sign(at: point) == exact.signum)
            }
        }
    }

    @Test func intervalsOfBeliefsIntersectAndMergeExactly() {
        let closed = BeliefInterval(lower: 0, upper: rational("2/3"))
        let restricted = closed.restricted(slope: rational("7/4"), intercept: -1, strict: false)
        #expect(restricted.description == "[4/7, 2/3]")
        #expect(closed.restricted(slope: rational("7/4"), intercept: -1, strict: true).description == "(4/7, 2/3]")
        #expect(closed.restricted(slope: -1, intercept: 0, strict: false).description == "{0}")
        #expect(closed.restricted(slope: -1, intercept: 0, strict: true).isEmpty)
        #expect(BeliefInterval.union([BeliefInterval(lower: rational("1/2"), upper: 1), BeliefInterval(lower: 0, upper: rational("1/2"))])
            == [BeliefInterval(lower: 0, upper: 1)])
    }
}
