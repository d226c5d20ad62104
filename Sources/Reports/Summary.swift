// Proofs/README.md: every claim with its verdict and reason, counts per verdict, and how to reproduce.

import Exact
import Foundation
import Prover
import Verifier

struct Summary {
    let results: [ClaimResult]
    let groups: [ClaimResult]
    let paper: PaperInfo

    var markdown: String {
        var parts: [String] = []
        parts.append("# Machine-checked appendix")
        parts.append("TrustProof's verdicts on the formal results of \(paper.citation). Each result was re-derived from "
            + "the payoff tables and decided for every parameter value the paper's assumptions allow, with exact "
            + "arithmetic. The paper's own statements are the input under test.")
        let all = results.flatMap { [$0.verdict] + $0.steps.map(\.verdict) }
        let counts = Dictionary(grouping: all, by: { $0 }).mapValues(\.count)
        parts.append("## Verdicts")
        parts.append(Markdown.table(["verdict", "claims", "meaning"], [
            ["HOLDS", "\(counts[.holds] ?? 0)", "proved for all admissible parameters by a decision procedure (Z3, nonlinear real arithmetic)"],
            ["FAILS", "\(counts[.fails] ?? 0)", "false: an exact counterexample, re-checked with rational arithmetic, is in the report"],
            ["VACUOUS", "\(counts[.vacuous] ?? 0)", "nothing satisfies the hypotheses, so the claim says nothing"],
            ["UNDECIDED", "\(counts[.undecided] ?? 0)", "the prover gave up; the report says what sampling found"],
        ]))
        parts.append("Counts include the displayed steps of proofs (ids ending in `/step-n`). A FAILS marked "
            + "_boundary_ fails only where an inequality is tight (typically a strict `>` where the equilibrium "
            + "needs only `>=`); _open_ fails on a region with interior.")
        let notHolding = results.filter { $0.verdict != .holds }
        if !notHolding.isEmpty {
            parts.append("## What does not hold")
            parts.append("Every claim whose verdict is not HOLDS, with the engine's reason. Readings marked `/alt` "
                + "are second readings of an ambiguous text; the claim files' notes say why each reading was chosen.")
            parts.append(Markdown.table(["id", "result", "verdict", "reason"], notHolding.map { result in
                [link(result), result.claim.title, verdictText(result), oneLine(result.reason)]
            }))
        }
        let errata = results.flatMap { result in result.steps.filter { $0.verdict != .holds }.map { (result, $0) } }
        if !errata.isEmpty {
            parts.append("## Errata in the proofs' displayed steps")
            parts.append("Each printed inequality below does not have the sign of the constraint TrustProof derives "
                + "for the same information set (the report shows both and a point where they differ).")
            parts.append(Markdown.table(["step", "information set", "printed"], errata.map { result, outcome in
                ["[\(outcome.step.id)](reports/\(reportFile(result)))", outcome.step.informationSet,
                 Markdown.math(outcome.step.stated)]
            }))
        }
        parts.append("## Claims")
        var rows: [[String]] = []
        for result in results {
            let erratumCount = result.steps.filter { $0.verdict == .fails }.count
            let steps = result.steps.isEmpty ? "" : " · steps: \(result.steps.count - erratumCount)/\(result.steps.count) agree"
            rows.append([link(result), result.claim.title, verdictText(result), oneLine(result.reason) + steps])
        }
        parts.append(Markdown.table(["id", "result", "verdict", "reason"], rows))
        parts.append("## Reproduce")
        parts.append("```sh\nmake verify    # re-derives and re-decides every claim, rewrites this folder\n```")
        parts.append("The claim files in [`claims/`](claims/) hold the paper's words and the reading checked; "
            + "`verdicts.json` lists every verdict with its witness; `reports/` has one report per result.")
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The report a claim is in: its own, or its parent's.
    private func reportFile(_ result: ClaimResult) -> String {
        Markdown.reportFile(for: groups.first { $0.claim.id == result.claim.topLevelID }?.claim.id ?? result.claim.id)
    }

    private func link(_ result: ClaimResult) -> String {
        "[\(result.claim.id)](reports/\(reportFile(result)))"
    }

    private func verdictText(_ result: ClaimResult) -> String {
        "**\(result.verdict.rawValue)**" + (result.scope.map { " (\($0.rawValue))" } ?? "")
    }

    private func oneLine(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 320 ? String(flat.prefix(317)) + "..." : flat
    }
}
