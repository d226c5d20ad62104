// Reading claim files (YAML, through Yams) into claims, with every mistake reported at its file, line and column.

import Exact
import Foundation
import TrustGame
import Yams

/// Loads the claim files of a folder.
public enum ClaimFile {
    /// Every claim in every `*.yaml` file of `directory`, files in name order, claims in file order.
    /// Throws the first `ClaimFileError` found (a duplicate id is an error at its second occurrence).
    public static func loadDirectory(_ directory: URL) throws -> [Claim] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw ClaimFileError(file: directory.path, line: 0, column: 0, message: "cannot read the claims folder")
        }
        if names.isEmpty {
            throw ClaimFileError(file: directory.path, line: 0, column: 0, message: "no claim files (*.yaml) here")
        }
        var claims: [Claim] = []
        var seen: [String: SourceLocation] = [:]
        for name in names {
            let url = directory.appendingPathComponent(name)
            let displayName = url.relativePath
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ClaimFileError(file: displayName, line: 0, column: 0, message: "cannot read the file as UTF-8")
            }
            for claim in try load(text: text, file: displayName) {
                if let first = seen[claim.id] {
                    throw ClaimFileError(file: claim.location.file, line: claim.location.line, column: claim.location.column,
                                         message: "duplicate id '\(claim.id)' (first defined at \(first))")
                }
                seen[claim.id] = claim.location
                claims.append(claim)
            }
        }
        return claims
    }

    /// The claims of one file's text; `file` names it in errors.
    public static func load(text: String, file: String) throws -> [Claim] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ClaimFileError(file: file, line: 1, column: 1, message: "the file is empty")
            }
            root = node
        } catch let error as ClaimFileError {
            throw error
        } catch let error as YamlError {
            throw ClaimFileError(yamlError: error, file: file)
        }
        let reader = NodeReader(file: file, text: text)
        let top = try reader.mapping(root, allowedKeys: ["section", "claims"], what: "a claim file")
        let section = try reader.string(top, "section")
        guard let list = top["claims"] else {
            throw reader.error(root, "expected a 'claims:' list")
        }
        guard let items = list.sequence else { throw reader.error(list, "expected a list of claims under 'claims:'") }
        return try items.map { try ClaimReader(reader: reader, node: $0, section: section).claim() }
    }
}

extension ClaimFileError {
    init(yamlError: YamlError, file: String) {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            self.init(file: file, line: mark.line, column: mark.column, message: "YAML: \(problem)")
        default:
            self.init(file: file, line: 1, column: 1, message: "YAML: \(yamlError)")
        }
    }
}

/// Reads YAML nodes, turning every mistake into a `ClaimFileError` at the node's place.
struct NodeReader {
    let file: String
    let text: String

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ node: Node, _ message: String) -> ClaimFileError {
        let place = location(node)
        return ClaimFileError(file: file, line: place.line, column: place.column, message: message)
    }

    func mapping(_ node: Node, allowedKeys: Set<String>, what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw error(node, "expected \(what) (a mapping of keys to values)") }
        for (key, _) in mapping {
            guard let name = key.string, allowedKeys.contains(name) else {
                let known = allowedKeys.sorted().joined(separator: ", ")
                throw error(key, "unknown key '\(key.string ?? "?")' in \(what) (known keys: \(known))")
            }
        }
        return mapping
    }

    func string(_ mapping: Node.Mapping, _ key: String) throws -> String {
        guard let node = mapping[key] else {
            throw ClaimFileError(file: file, line: 1, column: 1, message: "missing '\(key)'")
        }
        guard let value = node.string else { throw error(node, "expected text for '\(key)'") }
        return value
    }

    func optionalString(_ mapping: Node.Mapping, _ key: String) throws -> String? {
        guard let node = mapping[key] else { return nil }
        guard let value = node.string else { throw error(node, "expected text for '\(key)'") }
        return value
    }

    /// Where the text of a scalar starts: after the opening quote, or on the line after a block indicator.
    func contentStart(_ node: Node) -> (line: Int, column: Int) {
        let place = location(node)
        guard let scalar = node.scalar else { return (place.line, place.column) }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            return (place.line, place.column + 1)
        case .literal, .folded:
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let next = place.line  // 0-based index of the following line
            let indentation = next < lines.count ? lines[next].prefix { $0 == " " }.count : 0
            return (place.line + 1, indentation + 1)
        default:
            return (place.line, place.column)
        }
    }

    /// A formula from a scalar; `_i`/`_j` names expand to both players. Errors point into the scalar.
    func formula(_ node: Node, what: String, names: KnownNames) throws -> Formula {
        guard let text = node.string else { throw error(node, "expected \(what) as text") }
        let parsed: Formula
        do {
            parsed = try Formula.parse(text)
        } catch {
            let start = contentStart(node)
            throw ClaimFileError(file: file, line: start.line, column: start.column + error.column - 1,
                                 message: "in \(what): \(error.message)")
        }
        try checkDenominators(parsed, node: node, what: what)
        for relation in parsed.relations {
            try checkNames(relation.lhs, node: node, what: what, names: names)
            try checkNames(relation.rhs, node: node, what: what, names: names)
        }
        return expandPlayerIndices(parsed)
    }

    /// Rejects a variable the model does not have (a typo such as `y_C` would otherwise be a free parameter).
    func checkNames(_ expression: Expression, node: Node, what: String, names: KnownNames) throws {
        guard let (name, column) = names.firstUnknown(in: expression) else { return }
        let start = contentStart(node)
        throw ClaimFileError(file: file, line: start.line, column: start.column + column - 1,
                             message: "in \(what): unknown variable '\(name)' (\(names.description))")
    }

    /// An expression from a scalar (a relation there is an error).
    func expression(_ node: Node, what: String, names: KnownNames) throws -> Expression {
        guard let text = node.string else { throw error(node, "expected \(what) as text") }
        let expression: Expression
        do {
            expression = try Expression.parse(text)
            _ = try expression.rationalFunction()
        } catch {
            let start = contentStart(node)
            throw ClaimFileError(file: file, line: start.line, column: start.column + error.column - 1,
                                 message: "in \(what): \(error.message)")
        }
        try checkNames(expression, node: node, what: what, names: names)
        // A value cannot stand for both players at once, as a condition can.
        if let indexed = expression.variables.first(where: { $0.hasSuffix("_i") || $0.hasSuffix("_j") }) {
            let start = contentStart(node)
            throw ClaimFileError(file: file, line: start.line, column: start.column,
                                 message: "in \(what): '\(indexed)' stands for both players, which a single value cannot; write the player (A or B)")
        }
        return expression
    }

    /// Rejects a division by an expression that is identically zero, at its column.
    private func checkDenominators(_ formula: Formula, node: Node, what: String) throws {
        for relation in formula.relations {
            for side in [relation.lhs, relation.rhs] {
                do {
                    _ = try side.rationalFunction()
                } catch {
                    let start = contentStart(node)
                    throw ClaimFileError(file: file, line: start.line, column: start.column + error.column - 1,
                                         message: "in \(what): \(error.message)")
                }
            }
        }
    }
}

