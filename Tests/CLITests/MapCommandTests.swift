// `trustproof map`, run as a process: the summary, the SVG written, and mistakes in the slice.

import Foundation
import Testing

@Suite struct MapCommand {
    @Test func drawsASymmetricSliceAndSummarisesIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-\(UUID()).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CommandRunner.run([
            "map", "--model", "independence", "--x", "beta_A", "--y", "y_B", "--at", "H=3/2", "a=3/4", "beta_B=beta_A",
            "y_A=y_B", "--classes", "trust-building", "--resolution", "8", "--out", path,
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            \(path): 8 × 8 cells over beta_A in [0, 1], y_B in [0, 1]
              trust-building: 31 cells, 1 supporting profile(s), 2 boundary curve(s)
              cells where the enumerator and the derived conditions disagree: 0

            """)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("independence model: H = 3/2, a = 3/4, beta_B = beta_A, y_A = y_B, theta = 1"))
    }

    @Test(arguments: [
        (["map", "--x", "y_A", "--y", "y_B", "--at", "H=3/2", "--out", "/dev/null"], "error: --at: no value for a\n"),
        (["map", "--x", "y_A", "--y", "y_B", "--at", "H=3/2", "a=z", "--out", "/dev/null"],
         "error: --at a: expected a number or an expression in y_A and y_B, got 'z'\n"),
        (["map", "--x", "beta_A", "--y", "y_B", "--at", "H=3/2", "a=3/4", "--out", "/dev/null"],
         "error: the baseline model has no free parameter 'beta_A' (it has H, a, y_A, y_B)\n"),
        (["map", "--x", "y_A", "--y", "y_B", "--x-range", "1:0", "--at", "H=3/2", "a=3/4", "--out", "/dev/null"],
         "error: --x-range: expected LOW:HIGH with LOW < HIGH, got '1:0'\n"),
    ])
    func mistakesInTheSliceExitWithStatus2(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError == message)
    }
}
