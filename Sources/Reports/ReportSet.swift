// The files a verification run writes: one report per top-level claim, the summary README, and verdicts.json.
// Everything is rendered into a temporary folder first and moved into place only when all of it is written, so a
// failed or interrupted run leaves the previous reports as they were.

import Exact
import Foundation
import Prover
import Verifier

/// Bibliographic facts the reports print.
public struct PaperInfo: Sendable {
    public let citation: String

    public static let `default` = PaperInfo(
        citation: "Goldfien, Joseph and McManus, \"The Domestic Sources of International Trust\" (working paper, April 17, 2025)")
}

/// The rendered output of one run.
public struct ReportSet: Sendable {
    public let results: [ClaimResult]
    public let paper: PaperInfo

    public init(results: [ClaimResult], paper: PaperInfo) {
        self.results = results
        self.paper = paper
    }

    /// Top-level claims with their sub-claims, in claim-file order.
    var groups: [(ClaimResult, [ClaimResult])] {
        var order: [String] = []
        var byID: [String: (ClaimResult?, [ClaimResult])] = [:]
        for result in results {
            let top = result.claim.topLevelID
            if byID[top] == nil { order.append(top); byID[top] = (nil, []) }
            if result.claim.id == top { byID[top]!.0 = result } else { byID[top]!.1.append(result) }
        }
        return order.compactMap { id in
            let (parent, children) = byID[id]!
            // A sub-claim whose parent is not in this run gets a report of its own.
            guard let parent else { return children.first.map { ($0, Array(children.dropFirst())) } }
            return (parent, children)
        }
    }

    /// Every rendered file, by path relative to the output folder.
    public func files(includeSummary: Bool = true) throws -> [String: String] {
        var files: [String: String] = [:]
        for (parent, children) in groups {
            files["reports/" + Markdown.reportFile(for: parent.claim.id)] = ClaimReport(result: parent, subClaims: children).markdown
        }
        if includeSummary {
            files["README.md"] = Summary(results: results, groups: groups.map(\.0), paper: paper).markdown
            files["verdicts.json"] = try VerdictsJSON(results: results, paper: paper).text()
        }
        return files
    }

    /// Writes the reports under `directory`: `reports/*.md`, and, unless `partial`, `README.md` and
    /// `verdicts.json` (or `json` when given), replacing the previous ones. A partial run (some claims only)
    /// replaces just those claims' reports.
    public func write(to directory: URL, json: URL? = nil, partial: Bool = false) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let staging = directory.appendingPathComponent(".trustproof-staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging.appendingPathComponent("reports"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: staging) }
        var rendered = try files(includeSummary: !partial)
        if let json, let text = rendered.removeValue(forKey: "verdicts.json") {
            try Data(text.utf8).write(to: json, options: .atomic)
        }
        for (path, text) in rendered {
            try Data(text.utf8).write(to: staging.appendingPathComponent(path))
        }
        // Everything is written; now move it into place.
        let reports = directory.appendingPathComponent("reports")
        if partial {
            try manager.createDirectory(at: reports, withIntermediateDirectories: true)
            for path in rendered.keys.sorted() {
                let target = directory.appendingPathComponent(path)
                try? manager.removeItem(at: target)
                try manager.moveItem(at: staging.appendingPathComponent(path), to: target)
            }
            return
        }
        let retired = directory.appendingPathComponent(".trustproof-retired-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: retired)
        if manager.fileExists(atPath: reports.path) { try manager.moveItem(at: reports, to: retired) }
        try manager.moveItem(at: staging.appendingPathComponent("reports"), to: reports)
        try? manager.removeItem(at: retired)
        for path in rendered.keys where !path.hasPrefix("reports/") {
            let target = directory.appendingPathComponent(path)
            // rename(2) replaces the old file in one step.
            if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
            }
        }
    }
}
