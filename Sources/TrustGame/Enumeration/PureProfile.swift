// Pure strategies and pure profiles of the two-period game as compact values: the space the enumerator walks.
//
// A player's pure strategy gives each type a period-1 action and a period-2 action after each of the four
// histories: 2^2 · 2^8 = 1024 strategies per player, 2^20 profiles. Each fits in a few bits; `strategyProfile`
// turns one into the `StrategyProfile` that `Derivation` works on, so nothing about incentives is decided here.

import Exact

/// One player's pure strategy (types only: the similarity model's draws are not enumerated).
///
/// Bit layout of `code` (a set bit means defect): bit 0 the security-seeker's period-1 action, bit 1 the greedy
/// type's; bits 2–5 the security-seeker's period-2 actions after cc, cd, dc, dd (own action first); bits 6–9 the
/// greedy type's.
public struct PureStrategy: Hashable, Sendable, Comparable {
    public let code: UInt16

    public init(code: UInt16) {
        precondition(code < 1024, "PureStrategy: code out of range")
        self.code = code
    }

    public init(firstPeriod: (securitySeeker: Action, greedy: Action),
                secondPeriod: (securitySeeker: [History: Action], greedy: [History: Action])) {
        var code: UInt16 = 0
        if firstPeriod.securitySeeker == .defect { code |= 1 }
        if firstPeriod.greedy == .defect { code |= 2 }
        for (index, history) in History.all.enumerated() {
            if secondPeriod.securitySeeker[history] == .defect { code |= 1 << (2 + index) }
            if secondPeriod.greedy[history] == .defect { code |= 1 << (6 + index) }
        }
        self.code = code
    }

    /// Every pure strategy, in code order.
    public static let all: [PureStrategy] = (0..<1024).map { PureStrategy(code: UInt16($0)) }

    /// The period-1 action of `type`.
    public func firstPeriod(_ type: PlayerType) -> Action {
        code & (type == .securitySeeker ? 1 : 2) == 0 ? .cooperate : .defect
    }

    /// The period-2 action of `type` after `history` (own period-1 action first).
    public func secondPeriod(_ type: PlayerType, after history: History) -> Action {
        let bit = (type == .securitySeeker ? 2 : 6) + History.index(of: history)
        return code & (1 << bit) == 0 ? .cooperate : .defect
    }

    /// The strategy with `type`'s period-2 action after `history` replaced.
    public func setting(_ type: PlayerType, after history: History, to action: Action) -> PureStrategy {
        let bit = UInt16(1) << ((type == .securitySeeker ? 2 : 6) + History.index(of: history))
        return PureStrategy(code: action == .defect ? code | bit : code & ~bit)
    }

    /// The same strategy as probabilities, for `Derivation`.
    public var strategy: Strategy {
        var first: [PrivateState: CooperationProbability] = [:]
        var second: [PrivateState: [History: CooperationProbability]] = [:]
        for type in PlayerType.allCases {
            let state = PrivateState(type)
            first[state] = firstPeriod(type) == .cooperate ? .cooperate : .defect
            var table: [History: CooperationProbability] = [:]
            for history in History.all {
                table[history] = secondPeriod(type, after: history) == .cooperate ? .cooperate : .defect
            }
            second[state] = table
        }
        return Strategy(firstPeriod: first, secondPeriod: second)
    }

    public static func < (lhs: PureStrategy, rhs: PureStrategy) -> Bool { lhs.code < rhs.code }
}

extension History {
    /// The position in `History.all` (cc, cd, dc, dd).
    public static func index(of history: History) -> Int {
        (history.own == .cooperate ? 0 : 2) + (history.other == .cooperate ? 0 : 1)
    }
}

/// A pure strategy for each player.
public struct PureProfile: Hashable, Sendable, Comparable {
    public let a: PureStrategy
    public let b: PureStrategy

    public init(a: PureStrategy, b: PureStrategy) {
        self.a = a
        self.b = b
    }

    /// `a.code | b.code << 10`: a unique number for the profile.
    public var code: UInt32 { UInt32(a.code) | UInt32(b.code) << 10 }

    public init(code: UInt32) {
        self.init(a: PureStrategy(code: UInt16(code & 1023)), b: PureStrategy(code: UInt16(code >> 10)))
    }

    public func strategy(of player: Player) -> PureStrategy {
        player == .A ? a : b
    }

