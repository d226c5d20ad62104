// `trustproof verify`, run as a process: progress, exit codes, expectations, and reports kept safe.

import Foundation
import Testing

private let goodClaims = """
    section: test
    claims:
      - id: A.3
        title: Trust-building
        paper: p
        reading: r
        kind: equilibrium-iff
        model: baseline
        profile: trust-building
        stated: "1/H >= y_i >= 1/(H+a)"
      - id: A.8
        title: Tragic
        paper: p
        reading: r
        kind: equilibrium-iff
        model: independence
        profile: tragic
        stated: "beta_i < 1/(1+a)"
    """

/// A scratch folder with a `claims/` folder holding `text`.
private func workspace(_ text: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustproof-cli-\(UUID())")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("claims"), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: folder.appendingPathComponent("claims/test.yaml"))
    return folder
}

private func contents(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)!
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

/// A workspace with good claims whose reports a first run has written to `out`, and those reports.
private func workspaceWithReports() throws -> (folder: URL, claims: URL, out: URL, reports: [String: Data]) {
    let folder = try workspace(goodClaims)
    let claims = folder.appendingPathComponent("claims")
    let out = folder.appendingPathComponent("out")
    _ = try CommandRunner.run(["verify", "--claims", claims.path, "--reports", out.path])
    return (folder, claims, out, try contents(out))
}

