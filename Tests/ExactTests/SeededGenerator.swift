// A deterministic random number generator, so that property tests see the same values on every run.

import Exact

/// SplitMix64: small, fast and good enough for test data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
