// Polynomial: expansion, substitution, derivatives, coefficients, division and gcd.

@testable import Exact
import Testing

private func p(_ text: String) throws -> Polynomial {
    let function = try Expression.parse(text).rationalFunction()
    return try #require(function.polynomial)
}

@Suite struct PolynomialArithmetic {
    @Test func binomialExpansionHasTheBinomialCoefficients() throws {
        let sum = try p("x + y").power(5)
        #expect(sum == (try p("x^5 + 5 x^4 y + 10 x^3 y^2 + 10 x^2 y^3 + 5 x y^4 + y^5")))
        #expect(sum.expression.ascii == "x^5 + 5 x^4 y + 10 x^3 y^2 + 10 x^2 y^3 + 5 x y^4 + y^5")
    }

    @Test func zeroCoefficientsAreNeverStored() throws {
        let difference = try p("x + y") - p("x")
        #expect(difference == (try p("y")))
        #expect(difference.coefficients.count == 1)
        #expect((try p("x") - p("x")).isZero)
    }

    @Test func substitutionThenEvaluationEqualsEvaluationOfTheOriginal() throws {
        let polynomial = try p("H^2 y_B - 3 a y_B + beta_A (a + 1) - 7/2")
        let replacement = try p("2 a - 1")
        let substituted = polynomial.substituting("H", with: replacement)
        for (a, y, beta) in [(Rational(3, 4), Rational(1, 3), Rational(7, 10)), (2, 5, -1), (Rational(-1, 9), 0, 1)] {
            let h = try replacement.evaluated(at: ["a": a])
            let direct = try polynomial.evaluated(at: ["H": h, "a": a, "y_B": y, "beta_A": beta])
            #expect(try substituted.evaluated(at: ["a": a, "y_B": y, "beta_A": beta]) == direct)
        }
    }

    @Test func derivativeOfAKnownPolynomial() throws {
        let polynomial = try p("x^3 y - 2 x y^2 + 5 x - 7")
        #expect(polynomial.derivative(with: "x") == (try p("3 x^2 y - 2 y^2 + 5")))
        #expect(polynomial.derivative(with: "y") == (try p("x^3 - 4 x y")))
        #expect(polynomial.derivative(with: "z").isZero)
    }

    @Test func coefficientsInOneVariableWriteAConstraintAsC1YPlusC0() throws {
        // The greedy type's trust-building constraint, 1 - H y_B ≥ 0, is linear in y_B.
        let constraint = try p("y_B (H + a + 1) + 2 (1 - y_B) - y_B (2 H + a) - (1 - y_B)")
        let coefficients = constraint.coefficients(in: "y_B")
        #expect(coefficients.keys.sorted() == [0, 1])
        #expect(coefficients[1] == (try p("-H")))
        #expect(coefficients[0] == 1)
        #expect(constraint.degree(in: "y_B") == 1)
        #expect(constraint.degree(in: "a") == 0)
    }

    @Test func evaluationNamesAMissingVariable() throws {
        #expect(throws: Polynomial.UnboundVariable(name: "y")) { try p("x + y").evaluated(at: ["x": 1]) }
    }
}

@Suite struct PolynomialDivisionAndGCD {
    @Test func exactDivisionRecoversAFactor() throws {
        let product = try p("(a + 1)(H + a - beta_A (a + 1))")
        #expect(product.dividedExactly(by: try p("a + 1")) == (try p("H + a - beta_A (a + 1)")))
        #expect(product.dividedExactly(by: try p("a + 2")) == nil)
    }

    @Test func gcdFindsTheCommonFactor() throws {
        let common = try p("1 - beta_A (a + 1)")
        let first = try common * p("H + a")
        let second = try common * p("H - a") * p("y_B + 2")
        #expect(Polynomial.gcd(first, second) == common.primitiveIntegerForm)
    }

    @Test func gcdOfCoprimePolynomialsIsOne() throws {
        #expect(Polynomial.gcd(try p("x^2 + 1"), try p("x + 1")) == 1)
        #expect(Polynomial.gcd(try p("x y + 1"), try p("x - y")) == 1)
    }

    @Test func gcdIgnoresConstantFactors() throws {
        #expect(Polynomial.gcd(try p("2 x"), try p("4 x")) == (try p("x")))
        #expect(Polynomial.gcd(try p("x^2 - y^2"), try p("3 x + 3 y")) == (try p("x + y")))
    }
}