    /// Reads a library profile or notation that is pure (every probability 0 or 1) and has no draws; `nil`
    /// otherwise.
    public init?(_ profile: StrategyProfile) {
        func pure(_ strategy: Strategy) -> PureStrategy? {
            guard strategy.firstPeriod.keys.allSatisfy({ $0.draw == nil }),
                  let s1 = strategy.firstPeriod(in: PrivateState(.securitySeeker))?.pureAction,
                  let g1 = strategy.firstPeriod(in: PrivateState(.greedy))?.pureAction
            else { return nil }
            var s2: [History: Action] = [:], g2: [History: Action] = [:]
            for history in History.all {
                guard let s = strategy.secondPeriod(in: PrivateState(.securitySeeker), after: history)?.pureAction,
                      let g = strategy.secondPeriod(in: PrivateState(.greedy), after: history)?.pureAction
                else { return nil }
                s2[history] = s
                g2[history] = g
            }
            return PureStrategy(firstPeriod: (s1, g1), secondPeriod: (s2, g2))
        }
        guard let a = profile.strategies[.A].flatMap(pure), let b = profile.strategies[.B].flatMap(pure) else {
            return nil
        }
        self.init(a: a, b: b)
    }

    /// The profile as `Derivation` takes it, named `pure-<code>` unless `name` is given.
    public func strategyProfile(name: String? = nil) -> StrategyProfile {
        StrategyProfile(name: name ?? "pure-\(code)", summary: "A pure profile: \(notation)",
                        strategies: [.A: a.strategy, .B: b.strategy])
    }

    /// The period-1 actions the other player's types take, as seen by `player`: the actions `player` can observe
    /// on the path of play.
    public func observable(by player: Player) -> Set<Action> {
        let other = strategy(of: player.other)
        return [other.firstPeriod(.securitySeeker), other.firstPeriod(.greedy)]
    }

    /// Whether `player` of `type` reaches period 2 after `history` with positive probability (priors lie strictly
    /// between 0 and 1): its own type plays `history.own` and the other player's types play `history.other`.
    public func reaches(_ player: Player, _ type: PlayerType, after history: History) -> Bool {
        strategy(of: player).firstPeriod(type) == history.own && observable(by: player).contains(history.other)
    }

    /// The profile with every period-2 action off the path of play set to defect: two profiles have the same play
    /// on the path exactly when their `onPath` forms are equal.
    public var onPath: PureProfile {
        func normalised(_ player: Player) -> PureStrategy {
            var strategy = self.strategy(of: player)
            for type in PlayerType.allCases {
                for history in History.all where !reaches(player, type, after: history) {
                    strategy = strategy.setting(type, after: history, to: .defect)
                }
            }
            return strategy
        }
        return PureProfile(a: normalised(.A), b: normalised(.B))
    }

    /// The profile with A and B exchanged.
    public var swapped: PureProfile { PureProfile(a: b, b: a) }

    /// The profile in profile notation, one line per player and type (`A s: c ; cc: c, else: d`), with `both`
    /// when the players agree.
    public var notation: String {
        notationLines.joined(separator: "\n")
    }

    public var notationLines: [String] {
        func entry(_ strategy: PureStrategy, _ type: PlayerType) -> String {
            let first = strategy.firstPeriod(type).rawValue
            let actions = History.all.map { strategy.secondPeriod(type, after: $0) }
            return "\(type.rawValue): \(first) ; " + Self.periodTwoText(actions)
        }
        var lines: [String] = []
        for type in PlayerType.allCases {
            let (forA, forB) = (entry(a, type), entry(b, type))
            if forA == forB { lines.append("both " + forA) } else { lines += ["A " + forA, "B " + forB] }
        }
        return lines
    }

    /// `c`, `d`, or the histories where the minority action is played with `else:` for the rest
    /// (`cc: c, else: d`).
    static func periodTwoText(_ actions: [Action]) -> String {
        let defects = actions.filter { $0 == .defect }.count
        if defects == 0 { return "c" }
        if defects == 4 { return "d" }
        let minority: Action = defects > 2 ? .cooperate : .defect
        let items = History.all.enumerated().filter { actions[$0.offset] == minority }.map { "\($0.element): \(minority.rawValue)" }
        return (items + ["else: \(minority.opposite.rawValue)"]).joined(separator: ", ")
    }

    public static func < (lhs: PureProfile, rhs: PureProfile) -> Bool { lhs.code < rhs.code }
}
