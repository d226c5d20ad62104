// Reading one claim entry of a claim file.

import Exact
import TrustGame
import Yams

struct ClaimReader {
    let reader: NodeReader
    let node: Node
    let section: String

    static let keys: Set<String> = [
        "id", "title", "lines", "paper", "reading", "note", "kind", "model", "profile", "profile-notation",
        "beliefs", "periods", "assume", "stated", "claim", "function", "variable", "direction", "information-set",
        "profiles", "steps", "without",
    ]

    func claim() throws -> Claim {
        let mapping = try reader.mapping(node, allowedKeys: Self.keys, what: "a claim")
        func required(_ key: String) throws -> Node {
            guard let value = mapping[key] else { throw reader.error(node, "this claim has no '\(key)'") }
            return value
        }
        let idNode = try required("id")
        guard let id = idNode.string, !id.isEmpty, !id.contains(" ") else {
            throw reader.error(idNode, "expected an id without spaces, such as A.3 or A.6/greedy")
        }
        func text(_ key: String) throws -> String {
            guard let value = try required(key).string else { throw reader.error(try required(key), "expected text for '\(key)'") }
            return value
        }
        let kindNode = try required("kind")
        guard let kind = kindNode.string.flatMap(ClaimKind.init(rawValue:)) else {
            throw reader.error(kindNode, "unknown kind '\(kindNode.string ?? "")' (expected one of "
                + ClaimKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        let modelNode = try required("model")
        guard let modelKind = modelNode.string.flatMap(GameModel.Kind.init(rawValue:)) else {
            throw reader.error(modelNode, "unknown model '\(modelNode.string ?? "")' (expected one of "
                + GameModel.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        var beliefs = BeliefQuantifier.someFeasibleBelief
        if let beliefsNode = mapping["beliefs"] {
            guard let value = beliefsNode.string.flatMap(BeliefQuantifier.init(rawValue:)) else {
                throw reader.error(beliefsNode, "expected 'some' or 'every' for beliefs")
            }
            beliefs = value
        }
        var secondPeriodOnly = false
        if let periodsNode = mapping["periods"] {
            guard periodsNode.string == "second" || periodsNode.string == "both" else {
                throw reader.error(periodsNode, "expected 'second' (or 'both') for periods")
            }
            secondPeriodOnly = periodsNode.string == "second"
        }
        let profile = try self.profile(mapping, id: id)
        let needsProfile: Set<ClaimKind> = [.equilibriumIff, .equilibriumIf, .noEquilibrium, .utility, .mixing]
        if needsProfile.contains(kind) && profile == nil {
            throw reader.error(node, "a claim of kind \(kind.rawValue) needs 'profile' or 'profile-notation'")
        }
        let names = KnownNames(model: GameModel(modelKind))
        var without: [String] = []
        if let withoutNode = mapping["without"] {
            let items = withoutNode.sequence.map(Array.init) ?? [withoutNode]
            let names = Set(GameModel(modelKind).assumptions.map(\.name))
            for item in items {
                guard let name = item.string, names.contains(name) else {
                    throw reader.error(item, "unknown assumption '\(item.string ?? "")' (the model's are: \(names.sorted().joined(separator: ", ")))")
                }
                without.append(name)
            }
        }
        var assume: [Formula] = []
        var assumeTexts: [String] = []
        if let assumeNode = mapping["assume"] {
            let items = assumeNode.sequence.map(Array.init) ?? [assumeNode]
            for item in items {
                assume.append(try reader.formula(item, what: "assume", names: names))
                assumeTexts.append(item.string ?? "")
            }
        }
        let statedNeeded: Set<ClaimKind> = [.equilibriumIff, .equilibriumIf, .utility, .mixing]
        var stated: Formula?
        if let statedNode = mapping["stated"] {
            if kind == .utility || kind == .mixing {
                // A value: read as an expression, kept as `value = value` for printing.
                let expression = try reader.expression(statedNode, what: "stated", names: names)
                stated = .relation(Relation(expression, .equal, expression))
            } else {
                stated = try reader.formula(statedNode, what: "stated", names: names)
            }
        } else if statedNeeded.contains(kind) {
            throw reader.error(node, "a claim of kind \(kind.rawValue) needs 'stated'")
        }
        var conclusion: Formula?
        if let claimNode = mapping["claim"] {
            conclusion = try reader.formula(claimNode, what: "claim", names: names)
        } else if [.inequality, .identity, .result].contains(kind) {
            throw reader.error(node, "a claim of kind \(kind.rawValue) needs 'claim'")
        }
        var function: Expression?, variable: String?, direction: Monotonicity?
        if kind == .monotone {
            function = try reader.expression(try required("function"), what: "function", names: names)
            variable = try text("variable")
            let directionNode = try required("direction")
            guard let value = directionNode.string.flatMap(Monotonicity.init(rawValue:)) else {
                throw reader.error(directionNode, "expected increasing, decreasing, nondecreasing or nonincreasing")
            }
            direction = value
        }
        if kind == .mixing { variable = try text("variable") }
        let informationSet = try reader.optionalString(mapping, "information-set")
        if kind == .utility && informationSet == nil {
            throw reader.error(node, "a claim of kind utility needs 'information-set'")
        }
        var ruledOut: [StrategyProfile] = []
        if kind == .exhaustive {
            guard let list = try required("profiles").sequence else {
                throw reader.error(try required("profiles"), "expected a list of profiles")
            }
            for (index, item) in list.enumerated() {
                ruledOut.append(try self.profile(item, name: "\(id)#\(index + 1)"))
            }
        }
        var steps: [ProofStep] = []
        if let stepsNode = mapping["steps"] {
            guard let list = stepsNode.sequence else { throw reader.error(stepsNode, "expected a list of steps") }
            for (index, item) in list.enumerated() {
                let step = try reader.mapping(item, allowedKeys: ["paper", "constraint", "stated"], what: "a step")
                guard let statedNode = step["stated"], let constraintNode = step["constraint"] else {
                    throw reader.error(item, "a step needs 'constraint' and 'stated'")
                }
                let statedFormula = try reader.formula(statedNode, what: "stated", names: names)
                guard case .relation = statedFormula else {
                    throw reader.error(statedNode, "a step's 'stated' must be one inequality between two expressions")
                }
                steps.append(ProofStep(
                    id: "\(id)/step-\(index + 1)", paper: step["paper"]?.string ?? "",
                    informationSet: constraintNode.string ?? "", stated: statedFormula,
                    statedText: statedNode.string ?? "", location: reader.location(item)))
            }
        }
        return Claim(
            id: id, title: try text("title"), section: section, lines: try reader.optionalString(mapping, "lines"),
            paper: try text("paper"), reading: try text("reading"), note: try reader.optionalString(mapping, "note"),
            kind: kind, model: GameModel(modelKind), profile: profile, ruledOut: ruledOut, beliefs: beliefs,
            secondPeriodOnly: secondPeriodOnly, without: without, assume: assume, stated: stated, conclusion: conclusion,
            function: function, variable: variable, direction: direction, informationSet: informationSet,
            steps: steps, statedText: mapping["stated"]?.string, conclusionText: mapping["claim"]?.string,
            assumeTexts: assumeTexts, assumeLocation: mapping["assume"].map(reader.location), location: reader.location(node))
    }

    private func profile(_ mapping: Node.Mapping, id: String) throws -> StrategyProfile? {
        if let nameNode = mapping["profile"] {
            return try profile(nameNode, name: id)
        }
        if let notationNode = mapping["profile-notation"] {
            return try notation(notationNode, name: "\(id) profile")
        }
        return nil
    }

    /// A library name, or (for text with a colon) profile notation.
    private func profile(_ node: Node, name: String) throws -> StrategyProfile {
        guard let text = node.string else { throw reader.error(node, "expected a profile name or notation") }
        if text.contains(":") { return try notation(node, name: name) }
        guard let profile = ProfileLibrary.profile(named: text) else {
            throw reader.error(node, "unknown profile '\(text)' (known: \(ProfileLibrary.names.joined(separator: ", ")))")
        }
        return profile
    }

    private func notation(_ node: Node, name: String) throws -> StrategyProfile {
        guard let text = node.string else { throw reader.error(node, "expected profile notation") }
        do {
            return try StrategyProfile(name: name, summary: "Defined in the claim file.", notation: text)
        } catch {
            let start = reader.contentStart(node)
            let isBlock = node.scalar?.style == .literal || node.scalar?.style == .folded
            throw ClaimFileError(
                file: reader.file, line: start.line + error.line - 1,
                column: (error.line == 1 || isBlock ? start.column : 1) + error.column - 1,
                message: "in the profile: \(error.message)")
        }
    }
}
