// Small helpers for writing GitHub-flavoured Markdown with math.

import Exact
import Foundation

enum Markdown {
    /// Inline math: `$...$`.
    static func math(_ latex: String) -> String { "$\(latex)$" }

    /// A formula as inline math.
    static func math(_ formula: Formula) -> String { math(formula.latex) }

    /// A display-math block.
    static func displayMath(_ latex: String) -> String { "$$\n\(latex)\n$$" }

    /// Text safe inside a table cell: no pipes or line breaks.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// A table from a header and rows.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: header.count)]
        for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// The paper's words as a quotation, line by line.
    static func quote(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + $0 }.joined(separator: "\n")
    }

    /// A relative link to a claim's report.
    static func reportFile(for id: String) -> String {
        id.replacingOccurrences(of: "/", with: "-") + ".md"
    }
}

