// Reports: what they contain, that they are deterministic, and that writing replaces the previous set whole.

import Exact
import Foundation
import Reports
import Testing
import Verifier

private func results() throws -> [ClaimResult] {
    let text = """
        section: test
        claims:
          - id: A.8
            title: Tragic equilibrium
            paper: There is a tragic equilibrium if and only if $\\beta_i < \\frac{1}{1+a}$.
            reading: The tragic profile is a PBE exactly when beta_i < 1/(1+a) for both players.
            kind: equilibrium-iff
            model: independence
            profile: tragic
            stated: "beta_i < 1/(1+a)"
          - id: A.8/limit
            title: A sub-claim
            paper: p
            reading: r
            kind: inequality
            model: independence
            claim: "1/(1 + a) < 1"
        """
    return Verifier().verify(try ClaimFile.load(text: text, file: "claims/test.yaml"))
}

@Suite struct ReportContents {
    @Test func aFailingClaimsReportShowsTheWitnessBothSidesAndTheCorrection() throws {
        let files = try ReportSet(results: try results(), paper: .default).files()
        let report = try #require(files["reports/A.8.md"])
        #expect(report.contains("**Verdict: FAILS (only on the boundary).**"))
        #expect(report.contains("## Counterexample"))
        #expect(report.contains("| stated | $\\beta_A < \\frac{1}{1 + a}$ |"))
        #expect(report.contains("\\beta_A \\leq \\frac{1}{a + 1} \\land \\beta_B \\leq \\frac{1}{a + 1}"))
        // The sub-claim is inside its parent's report, not in a file of its own.
        #expect(report.contains("## A.8/limit: A sub-claim"))
        #expect(files["reports/A.8-limit.md"] == nil)
    }

    @Test func verdictsJSONListsEveryClaimWithSortedKeys() throws {
        let json = try #require(try ReportSet(results: try results(), paper: .default).files()["verdicts.json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let claims = try #require(document?["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["A.8", "A.8/limit"])
        #expect(claims.map { $0["verdict"] as? String } == ["FAILS", "HOLDS"])
        #expect(claims[0]["scope"] as? String == "boundary")
        #expect((claims[0]["witness"] as? [String: String])?.keys.sorted() == ["H", "a", "beta_A", "beta_B"])
        #expect(json.range(of: "\"derived\"")!.lowerBound < json.range(of: "\"id\"")!.lowerBound)
    }

    @Test func renderingTwiceGivesIdenticalFiles() throws {
        let first = try ReportSet(results: try results(), paper: .default).files()
        let second = try ReportSet(results: try results(), paper: .default).files()
        #expect(first == second)
    }
}

@Suite struct ReportWriting {
    @Test func writingReplacesThePreviousReportsAndLeavesNoStagingBehind() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-reports-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = directory.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: reports.appendingPathComponent("OLD.md"))
        try ReportSet(results: try results(), paper: .default).write(to: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["README.md", "reports", "verdicts.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["A.8.md"])
    }
}
