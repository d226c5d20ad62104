// Item 3: the SymPy + z3-solver script of baselines/ against TrustProof on the same claims (Props. A.3, A.6 and
// A.21). Both sides are timed in-process, derivation and decision only: the script's imports and start-up are
// left out, and so are TrustProof's reading of the claim files.

import Foundation
import Prover
import Verifier

struct BaselineComparison {
    let ids: [String]
    let trustproof: Double
    /// The part of `trustproof` inside Z3 (median over the runs).
    let trustproofSolver: Double
    let solverCalls: UInt64
    let python: Double
    /// Claims where TrustProof's verdict, the script's or the pinned one differ.
    let disagreements: [String]
}

private struct BaselineOutput: Decodable {
    struct Entry: Decodable {
        let id: String
        let verdict: String
    }
    let ids: [String]
    let claims: [Entry]
    let median_seconds: Double
}

func baselineBenchmark(python: String, script: String, claimsFolder: String, verdicts: String, runs: Int) throws
    -> BaselineComparison
{
    let finished = try runChecked(python, [script, "--verdicts", verdicts, "--repeat", String(runs)], statuses: [0, 1])
    guard let output = try? JSONDecoder().decode(BaselineOutput.self, from: Data(finished.standardOutput.utf8)) else {
        throw SubprocessError(description: "\(script) printed no result:\n\(finished.standardError.suffix(1000))")
    }
    let claims = try ClaimFile.loadDirectory(URL(fileURLWithPath: claimsFolder))
    let selected = output.ids.compactMap { id in claims.first { $0.id == id } }
    guard selected.count == output.ids.count else {
        throw SubprocessError(description: "the script decides claims that are not in \(claimsFolder)")
    }
    var decided: [String: String] = [:]
    var solverTimes: [Double] = [], calls: UInt64 = 0
    let times = (0..<runs).map { _ in
        let before = SolverStatistics.current
        let time = seconds {
            // A new verifier each run: nothing decided in one run is reused by the next.
            let results = Verifier(prover: Prover()).verify(selected, jobs: 1)
            for result in results { decided[result.claim.id] = result.verdict.rawValue }
        }
        let solver = SolverStatistics.current.since(before)
        solverTimes.append(Double(solver.nanoseconds) / 1e9)
        calls = solver.calls
        return time
    }
    var disagreements = output.claims.filter { decided[$0.id] != $0.verdict }
        .map { "\($0.id): TrustProof \(decided[$0.id] ?? "none"), script \($0.verdict)" }
    if finished.status != 0 { disagreements.append("the script's verdicts differ from \(verdicts)") }
    return BaselineComparison(ids: output.ids, trustproof: median(times), trustproofSolver: median(solverTimes),
                              solverCalls: calls, python: output.median_seconds,
                              disagreements: disagreements)
}
