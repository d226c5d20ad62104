// Item 2 (and the verify half of item 5): `trustproof verify` over a claims folder, split into time inside Z3
// and everything else, from the line `verify --timing` prints.

import Foundation

struct VerifyRun {
    /// The process's wall time, measured here.
    let wall: Double
    /// Time inside Z3, as the run itself counted it (summed over threads).
    let solver: Double
    let solverCalls: Int
    let claims: Int
}

/// Runs `trustproof verify` once, without writing reports.
func verifyOnce(trustproof: String, claims: String, jobs: Int, only: [String] = []) throws -> VerifyRun {
    var arguments = ["verify", "--claims", claims, "--reports", "-", "--jobs", String(jobs), "--timing"]
    if !only.isEmpty { arguments += ["--only"] + only }
    var finished: Finished?
    let wall = try seconds { finished = try runChecked(trustproof, arguments, statuses: [0, 1]) }
    let output = finished!.standardOutput
    guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("timing: ") }),
          let solver = number(after: "in all, ", in: line),
          let calls = number(after: "inside Z3 (", in: line),
          let summary = output.split(separator: "\n").last(where: { $0.contains(" claims: ") }),
          let claims = Int(summary.prefix { $0 != " " })
    else { throw SubprocessError(description: "trustproof verify printed no timing line:\n\(output.suffix(500))") }
    return VerifyRun(wall: wall, solver: solver, solverCalls: Int(calls), claims: claims)
}

/// The number that follows `marker` in `line`.
private func number(after marker: String, in line: Substring) -> Double? {
    guard let range = line.range(of: marker) else { return nil }
    return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
}

/// The medians of `runs` runs.
struct VerifySummary {
    let wall: Double
    let solver: Double
    let solverCalls: Int
    let claims: Int
    var elsewhere: Double { max(0, wall - solver) }
}

func verifyBenchmark(trustproof: String, claims: String, jobs: Int, runs: Int) throws -> VerifySummary {
    let measured = try (0..<runs).map { _ in try verifyOnce(trustproof: trustproof, claims: claims, jobs: jobs) }
    return VerifySummary(wall: median(measured.map(\.wall)), solver: median(measured.map(\.solver)),
                         solverCalls: measured[0].solverCalls, claims: measured[0].claims)
}
