// From Z3's model to a simple exact witness that re-checks.

import Exact

enum Witness {
    /// Exact rational points for a model: rational values as they are, and for each irrational algebraic value the
    /// simplest rational inside its enclosure, tried at increasing precision. Returns the first point that passes
    /// `check`, or nil when none does (for example when the model lies on a curve with no rational points nearby).
    static func rationalPoint(from model: [String: ModelValue], check: (Point) -> Bool) -> Point? {
        let hasAlgebraic = model.values.contains { if case .algebraic = $0 { return true } else { return false } }
        let levels = hasAlgebraic ? Z3Solver.algebraicPrecisions.count : 1
        for level in 0..<levels {
            let point = model.mapValues { value -> Rational in
                switch value {
                case .rational(let exact):
                    return exact
                case .algebraic(let enclosures):
                    return Rational.simplestRational(between: enclosures[level].lower, and: enclosures[level].upper)
                }
            }
            if check(point) { return point }
        }
        return nil
    }

    /// Makes a point that passes `check` simpler, one variable at a time (in name order, two rounds): the simplest
    /// rational within distance 2^k of the current value, for k = 6, 5, ..., -40, is kept as soon as the whole
    /// point still passes `check`. The result passes `check`.
    static func simplified(_ start: Point, check: (Point) -> Bool) -> Point {
        var point = start
        let names = point.keys.sorted()
        for _ in 0..<2 {
            var changed = false
            for name in names {
                let current = point[name]!
                for exponent in stride(from: 6, through: -40, by: -1) {
                    let width = exponent >= 0 ? Rational(1 << exponent) : Rational(1, 1 << -exponent)
                    let candidate = Rational.simplestRational(between: current - width, and: current + width)
                    // The simplest value of a wider interval that holds `current` is at least as simple as any
                    // value of a narrower one; once it is `current` itself there is nothing simpler to try.
                    if candidate == current { break }
                    var trial = point
                    trial[name] = candidate
                    if check(trial) {
                        point = trial
                        changed = true
                        break
                    }
                }
            }
            if !changed { break }
        }
        return point
    }
}
