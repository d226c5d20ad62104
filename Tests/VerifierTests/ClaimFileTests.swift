// Claim files: what loads, and every class of mistake reported at its file, line and column.

import Exact
import Testing
import Verifier

private let header = "section: test\nclaims:\n"

private func claimEntry(_ fields: String) -> String {
    header + "  - id: X\n    title: t\n    paper: p\n    reading: r\n" + fields
}

@Suite struct ClaimFileLoading {
    @Test func aWellFormedClaimLoadsWithExpandedPlayerIndices() throws {
        let claims = try ClaimFile.load(text: claimEntry("""
                kind: equilibrium-iff
                model: baseline
                profile: trust-building
                stated: "1/H >= y_i >= 1/(H+a)"

            """), file: "test.yaml")
        let claim = try #require(claims.first)
        #expect(claim.id == "X")
        #expect(claim.kind == .equilibriumIff)
        #expect(claim.profile?.name == "trust-building")
        #expect(claim.stated?.variables == ["H", "a", "y_A", "y_B"])
        #expect(claim.location == SourceLocation(file: "test.yaml", line: 3, column: 5))
    }

    @Test(arguments: [
        (claimEntry("    kind: equilibrium-iff\n    model: baseline\n    profile: trust-building\n    stated: \"y_B >= 1/(H +\"\n"),
         "test.yaml:10:27: error: in stated: expected a number, a name or '(', found the end of the input"),
        (claimEntry("    kind: theorem\n    model: baseline\n"),
         "test.yaml:7:11: error: unknown kind 'theorem' (expected one of equilibrium-iff, equilibrium-if, no-equilibrium, inequality, identity, monotone, utility, mixing, result, exhaustive)"),
        (claimEntry("    kind: no-equilibrium\n    model: baseline\n    profile: trust-bulding\n"),
         "test.yaml:9:14: error: unknown profile 'trust-bulding' (known: \\(profileNames))"),
        (claimEntry("    kind: mixing\n    model: independence\n    profile: mixed-first-period-tragic\n    variable: omega1_B\n    stated: \"y_B > 1\"\n"),
         "test.yaml:11:18: error: in stated: expected an expression, found a relation '>'"),
        (claimEntry("    kind: inequality\n    model: baseline\n    claim: \"1/(a - a) > 0\"\n"),
         "test.yaml:9:15: error: in claim: division by zero: 'a - a' is 0"),
        (claimEntry("    kind: inequality\n    model: baseline\n    claim: \"H > 1\"\n    colour: red\n"),
         "test.yaml:10:5: error: unknown key 'colour' in a claim (known keys: assume, beliefs, claim, direction, function, id, information-set, kind, lines, model, note, paper, periods, profile, profile-notation, profiles, reading, stated, steps, title, variable, without)"),
        (claimEntry("    kind: no-equilibrium\n    model: baseline\n    profile-notation: |\n      both s: c ; c\n      both g: 3 ; d\n"),
         "test.yaml:11:15: error: in the profile: a probability must lie in [0, 1], but '3' is 3"),
        (header + "  - id: X\n    title: [unclosed\n", "test.yaml:5:1: error: YAML: did not find expected ',' or ']'"),
        (claimEntry("    kind: inequality\n    model: baseline\n    claim: \"y_C > 0\"\n"),
         "test.yaml:9:13: error: in claim: unknown variable 'y_C' (the model's parameters are H, a, beta_A, beta_B, theta, y_A, y_B; beliefs are sigma_A, sigma_B; mixing probabilities start with omega)"),
    ])
    func mistakesAreReportedWithFileLineAndColumn(text: String, expected: String) {
        let message = expected.replacingOccurrences(of: "\\(profileNames)", with: ProfileLibraryNames.joined)
        do {
            _ = try ClaimFile.load(text: text, file: "test.yaml")
            Issue.record("expected an error: \(message)")
        } catch let error as ClaimFileError {
            #expect(error.description == message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// The library decides such a claim VACUOUS; `trustproof verify` refuses it first, as an input error
    /// (`Verifier.contradictoryHypotheses`, tested in CLITests).
    @Test func hypothesesThatContradictTheAssumptionsLoadAndAreDecidedVacuous() throws {
        let claims = try ClaimFile.load(text: claimEntry("""
                kind: inequality
                model: baseline
                assume: ["H - a > 1"]
                claim: "H > 100"

            """), file: "test.yaml")
        let result = Verifier().verify(try #require(claims.first))
        #expect(result.verdict.rawValue == "VACUOUS")
    }
}

private enum ProfileLibraryNames {
    static var joined: String {
        ["tragic", "suckers", "no-learning", "no-learning-punishing", "semi-tragic", "trust-building",
         "asymmetric-trust-building", "asymmetric-trust-building/swapped", "asymmetric-semi-tragic",
         "asymmetric-semi-tragic/swapped", "mixed-trust-building", "mixed-second-period-after-defection",
         "mixed-second-period-after-cooperation", "mixed-first-period-tragic", "mixed-first-period-no-learning",
         "mixed-first-period-trust-building", "greedy-mixing", "mixed-both-periods-conditional", "mixed-both-periods",
         "similarity-always-cooperate", "similarity-direct-incentives"].joined(separator: ", ")
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
