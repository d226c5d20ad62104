// Exact sample points over a model's admissible region: a fixed grid, seeded pseudo-random rationals, and points
// placed exactly on derived thresholds, where some type is indifferent. No floating point: every coordinate is a
// small fraction.

import Exact

/// Generates exact points for a model. The same seed gives the same points on every run and machine.
public struct ParameterSampler: Sendable {
    public let model: GameModel
    public let seed: UInt64
    /// Whether A2 (H - a < 1) is imposed; without it, a ranges over (0, H).
    public let imposesA2: Bool

    public init(model: GameModel, seed: UInt64 = 0x5452_5553_5450_524F, imposesA2: Bool = true) {
        self.model = model
        self.seed = seed
        self.imposesA2 = imposesA2
    }

    /// A fixed grid: H in {5/4, 3/2, 2, 3} and a a quarter, half and three quarters of the way across its range,
    /// y in {1/10, ..., 9/10}^2 in the baseline; with independence, a coarser grid for H, a and y times beta in
    /// {0, 1/2, 1}^2; with salience, times theta in {1/2, 2}. It includes H = 3/2, a = 3/4 (the figures' values).
    public func grid() -> [[String: Rational]] {
        let baseline = model.kind == .baseline
        let hs: [Rational] = baseline ? [Rational(5, 4), Rational(3, 2), 2, 3] : [Rational(3, 2), 2]
        let fractions: [Rational] = baseline ? [Rational(1, 4), Rational(1, 2), Rational(3, 4)] : [Rational(1, 4), Rational(3, 4)]
        let ys: [Rational] = baseline ? (1...9).map { Rational($0, 10) } : (1...4).map { Rational($0, 5) }
        let betas: [Rational] = baseline ? [0] : [0, Rational(1, 2), 1]
        let thetas: [Rational] = model.kind == .salience ? [Rational(1, 2), 2] : [1]
        var points: [[String: Rational]] = []
        for h in hs {
            for fraction in fractions {
                for yA in ys {
                    for yB in ys {
                        for betaA in betas {
                            for betaB in betas {
                                for theta in thetas {
                                    points.append(complete(["H": h, "a": a(h, fraction), "y_A": yA, "y_B": yB,
                                                            "beta_A": betaA, "beta_B": betaB, "theta": theta]))
                                }
                            }
                        }
                    }
                }
            }
        }
        return points
    }

    /// `count` pseudo-random points; `stream` picks an independent sequence.
    public func random(count: Int, stream: UInt64 = 0) -> [[String: Rational]] {
        var generator = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        return (0..<count).map { _ in randomPoint(&generator) }
    }

    /// `count` points, each a pseudo-random point with y_A or y_B moved exactly onto one of `thresholds` (roots of
    /// derived constraints, as functions of the other parameters), when that root lies in (0, 1). `adjust` is
    /// applied to each random point first (a claim's hypotheses may pin some parameters) and again after the move.
    public func onThresholds(
        count: Int, thresholds: [(variable: String, root: RationalFunction)], stream: UInt64 = 0,
        adjust: ([String: Rational]) -> [String: Rational] = { $0 }
    ) -> [[String: Rational]] {
        guard !thresholds.isEmpty else { return [] }
        var generator = SplitMix64(seed: seed ^ 0xB0DA ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        var points: [[String: Rational]] = []
        var attempts = 0
        while points.count < count && attempts < 20 * count {
            attempts += 1
            var point = adjust(randomPoint(&generator))
            let (variable, root) = thresholds[generator.next(below: thresholds.count)]
            guard let value = try? root.evaluated(at: point), value > 0, value < 1 else { continue }
            point[variable] = value
            points.append(adjust(point))
        }
        return points
    }

    /// The thresholds of a table: every derived polynomial linear in y_A or y_B, with its root, plus the period-1
    /// constraints of the library's pure profiles.
    public static func thresholds(of table: EnumerationTable) -> [(variable: String, root: RationalFunction)] {
        var polynomials = table.pool.compiled.map(\.polynomial)
        polynomials += table.basePeriodOne.flatMap { $0.flatMap { $0.map(\.numerator) } }
        for entry in ProfileLibrary.names {
            guard let profile = ProfileLibrary.profile(named: entry).flatMap(PureProfile.init) else { continue }
            let combos = (0..<4).map { ProfileIndex.combo(profile, at: $0) }
            polynomials += table.periodOneDifferences(firstPair: ProfileIndex.firstPair(profile), combos: combos).map(\.numerator)
        }
        var seen: Set<RationalFunction> = []
        var result: [(String, RationalFunction)] = []
        for variable in ["y_A", "y_B"] {
            for polynomial in polynomials where polynomial.degree(in: variable) == 1 {
                let parts = polynomial.coefficients(in: variable)
                let root = RationalFunction(-(parts[0] ?? .zero), parts[1]!)
                if seen.insert(root).inserted { result.append((variable, root)) }
            }
        }
        return result
    }

    private func a(_ h: Rational, _ fraction: Rational) -> Rational {
        imposesA2 ? h - 1 + fraction : h * fraction
    }

    private func randomPoint(_ generator: inout SplitMix64) -> [String: Rational] {
        /// A fraction in (0, 1), or [0, 1] when `closed`, with a denominator up to 40.
        func unit(closed: Bool = false) -> Rational {
            let denominator = 2 + generator.next(below: 39)
            let numerator = closed ? generator.next(below: denominator + 1) : 1 + generator.next(below: denominator - 1)
            return Rational(numerator, denominator)
        }
        let h = 1 + 2 * unit()
        return complete(["H": h, "a": a(h, unit()), "y_A": unit(), "y_B": unit(), "beta_A": unit(closed: true),
                         "beta_B": unit(closed: true), "theta": 3 * unit()])
    }

    /// The point with the model's fixed parameters in place of the sampled ones.
    private func complete(_ point: [String: Rational]) -> [String: Rational] {
        point.merging(model.fixedParameters) { _, fixed in fixed }
    }
}

