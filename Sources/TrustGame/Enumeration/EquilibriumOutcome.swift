// Equilibrium outcomes: pure PBE that differ only off the path of play are one outcome, named after the paper's
// class when the library has a profile with the same play on the path.

import Exact

/// An equilibrium class of the paper (tragic, suckers, ...), or `unnamed`.
public struct EquilibriumClass: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Lowercase with hyphens: `trust-building`, `asymmetric-semi-tragic`, `unnamed`.
    public let name: String
    /// The position in the library (the paper's order); unnamed comes last.
    public let rank: Int

    public static let unnamed = EquilibriumClass(name: "unnamed", rank: Int.max)

    public var isNamed: Bool { self != .unnamed }

    public var description: String { name }

    public static func < (lhs: EquilibriumClass, rhs: EquilibriumClass) -> Bool {
        (lhs.rank, lhs.name) < (rhs.rank, rhs.name)
    }

    /// Every named class, in the library's order.
    public static var named: [EquilibriumClass] {
        var seen: Set<String> = []
        return ClassCatalogue.shared.entries.map(\.class).filter { seen.insert($0.name).inserted }.sorted()
    }

    /// The class whose library profiles play as `profile` does on the path.
    public static func of(_ profile: PureProfile) -> EquilibriumClass {
        ClassCatalogue.shared.byOnPath[profile.onPath.code] ?? .unnamed
    }

    /// The library profiles of this class (both orientations of an asymmetric one).
    public var libraryProfiles: [PureProfile] {
        ClassCatalogue.shared.entries.filter { $0.class == self }.map(\.profile)
    }
}

/// The library's pure profiles (types only), by their play on the path. Asymmetric profiles are entered in both
/// orientations; when two library profiles share their play on the path (no-learning and its punishing variant),
/// the first names the class.
private struct ClassCatalogue: Sendable {
    let entries: [(class: EquilibriumClass, profile: PureProfile)]
    let byOnPath: [UInt32: EquilibriumClass]

    static let shared = ClassCatalogue()

    private init() {
        var entries: [(EquilibriumClass, PureProfile)] = []
        var byOnPath: [UInt32: EquilibriumClass] = [:]
        for (rank, entry) in ProfileLibrary.entries.enumerated() {
            let names = ProfileLibrary.isAsymmetric(entry) ? [entry.name, entry.name + "/swapped"] : [entry.name]
            for name in names {
                guard let profile = ProfileLibrary.profile(named: name).flatMap(PureProfile.init) else { continue }
                let key = profile.onPath.code
                let equilibriumClass = byOnPath[key] ?? EquilibriumClass(name: entry.name, rank: rank)
                byOnPath[key] = equilibriumClass
                entries.append((equilibriumClass, profile))
            }
        }
        self.entries = entries
        self.byOnPath = byOnPath
    }
}

/// What a player believes in period 2 after one observation of the other's period-1 action.
public enum OutcomeBelief: Hashable, Sendable {
    /// On path: Bayes' rule, an exact probability that the other is a security-seeker.
    case onPath(Rational)
    /// Off path: the feasible interval, and the beliefs in it that support the outcome (a union of intervals).
    case offPath(feasible: BeliefInterval, supporting: [BeliefInterval])
}

/// One equilibrium outcome at a point: every pure PBE with the same play on the path.
public struct EquilibriumOutcome: Sendable {
    public let equilibriumClass: EquilibriumClass
    /// The shared play on the path (off-path actions set to defect).
    public let onPath: PureProfile
    /// Every pure PBE with this play on the path, in profile-code order.
    public let equilibria: [PureEquilibrium]
    /// The profile shown for the outcome. Strict profiles come first; among them the class's library profiles in
    /// library order, then the one that defects everywhere off the path, then the lowest code.
    public var representative: PureEquilibrium {
        let library = equilibriumClass.libraryProfiles
        func preference(_ equilibrium: PureEquilibrium) -> (Int, Int, Int, UInt32) {
            (equilibrium.isStrict ? 0 : 1, library.firstIndex(of: equilibrium.profile) ?? library.count,
             equilibrium.profile == onPath ? 0 : 1, equilibrium.profile.code)
        }
        return equilibria.min { preference($0) < preference($1) }!
    }
    /// True when no supporting profile holds strictly for any belief: some type is indifferent, so the point lies
    /// on a boundary of the outcome's region.
    public var isBoundary: Bool { !equilibria.contains { $0.isStrict } }
    /// Each player's belief after each observation (A then B; c then d).
    public let beliefs: [(holder: Player, observed: Action, belief: OutcomeBelief)]
}

extension EquilibriumEnumerator {
    /// The pure PBE at `point` grouped into outcomes, in the paper's class order (then by profile code).
    public func outcomes(at point: ExactPoint) -> [EquilibriumOutcome] {
        outcomes(of: equilibria(at: point), at: point)
    }

    public func outcomes(at values: [String: Rational]) throws(EnumerationError) -> [EquilibriumOutcome] {
        outcomes(at: try point(values))
    }

    /// Groups `equilibria` (found at `point`) by their play on the path.
    public func outcomes(of equilibria: [PureEquilibrium], at point: ExactPoint) -> [EquilibriumOutcome] {
        var groups: [UInt32: [PureEquilibrium]] = [:]
        for equilibrium in equilibria { groups[equilibrium.profile.onPath.code, default: []].append(equilibrium) }
        var evaluation = PointEvaluation(table: table, point: point)
        let outcomes = groups.map { code, members -> EquilibriumOutcome in
            let onPath = PureProfile(code: code)
            var beliefs: [(Player, Action, OutcomeBelief)] = []
            for player in Player.allCases {
                let otherHalf = ProfileIndex.firstHalf(onPath.strategy(of: player.other))
                for (index, observed) in Action.allCases.enumerated() {
                    switch table.beliefs[player == .A ? 0 : 1][otherHalf][index] {
                    case .onPath(let value):
                        beliefs.append((player, observed, .onPath(evaluation.value(value))))
                    case .offPath(let lower, let upper):
                        let feasible = BeliefInterval(lower: evaluation.value(lower), upper: evaluation.value(upper))
                        let supporting = BeliefInterval.union(members.compactMap { $0.offPathBeliefs[player] })
                        beliefs.append((player, observed, .offPath(feasible: feasible, supporting: supporting)))
                    }
                }
            }
            return EquilibriumOutcome(equilibriumClass: .of(onPath), onPath: onPath,
                                      equilibria: members.sorted { $0.profile < $1.profile }, beliefs: beliefs)
        }
        return outcomes.sorted { ($0.equilibriumClass, $0.onPath) < ($1.equilibriumClass, $1.onPath) }
    }
}
