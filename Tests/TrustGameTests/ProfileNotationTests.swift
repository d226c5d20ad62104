// Profile notation: what it accepts, and errors with line and column.

import Exact
import Testing
import TrustGame

@Suite struct ProfileNotationParsing {
    @Test func bothLinesGiveEachPlayerItsOwnSubscripts() throws {
        let profile = try StrategyProfile(name: "t", summary: "", notation: """
            # security-seekers mix
            both s: omega1_i ; cc: c, else: d
            both g: d ; d
            """)
        #expect(profile.strategy(of: .A).firstPeriod[PrivateState(.securitySeeker)] == RationalFunction(Polynomial(variable: "omega1_A")))
        #expect(profile.strategy(of: .B).firstPeriod[PrivateState(.securitySeeker)] == RationalFunction(Polynomial(variable: "omega1_B")))
        let table = try #require(profile.strategy(of: .A).secondPeriod[PrivateState(.securitySeeker)])
        #expect(table[History(own: .cooperate, other: .cooperate)] == .cooperate)
        #expect(table[History(own: .defect, other: .cooperate)] == .defect)
    }

    @Test func wildcardsMatchEitherAction() throws {
        let profile = try StrategyProfile(name: "t", summary: "", notation: """
            both s: c ; *c: c, *d: d
            both g: d ; d
            """)
        let table = try #require(profile.strategy(of: .B).secondPeriod[PrivateState(.securitySeeker)])
        #expect(History.all.map { table[$0]! } == [.cooperate, .defect, .cooperate, .defect])
    }

    @Test(arguments: [
        ("both s: c ; c\nC g: d ; d", 2, 1, "expected A, B or both, found 'C'"),
        ("both s: c ; c\nboth x: d ; d", 2, 6, "expected a type, s or g"),
        ("both s: c ; c\nboth g: 2 ; d", 2, 9, "a probability must lie in [0, 1], but '2' is 2"),
        ("both s: c ; c\nboth g: d ; cc: d", 2, 13, "no period-2 action after cd (add 'cd: ...' or 'else: ...')"),
        ("both s: c ; c\nboth g: d ; xy: d, else: c", 2, 13, "expected a history such as cc, cd, *c or else, found 'xy'"),
        ("both s: c ; c\nboth g: (1 ; d", 2, 11, "expected ')' matching the '(' at column 1, found the end of the input"),
        ("both s: c ; c", 1, 1, "no strategy for A greedy (add a line 'A g: ...')"),
        ("both s: c ; c\nA s: d ; d\nboth g: d ; d", 2, 1, "A security-seeker is given twice"),
        ("both s: c ; c\nboth g: d0; d", 2, 9, "unknown name 'd0' in a probability (mixing probabilities are named omega..., such as omega1_i; parameters are H, a, y_*, beta_*, theta, alpha_*)"),
        ("both s: 1/(omega2_A - omega2_i) ; d\nboth g: d ; d", 1, 9, "'1/(omega2_A - omega2_i)' divides by zero for A, once _i and _j name its players"),
    ])
    func errorsNameTheLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect(throws: ProfileNotationError(line: line, column: column, message: message)) {
            try StrategyProfile(name: "t", summary: "", notation: text)
        }
    }
}

@Suite struct FuzzerFindings {
    /// libFuzzer's input: a mixing variable reused across periods and a free symbol `n` as a probability. With
    /// primitive remainder sequences its gcds took minutes; with subresultants it derives at once.
    @Test func aProfileWithSymbolicProbabilitiesEverywhereDerives() throws {
        let profile = try StrategyProfile(name: "fuzz", summary: "", notation: """
            both s: omega2_i ; cc: omega2_i, else: omega_n
            both g: d ; d
            """)
        let derivation = try Derivation(profile: profile, model: .baseline)
        #expect(derivation.constraints.count == 20)
        #expect(derivation.mixingSolutions.map(\.variable) == ["omega2_B", "omega_n", "omega2_A"])
    }

    /// libFuzzer's timeout (FuzzProfileNotation, 13 s per input; `derive` took minutes): substituting the greedy
    /// type's mixing probability made large polynomials whose gcd the subresultant sequence reached only slowly.
    /// The univariate-image test (`Polynomial.gcd`) now shows most variables are not in the gcd first.
    @Test func aLargeCoefficientOnASymbolicProbabilityDerivesAtOnce() throws {
        let profile = try StrategyProfile(name: "fuzz", summary: "", notation: """
            both s: omega2_i ; cc: 02222222omega2_i, else: d
            both g: d ; omega2_d
            """)
        let derivation = try Derivation(profile: profile, model: .baseline)
        #expect(derivation.mixingSolutions.map(\.variable) == ["omega2_B", "omega2_d", "omega2_A"])
        let greedy = try Expression.parse("(2222222 a - y_B + 2222222)/(2222222 - 2222222 y_B + a^2 (2222222 y_B - 2222222))")
        #expect(derivation.mixingSolutions[1].value == (try greedy.rationalFunction()))
        #expect(derivation.mixingSolutions[0].value == (try Expression.parse("1/(2222222 (a + 1))").rationalFunction()))
    }

    /// libFuzzer's second timeout: a parameter name used as a mixing probability made substitutions of 884 and
    /// 1,244 terms whose gcds ran for minutes. Now refused at once with a DerivationError saying why.
    @Test func mixingThatWouldSwellPastTheTermLimitIsRefused() throws {
        let profile = try StrategyProfile(name: "fuzz", summary: "", notation: """
            both s: alpha__i ; cc: omega4_i, else:  omega1_id2_i
            both g: d ; d
            """)
        #expect(throws: DerivationError("solving A security-seeker, period 1: indifferent between cooperating and "
            + "defecting (mixes) for alpha__A gives expressions of 1244 terms before simplification (the limit is "
            + "600): these mixing probabilities are too entangled to simplify exactly; give some of them numeric "
            + "values")) {
            try Derivation(profile: profile, model: .baseline)
        }
    }
}

