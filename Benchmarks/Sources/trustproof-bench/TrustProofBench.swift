// `make bench`: every benchmark of issue #7 in one run, printed as a table and written to BENCHMARKS.md.

import ArgumentParser
import Foundation
import TrustGame

@main
struct TrustProofBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trustproof-bench",
        abstract: "Measure TrustProof against raw GMP and against Python baselines, side by side.",
        discussion: """
            Run from the repository's root (make bench does): it needs the release trustproof binary, the claim
            files, and a Python with the packages of Benchmarks/baselines/requirements.txt. Every figure is the
            median of --runs runs. The table goes to standard output as each part finishes, and to --out at the end
            (written only when every part ran).
            """
    )

    enum Part: String, CaseIterable, ExpressibleByArgument {
        case arithmetic, verify, baseline, enumeration, scaling, grid
    }

    @Option(help: "The release trustproof binary.")
    var trustproof = ".build/release/trustproof"

    @Option(help: "The Python interpreter with SymPy and z3-solver.")
    var python = ".venv-bench/bin/python"

    @Option(help: "The claim files.")
    var claims = "Proofs/claims"

    @Option(help: "The verdicts the Python baseline must reproduce.")
    var verdicts = "Proofs/verdicts.json"

    @Option(help: "Runs per figure (the median is reported).")
    var runs = 5

    @Option(help: "Points per model for the enumeration comparison (as many again on thresholds).")
    var enumerationPoints = 40

    @Option(parsing: .upToNextOption, help: "Only these parts (default: all).")
    var parts: [Part] = Part.allCases

    @Option(help: "The Markdown file to write ('-' for none).")
    var out = "BENCHMARKS.md"

    func run() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        var rows: [Row] = []
        func add(_ new: [Row]) {
            rows += new
            for row in new { print(row.cells.filter { !$0.isEmpty }.joined(separator: " | ")) }
        }
        let machine = Machine.current()
        print("trustproof-bench: \(runs) runs per figure on \(machine.processor), \(machine.cores) cores")
        for part in Part.allCases where parts.contains(part) {
            print("== \(part.rawValue)")
            switch part {
            case .arithmetic: add(arithmeticRows())
            case .verify: add(try verifyRows())
            case .baseline: add(try baselineRows())
            case .enumeration: add(try enumerationRows())
            case .scaling: add(try scalingRows())
            case .grid: add(try gridRows())
            }
        }
        print("\n" + markdownTable([Row.headers] + rows.map(\.cells)))
        if out != "-" {
            let text = BenchmarkReport(rows: rows, machine: machine, runs: runs, parts: parts).markdown
            try text.write(to: URL(fileURLWithPath: out), atomically: true, encoding: .utf8)
            print("wrote \(out)")
        }
    }

    func arithmeticRows() -> [Row] {
        arithmeticBenchmark(runs: runs).map { result in
            let small = result.operands.hasPrefix("small")
            let ratio = result.rationalPerSecond / result.mpqPerSecond
            return Row(section: "1. arithmetic", name: "\(result.operation.name), \(result.operands)",
                       trustproof: rate(result.rationalPerSecond, unit: "op"), reference: rate(result.mpqPerSecond, unit: "op") + " (mpq_t)",
                       ratio: ratio, goal: small ? "> 1× mpq_t" : "≥ 0.8× mpq_t", met: small ? ratio > 1 : ratio >= 0.8)
        }
    }

    func verifyRows() throws -> [Row] {
        let summary = try verifyBenchmark(trustproof: trustproof, claims: claims, jobs: 1, runs: runs)
        let share = summary.elsewhere / summary.wall
        return [
            Row(section: "2. verify", name: "all \(summary.claims) claims, --jobs 1, wall", trustproof: duration(summary.wall),
                reference: "", ratio: nil, goal: "< 10 s", met: summary.wall < 10),
            Row(section: "2. verify", name: "inside Z3 (\(summary.solverCalls) calls)", trustproof: duration(summary.solver),
                reference: "", ratio: nil, goal: "", met: nil),
            Row(section: "2. verify", name: "everything else", trustproof: duration(summary.elsewhere) + " (\(fixed(share * 100, 1))%)",
                reference: "", ratio: nil, goal: "< 20% of the total", met: share < 0.2),
        ]
    }

    func baselineRows() throws -> [Row] {
        let comparison = try baselineBenchmark(python: python, script: "Benchmarks/baselines/sympy_z3_baseline.py",
                                               claimsFolder: claims, verdicts: verdicts, runs: runs)
        let same = comparison.disagreements.isEmpty
        let ratio = comparison.python / comparison.trustproof
        for line in comparison.disagreements { print("baseline: \(line)") }
        return [Row(section: "3. vs SymPy + Z3", name: "\(comparison.ids.count) claims of A.3, A.6, A.21; "
                        + (same ? "same verdicts" : "**verdicts differ**"),
                    trustproof: duration(comparison.trustproof) + " (\(duration(comparison.trustproofSolver)) in Z3, \(comparison.solverCalls) calls)",
                    reference: duration(comparison.python) + " (Python)",
                    ratio: ratio, goal: "≥ 20×, same verdicts", met: same && ratio >= 20)]
    }

    func enumerationRows() throws -> [Row] {
        let comparison = try enumerationBenchmark(trustproof: trustproof, python: python,
                                                  script: "Benchmarks/baselines/fraction_enumerator.py",
                                                  pointsPerModel: enumerationPoints, runs: runs)
        let same = comparison.disagreements.isEmpty
        let ratio = comparison.trustproofPerSecond / comparison.pythonPerSecond
        for line in comparison.disagreements { print("enumeration: \(line)") }
        return [Row(section: "4. enumeration", name: "\(comparison.points) points, 3 models; "
                        + (same ? "same equilibria at every point" : "**equilibria differ**"),
                    trustproof: rate(comparison.trustproofPerSecond, unit: "point"),
                    reference: rate(comparison.pythonPerSecond, unit: "point") + " (Fraction)",
                    ratio: ratio, goal: "≥ 100×, same equilibria", met: same && ratio >= 100)]
    }

    func scalingRows() throws -> [Row] {
        var rows: [Row] = []
        var base: Double?
        for copies in [1, 2, 4] {
            let folder = try replicatedClaims(claims, copies: copies)
            defer { try? FileManager.default.removeItem(at: folder) }
            let summary = try verifyBenchmark(trustproof: trustproof, claims: folder.path, jobs: 1, runs: runs)
            base = base ?? summary.wall
            rows.append(Row(section: "5. scaling", name: "verify, \(copies)× the claims (\(summary.claims)), --jobs 1",
                            trustproof: duration(summary.wall), reference: "", ratio: nil,
                            goal: copies == 1 ? "linear" : "≤ \(copies)× the 1× time",
                            met: copies == 1 ? nil : summary.wall <= Double(copies) * base! * 1.1))
        }
        let twoJobs = try verifyBenchmark(trustproof: trustproof, claims: claims, jobs: 2, runs: runs)
        let speedup = base! / twoJobs.wall
        rows.append(Row(section: "5. scaling", name: "verify, 1× the claims, --jobs 2", trustproof: duration(twoJobs.wall),
                        reference: duration(base!) + " (--jobs 1)", ratio: speedup, goal: "uses both cores (> 1.5×)",
                        met: speedup > 1.5))
        return rows
    }

    func gridRows() throws -> [Row] {
        var rows: [Row] = []
        let enumerator = try EquilibriumEnumerator(model: .baseline)
        var gridBase: Double?
        for (factor, side) in [(1, 25), (2, 35), (4, 50)] {
            let points = gridPoints(side: side)
            let time = try enumerationSeconds(enumerator, points: points, runs: runs)
            gridBase = gridBase ?? time / Double(points.count)
            let perPoint = time / Double(points.count)
            rows.append(Row(section: "5. scaling", name: "enumeration, \(side)×\(side) grid (\(factor)×, \(points.count) points)",
                            trustproof: duration(time) + " (\(duration(perPoint))/point)", reference: "", ratio: nil,
                            goal: factor == 1 ? "linear" : "same time per point (±10%)",
                            met: factor == 1 ? nil : perPoint <= gridBase! * 1.1))
        }
        return rows
    }
}
