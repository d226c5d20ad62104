// `trustproof verify`: check every claim and write the reports.

import ArgumentParser
import Foundation
import Prover
import Reports
import Verifier

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every claim of the appendix and write the proof reports.",
        discussion: """
            Reads the claim files, decides each claim (HOLDS, FAILS with an exact witness, VACUOUS or UNDECIDED),
            prints a line per claim as it is decided and a summary, and writes Proofs/reports/<id>.md,
            Proofs/README.md and Proofs/verdicts.json. Reports are written to a temporary folder first and
            moved into place only when the whole run succeeds.

            Exit status: 0 when every claim holds (or, with --expect, every verdict is the pinned one);
            1 when a claim fails, is vacuous or undecided (or differs from the pinned verdict); 2 on bad input.
            """
    )

    @Option(help: "The folder of claim files.")
    var claims: String = "Proofs/claims"

    @Option(parsing: .upToNextOption, help: "Check only these ids (and their sub-claims).")
    var only: [String] = []

    @Option(help: "Where Proofs/README.md and reports/ go; '-' writes no reports.")
    var reports: String = "Proofs"

    @Option(help: "Where verdicts.json goes (default: <reports>/verdicts.json).")
    var json: String?

    @Option(help: "A verdicts file (JSON, as written by --json) whose verdicts the run must reproduce.")
    var expect: String?

    @Option(help: "Claims decided at the same time.")
    var jobs: Int = 2

    @Option(help: "Z3 resource limit per solver call (rlimit).")
    var resourceLimit: UInt = Prover.defaultResourceLimit

    @Flag(help: "Print how the run's time splits between Z3 and everything else (for benchmarks).")
    var timing = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            if timing { print(TimingLine(wall: start.duration(to: clock.now), solver: SolverStatistics.current).text) }
        }
        let claimList: [Claim]
        do {
            claimList = try ClaimFile.loadDirectory(URL(fileURLWithPath: claims))
        } catch let error as ClaimFileError {
            printDiagnostic(error.description)
            throw ExitCode(2)
        }
        let selected = only.isEmpty ? claimList : claimList.filter { claim in
            only.contains { claim.id == $0 || claim.id.hasPrefix($0 + "/") }
        }
        if selected.isEmpty {
            printError("no claim matches --only \(only.joined(separator: " "))")
            throw ExitCode(2)
        }
        let verifier = Verifier(prover: Prover(resourceLimit: resourceLimit))
        let contradictions = verifier.contradictoryHypotheses(selected)
        if !contradictions.isEmpty {
            for error in contradictions { printDiagnostic(error.description) }
            throw ExitCode(2)
        }
        let total = selected.count
        let printer = ProgressPrinter(total: total)
        let results = verifier.verify(selected, jobs: jobs) { printer.report($0) }
        let counts = Dictionary(grouping: results, by: \.verdict).mapValues(\.count)
        let summary = [Verdict.holds, .fails, .vacuous, .undecided].map { "\(counts[$0] ?? 0) \($0.rawValue)" }
        print("\(total) claims: " + summary.joined(separator: ", "))
        if reports != "-" {
            let output = ReportSet(results: results, paper: PaperInfo.default)
            do {
                try output.write(to: URL(fileURLWithPath: reports), json: json.map { URL(fileURLWithPath: $0) },
                                 partial: !only.isEmpty)
            } catch {
                printError("could not write the reports: \(error)")
                throw ExitCode(2)
            }
        }
        if let expect {
            let mismatches = try expectedMismatches(results, file: expect)
            if !mismatches.isEmpty {
                for line in mismatches { print(line) }
                throw ExitCode(1)
            }
            print("every verdict matches \(expect)")
            return
        }
        if results.contains(where: { $0.verdict != .holds }) { throw ExitCode(1) }
    }

    private func expectedMismatches(_ results: [ClaimResult], file: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: file),
              let pinned = try? JSONDecoder().decode(PinnedVerdicts.self, from: data)
        else {
            printError("\(file): not a verdicts file")
            throw ExitCode(2)
        }
        let expected = Dictionary(uniqueKeysWithValues: pinned.claims.map { ($0.id, $0.verdict) })
        var lines: [String] = []
        for result in results {
            let id = result.claim.id
            guard let verdict = expected[id] else {
                lines.append("\(id): \(result.verdict.rawValue), but \(file) pins no verdict for it")
                continue
            }
            if verdict != result.verdict.rawValue {
                lines.append("\(id): \(result.verdict.rawValue), expected \(verdict)")
            }
        }
        return lines
    }
}

/// The part of verdicts.json that --expect reads.
private struct PinnedVerdicts: Decodable {
    struct Entry: Decodable {
        let id: String
        let verdict: String
    }
    let claims: [Entry]
}

/// Prints one line per decided claim, from any thread, in the order they finish.
private final class ProgressPrinter: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private let lock = NSLock()

    init(total: Int) { self.total = total }

    func report(_ result: ClaimResult) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let scope = result.scope.map { " (\($0.rawValue))" } ?? ""
        // Written straight to the file descriptor, so a progress line shows up at once even through a pipe.
        let line = "[\(done)/\(total)] \(result.claim.id): \(result.verdict.rawValue)\(scope)\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}
