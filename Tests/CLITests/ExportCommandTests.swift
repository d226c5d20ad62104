// `trustproof export --efg`, run as a process: the game tree in Gambit's format, with exact payoffs.

import Foundation
import Testing

@Suite struct ExportCommand {
    @Test func theTreeHasNatureTwoPeriodsAnd64TerminalsWithExactPayoffs() throws {
        let result = try CommandRunner.run(["export", "--efg", "--at", "H=3/2", "a=3/4", "y_A=2/3", "y_B=1/2",
                                            "beta_A=7/10", "beta_B=3/5"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "EFG 2 R \"TrustProof: the two-period trust game, independence model, H = 3/2, a = 3/4, beta_A = 7/10, beta_B = 3/5, y_A = 2/3, y_B = 1/2\" { \"A\" \"B\" }")
        #expect(lines[3] == "c \"\" 1 \"types\" { \"A s, B s\" 1/3 \"A s, B g\" 1/3 \"A g, B s\" 1/6 \"A g, B g\" 1/6 } 0")
        #expect(lines.filter { $0.hasPrefix("t ") }.count == 64)
        #expect(lines.filter { $0.hasPrefix("p \"\" 1 ") }.count == 4 * (1 + 2 * 2))
        // Both security-seekers: (c, c) then (c, c) pays H + H = 3 each; (c, d) then (d, d): A gets beta_A H + 1.
        #expect(lines[4...9] == [
            "p \"\" 1 1 \"A s 1\" { \"c\" \"d\" } 0",
            "p \"\" 2 1 \"B s 1\" { \"c\" \"d\" } 0",
            "p \"\" 1 3 \"A s 2 cc\" { \"c\" \"d\" } 0",
            "p \"\" 2 3 \"B s 2 cc\" { \"c\" \"d\" } 0",
            "t \"\" 1 \"\" { 3, 3 }",
            "t \"\" 2 \"\" { 3/2, 9/4 }",
        ])
        let afterCooperationAgainstDefection = try #require(lines.firstIndex(of: "p \"\" 1 4 \"A s 2 cd\" { \"c\" \"d\" } 0"))
        // After (c, d) B's security-seeker is at "B s 2 dc". Then (d, d): A gets beta_A H + 1 = 41/20, B gets
        // H - a + 1 = 7/4.
        #expect(lines[afterCooperationAgainstDefection + 1] == "p \"\" 2 5 \"B s 2 dc\" { \"c\" \"d\" } 0")
        #expect(lines[afterCooperationAgainstDefection + 6] == "t \"\" 8 \"\" { 41/20, 7/4 }")
    }

    @Test func writesToAFileWhenAsked() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-\(UUID()).efg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CommandRunner.run(["export", "--efg", "--out", path, "--at", "H=3/2", "a=3/4", "y_A=1/2", "y_B=1/2"])
        #expect(result.status == 0 && result.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("EFG 2 R \"TrustProof: the two-period trust game, baseline model, H = 3/2, a = 3/4, y_A = 1/2, y_B = 1/2\""))
    }

    @Test func aFormatMustBeChosen() throws {
        let result = try CommandRunner.run(["export", "--at", "H=3/2", "a=3/4", "y_A=1/2", "y_B=1/2"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: choose a format: --efg\n")
    }
}
