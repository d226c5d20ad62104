// Exact decimal expansion of a Rational, computed by integer division (no floating point).

extension Rational {
    /// The decimal expansion, truncated after `significantDigits` significant digits.
    ///
    /// The digits shown are exact digits of the value. When the expansion does not end within them, `...` follows,
    /// so `(1/3).decimalExpansion(significantDigits: 5)` is `0.33333...` and `(1/8)` gives `0.125`.
    /// Integers print all their digits whatever `significantDigits` is.
    public func decimalExpansion(significantDigits: Int) -> String {
        precondition(significantDigits > 0, "decimalExpansion needs at least one digit")
        let sign = signum < 0 ? "-" : ""
        let value = magnitude
        let (integerPart, remainderPart) = value.numerator.floorDivided(by: value.denominator)
        var text = integerPart.description
        var remainder = remainderPart
        let denominator = value.denominator
        // Digits already used by the integer part, unless it is 0 (leading zeros are not significant).
        var used = integerPart.isZero ? 0 : text.count
        var fraction = ""
        let ten = BigInteger(10)
        while !remainder.isZero && used < significantDigits {
            let (digit, next) = (remainder * ten).floorDivided(by: denominator)
            fraction += digit.description
            if used > 0 || !digit.isZero { used += 1 }
            remainder = next
        }
        if !fraction.isEmpty { text += "." + fraction }
        if !remainder.isZero { text += "..." }
        return sign + text
    }
}
