// Rational: field axioms, order, hashing, parsing, decimal expansion and simplest rationals.

import Exact
import Foundation
import Testing

/// Small values, values above 2^200, and a mix, from a fixed seed.
private func sampleRationals(count: Int, seed: UInt64) -> [Rational] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { index in
        switch index % 3 {
        case 0: generator.rational(bits: 30)
        case 1: generator.rational(bits: 240)
        default: generator.rational(bits: Int(generator.next() % 300) + 1)
        }
    }
}

@Suite struct RationalFieldAxioms {
    let values = sampleRationals(count: 3_000, seed: 20_251_123)

    @Test func additionAndMultiplicationAreCommutativeAndAssociative() {
        for i in 0..<(values.count - 2) {
            let (x, y, z) = (values[i], values[i + 1], values[i + 2])
            #expect(x + y == y + x)
            #expect(x * y == y * x)
            #expect((x + y) + z == x + (y + z))
            #expect((x * y) * z == x * (y * z))
        }
    }

    @Test func multiplicationDistributesOverAddition() {
        for i in 0..<(values.count - 2) {
            let (x, y, z) = (values[i], values[i + 1], values[i + 2])
            #expect(x * (y + z) == x * y + x * z)
        }
    }

    @Test func inversesAndIdentitiesHold() {
        for x in values {
            #expect(x + .zero == x)
            #expect(x * .one == x)
            #expect(x + (-x) == .zero)
            #expect(x - x == .zero)
            if !x.isZero {
                #expect(x * x.reciprocal == .one)
                #expect(x / x == .one)
            }
        }
    }

    @Test func resultsAreCanonical() {
        for i in 0..<(values.count - 1) {
            let sum = values[i] + values[i + 1]
            #expect(sum.denominator > 0)
            #expect(BigInteger.gcd(sum.numerator, sum.denominator) == 1)
        }
    }
}

@Suite struct RationalOrderAndHashing {
    let values = sampleRationals(count: 2_000, seed: 7)

    @Test func orderIsTotalAndConsistentWithSubtraction() {
        for i in 0..<(values.count - 1) {
            let (x, y) = (values[i], values[i + 1])
            #expect([x < y, x == y, x > y].filter { $0 }.count == 1)
            #expect((x < y) == ((y - x).signum > 0))
        }
    }

    @Test func equalValuesHashEqual() {
        for x in values {
            let rebuilt = Rational(x.numerator * 6, x.denominator * 6)
            #expect(rebuilt == x)
            #expect(rebuilt.hashValue == x.hashValue)
        }
        #expect(Set(values + values).count == Set(values).count)
    }

    @Test func comparesWithIntegers() {
        #expect(Rational(7, 2) > 3)
        #expect(Rational(7, 2) < 4)
        #expect(Rational(-6, 3) == -2)
        #expect(Rational(1, 3) != 0)
    }
}

@Suite struct RationalValueSemantics {
    @Test func mutatingACopyLeavesTheOriginal() {
        let original = Rational(3, 4)
        var copy = original
        copy += 1
        #expect(original == Rational(3, 4))
        #expect(copy == Rational(7, 4))
    }

    @Test func largeIntegerCopiesAreIndependent() {
        let original = BigInteger("123456789012345678901234567890")!
        var copy = original
        copy += 1
        #expect(original.description == "123456789012345678901234567890")
        #expect(copy.description == "123456789012345678901234567891")
    }
}

@Suite struct RationalOperations {
    @Test func powersIncludeNegativeExponents() {
        #expect(Rational(2, 3).power(3) == Rational(8, 27))
        #expect(Rational(2, 3).power(-2) == Rational(9, 4))
        #expect(Rational(-1, 2).power(0) == 1)
        #expect(Rational(-1, 2).power(-3) == -8)
    }

    @Test func floorAndCeilingRoundTowardsTheRightInfinity() {
        #expect(Rational(7, 2).floor == 3)
        #expect(Rational(7, 2).ceiling == 4)
        #expect(Rational(-7, 2).floor == -4)
        #expect(Rational(-7, 2).ceiling == -3)
        #expect(Rational(5).floor == 5)
        #expect(Rational(5).ceiling == 5)
    }

    @Test func signAbsoluteValueAndParts() {
        let value = Rational(-6, 8)
        #expect(value.signum == -1)
        #expect(value.magnitude == Rational(3, 4))
        #expect(value.numerator == -3)
        #expect(value.denominator == 4)
    }
}

@Suite struct RationalParsing {
    @Test(arguments: [
        ("-7", "-7"), ("3/4", "3/4"), ("0.75", "3/4"), ("1.5e-3", "3/2000"), ("-2/-4", "1/2"),
        ("0.1", "1/10"), (".5", "1/2"), ("2E3", "2000"), ("+6/4", "3/2"), ("-0", "0"),
    ])
    func parsesEveryDocumentedForm(text: String, canonical: String) {
        #expect(Rational(text)?.description == canonical)
    }

    @Test(arguments: ["", "1/0", "1/", "/2", "1.2.3", "1e", "abc", "1 /2", "0x10", "--1"])
    func rejectsMalformedText(text: String) {
        #expect(Rational(text) == nil)
    }

