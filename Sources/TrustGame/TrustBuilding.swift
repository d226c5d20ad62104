// The paper's definition of a trust-building equilibrium (A.1.1), as conditions on a derived profile.

import Exact

extension Derivation {
    /// The three features of a trust-building equilibrium, for each player i (with j the other):
    /// - first-period discrimination: pr(i1 = c | i_s) > pr(i1 = c | i_g);
    /// - cooperation generates trust: j's belief after i1 = c exceeds the prior y_i;
    /// - trust breeds cooperation: pr(i2 = c | i_s, (c, c)) > pr(i2 = c | i_s, (x, d)) for x = c, d.
    /// Conditions that are constant, or that the oracle proves from the assumptions, are left out: a pure
    /// profile yields an empty list (it is trust-building) or a list containing `0 < 0` (it is not).
    /// Outside the similarity model only.
    public func trustBuildingConditions(
        signs oracle: any SignOracle = BoundSubstitutionSignOracle()
    ) -> [EquilibriumCondition] {
        var result: [EquilibriumCondition] = []
        func require(_ value: RationalFunction, _ label: String) {
            if proves(value, .greater, oracle: oracle, in: model) { return }
            if let formula = simplified(value, .greater) {
                result.append(EquilibriumCondition(label: label, formula: formula))
            }
        }
        let securitySeeker = PrivateState(.securitySeeker), greedy = PrivateState(.greedy)
        for player in Player.allCases {
            let strategy = profile.strategy(of: player)
            let values = Dictionary(uniqueKeysWithValues: mixingSolutions.map { ($0.variable, $0.value) })
            func resolved(_ probability: RationalFunction) -> RationalFunction {
                (try? probability.substituting(values)) ?? probability
            }
            let p = player.rawValue, q = player.other.rawValue
            require(resolved(strategy.firstPeriod(in: securitySeeker)!) - resolved(strategy.firstPeriod(in: greedy)!),
                    "first-period discrimination: \(p)'s security-seeker cooperates more often than its greedy type")
            let trust = belief(of: player.other, after: .cooperate)
            let prior = RationalFunction(model.parameter(player.subscripted("y")))
            if trust.isOnPath {
                require(resolved(trust.securitySeekerProbability) - prior,
                        "cooperation generates trust: \(q)'s belief after \(p) cooperates exceeds the prior")
            } else {
                result.append(EquilibriumCondition(
                    label: "cooperation generates trust: \(p)'s cooperation is off path", formula: impossibleFormula))
            }
            let afterMutualCooperation = resolved(strategy.secondPeriod(in: securitySeeker, after: History(own: .cooperate, other: .cooperate))!)
            for own in Action.allCases {
                let afterDefection = resolved(strategy.secondPeriod(in: securitySeeker, after: History(own: own, other: .defect))!)
                require(afterMutualCooperation - afterDefection,
                        "trust breeds cooperation: \(p)'s security-seeker cooperates more after (c, c) than after (\(own.rawValue), d)")
            }
        }
        return result
    }
}
