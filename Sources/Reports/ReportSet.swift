// The files a verification run writes: one report per claim, the summary README, and verdicts.json.

import Foundation
import Prover
import Verifier

/// Bibliographic facts the reports print.
public struct PaperInfo: Sendable {
    public let citation: String

    public static let `default` = PaperInfo(
        citation: "Goldfien, Joseph and McManus, \"The Domestic Sources of International Trust\" (working paper, 2025)")
}

/// The rendered output of one run.
public struct ReportSet: Sendable {
    public let results: [ClaimResult]
    public let paper: PaperInfo

    public init(results: [ClaimResult], paper: PaperInfo) {
        self.results = results
        self.paper = paper
    }

    /// Writes the reports under `directory`; a stub until the renderers land.
    public func write(to directory: URL, json: URL?) throws {}
}
