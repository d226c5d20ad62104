// A text notation for strategy profiles, so that a claim file can define a profile the library lacks.
//
//   # comment
//   both s: c ; cc: c, else: d        -- security-seekers cooperate, then cooperate only after (c, c)
//   both g: d ; d                     -- greedy types always defect
//   A s aligned: omega1_A ; *c: c, *d: d
//
// A line is `<who> <state>: <period 1> ; <period 2>`. `who` is A, B or both; `state` is s or g, optionally followed
// by `aligned` or `swapped` (similarity model). A probability is `c` (1), `d` (0) or an expression for the
// probability of cooperating. Period 2 is one probability for every history, or `pattern: probability` items
// separated by commas, where a pattern is `cc`, `cd`, `dc`, `dd` (own action first), `c*`, `*d`, ... or `else`.
// On `both` lines, names ending in `_i` get the player's subscript and names ending in `_j` the other's.

import Exact

/// A mistake in profile notation, at a line and column of the text.
public struct ProfileNotationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

extension StrategyProfile {
    /// Reads a profile written in the notation above. Every player and type must be given, and every
    /// probability must be 0, 1 or symbolic (a constant outside [0, 1] is an error).
    public init(name: String, summary: String, notation: String) throws(ProfileNotationError) {
        var first: [Player: [PrivateState: CooperationProbability]] = [.A: [:], .B: [:]]
        var second: [Player: [PrivateState: [History: CooperationProbability]]] = [.A: [:], .B: [:]]
        for (offset, rawLine) in notation.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = String(rawLine.prefix { $0 != "#" })
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let parsed = try ProfileLine(line, number: lineNumber)
            for player in parsed.players {
                if first[player]![parsed.state] != nil {
                    throw ProfileNotationError(line: lineNumber, column: 1,
                        message: "\(player.rawValue) \(parsed.state.words) is given twice")
                }
                first[player]![parsed.state] = try parsed.firstPeriod(for: player)
                second[player]![parsed.state] = try parsed.secondPeriod(for: player)
            }
        }
        for player in Player.allCases {
            for type in PlayerType.allCases {
                let covered = first[player]!.keys.contains { $0.type == type }
                if !covered {
                    let lineCount = notation.split(separator: "\n", omittingEmptySubsequences: false).count
                    throw ProfileNotationError(line: lineCount, column: 1,
                        message: "no strategy for \(player.rawValue) \(type.word) (add a line '\(player.rawValue) \(type.rawValue): ...')")
                }
            }
        }
        self.init(name: name, summary: summary, strategies: [
            .A: Strategy(firstPeriod: first[.A]!, secondPeriod: second[.A]!),
            .B: Strategy(firstPeriod: first[.B]!, secondPeriod: second[.B]!),
        ])
    }
}

/// One parsed line of profile notation, before `both` is expanded.
private struct ProfileLine {
    let number: Int
    let players: [Player]
    let isShared: Bool
    let state: PrivateState
    let firstPeriodText: (text: String, column: Int)
    let secondPeriodItems: [(pattern: String, patternColumn: Int, text: String, column: Int)]

    init(_ line: String, number: Int) throws(ProfileNotationError) {
        self.number = number
        let characters = Array(line)
        func fail(_ column: Int, _ message: String) -> ProfileNotationError {
            ProfileNotationError(line: number, column: column, message: message)
        }
        guard let colon = characters.firstIndex(of: ":") else {
            throw fail(1, "expected '<who> <state>: <period 1> ; <period 2>'")
        }
        let head = String(characters[..<colon]).split(separator: " ").map(String.init)
        guard let who = head.first else { throw fail(1, "expected A, B or both before ':'") }
        switch who {
        case "A": players = [.A]; isShared = false
        case "B": players = [.B]; isShared = false
        case "both": players = [.A, .B]; isShared = true
        default: throw fail(1, "expected A, B or both, found '\(who)'")
        }
        let stateColumn = (characters.firstIndex(of: " ") ?? 0) + 2
        guard head.count >= 2, let type = PlayerType(rawValue: head[1]) else {
            throw fail(stateColumn, "expected a type, s or g")
        }
        var draw: PrivateState.Draw?
        if head.count >= 3 {
            guard let value = PrivateState.Draw(rawValue: head[2]), head.count == 3 else {
                throw fail(stateColumn, "expected 'aligned' or 'swapped' after the type")
            }
            draw = value
        }
        state = PrivateState(type, draw: draw)
        let rest = Array(characters[(colon + 1)...])
        guard let semicolon = rest.firstIndex(of: ";") else {
            throw fail(colon + 2, "expected '<period 1> ; <period 2>' after ':'")
        }
        func trimmed(_ slice: ArraySlice<Character>, startColumn: Int) -> (String, Int) {
            let leading = slice.prefix { $0 == " " || $0 == "\t" }.count
            let text = String(slice).trimmingSpaces()
            return (text, startColumn + leading)
        }
        let firstColumn = colon + 2
        firstPeriodText = trimmed(rest[..<semicolon], startColumn: firstColumn)
        let secondStart = colon + 2 + semicolon + 1
        var items: [(String, Int, String, Int)] = []
        var itemStart = secondStart
        for piece in rest[(semicolon + 1)...].split(separator: ",", omittingEmptySubsequences: false) {
            let (text, column) = trimmed(piece, startColumn: itemStart)
            itemStart += piece.count + 1
            if let split = text.firstIndex(of: ":") {
                let pattern = String(text[..<split]).trimmingSpaces()
                let valueSlice = Array(text[text.index(after: split)...])
                let (value, valueColumn) = trimmed(valueSlice[...], startColumn: column + text.distance(from: text.startIndex, to: split) + 1)
                items.append((pattern, column, value, valueColumn))
            } else {
                items.append(("else", column, text, column))
            }
        }
        secondPeriodItems = items
    }

