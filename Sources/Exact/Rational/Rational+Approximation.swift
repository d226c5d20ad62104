// The simplest rational in an interval, by the Stern–Brocot (continued fraction) descent.

extension Rational {
    /// The rational with the smallest denominator in the closed interval [`lower`, `upper`] (and, among those, the
    /// one nearest zero). Used to choose readable witnesses. Traps when `lower > upper`.
    ///
    /// Example: between 0.33 and 0.34 the answer is 1/3.
    public static func simplestRational(between lower: Rational, and upper: Rational) -> Rational {
        precondition(lower <= upper, "simplestRational: empty interval")
        return simplest(lower, includesLower: true, upper, includesUpper: true)
    }

    /// The rational with the smallest denominator in the open interval (`lower`, `upper`). Traps when
    /// `lower >= upper`.
    public static func simplestRational(strictlyBetween lower: Rational, and upper: Rational) -> Rational {
        precondition(lower < upper, "simplestRational: empty interval")
        return simplest(lower, includesLower: false, upper, includesUpper: false)
    }

    /// The simplest rational in an interval with the given end points, each included or not; `upper` nil means
    /// +infinity. The interval must be non-empty.
    private static func simplest(
        _ lower: Rational, includesLower: Bool, _ upper: Rational?, includesUpper: Bool
    ) -> Rational {
        // Reduce to non-negative intervals: 0 is simplest if included; negatives mirror positives.
        if let upper, upper.signum < 0 || (upper.isZero && !includesUpper) {
            return -simplest(-upper, includesLower: includesUpper, -lower, includesUpper: includesLower)
        }
        if lower.signum < 0 || (lower.isZero && includesLower) { return .zero }
        // Smallest integer in the interval, if any.
        let lowerFloor = lower.floor
        var candidate = Rational(lower.ceiling)
        if candidate == lower && !includesLower { candidate += 1 }
        if let upper {
            if candidate < upper || (candidate == upper && includesUpper) { return candidate }
        } else {
            return candidate
        }
        // No integer inside: both ends share the integer part n. Write x = n + 1/x' and recurse on the reciprocals,
        // which swaps the ends (and the lower end may become +infinity when it was n itself).
        let whole = Rational(lowerFloor)
        let upperGap = upper! - whole
        let lowerGap = lower - whole
        let tail = simplest(
            upperGap.reciprocal, includesLower: includesUpper,
            lowerGap.isZero ? nil : lowerGap.reciprocal, includesUpper: includesLower)
        return whole + tail.reciprocal
    }
}
