// The benchmark's results: one row per measurement, printed as they come and written to BENCHMARKS.md.

/// One measurement, side by side with its reference.
struct Row {
    let section: String
    let name: String
    let trustproof: String
    let reference: String
    /// TrustProof's speed over the reference's (above 1: TrustProof is faster); nil where there is no reference.
    let ratio: Double?
    let goal: String
    /// Whether the goal is met; nil for rows that only inform.
    let met: Bool?

    var cells: [String] {
        [section, name, trustproof, reference, ratio.map(ratioText) ?? "", goal,
         met.map { $0 ? "met" : "**not met**" } ?? ""]
    }

    static let headers = ["", "measurement", "TrustProof", "reference", "ratio", "goal", ""]
}

/// A Markdown table whose columns line up in a terminal too.
func markdownTable(_ rows: [[String]]) -> String {
    let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
        "| " + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ") + " |"
    }
    let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return ([line(rows[0]), rule] + rows.dropFirst().map(line)).joined(separator: "\n")
}
