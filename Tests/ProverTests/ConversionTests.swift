// The polynomial form the solver receives means exactly what the formula means, at every point tried.

import Exact
@testable import Prover
import Testing

@Suite struct PolynomialConversion {
    /// Formulas with divisions, nested divisions, negative powers, negations and every connective.
    static let formulas = [
        "(1 - b*(a+1))/(H + a - b*(a+1)) < 0",
        "not ((x^2 - 1)/(x - 1) >= 2)",
        "1/(1/x - 1) != 5",
        "x/y > 1 => x > y",
        "(x > 0 <=> y/x > 0) or x^-2 = 4",
        "not (a/(b - 1) <= 1/2 and b >= a) or H*a = 1",
        "y/(y + (1 - x)*(1 - y)) > 1/(1 + a)",
    ]

    @Test(arguments: formulas)
    func polynomialFormAgreesWithExactEvaluationOfTheTree(text: String) {
        let parsed = formula(text)
        // Small values, so that denominators vanish often: every combination of them for up to three variables.
        let values: [Rational] = [-2, -1, 0, rational("1/2"), 1, 2]
        let names = parsed.variables
        var index = Array(repeating: 0, count: names.count)
        var checked = 0
        repeat {
            let point = Dictionary(uniqueKeysWithValues: zip(names, index.map { values[$0] }))
            for negated in [false, true] {
                for strict in [false, true] {
                    let requirement = Requirement(parsed, negated: negated, strict: strict)
                    #expect(Condition(requirement).holds(at: point) == requirement.holds(at: point),
                            "\(text) negated: \(negated) strict: \(strict) at \(point)")
                    checked += 1
                }
            }
            var axis = names.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < values.count { break }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { break }
        } while true
        #expect(checked == 4 * names.reduce(1) { count, _ in count * values.count })
    }
}
