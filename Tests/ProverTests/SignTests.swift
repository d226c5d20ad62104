// sign(of:over:) and isIdentical.

import Exact
import Prover
import Testing

@Suite struct Signs {
    let prover = Prover()
    let assumptions = paperAssumptions(["H", "a", "beta_A"])

    @Test func theThresholdDenominatorIsPositiveUnderTheAssumptions() {
        #expect(prover.sign(of: function("H + a - beta_A*(a + 1)"), over: assumptions) == .alwaysPositive)
        #expect(prover.sign(of: function("-(H + a)"), over: assumptions) == .alwaysNegative)
    }

    @Test func theThresholdChangesSignWithAPointOfEachSign() throws {
        let threshold = function("(1 - beta_A*(a+1))/(H + a - beta_A*(a+1))")
        guard case .changesSign(let up, let down) = prover.sign(of: threshold, over: assumptions) else {
            Issue.record("expected a sign change")
            return
        }
        #expect(try threshold.evaluated(at: up) > 0)
        #expect(try threshold.evaluated(at: down) < 0)
        #expect(up == ["H": rational("3/2"), "a": 1, "beta_A": 0])
        #expect(down == ["H": rational("3/2"), "a": 1, "beta_A": 1])
    }

    @Test func aSquareIsNonNegativeWithAZero() throws {
        guard case .nonNegative(let zero) = prover.sign(of: function("beta_A^2"), over: assumptions) else {
            Issue.record("expected non-negative")
            return
        }
        #expect(try function("beta_A^2").evaluated(at: zero) == 0)
        #expect(prover.sign(of: function("-beta_A*a"), over: assumptions) != .alwaysNegative)
    }

    @Test func contradictoryAssumptionsGiveAnEmptyRegion() {
        #expect(prover.sign(of: function("x"), over: [formula("x < 0"), formula("x > 1")]) == .emptyRegion)
    }

    @Test func identicalRationalFunctionsAreRecognisedWithoutTheSolver() {
        #expect(Prover.isIdentical(function("(H + a - 1)/(1 + a) + 1"), function("(H + 2a)/(a + 1)")))
        #expect(!Prover.isIdentical(function("(H + a - 1)/(1 + a) + 1"), function("H/(1 + a)")))
        #expect(Prover.isIdentical(function("(x^2 - 1)/(x - 1)"), function("x + 1")))
    }

    @Test func satisfiableFormulasComeWithARecheckedWitness() throws {
        let formulas = assumptions + [formula("beta_A > 1/(1 + a)")]
        guard case .satisfiable(let witness) = prover.isSatisfiable(formulas) else {
            Issue.record("expected satisfiable")
            return
        }
        for f in formulas { #expect(try f.evaluated(at: witness)) }
        #expect(prover.isSatisfiable([formula("x^2 < 0")]) == .unsatisfiable)
    }
}
