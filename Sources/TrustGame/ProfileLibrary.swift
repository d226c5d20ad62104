// The paper's strategy profiles, each in profile notation with the result that uses it.

/// The named profiles of the appendix. Asymmetric profiles come in both orientations (`<name>` has A in the
/// leading role, `<name>/swapped` has B).
public enum ProfileLibrary {
    /// A profile's definition: its notation and where the paper uses it.
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        public let notation: String
        /// The models in which the paper uses the profile.
        public let models: [GameModel.Kind]
    }

    public static let entries: [Entry] = [
        Entry(name: "tragic",
              summary: "Everyone defects in both periods (Props. A.2.1, A.8).",
              notation: """
                  both s: d ; d
                  both g: d ; d
                  """,
              models: [.baseline, .independence]),
        Entry(name: "suckers",
              summary: "Everyone cooperates in period 1; security-seekers cooperate again only after mutual "
                  + "cooperation (Props. A.2.2, A.9).",
              notation: """
                  both s: c ; cc: c, else: d
                  both g: c ; d
                  """,
              models: [.baseline, .independence]),
        Entry(name: "no-learning",
              summary: "Everyone defects in period 1; security-seekers cooperate in period 2 whatever happened "
                  + "(Props. A.2.3, A.10).",
              notation: """
                  both s: d ; c
                  both g: d ; d
                  """,
              models: [.baseline, .independence]),
        Entry(name: "no-learning-punishing",
              summary: "Everyone defects in period 1; security-seekers cooperate in period 2 only after mutual "
                  + "defection, so a period-1 deviation is punished (the second no-learning PBE of A.2.3, Prop. A.11).",
              notation: """
                  both s: d ; dd: c, else: d
                  both g: d ; d
                  """,
              models: [.baseline, .independence]),
        Entry(name: "semi-tragic",
              summary: "Security-seekers cooperate in period 1, greedy types defect; everyone defects in period 2 "
                  + "(Props. A.2.4, A.12).",
              notation: """
                  both s: c ; d
                  both g: d ; d
                  """,
              models: [.baseline, .independence]),
        Entry(name: "trust-building",
              summary: "Security-seekers cooperate in period 1 and again only after mutual cooperation; greedy "
                  + "types always defect (Props. A.3, A.6, A.21).",
              notation: """
                  both s: c ; cc: c, else: d
                  both g: d ; d
                  """,
              models: [.baseline, .independence, .salience]),
        Entry(name: "asymmetric-trust-building",
              summary: "A's security-seeker cooperates in period 1 and cooperates in period 2 after (c, d); B pools "
                  + "on defection in period 1 and its security-seeker cooperates in period 2 after (d, c) (Prop. A.7).",
              notation: """
                  A s: c ; cd: c, else: d
                  A g: d ; d
                  B s: d ; dc: c, else: d
                  B g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "asymmetric-semi-tragic",
              summary: "A's security-seeker cooperates in period 1, everyone else defects; everyone defects in "
                  + "period 2 (Prop. A.13).",
              notation: """
                  A s: c ; d
                  A g: d ; d
                  B s: d ; d
                  B g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-trust-building",
              summary: "Trust-building with period-2 mixing after mutual cooperation (Prop. A.5).",
              notation: """
                  both s: c ; cc: omega2_i, else: d
                  both g: d ; d
                  """,
              models: [.baseline]),
        Entry(name: "mixed-second-period-after-defection",
              summary: "Everyone defects in period 1; security-seekers mix in period 2 after mutual defection "
                  + "(Lemma A.14).",
              notation: """
                  both s: d ; dd: omega2_i, else: d
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-second-period-after-cooperation",
              summary: "Everyone cooperates in period 1; security-seekers mix in period 2 after mutual cooperation "
                  + "(Lemma A.15).",
              notation: """
                  both s: c ; cc: omega2_i, else: d
                  both g: c ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-first-period-tragic",
              summary: "Security-seekers mix in period 1; everyone defects in period 2 (Lemma A.16).",
              notation: """
                  both s: omega1_i ; d
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-first-period-no-learning",
              summary: "Security-seekers mix in period 1 and cooperate in period 2 whatever happened (Lemma A.17).",
              notation: """
                  both s: omega1_i ; c
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-first-period-trust-building",
              summary: "Security-seekers mix in period 1 and cooperate in period 2 after mutual cooperation "
                  + "(Lemma A.18).",
              notation: """
                  both s: omega1_i ; cc: c, else: d
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "greedy-mixing",
              summary: "Greedy types mix in period 1, security-seekers cooperate; everyone defects in period 2 "
                  + "(the profile A.3.5 rules out).",
              notation: """
                  both s: c ; d
                  both g: omega1_i ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-both-periods-conditional",
              summary: "Security-seekers mix in period 1 and, after mutual cooperation, in period 2 (Lemma A.19).",
              notation: """
                  both s: omega1_i ; cc: omega2_i, else: d
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "mixed-both-periods",
              summary: "Security-seekers mix in period 1 and after every history in period 2, with the mixing "
                  + "probability that the belief there calls for (Lemma A.20).",
              notation: """
                  both s: omega1_i ; cc: omega2cc_i, cd: omega2cd_i, dc: omega2dc_i, dd: omega2dd_i
                  both g: d ; d
                  """,
              models: [.independence]),
        Entry(name: "similarity-always-cooperate",
              summary: "Security-seekers cooperate in period 1 whatever their draw; greedy types cooperate only "
                  + "when their payoffs are swapped; security-seekers cooperate in period 2 iff the other "
                  + "cooperated (Prop. A.22).",
              notation: """
                  both s: c ; *c: c, *d: d
                  both g aligned: d ; d
                  both g swapped: c ; d
                  """,
              models: [.similarity]),
        Entry(name: "similarity-direct-incentives",
              summary: "Each type follows its period-1 payoffs: aligned security-seekers and swapped greedy types "
                  + "cooperate; security-seekers cooperate in period 2 iff the other cooperated (Prop. A.23).",
              notation: """
                  both s aligned: c ; *c: c, *d: d
                  both s swapped: d ; *c: c, *d: d
                  both g aligned: d ; d
                  both g swapped: c ; d
                  """,
              models: [.similarity]),
    ]

    /// Whether the profile treats A and B differently (then `<name>/swapped` exists too).
    public static func isAsymmetric(_ entry: Entry) -> Bool {
        entry.notation.split(separator: "\n").contains { String($0).trimmingSpaces().hasPrefix("A ") }
    }

    /// Every profile name, asymmetric ones in both orientations.
    public static var names: [String] {
        entries.flatMap { isAsymmetric($0) ? [$0.name, $0.name + "/swapped"] : [$0.name] }
    }

    /// The profile called `name` (`<name>/swapped` exchanges A and B), or `nil`.
    public static func profile(named name: String) -> StrategyProfile? {
        let swapped = name.hasSuffix("/swapped")
        let base = swapped ? String(name.dropLast("/swapped".count)) : name
        guard let entry = entries.first(where: { $0.name == base }) else { return nil }
        // The library's notation is fixed and covered by tests.
        let profile = try! StrategyProfile(name: entry.name, summary: entry.summary, notation: entry.notation)
        return swapped ? profile.swappingPlayers(name: name) : profile
    }

    /// The models in which the paper uses the profile called `name`.
    public static func models(for name: String) -> [GameModel.Kind] {
        let base = name.hasSuffix("/swapped") ? String(name.dropLast("/swapped".count)) : name
        return entries.first { $0.name == base }?.models ?? []
    }
}