    @Test func printingThenParsingIsTheIdentity() {
        for value in sampleRationals(count: 500, seed: 99) {
            #expect(Rational(value.description) == value)
        }
    }

    @Test func codableUsesAString() throws {
        let data = try JSONEncoder().encode([Rational(3, 2)])
        #expect(String(decoding: data, as: UTF8.self) == #"["3\/2"]"#)
        #expect(try JSONDecoder().decode([Rational].self, from: data) == [Rational(3, 2)])
    }
}

@Suite struct RationalDecimalExpansion {
    @Test func terminatingExpansionsAreExact() {
        #expect(Rational(1, 8).decimalExpansion(significantDigits: 20) == "0.125")
        #expect(Rational(-5, 2).decimalExpansion(significantDigits: 20) == "-2.5")
        #expect(Rational(42).decimalExpansion(significantDigits: 3) == "42")
    }

    @Test func nonTerminatingExpansionsAreTruncatedAndMarked() {
        #expect(Rational(-9, 41).decimalExpansion(significantDigits: 20) == "-0.21951219512195121951...")
        #expect(Rational(1, 3000).decimalExpansion(significantDigits: 4) == "0.0003333...")
        #expect(Rational(200, 3).decimalExpansion(significantDigits: 5) == "66.666...")
    }
}

@Suite struct SimplestRational {
    @Test func findsTheSmallestDenominatorInAClosedInterval() {
        #expect(Rational.simplestRational(between: Rational("0.33")!, and: Rational("0.34")!) == Rational(1, 3))
        #expect(Rational.simplestRational(between: Rational(3, 2), and: Rational(5, 2)) == 2)
        #expect(Rational.simplestRational(between: Rational(-5, 2), and: Rational(-2, 1)) == -2)
        #expect(Rational.simplestRational(between: Rational(-1), and: Rational(1)) == 0)
        #expect(Rational.simplestRational(between: Rational(7, 10), and: Rational(7, 10)) == Rational(7, 10))
        #expect(Rational.simplestRational(between: Rational("3.14159")!, and: Rational("3.1416")!) == Rational(355, 113))
    }

    @Test func openIntervalsExcludeTheirEnds() {
        #expect(Rational.simplestRational(strictlyBetween: 1, and: 2) == Rational(3, 2))
        #expect(Rational.simplestRational(strictlyBetween: 0, and: Rational(1, 2)) == Rational(1, 3))
        #expect(Rational.simplestRational(strictlyBetween: Rational(1, 2), and: 1) == Rational(2, 3))
        #expect(Rational.simplestRational(strictlyBetween: -1, and: 1) == 0)
    }

    @Test func theAnswerLiesInTheIntervalForRandomIntervals() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<300 {
            let x = generator.rational(bits: 40), y = generator.rational(bits: 40)
            guard x != y else { continue }
            let (lower, upper) = (min(x, y), max(x, y))
            let simplest = Rational.simplestRational(strictlyBetween: lower, and: upper)
            #expect(lower < simplest && simplest < upper)
            // No smaller denominator fits: check the denominators below it directly.
            let limit = min(simplest.denominator.exactInt ?? 50, 50)
            for denominator in 1..<limit {
                let candidate = (Rational(BigInteger(denominator)) * lower).floor + 1
                #expect(!(Rational(candidate, BigInteger(denominator)) < upper))
            }
        }
    }
}

@Suite struct RationalMachineWordBoundary {
    @Test func sumsAndProductsThatOverflowAWordAreExact() {
        let largest = Rational(Int.max)
        #expect((largest + 1).description == "9223372036854775808")
        #expect((largest * largest).description == "85070591730234615847396907784232501249")
        #expect((Rational(Int.min) - 1).description == "-9223372036854775809")
        #expect((-Rational(Int.min)).description == "9223372036854775808")
        #expect((Rational(1, Int.max) + Rational(1, Int.max - 1)).description
            == "18446744073709551613/85070591730234615838173535747377725442")
    }

    @Test func aLargeResultThatFitsAgainIsTheSameValueAsASmallOne() {
        let big = Rational(BigInteger(2).power(70))
        let one = big / big
        #expect(one == Rational(1))
        #expect(one.hashValue == Rational(1).hashValue)
        let back = (Rational(Int.max) + 1) - 1
        #expect(back == Rational(Int.max))
        #expect(Set([back, Rational(Int.max)]).count == 1)
    }

    @Test func comparisonsNearTheWordLimitsAreExact() {
        #expect(!(Rational(Int.max - 1, Int.max) < Rational(Int.max - 2, Int.max - 1)))
        #expect(Rational(Int.max - 2, Int.max - 1) < Rational(Int.max - 1, Int.max))
        #expect(Rational(Int.min + 1) < Rational(Int.max))
        #expect(Rational(-1, Int.max).compare(to: 0) == -1)
        #expect(Rational(Int.max, 2).compare(to: Int.max / 2) == 1)
        #expect(Rational(Int.min).compare(to: Int.min) == 0)
    }
}