@Suite struct RationalFunctionForms {
    @Test func theDisplayFormOfAnUnreducedProductIsThePapersThreshold() throws {
        // (1 - β(a+1))(H - a + 1) / ((H + a - β(a+1))(H - a + 1)), expanded, must print as the paper writes it.
        let common = try p("H - a + 1")
        let numerator = try p("1 - beta_A (a + 1)") * common
        let denominator = try p("H + a - beta_A (a + 1)") * common
        let threshold = RationalFunction(numerator, denominator)
        #expect(threshold.expression.ascii == "(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))")
        #expect(threshold.expression.latex
            == "\\frac{1 - \\beta_A \\left(a + 1\\right)}{H + a - \\beta_A \\left(a + 1\\right)}")
    }

    @Test func displayClearsDenominatorsAndMakesTheDenominatorReadPositive() throws {
        let function = try Expression.parse("(1/2 - x/3)/(-y/4)").rationalFunction()
        #expect(function.expression.ascii == "(4 x - 6)/(3 y)")
        #expect(try Expression.parse("1/(H + a)").rationalFunction().expression.ascii == "1/(H + a)")
        #expect(try Expression.parse("(2 H + 2)/4").rationalFunction().expression.ascii == "1/2 H + 1/2")
    }

    @Test func sumsAndProductsAreReducedWithoutAGCDOfTheWholeProduct() throws {
        func f(_ text: String) throws -> RationalFunction { try Expression.parse(text).rationalFunction() }
        // Coprime denominators; denominators sharing x (the sum's numerator shares it too); a sum that cancels.
        let coprime = try f("1/(x + 1)") + f("1/(x - 1)"), expected = try f("2 x/(x^2 - 1)")
        #expect(coprime == expected)
        let shared = try f("1/(x (x + 1))") + f("1/(x (x - 1))"), denominator = try p("x^2 - 1")
        #expect(shared.numerator == 2 && shared.denominator == denominator)
        let cancelled = try f("1/(x + y)") + f("-1/(x + y)")
        #expect(cancelled == .zero)
        let product = try f("x/(y + 1)") * f("(y + 1)/(2 x)")
        #expect(product == RationalFunction(Rational(1, 2)))
    }

    @Test func equalityIsByValue() throws {
        let first = try Expression.parse("1/(1+a) - 1/(H+a)").rationalFunction()
        let second = try Expression.parse("(H - 1)/((1+a)(H+a))").rationalFunction()
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
    }

    @Test func evaluationReportsAZeroDenominator() throws {
        let function = try Expression.parse("1/(H - 1)").rationalFunction()
        #expect(throws: RationalFunction.ZeroDenominator()) { try function.evaluated(at: ["H": 1]) }
        #expect(try function.evaluated(at: ["H": 3]) == Rational(1, 2))
    }

    @Test func derivativeOfTheThresholdInBeta() throws {
        let threshold = try Expression.parse("(1 - beta_A (a + 1))/(H + a - beta_A (a + 1))").rationalFunction()
        let expected = try Expression.parse("-(a + 1)(H + a - 1)/(H + a - beta_A (a + 1))^2").rationalFunction()
        #expect(threshold.derivative(with: "beta_A") == expected)
    }
}

@Suite struct GCDEdgeCases {
    @Test func pseudoRemainderCarriesTheFullPowerOfTheLeadingCoefficient() throws {
        // x^3 + y divided by y x^2: one reduction removes two degrees at once; the factor must still be y^2.
        let a = try p("x^3 + y x + y"), b = try p("y x^2 + y")
        let remainder = a.pseudoRemainder(dividingBy: b, in: "x")
        #expect(remainder == (try p("y^3 x - y^2 x + y^3")))
        #expect((((try p("y^2")) * a - remainder).dividedExactly(by: b)) == (try p("y x")))
    }

    @Test func gcdOfPolynomialsWithManyVariablesIsFoundQuickly() throws {
        let common = try p("a y_B + beta_A (1 - y_B) + theta")
        let first = try common * p("H + a - beta_A (a + 1) + y_A")
        let second = try common * p("1 - omega (a + 1) y_B + H theta")
        #expect(Polynomial.gcd(first, second) == common.primitiveIntegerForm)
    }

    @Test func univariateImagesShowWhichVariablesTheGCDLacks() throws {
        let first = try p("(a + 1)(x + y)"), second = try p("(a + 1)(x - y) z")
        // x and y: coprime images; z: only one side has it; a: the images share a + 1.
        #expect(Polynomial.variablesOutsideGCD(first, second) == ["x", "y", "z"])
        #expect(Polynomial.gcd(first, second) == (try p("a + 1")))
        #expect(Polynomial.variablesOutsideGCD(try p("x y + 1"), try p("x - y")) == ["x", "y"])
    }

    @Test func aLeadingCoefficientThatVanishesAtTheImagePointIsNotTrusted() throws {
        // At x = 2 the leading coefficient (x - 2) of the first in y vanishes; another image point decides.
        let common = try p("y + x")
        let first = try common * p("(x - 2) y + 1"), second = try common * p("y - 3")
        #expect(Polynomial.gcd(first, second) == common.primitiveIntegerForm)
    }
}

