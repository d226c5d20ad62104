// Item 5: verify time against the number of claims (the appendix copied 1, 2 and 4 times under new ids) and
// enumeration time against the number of grid points (1, 2 and 4 times as many).

import Exact
import Foundation
import TrustGame

/// A folder holding `copies` copies of every claim file of `claims`, the k-th copy's ids prefixed with "copy-k/".
func replicatedClaims(_ claims: String, copies: Int) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-bench-claims-\(copies)x-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = try FileManager.default.contentsOfDirectory(atPath: claims).filter { $0.hasSuffix(".yaml") }.sorted()
    for copy in 1...copies {
        for file in files {
            let text = try String(contentsOfFile: claims + "/" + file, encoding: .utf8)
            let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard let range = line.range(of: "- id: "), line[..<range.lowerBound].allSatisfy({ $0 == " " }) else {
                    return String(line)
                }
                return line[..<range.upperBound] + "copy-\(copy)/" + line[range.upperBound...]
            }.joined(separator: "\n")
            try renamed.write(to: folder.appendingPathComponent("\(copy)-\(file)"), atomically: true, encoding: .utf8)
        }
    }
    return folder
}

/// The points of an n × n grid over (y_A, y_B) in the open unit square, at the figures' H = 3/2, a = 3/4.
func gridPoints(side: Int) -> [[String: Rational]] {
    var points: [[String: Rational]] = []
    for row in 1...side {
        for column in 1...side {
            points.append(["H": Rational(3, 2), "a": Rational(3, 4),
                           "y_A": Rational(column, side + 1), "y_B": Rational(row, side + 1)])
        }
    }
    return points
}

/// Median seconds to enumerate every pure PBE at each point (the model's table already derived).
func enumerationSeconds(_ enumerator: EquilibriumEnumerator, points: [[String: Rational]], runs: Int) throws -> Double {
    let exactPoints = try points.map { try enumerator.point($0) }
    var found = 0
    let times = (0..<runs).map { _ in
        seconds { for point in exactPoints { found &+= enumerator.equilibria(at: point).count } }
    }
    precondition(found > 0, "no equilibrium found anywhere on the grid")
    return median(times)
}