    private func fail(_ column: Int, _ message: String) -> ProfileNotationError {
        ProfileNotationError(line: number, column: column, message: message)
    }

    /// `_i` → the player's subscript and `_j` → the other's, on `both` lines.
    private func probability(_ text: String, column: Int, for player: Player) throws(ProfileNotationError) -> CooperationProbability {
        if text == "c" { return .cooperate }
        if text == "d" { return .defect }
        if text.isEmpty { throw fail(column, "expected c, d or a probability") }
        let expression: Expression
        do {
            expression = try Expression.parse(text)
        } catch {
            throw fail(column + error.column - 1, error.message)
        }
        if let unknown = ProfileLine.firstUnknownName(in: expression) {
            throw fail(column + (unknown.column ?? 1) - 1,
                "unknown name '\(unknown.name)' in a probability (mixing probabilities are named omega..., "
                    + "such as omega1_i; parameters are H, a, y_*, beta_*, theta, alpha_*)")
        }
        var function: RationalFunction
        do {
            function = try expression.rationalFunction()
        } catch {
            throw fail(column + error.column - 1, error.message)
        }
        if isShared {
            var renaming: [String: RationalFunction] = [:]
            for name in function.variables {
                if name.hasSuffix("_i") {
                    renaming[name] = RationalFunction(Polynomial(variable: String(name.dropLast()) + player.rawValue))
                } else if name.hasSuffix("_j") {
                    renaming[name] = RationalFunction(Polynomial(variable: String(name.dropLast()) + player.other.rawValue))
                }
            }
            do {
                function = try function.substituting(renaming)
            } catch {
                // `1/(omega_A - omega_i)` is fine as written, but for player A its divisor is 0.
                throw fail(column, "'\(text)' divides by zero for \(player.rawValue), once _i and _j name its players")
            }
        }
        if let constant = function.constantValue, constant < 0 || constant > 1 {
            throw fail(column, "a probability must lie in [0, 1], but '\(text)' is \(constant)")
        }
        return function
    }

    /// A name that is neither a mixing probability (`omega...`) nor a parameter: most likely a typo (`d0` for `d`).
    static func firstUnknownName(in expression: Expression) -> (name: String, column: Int?)? {
        switch expression.node {
        case .number: return nil
        case .variable(let name):
            let parameters: Set<String> = ["H", "a", "theta"]
            let prefixes = ["omega", "y_", "beta_", "alpha_", "sigma_"]
            let known = parameters.contains(name) || prefixes.contains { name.hasPrefix($0) }
            return known ? nil : (name, expression.column)
        case .negate(let e), .power(let e, _): return firstUnknownName(in: e)
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r):
            return firstUnknownName(in: l) ?? firstUnknownName(in: r)
        }
    }

    func firstPeriod(for player: Player) throws(ProfileNotationError) -> CooperationProbability {
        try probability(firstPeriodText.text, column: firstPeriodText.column, for: player)
    }

    func secondPeriod(for player: Player) throws(ProfileNotationError) -> [History: CooperationProbability] {
        var table: [History: CooperationProbability] = [:]
        var fallback: CooperationProbability?
        for item in secondPeriodItems {
            let value = try probability(item.text, column: item.column, for: player)
            if item.pattern == "else" || item.pattern == "otherwise" {
                if fallback != nil { throw fail(item.patternColumn, "'else' is given twice") }
                fallback = value
                continue
            }
            let matches = try histories(matching: item.pattern, column: item.patternColumn)
            for history in matches {
                if table[history] != nil {
                    throw fail(item.patternColumn, "history \(history) is given twice")
                }
                table[history] = value
            }
        }
        for history in History.all where table[history] == nil {
            guard let fallback else {
                throw fail(secondPeriodItems.first?.patternColumn ?? 1,
                    "no period-2 action after \(history) (add '\(history): ...' or 'else: ...')")
            }
            table[history] = fallback
        }
        return table
    }

    private func histories(matching pattern: String, column: Int) throws(ProfileNotationError) -> [History] {
        let characters = Array(pattern)
        guard characters.count == 2, characters.allSatisfy({ "cd*".contains($0) }) else {
            throw fail(column, "expected a history such as cc, cd, *c or else, found '\(pattern)'")
        }
        return History.all.filter { history in
            (characters[0] == "*" || characters[0] == Character(history.own.rawValue))
                && (characters[1] == "*" || characters[1] == Character(history.other.rawValue))
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
