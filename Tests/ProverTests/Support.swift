// Shared helpers: parsing fixed texts and the paper's assumptions.

import Exact
import Prover
import TrustGame

/// Parses a formula written in the test itself (known to parse).
func formula(_ text: String) -> Formula {
    try! Formula.parse(text)
}

/// Parses an expression written in the test itself and reduces it to a rational function.
func function(_ text: String) -> RationalFunction {
    try! Expression.parse(text).rationalFunction()
}

/// The exact rational `text` ("3/2").
func rational(_ text: String) -> Rational {
    Rational(text)!
}

/// The assumptions of the independence model that concern `variables`.
func paperAssumptions(_ variables: [String]) -> [Formula] {
    GameModel.independence.assumptions(relevantTo: Set(variables)).map(\.formula)
}

/// Whether `point` satisfies the assumptions and hypotheses and makes the conclusion false, by `Exact`'s own
/// evaluation (which throws at a zero denominator; a witness must be defined everywhere it is evaluated).
func isCounterexample(_ point: [String: Rational], assumptions: [Formula], hypotheses: [Formula] = [],
                      conclusion: Formula) -> Bool {
    do {
        for premise in assumptions + hypotheses where !(try premise.evaluated(at: point)) { return false }
        return !(try conclusion.evaluated(at: point))
    } catch {
        return false
    }
}
