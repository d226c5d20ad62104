// The exact sampling pass that runs when Z3 gives up: a fixed grid, then seeded pseudo-random rationals, over a
// box derived from the premises' simple bounds. Every coordinate is an exact rational; no floating point.

import Exact

/// Looks for a point satisfying every requirement by exact evaluation at a fixed set of points.
struct Sampler {
    /// At most this many grid points (the per-axis count shrinks as the number of variables grows).
    static let gridBudget = 1296
    /// The number of pseudo-random points after the grid.
    static let randomPoints = 1024
    /// The largest denominator of the random fractions of each axis.
    static let randomDenominator = 64
    /// The width of an axis that the premises bound on one side only (or not at all: then [-span, span]).
    static let defaultSpan = Rational(4)

    let seed: UInt

    /// Samples until a point satisfies every requirement. The first `premiseCount` requirements are the premises;
    /// the report counts the points that satisfy them.
    func run(_ requirements: [Requirement], premiseCount: Int, variables: [String]) -> SamplingReport {
        let box = Self.box(for: requirements.prefix(premiseCount), variables: variables)
        var checked = 0, inRegion = 0
        func test(_ point: Point) -> Bool {
            checked += 1
            guard requirements.prefix(premiseCount).allSatisfy({ $0.holds(at: point) }) else { return false }
            inRegion += 1
            return requirements.dropFirst(premiseCount).allSatisfy { $0.holds(at: point) }
        }
        for point in Self.grid(box, variables: variables) where test(point) {
            return SamplingReport(pointsChecked: checked, pointsInRegion: inRegion, counterexample: point)
        }
        var generator = SplitMix64(seed: 0x5452_5553_5450_524F ^ UInt64(seed))
        for _ in 0..<Self.randomPoints {
            var point: Point = [:]
            for name in variables {
                let (lower, upper) = box[name]!
                let denominator = 1 + generator.next(below: Self.randomDenominator)
                let numerator = generator.next(below: denominator + 1)
                point[name] = lower + (upper - lower) * Rational(numerator, denominator)
            }
            if test(point) {
                return SamplingReport(pointsChecked: checked, pointsInRegion: inRegion, counterexample: point)
            }
        }
        return SamplingReport(pointsChecked: checked, pointsInRegion: inRegion, counterexample: nil)
    }

    /// The grid: each axis cut into `m` equal steps (ends included), in lexicographic order of the variables.
    static func grid(_ box: [String: (Rational, Rational)], variables: [String]) -> [Point] {
        guard !variables.isEmpty else { return [[:]] }
        var steps = 64
        while steps > 1 && power(steps + 1, variables.count) > gridBudget { steps -= 1 }
        let axes = variables.map { name -> [Rational] in
            let (lower, upper) = box[name]!
            return (0...steps).map { lower + (upper - lower) * Rational($0, steps) }
        }
        var points: [Point] = []
        var index = Array(repeating: 0, count: variables.count)
        while true {
            var point: Point = [:]
            for (axis, name) in variables.enumerated() { point[name] = axes[axis][index[axis]] }
            points.append(point)
            var axis = variables.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] <= steps { break }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return points }
        }
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        var result = 1
        for _ in 0..<exponent {
            result *= base
            if result > gridBudget { return result }
        }
        return result
    }

    /// Bounds for each variable from the premises' top-level conditions that are linear in that variable alone
    /// (`H > 1`, `0 <= beta_A <= 1`); an axis without bounds gets a default span.
    static func box<C: Collection>(for premises: C, variables: [String]) -> [String: (Rational, Rational)]
    where C.Element == Requirement {
        var lowers: [String: Rational] = [:], uppers: [String: Rational] = [:]
        for condition in premises.flatMap({ Condition($0).conjuncts }) {
            guard case .atom(let polynomial, let op) = condition, op != .notEqual,
                  polynomial.variables.count == 1, let name = polynomial.variables.first,
                  polynomial.degree(in: name) == 1
            else { continue }
            let slope = polynomial.coefficient(of: name, power: 1).constantValue!
            let offset = polynomial.coefficient(of: name, power: 0).constantValue!
            let root = -offset / slope
            // slope·x + offset ⋈ 0 is x ⋈ root, with the direction flipped when the slope is negative.
            let direction = slope.signum > 0 ? op : op.flipped
            if direction != .less && direction != .lessOrEqual {
                if lowers[name].map({ root > $0 }) ?? true { lowers[name] = root }
            }
            if direction != .greater && direction != .greaterOrEqual {
                if uppers[name].map({ root < $0 }) ?? true { uppers[name] = root }
            }
        }
        var box: [String: (Rational, Rational)] = [:]
        for name in variables {
            switch (lowers[name], uppers[name]) {
            case let (lower?, upper?): box[name] = (lower, max(lower, upper))
            case let (lower?, nil): box[name] = (lower, lower + defaultSpan)
            case let (nil, upper?): box[name] = (upper - defaultSpan, upper)
            case (nil, nil): box[name] = (-defaultSpan, defaultSpan)
            }
        }
        return box
    }
}
