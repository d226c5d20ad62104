// `trustproof equilibria`, run as a process: classes, boundaries, JSON, and mistakes in the point.

import Foundation
import Testing

@Suite struct EquilibriaCommand {
    @Test func listsTheClassesAtTheIssuesPointWithTheBoundaryMarked() throws {
        let result = try CommandRunner.run(["equilibria", "--at", "H=3/2", "a=3/4", "y_A=1/2", "y_B=4/9"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("""
            Pure-strategy PBE at H = 3/2, a = 3/4, y_A = 1/2, y_B = 4/9 (baseline model: beta_A = 0, beta_B = 0, theta = 1)
            2 outcomes from 3 PBE profiles.

            tragic  (2 profiles that differ only off path; one shown)
              both s: d ; d
              both g: d ; d
            """))
        #expect(result.standardOutput.contains("""
            trust-building  [boundary: some type is indifferent here]
              both s: c ; cc: c, else: d
              both g: d ; d
              beliefs: A after b1 = c: 1
            """))
    }

    @Test func jsonListsClassProfileBeliefsAndBoundaryInAStableOrder() throws {
        let result = try CommandRunner.run(["equilibria", "--json", "--at", "H=3/2", "a=3/4", "y_A=2/3", "y_B=2/3"])
        #expect(result.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.map { $0["class"] as? String } == ["tragic", "suckers", "no-learning", "semi-tragic", "trust-building"])
        #expect(list.map { $0["boundary"] as? Bool } == [false, false, false, false, true])
        #expect(list.allSatisfy { Set($0.keys) == ["class", "profile", "beliefs", "boundary"] })
        let suckers = list[1]
        let beliefs = try #require(suckers["beliefs"] as? [String: Any])
        #expect(beliefs["A after b1 = c"] as? String == "2/3")
        let offPath = try #require(beliefs["A after b1 = d"] as? [String: Any])
        #expect(offPath["feasible"] as? String == "[0, 2/3]")
        let profile = try #require(suckers["profile"] as? [String: [String: [String: String]]])
        #expect(profile["A"]?["s"] == ["period1": "c", "cc": "c", "cd": "d", "dc": "d", "dd": "d"])
        #expect(profile["B"]?["g"]?["period1"] == "c")
    }

    @Test func betasSelectTheIndependenceModel() throws {
        let result = try CommandRunner.run(["equilibria", "--at", "H=3/2", "a=3/4", "y_A=1/5", "y_B=1/5",
                                            "beta_A=7/10", "beta_B=3/5"])
        #expect(result.standardOutput.hasPrefix(
            "Pure-strategy PBE at H = 3/2, a = 3/4, y_A = 1/5, y_B = 1/5, beta_A = 7/10, beta_B = 3/5 (independence model: theta = 1)\n2 outcomes"))
        #expect(result.standardOutput.contains("\nsemi-tragic\n"))
        #expect(result.standardOutput.contains("\ntrust-building\n"))
    }

    @Test func batchReadsOnePointPerLineAndListsEveryProfile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-\(UUID()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("# figure 1\nH=3/2 a=3/4 y_A=2/3 y_B=2/3\n\nH=2 a=3/2 y_A=1/5 y_B=1/5\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["equilibria", "--batch", path, "--json", "--all-profiles"])
        #expect(result.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.map { $0["at"] as? String } == ["H=3/2 a=3/4 y_A=2/3 y_B=2/3", "H=2 a=3/2 y_A=1/5 y_B=1/5"])
        // Every PBE profile, not one per outcome: 8 + 2 + 8 + 1 + 1 at the first point; tragic alone at the second.
        #expect((list[0]["equilibria"] as? [Any])?.count == 20)
        #expect(((list[1]["equilibria"] as? [[String: Any]]) ?? []).allSatisfy { $0["class"] as? String == "tragic" })
    }

    @Test(arguments: [
        (["equilibria", "--at", "H=3/2", "a=3/4", "y_A=1/2"], "error: --at: no value for y_B (the baseline model needs H, a, y_A, y_B)\n"),
        (["equilibria", "--at", "H=3/2", "a=1/4", "y_A=1/2", "y_B=1/2"], "error: --at: the point violates A2 (H - a < 1)\n"),
        (["equilibria", "--at", "H=3/2", "a=3/4", "y_A=1", "y_B=1/2"], "error: --at: the point violates y_A in (0, 1) (0 < y_A and y_A < 1)\n"),
        (["equilibria", "--model", "baseline", "--at", "H=3/2", "a=3/4", "y_A=1/2", "y_B=1/2", "beta_A=1/2"],
         "error: --at: the baseline model fixes beta_A = 0 (use --model for another model)\n"),
        (["equilibria", "--model", "similarity", "--at", "H=3/2"], "error: --model: expected baseline, independence or salience, got 'similarity'\n"),
    ])
    func mistakesInThePointExitWithStatus2(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError == message)
    }
}
