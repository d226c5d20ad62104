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
        parts.append("## Claims")
        var rows: [[String]] = []
        for result in results {
            let file = Markdown.reportFile(for: groups.first { $0.claim.id == result.claim.topLevelID }?.claim.id
                ?? result.claim.id)
            let anchor = result.claim.id == result.claim.topLevelID ? "" : ""
            let link = "[\(result.claim.id)](reports/\(file)\(anchor))"
            let scope = result.scope.map { " (\($0.rawValue))" } ?? ""
            let erratumCount = result.steps.filter { $0.verdict == .fails }.count
            let steps = result.steps.isEmpty ? "" : " · steps: \(result.steps.count - erratumCount)/\(result.steps.count) agree"
            rows.append([link, result.claim.title, "**\(result.verdict.rawValue)**\(scope)", oneLine(result.reason) + steps])
        }
        parts.append(Markdown.table(["id", "result", "verdict", "reason"], rows))
        parts.append("## Reproduce")
        parts.append("```sh\nmake verify    # re-derives and re-decides every claim, rewrites this folder\n```")
        parts.append("The claim files in [`claims/`](claims/) hold the paper's words and the reading checked; "
            + "`verdicts.json` lists every verdict with its witness; `reports/` has one report per result.")
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func oneLine(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 320 ? String(flat.prefix(317)) + "..." : flat
    }
}
