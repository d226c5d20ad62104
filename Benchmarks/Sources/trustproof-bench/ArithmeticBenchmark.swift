// Item 1: Rational's add, multiply and compare against the same loops over raw mpq_t in C.

import CMPQLoop
import Exact
import Foundation

enum Operation: CaseIterable {
    case add, multiply, compare

    var name: String {
        switch self {
        case .add: "add"
        case .multiply: "multiply"
        case .compare: "compare"
        }
    }

    var loopOperation: mpq_loop_operation {
        switch self {
        case .add: MPQ_LOOP_ADD
        case .multiply: MPQ_LOOP_MULTIPLY
        case .compare: MPQ_LOOP_COMPARE
        }
    }
}

/// Operand pairs of one size class, as Rationals and as the decimal strings the C side parses.
struct Operands {
    let label: String
    let left: [Rational]
    let right: [Rational]

    /// Numerators and denominators below 2^31 (`bits` = 31) or of about `bits` bits.
    init(label: String, bits: Int, count: Int, seed: UInt64) {
        self.label = label
        var generator = SplitMix64(seed: seed)
        func integer(nonzero: Bool) -> BigInteger {
            var value = BigInteger(0)
            var remaining = bits
            while remaining > 0 {
                let chunk = min(remaining, 31)
                value = value * BigInteger(1 << chunk) + BigInteger(Int(generator.next() >> UInt64(64 - chunk)))
                remaining -= chunk
            }
            return nonzero && value.isZero ? BigInteger(1) : value
        }
        func rational() -> Rational {
            let numerator = integer(nonzero: false)
            let negative = generator.next() & 1 == 1
            return Rational(negative ? BigInteger(0) - numerator : numerator, integer(nonzero: true))
        }
        left = (0..<count).map { _ in rational() }
        right = (0..<count).map { _ in rational() }
    }
}

struct ArithmeticResult {
    let operation: Operation
    let operands: String
    let rationalPerSecond: Double
    let mpqPerSecond: Double
}

/// Times `rounds` passes of `operation` over every pair, in Swift: a plain loop over arrays, as TrustProof's code
/// is written. (Walking the arrays' buffers directly measured no faster.)
@inline(never)
func rationalLoop(_ operation: Operation, _ left: [Rational], _ right: [Rational], rounds: Int) -> (Double, Int) {
    var results = [Rational](repeating: 0, count: left.count)
    var checksum = 0
    let elapsed = seconds {
        for round in 0..<rounds {
            switch operation {
            case .add:
                for i in left.indices { results[i] = left[i] + right[i] }
            case .multiply:
                for i in left.indices { results[i] = left[i] * right[i] }
            case .compare:
                for i in left.indices where left[i] < right[i] { checksum += 1 }
            }
            if operation != .compare { checksum += results[round % results.count].signum }
        }
    }
    return (elapsed, checksum)
}

/// Times the same loop over raw mpq_t.
func mpqLoop(_ operation: Operation, _ left: [Rational], _ right: [Rational], rounds: Int) -> (Double, Int) {
    let leftTexts = left.map(\.description), rightTexts = right.map(\.description)
    let result = withCStrings(leftTexts) { leftPointers in
        withCStrings(rightTexts) { rightPointers in
            mpq_loop_run(leftPointers, rightPointers, left.count, operation.loopOperation, rounds)
        }
    }
    precondition(result.nanoseconds > 0, "the C loop could not parse its operands")
    return (Double(result.nanoseconds) / 1e9, Int(result.checksum))
}

private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return body(copies.map { UnsafePointer($0) })
}

/// Every operation on small and large operands; each figure is the median of `runs` timed passes.
func arithmeticBenchmark(runs: Int) -> [ArithmeticResult] {
    let count = 4096
    let classes = [
        (Operands(label: "small (< 2^31)", bits: 31, count: count, seed: 1), 400),
        (Operands(label: "large (> 2^200)", bits: 224, count: count, seed: 2), 20),
    ]
    var results: [ArithmeticResult] = []
    for (operands, rounds) in classes {
        for operation in Operation.allCases {
            var swiftTimes: [Double] = [], cTimes: [Double] = []
            for _ in 0..<runs {
                let (swiftTime, swiftSum) = rationalLoop(operation, operands.left, operands.right, rounds: rounds)
                let (cTime, cSum) = mpqLoop(operation, operands.left, operands.right, rounds: rounds)
                precondition(swiftSum == cSum, "Rational and mpq_t disagree on \(operation.name)")
                swiftTimes.append(swiftTime)
                cTimes.append(cTime)
            }
            let operations = Double(count * rounds)
            results.append(ArithmeticResult(operation: operation, operands: operands.label,
                                            rationalPerSecond: operations / median(swiftTimes),
                                            mpqPerSecond: operations / median(cTimes)))
        }
    }
    return results
}