@Suite struct VerifyCommand {
    @Test func printsProgressAndASummaryAndExits1WhenAClaimFails() throws {
        let folder = try workspace(goodClaims)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run([
            "verify", "--claims", folder.appendingPathComponent("claims").path,
            "--reports", folder.appendingPathComponent("out").path, "--jobs", "1",
        ])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("[1/2] A.3: HOLDS\n"))
        #expect(result.standardOutput.contains("[2/2] A.8: FAILS (boundary)\n"))
        #expect(result.standardOutput.hasSuffix("2 claims: 1 HOLDS, 1 FAILS, 0 VACUOUS, 0 UNDECIDED\n"))
    }

    @Test func twoRunsWriteByteIdenticalReports() throws {
        let folder = try workspace(goodClaims)
        defer { try? FileManager.default.removeItem(at: folder) }
        let claims = folder.appendingPathComponent("claims").path
        let out = folder.appendingPathComponent("out")
        _ = try CommandRunner.run(["verify", "--claims", claims, "--reports", out.path, "--jobs", "2"])
        let first = try contents(out)
        _ = try CommandRunner.run(["verify", "--claims", claims, "--reports", out.path, "--jobs", "2"])
        #expect(try contents(out) == first)
        #expect(first.keys.sorted() == ["README.md", "reports/A.3.md", "reports/A.8.md", "verdicts.json"])
    }

    @Test func expectModePassesWhenVerdictsMatchThePinnedOnes() throws {
        let folder = try workspace(goodClaims)
        defer { try? FileManager.default.removeItem(at: folder) }
        let claims = folder.appendingPathComponent("claims").path
        let out = folder.appendingPathComponent("out")
        _ = try CommandRunner.run(["verify", "--claims", claims, "--reports", out.path])
        let pinned = out.appendingPathComponent("verdicts.json").path
        let again = try CommandRunner.run(["verify", "--claims", claims, "--reports", "-", "--expect", pinned])
        #expect(again.status == 0)
        #expect(again.standardOutput.hasSuffix("every verdict matches \(pinned)\n"))
        // A pinned verdict that differs makes the run fail and says which.
        let edited = try String(contentsOfFile: pinned, encoding: .utf8)
            .replacingOccurrences(of: "\"verdict\" : \"FAILS\"", with: "\"verdict\" : \"HOLDS\"")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: pinned))
        let mismatch = try CommandRunner.run(["verify", "--claims", claims, "--reports", "-", "--expect", pinned])
        #expect(mismatch.status == 1)
        #expect(mismatch.standardOutput.contains("A.8: FAILS, expected HOLDS\n"))
    }

    @Test func anInvalidClaimFileExits2AndLeavesThePreviousReportsUntouched() throws {
        let (folder, claims, out, before) = try workspaceWithReports()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = goodClaims.replacingOccurrences(of: "stated: \"beta_i < 1/(1+a)\"", with: "stated: \"beta_i < 1/(1+\"")
        try Data(broken.utf8).write(to: claims.appendingPathComponent("test.yaml"))
        let result = try CommandRunner.run(["verify", "--claims", claims.path, "--reports", out.path])
        #expect(result.status == 2)
        #expect(result.standardError == "\(claims.path)/test.yaml:18:28: error: in stated: expected a number, a name or '(', found the end of the input\n")
        #expect(try contents(out) == before)
    }

    @Test func aRunKilledMidwayLeavesThePreviousReportsUntouched() throws {
        let (folder, claims, out, before) = try workspaceWithReports()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(before["verdicts.json"] != nil)

        // Enough claims that the run is still deciding them when the first progress line arrives.
        let many = "section: many\nclaims:\n" + (1...150).map { index in
            """
              - id: A.3/copy-\(index)
                title: Trust-building
                paper: p
                reading: r
                kind: equilibrium-iff
                model: baseline
                profile: trust-building
                stated: "1/H >= y_i >= 1/(H+a)"

            """
        }.joined()
        try Data(many.utf8).write(to: claims.appendingPathComponent("test.yaml"))
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["verify", "--claims", claims.path, "--reports", out.path, "--jobs", "1"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first claim's progress line, then kill without warning (SIGKILL: no handler can run).
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("[1/150]") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(String(decoding: seen, as: UTF8.self).contains("[1/150] A.3/copy-1: HOLDS"))
        #expect(try contents(out) == before)
    }

    @Test func hypothesesThatContradictTheModelAreAnInputError() throws {
        let contradictory = goodClaims.replacingOccurrences(
            of: "    profile: trust-building\n", with: "    profile: trust-building\n    assume: [\"H < 1\"]\n")
        let folder = try workspace(contradictory)
        defer { try? FileManager.default.removeItem(at: folder) }
        let claims = folder.appendingPathComponent("claims")
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["verify", "--claims", claims.path, "--reports", out.path])
        #expect(result.status == 2)
        #expect(result.standardError == "\(claims.path)/test.yaml:10:13: error: the hypotheses in 'assume' contradict "
            + "the baseline model's assumptions (H > 1; H - a < 1; 0 < a and a < H): no parameter values satisfy them "
            + "all; correct them, or name the assumption the claim does without under 'without'\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Each class of mistake in a claim file, through the command: `file:line:column: error: ...` on standard
    /// error (FILE stands for the claim file's path), exit status 2, and no reports written.
    @Test(arguments: [
        ("    kind: inequality\n    model: baseline\n    claim: \"y_B >= 1/(H +\"\n",
         "FILE:9:26: error: in claim: expected a number, a name or '(', found the end of the input"),
        ("    kind: inequality\n    model: baseline\n    claim: \"y_C > 0\"\n",
         "FILE:9:13: error: in claim: unknown variable 'y_C' (the model's parameters are H, a, beta_A, beta_B, theta, "
            + "y_A, y_B; beliefs are sigma_A, sigma_B; mixing probabilities start with omega)"),
        ("    kind: no-equilibrium\n    model: baseline\n    profile: tragik\n",
         "FILE:9:14: error: unknown profile 'tragik' (known: tragic, suckers, no-learning, no-learning-punishing, "
            + "semi-tragic, trust-building, asymmetric-trust-building, asymmetric-trust-building/swapped, "
            + "asymmetric-semi-tragic, asymmetric-semi-tragic/swapped, mixed-trust-building, "
            + "mixed-second-period-after-defection, mixed-second-period-after-cooperation, mixed-first-period-tragic, "
            + "mixed-first-period-no-learning, mixed-first-period-trust-building, greedy-mixing, "
            + "mixed-both-periods-conditional, mixed-both-periods, similarity-always-cooperate, "
            + "similarity-direct-incentives)"),
        ("    kind: mixing\n    model: independence\n    profile: mixed-first-period-tragic\n    variable: omega1_B\n"
            + "    stated: \"y_B > 1\"\n",
         "FILE:11:18: error: in stated: expected an expression, found a relation '>'"),
        ("    kind: inequality\n    model: baseline\n    claim: \"1/(a - a) > 0\"\n",
         "FILE:9:15: error: in claim: division by zero: 'a - a' is 0"),
        ("    kind: no-equilibrium\n    model: baseline\n    profile-notation: |\n      both s: c ; c\n      both g: 3 ; d\n",
         "FILE:11:15: error: in the profile: a probability must lie in [0, 1], but '3' is 3"),
        ("    kind: inequality\n    model: baseline\n    claim: \"H > 1\"\n  - id: X\n    title: t\n    paper: p\n"
            + "    reading: r\n    kind: inequality\n    model: baseline\n    claim: \"H > 0\"\n",
         "FILE:10:5: error: duplicate id 'X' (first defined at FILE:3:5)"),
    ])
    func everyClassOfMistakeIsAnErrorAtItsPlaceWithExitStatus2(fields: String, expected: String) throws {
        let folder = try workspace("section: test\nclaims:\n  - id: X\n    title: t\n    paper: p\n    reading: r\n" + fields)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("claims/test.yaml").path
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["verify", "--claims", folder.appendingPathComponent("claims").path,
                                            "--reports", out.path])
        #expect(result.status == 2)
        #expect(result.standardError == expected.replacingOccurrences(of: "FILE", with: file) + "\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