/// The variables a claim may use: the model's parameters (also with `_i`/`_j`), beliefs `sigma_*` and mixing
/// probabilities `omega*`.
struct KnownNames: CustomStringConvertible {
    let parameters: Set<String>

    init(model: GameModel) {
        var names = Set(model.parameters).union(model.fixedParameters.keys)
        for name in names where name.hasSuffix("_A") || name.hasSuffix("_B") {
            names.insert(String(name.dropLast()) + "i")
            names.insert(String(name.dropLast()) + "j")
        }
        parameters = names
    }

    func isKnown(_ name: String) -> Bool {
        parameters.contains(name) || name.hasPrefix("sigma_") || name.hasPrefix("omega")
    }

    /// The first unknown variable and its column, in reading order.
    func firstUnknown(in expression: Expression) -> (String, Int)? {
        switch expression.node {
        case .number: return nil
        case .variable(let name): return isKnown(name) ? nil : (name, expression.column ?? 1)
        case .negate(let e), .power(let e, _): return firstUnknown(in: e)
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r):
            return firstUnknown(in: l) ?? firstUnknown(in: r)
        }
    }

    var description: String {
        "the model's parameters are " + parameters.filter { !$0.hasSuffix("_i") && !$0.hasSuffix("_j") }.sorted()
            .joined(separator: ", ") + "; beliefs are sigma_A, sigma_B; mixing probabilities start with omega"
    }
}

/// `_i`/`_j` names stand for both players: the formula with i = A, j = B, and with i = B, j = A.
func expandPlayerIndices(_ formula: Formula) -> Formula {
    let indexed = formula.variables.filter { $0.hasSuffix("_i") || $0.hasSuffix("_j") }
    if indexed.isEmpty { return formula }
    func renamed(_ i: String, _ j: String) -> Formula {
        formula.renamingVariables { name in
            if name.hasSuffix("_i") { return String(name.dropLast()) + i }
            if name.hasSuffix("_j") { return String(name.dropLast()) + j }
            return name
        }
    }
    return .and([renamed("A", "B"), renamed("B", "A")])
}

extension Formula {
    /// The formula with every variable renamed by `rename`.
    func renamingVariables(_ rename: (String) -> String) -> Formula {
        switch self {
        case .relation(let relation):
            return .relation(Relation(relation.lhs.renamingVariables(rename), relation.relation,
                                      relation.rhs.renamingVariables(rename)))
        case .and(let parts): return .and(parts.map { $0.renamingVariables(rename) })
        case .or(let parts): return .or(parts.map { $0.renamingVariables(rename) })
        case .not(let inner): return .not(inner.renamingVariables(rename))
        case .implies(let l, let r): return .implies(l.renamingVariables(rename), r.renamingVariables(rename))
        case .iff(let l, let r): return .iff(l.renamingVariables(rename), r.renamingVariables(rename))
        }
    }
}

extension Expression {
    /// The expression with every variable renamed by `rename`.
    func renamingVariables(_ rename: (String) -> String) -> Expression {
        let renamed: Node
        switch node {
        case .number: return self
        case .variable(let name): renamed = .variable(rename(name))
        case .negate(let e): renamed = .negate(e.renamingVariables(rename))
        case .add(let l, let r): renamed = .add(l.renamingVariables(rename), r.renamingVariables(rename))
        case .subtract(let l, let r): renamed = .subtract(l.renamingVariables(rename), r.renamingVariables(rename))
        case .multiply(let l, let r): renamed = .multiply(l.renamingVariables(rename), r.renamingVariables(rename))
        case .divide(let l, let r): renamed = .divide(l.renamingVariables(rename), r.renamingVariables(rename))
        case .power(let e, let n): renamed = .power(e.renamingVariables(rename), n)
        }
        return Expression(renamed, column: column)
    }
}
