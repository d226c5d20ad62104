// Both sides of every stated and derived condition, evaluated exactly at a counterexample.

import Exact
import Prover
import Verifier

struct WitnessTable {
    let result: ClaimResult
    let witness: Point

    /// The witness, with the model's fixed parameters (beta = 0, theta = 1 in the baseline) added.
    private var point: Point {
        witness.merging(result.claim.model.fixedParameters) { current, _ in current }
    }

    private func value(_ expression: Exact.Expression) -> String {
        (try? expression.evaluated(at: point)).map(\.description) ?? "undefined"
    }

    private func rows(_ formula: Formula, source: String) -> [[String]] {
        formula.relations.map { relation in
            let holds = Prover.holds(.relation(relation), at: point)
            return [source, Markdown.math(.relation(relation)), value(relation.lhs), value(relation.rhs), holds ? "yes" : "no"]
        }
    }

    var markdown: String {
        var table: [[String]] = []
        for hypothesis in result.claim.assume { table += rows(hypothesis, source: "hypothesis") }
        if let stated = result.claim.stated, result.claim.kind != .utility, result.claim.kind != .mixing {
            table += rows(stated, source: "stated")
        }
        if let conclusion = result.claim.conclusion { table += rows(conclusion, source: "claim") }
        for condition in result.derivedConditions where !condition.holdsUnderAssumptions {
            table += rows(condition.formula, source: "derived: " + condition.label)
        }
        guard !table.isEmpty else { return "" }
        return "Both sides of each condition at that point:\n\n"
            + Markdown.table(["from", "condition", "left side", "right side", "holds"], table)
    }
}
