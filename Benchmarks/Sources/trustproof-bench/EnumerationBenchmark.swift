// Item 4: the pure-PBE enumeration against the Python `fractions.Fraction` enumerator of baselines/, on the same
// seeded exact points of each model. The script first compares its equilibria with `trustproof equilibria` at
// every point (profile, class, beliefs, boundary); only then do the timings count.

import Exact
import Foundation
import TrustGame

struct EnumerationComparison {
    let points: Int
    let trustproofPerSecond: Double
    let pythonPerSecond: Double
    /// The first point where the two differ, per model, as the script printed it.
    let disagreements: [String]
}

private struct ScriptTiming: Decodable {
    let points: Int
    let median_seconds: Double
}

/// `pointsPerModel` seeded random points and as many on derived thresholds, for each of the three models.
func enumerationBenchmark(trustproof: String, python: String, script: String, pointsPerModel: Int, runs: Int) throws
    -> EnumerationComparison
{
    var trustproofSeconds = 0.0, pythonSeconds = 0.0, total = 0
    var disagreements: [String] = []
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-bench-enumeration-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    for model in [GameModel.baseline, .independence, .salience] {
        let enumerator = try EquilibriumEnumerator(model: model)
        let sampler = ParameterSampler(model: model)
        let points = sampler.random(count: pointsPerModel)
            + sampler.onThresholds(count: pointsPerModel, thresholds: ParameterSampler.thresholds(of: enumerator.table))
        let batch = scratch.appendingPathComponent("\(model.name).txt")
        let lines = points.map { point in
            point.keys.sorted().filter { model.fixedParameters[$0] == nil }.map { "\($0)=\(point[$0]!)" }.joined(separator: " ")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: batch, atomically: true, encoding: .utf8)

        let expected = scratch.appendingPathComponent("\(model.name).json")
        let listed = try runChecked(trustproof, ["equilibria", "--batch", batch.path, "--model", model.name, "--json",
                                                 "--all-profiles"])
        try listed.standardOutput.write(to: expected, atomically: true, encoding: .utf8)
        let timingFile = scratch.appendingPathComponent("\(model.name)-timing.json")
        let compared = try runChecked(python, [script, "--batch", batch.path, "--model", model.name, "--quiet",
                                               "--compare", expected.path, "--repeat", String(runs),
                                               "--timing-json", timingFile.path], statuses: [0, 1])
        if compared.status != 0 {
            disagreements.append("\(model.name): " + (compared.standardOutput + compared.standardError).prefix(400))
        }
        let timing = try JSONDecoder().decode(ScriptTiming.self, from: Data(contentsOf: timingFile))
        precondition(timing.points == points.count, "the script read a different number of points")
        pythonSeconds += timing.median_seconds
        trustproofSeconds += try enumerationSeconds(enumerator, points: points, runs: runs)
        total += points.count
    }
    return EnumerationComparison(points: total, trustproofPerSecond: Double(total) / trustproofSeconds,
                                 pythonPerSecond: Double(total) / pythonSeconds, disagreements: disagreements)
}
