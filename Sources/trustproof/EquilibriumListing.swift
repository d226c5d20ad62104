// What `trustproof equilibria` prints: text for people, JSON (sorted keys, stable order) for programs.

import Exact
import Foundation
import TrustGame

struct EquilibriumListing {
    let model: GameModel
    let values: [String: Rational]
    let outcomes: [EquilibriumOutcome]
    let equilibria: [PureEquilibrium]
    let allProfiles: Bool

    /// One listed item: an outcome (its representative profile) or, with --all-profiles, one profile.
    private struct Item {
        let equilibriumClass: EquilibriumClass
        let profile: PureProfile
        let beliefs: [(holder: Player, observed: Action, belief: OutcomeBelief)]
        let boundary: Bool
        let count: Int
    }

    private var items: [Item] {
        if !allProfiles {
            return outcomes.map {
                Item(equilibriumClass: $0.equilibriumClass, profile: $0.representative.profile, beliefs: $0.beliefs,
                     boundary: $0.isBoundary, count: $0.equilibria.count)
            }
        }
        return outcomes.flatMap { outcome in
            outcome.equilibria.map { equilibrium in
                let beliefs = outcome.beliefs.map { entry -> (Player, Action, OutcomeBelief) in
                    guard case .offPath(let feasible, _) = entry.belief else { return entry }
                    let own = equilibrium.offPathBeliefs[entry.holder].map { [$0] } ?? []
                    return (entry.holder, entry.observed, .offPath(feasible: feasible, supporting: own))
                }
                return Item(equilibriumClass: outcome.equilibriumClass, profile: equilibrium.profile,
                            beliefs: beliefs, boundary: !equilibrium.isStrict, count: 1)
            }
        }
    }

    private static func beliefKey(_ holder: Player, _ observed: Action) -> String {
        "\(holder.rawValue) after \(holder.other.rawValue.lowercased())1 = \(observed.rawValue)"
    }

    private static func union(_ intervals: [BeliefInterval]) -> String {
        intervals.isEmpty ? "none" : intervals.map(\.description).joined(separator: " ∪ ")
    }

    func text(json: Bool) -> String { json ? self.json : text }

    var text: String {
        let shown = values.keys.sorted { (EnumerationTable.variables.firstIndex(of: $0) ?? 99, $0) < (EnumerationTable.variables.firstIndex(of: $1) ?? 99, $1) }
            .filter { model.fixedParameters[$0] == nil }.map { "\($0) = \(values[$0]!)" }
        let fixed = model.fixedParameters.keys.sorted().map { "\($0) = \(model.fixedParameters[$0]!)" }
        var lines = ["Pure-strategy PBE at \(shown.joined(separator: ", ")) (\(model.name) model"
            + (fixed.isEmpty ? ")" : ": \(fixed.joined(separator: ", ")))")]
        lines.append("\(outcomes.count) outcome\(outcomes.count == 1 ? "" : "s") from \(equilibria.count) PBE profile\(equilibria.count == 1 ? "" : "s").")
        for item in items {
            lines.append("")
            var heading = item.equilibriumClass.name
            if !allProfiles && item.count > 1 { heading += "  (\(item.count) profiles that differ only off path; one shown)" }
            if item.boundary { heading += "  [boundary: some type is indifferent here]" }
            lines.append(heading)
            lines += item.profile.notationLines.map { "  " + $0 }
            for (index, entry) in item.beliefs.enumerated() {
                let label = index == 0 ? "  beliefs: " : "           "
                let text: String
                switch entry.belief {
                case .onPath(let value): text = "\(value)"
                case .offPath(let feasible, let supporting):
                    text = "off path; feasible \(feasible), supporting \(Self.union(supporting))"
                }
                lines.append(label + Self.beliefKey(entry.holder, entry.observed) + ": " + text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String { jsonValue.text() + "\n" }

    /// The list of `{class, profile, beliefs, boundary}`.
    var jsonValue: JSONValue {
        .array(items.map { item in
            var beliefs: [String: JSONValue] = [:]
            for entry in item.beliefs {
                switch entry.belief {
                case .onPath(let value): beliefs[Self.beliefKey(entry.holder, entry.observed)] = .string(value.description)
                case .offPath(let feasible, let supporting):
                    beliefs[Self.beliefKey(entry.holder, entry.observed)] = .object([
                        "feasible": .string(feasible.description),
                        "supporting": .array(supporting.map { .string($0.description) }),
                    ])
                }
            }
            return .object([
                "class": .string(item.equilibriumClass.name),
                "profile": Self.profileJSON(item.profile),
                "beliefs": .object(beliefs),
                "boundary": .bool(item.boundary),
            ])
        })
    }

    /// `{"A": {"s": {"period1": "c", "cc": "c", "cd": "d", "dc": "d", "dd": "d"}, "g": ...}, "B": ...}`.
    static func profileJSON(_ profile: PureProfile) -> JSONValue {
        var players: [String: JSONValue] = [:]
        for player in Player.allCases {
            let strategy = profile.strategy(of: player)
            var types: [String: JSONValue] = [:]
            for type in PlayerType.allCases {
                var entry: [String: JSONValue] = ["period1": .string(strategy.firstPeriod(type).rawValue)]
                for history in History.all {
                    entry[history.description] = .string(strategy.secondPeriod(type, after: history).rawValue)
                }
                types[type.rawValue] = .object(entry)
            }
            players[player.rawValue] = .object(types)
        }
        return .object(players)
    }
}

/// A JSON value printed with sorted keys and two-space indentation, so the output is stable.
enum JSONValue {
    case string(String)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    func text(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let value): return Self.quoted(value)
        case .bool(let value): return value ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.keys.sorted().map { inner + Self.quoted($0) + ": " + members[$0]!.text(indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
