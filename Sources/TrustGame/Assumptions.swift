// The paper's assumptions on the parameters, as formulas a prover can use.

import Exact

/// One assumption with the paper's name for it.
public struct Assumption: Hashable, Sendable {
    /// `A1`, `A2`, or a short description such as `beta_A in [0, 1]`.
    public let name: String
    public let formula: Formula

    public init(_ name: String, _ text: String) {
        self.name = name
        // The texts below are fixed and known to parse.
        self.formula = try! Formula.parse(text)
    }
}

extension GameModel {
    /// Every assumption of the model on its free parameters: A1 (H > 1), A2 (H - a < 1), 0 < a < H, priors in
    /// (0, 1), beta in [0, 1], theta > 0, alpha in (1/2, 1].
    public var assumptions: [Assumption] {
        Self.assumptionsByKind[kind]!
    }

    /// Parsed once: the prover's questions and every map cell ask for them.
    private static let assumptionsByKind: [Kind: [Assumption]] = Dictionary(
        uniqueKeysWithValues: Kind.allCases.map { ($0, GameModel($0).listedAssumptions) })

    private var listedAssumptions: [Assumption] {
        var list = [
            Assumption("A1", "H > 1"),
            Assumption("A2", "H - a < 1"),
            Assumption("a in (0, H)", "0 < a < H"),
            Assumption("y_A in (0, 1)", "0 < y_A < 1"),
            Assumption("y_B in (0, 1)", "0 < y_B < 1"),
        ]
        if fixedParameters["beta_A"] == nil {
            list.append(Assumption("beta_A in [0, 1]", "0 <= beta_A <= 1"))
            list.append(Assumption("beta_B in [0, 1]", "0 <= beta_B <= 1"))
        }
        if fixedParameters["theta"] == nil {
            list.append(Assumption("theta > 0", "theta > 0"))
        }
        if kind == .similarity {
            list.append(Assumption("alpha_A in (1/2, 1]", "1/2 < alpha_A <= 1"))
            list.append(Assumption("alpha_B in (1/2, 1]", "1/2 < alpha_B <= 1"))
        }
        return list
    }

    /// The assumptions that mention at least one of `variables`, closed under the variables they bring in
    /// (a claim about `a` also gets A2 and therefore A1, since A2 mentions H).
    public func assumptions(relevantTo variables: Set<String>) -> [Assumption] {
        var covered = variables
        var chosen: [Assumption] = []
        var changed = true
        while changed {
            changed = false
            for assumption in assumptions where !chosen.contains(assumption) {
                let mentioned = Set(assumption.formula.variables)
                if !mentioned.isDisjoint(with: covered) {
                    chosen.append(assumption)
                    covered.formUnion(mentioned)
                    changed = true
                }
            }
        }
        return assumptions.filter { chosen.contains($0) }
    }
}
