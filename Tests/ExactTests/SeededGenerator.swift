// Random big test values from the seeded generator, so property tests see the same values on every run.

import Exact

typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    /// An integer with up to `bits` bits, of either sign.
    mutating func bigInteger(bits: Int) -> BigInteger {
        var value = BigInteger(0)
        let words = (bits + 59) / 60
        for _ in 0..<words {
            value = value * BigInteger(1 << 60) + BigInteger(Int(next() >> 4))
        }
        return next() & 1 == 0 ? value : -value
    }

    /// A rational whose numerator and denominator have up to `bits` bits; the denominator is non-zero.
    mutating func rational(bits: Int) -> Rational {
        var denominator = bigInteger(bits: bits)
        if denominator.isZero { denominator = 1 }
        return Rational(bigInteger(bits: bits), denominator)
    }
}
