// The paper's assumptions for each model variant, as a small table for `trustproof ask`.
//
// Note: TrustGame will own the canonical version (the game model and its assumptions); this table lets the prover
// and its command work on their own until the Verifier connects the two, and should then be replaced by it.

import Exact

/// A model variant's fixed parameters and the assumptions on its free parameters.
public struct ModelAssumptions: Hashable, Sendable {
    /// One assumption with a short name (`A1`, `A2`, `beta_A in [0, 1]`).
    public struct Assumption: Hashable, Sendable {
        public let name: String
        public let formula: Formula

        init(_ name: String, _ text: String) {
            self.name = name
            self.formula = try! Formula.parse(text)  // fixed texts, known to parse
        }
    }

    public let name: String
    /// Parameters the variant fixes, substituted into a claim before it is decided.
    public let fixedParameters: [String: Rational]

    /// baseline (beta_A = beta_B = 0, theta = 1), independence (theta = 1), salience, similarity.
    public static let all: [ModelAssumptions] = [
        ModelAssumptions(name: "baseline", fixedParameters: ["beta_A": 0, "beta_B": 0, "theta": 1]),
        ModelAssumptions(name: "independence", fixedParameters: ["theta": 1]),
        ModelAssumptions(name: "salience", fixedParameters: [:]),
        ModelAssumptions(name: "similarity", fixedParameters: [:]),
    ]

    public static let defaultName = "independence"

    public static func named(_ name: String) -> ModelAssumptions? {
        all.first { $0.name == name }
    }

    /// The assumptions that concern `variables`, closed under the variables they bring in: a claim about `a` gets
    /// `0 < a < H` and A2, and through them A1. Bounds come per variable family: `beta_*` in [0, 1], `theta > 0`,
    /// `alpha_*` in (1/2, 1], `y_*` in (0, 1), and the probabilities `omega_*` (mixing) and `sigma_*` (beliefs) in
    /// [0, 1]. Fixed parameters get none. The order is fixed: A1, A2, the bounds of `a`, then by variable name.
    public func assumptions(for variables: [String]) -> [Assumption] {
        let general = [
            Assumption("A1", "H > 1"),
            Assumption("A2", "H - a < 1"),
            Assumption("a in (0, H)", "0 < a < H"),
        ]
        var covered = Set(variables).subtracting(fixedParameters.keys)
        var chosen: Set<Assumption> = []
        while true {
            var candidates = general.filter { !Set($0.formula.variables).isDisjoint(with: covered) }
            candidates += covered.sorted().compactMap(bound(of:))
            let new = candidates.filter { !chosen.contains($0) }
            if new.isEmpty { break }
            chosen.formUnion(new)
            for assumption in new { covered.formUnion(assumption.formula.variables) }
        }
        let ordered = general.filter(chosen.contains)
        let bounds = chosen.subtracting(general).sorted { $0.formula.variables.first! < $1.formula.variables.first! }
        return ordered + bounds
    }

    /// The bound of one variable by its family, if it has one and is not fixed.
    private func bound(of name: String) -> Assumption? {
        guard fixedParameters[name] == nil else { return nil }
        func family(_ prefix: String) -> Bool { name == prefix || name.hasPrefix(prefix + "_") }
        if name == "theta" { return Assumption("theta > 0", "theta > 0") }
        if family("beta") || family("omega") || family("sigma") {
            return Assumption("\(name) in [0, 1]", "0 <= \(name) <= 1")
        }
        if family("alpha") { return Assumption("\(name) in (1/2, 1]", "1/2 < \(name) <= 1") }
        if family("y") { return Assumption("\(name) in (0, 1)", "0 < \(name) < 1") }
        return nil
    }

    /// The formula with every fixed parameter replaced by its value.
    public func substitutingFixedParameters(in formula: Formula) -> Formula {
        formula.substituting(fixedParameters)
    }
}

extension Formula {
    /// The formula with the given variables replaced by numbers.
    func substituting(_ values: [String: Rational]) -> Formula {
        switch self {
        case .relation(let r):
            return .relation(Relation(r.lhs.substituting(values), r.relation, r.rhs.substituting(values)))
        case .and(let parts): return .and(parts.map { $0.substituting(values) })
        case .or(let parts): return .or(parts.map { $0.substituting(values) })
        case .not(let inner): return .not(inner.substituting(values))
        case .implies(let l, let r): return .implies(l.substituting(values), r.substituting(values))
        case .iff(let l, let r): return .iff(l.substituting(values), r.substituting(values))
        }
    }
}

extension Expression {
    /// The expression with the given variables replaced by numbers (columns are kept).
    func substituting(_ values: [String: Rational]) -> Expression {
        let node: Node
        switch self.node {
        case .number: return self
        case .variable(let name):
            guard let value = values[name] else { return self }
            node = .number(value)
        case .negate(let operand): node = .negate(operand.substituting(values))
        case .add(let l, let r): node = .add(l.substituting(values), r.substituting(values))
        case .subtract(let l, let r): node = .subtract(l.substituting(values), r.substituting(values))
        case .multiply(let l, let r): node = .multiply(l.substituting(values), r.substituting(values))
        case .divide(let l, let r): node = .divide(l.substituting(values), r.substituting(values))
        case .power(let base, let exponent): node = .power(base.substituting(values), exponent)
        }
        return Expression(node, column: column)
    }
}
