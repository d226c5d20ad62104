// The paper's Figures 1-3 as map slices, and their Markdown reports: what each map shows, how it was computed, and
// how it compares with what the paper says about the figure.

import Exact
import Foundation
import TrustGame

/// One of the paper's figures: the slice it plots.
public struct PaperFigure: Sendable {
    public let number: Int
    /// The paper's caption title.
    public let title: String
    public let slice: MapSlice
    public let labelsBoundaries: Bool
    /// The `trustproof map` arguments that draw the same slice.
    public let arguments: [String]

    /// `figure1`, ...
    public var name: String { "figure\(number)" }

    /// Figures 1-3 at `resolution` cells per axis: the baseline and the independence model at the paper's values,
    /// and the trust-building region over (beta_A, y_B) on the symmetric slice beta_B = beta_A, y_A = y_B (the
    /// caption: "The plot is identical for beta_B, y_A").
    public static func all(resolution: Int) -> [PaperFigure] {
        let h = RationalFunction(Rational(3, 2)), a = RationalFunction(Rational(3, 4))
        let unit: (String) -> MapSlice.Axis = { MapSlice.Axis(name: $0, lower: 0, upper: 1) }
        let figure3 = ["beta_B": RationalFunction(Polynomial(variable: "beta_A")), "y_A": RationalFunction(Polynomial(variable: "y_B"))]
        return [
            PaperFigure(
                number: 1, title: "Pure Strategy Perfect Bayesian Equilibria in the Standard Trust-Building Game",
                slice: MapSlice(model: .baseline, x: unit("y_A"), y: unit("y_B"), others: ["H": h, "a": a], resolution: resolution),
                labelsBoundaries: false,
                arguments: ["--model", "baseline", "--x", "y_A", "--y", "y_B", "--at", "H=3/2", "a=3/4"]),
            PaperFigure(
                number: 2, title: "Pure Strategy Perfect Bayesian Equilibria in the Domestic Signaling (Independence) Game",
                slice: MapSlice(model: .independence, x: unit("y_A"), y: unit("y_B"),
                                others: ["H": h, "a": a, "beta_A": RationalFunction(Rational(7, 10)), "beta_B": RationalFunction(Rational(3, 5))],
                                resolution: resolution),
                labelsBoundaries: false,
                arguments: ["--model", "independence", "--x", "y_A", "--y", "y_B", "--at", "H=3/2", "a=3/4", "beta_A=7/10", "beta_B=3/5"]),
            PaperFigure(
                number: 3, title: "When Is Trust-Building Possible Given Variation in β?",
                slice: MapSlice(model: .independence, x: unit("beta_A"), y: unit("y_B"), others: ["H": h, "a": a].merging(figure3) { $1 },
                                resolution: resolution, classes: ["trust-building"]),
                labelsBoundaries: true,
                arguments: ["--model", "independence", "--x", "beta_A", "--y", "y_B", "--at", "H=3/2", "a=3/4", "beta_B=beta_A",
                            "y_A=y_B", "--classes", "trust-building", "--label-boundaries"]),
        ]
    }

    /// The SVG of `map`, titled as the paper's figure.
    public func svg(_ map: RegionMap) -> String {
        let fixed = slice.others.keys.sorted().map { "\($0) = \(slice.others[$0]!.expression.ascii)" }
            + slice.model.fixedParameters.keys.sorted().map { "\($0) = \(slice.model.fixedParameters[$0]!)" }
        return RegionMapSVG(map: map, title: "Figure \(number): \(title)",
                            subtitle: ["Redrawn by TrustProof, \(slice.model.name) model: " + fixed.joined(separator: ", ")],
                            labelsBoundaries: labelsBoundaries).svg
    }
}

/// The Markdown report of one figure.
public struct FigureReport {
    public let figure: PaperFigure
    public let map: RegionMap
    /// Figure 1's map, for Figure 2's comparisons ("no change").
    public let baseline: RegionMap?

    public init(figure: PaperFigure, map: RegionMap, baseline: RegionMap? = nil) {
        self.figure = figure
        self.map = map
        self.baseline = baseline
    }

    /// One comparison: the paper's statement, what the map shows, and whether they agree.
    struct Comparison {
        let statement: String
        let finding: String
        let agrees: Bool
    }

    public var markdown: String {
        let n = map.slice.resolution
        var parts = ["# Figure \(figure.number): \(figure.title)"]
        parts.append("![Figure \(figure.number), redrawn](\(figure.name).svg)")
        parts.append("**What it shows.** " + shows)
        parts.append("**How it was computed.** At the centre of each of the \(n) × \(n) cells, `trustproof equilibria`'s "
            + "enumerator lists every pure-strategy PBE (every profile of period-1 actions by type and period-2 actions by "
            + "type and period-1 pair, kept when it is a PBE for some feasible off-path belief) and names its class; that is "
            + "the fill. Independently, the derived conditions of every profile found (`Derivation.conditions`, the formulas "
            + "the claims are checked with) are evaluated at the same centres: they disagree with the enumerator in "
            + "**\(map.disagreements.count)** cells. Boundaries are traced at exact points on the derived thresholds, kept where "
            + "the class exists with some type indifferent. All arithmetic is exact; SVG coordinates are the exact values "
            + "rounded to two decimals.")
        parts.append("## Classes")
        var rows: [[String]] = []
        for equilibriumClass in map.classes {
            let curves = map.boundaries.filter { $0.equilibriumClass == equilibriumClass }
            let thresholds = curves.map { "\(Self.solved($0.threshold, slice: map.slice)) (\($0.sources.joined(separator: "; ")))" }
            rows.append([ClassStyle.of(equilibriumClass).label, "\(map.cellCount(equilibriumClass))",
                         Self.extent(of: equilibriumClass, in: map), "\(map.supports[equilibriumClass]!.count)",
                         thresholds.isEmpty ? "none in the plot" : thresholds.joined(separator: "<br>")])
        }
        parts.append(Markdown.table(["class", "cells", "bounding box of the cell centres where it exists", "supporting profiles",
                                     "boundaries (derived thresholds)"], rows))
        parts.append("## Compared with the paper")
        for quote in quotes { parts.append(Markdown.quote(quote)) }
        parts.append(Markdown.table(["the paper", "the map", "agrees"], comparisons.map {
            [$0.statement, $0.finding, $0.agrees ? "yes" : "**no**"]
        }))
        parts.append("## Reproduce")
        parts.append("```sh\nmake verify   # writes Proofs/figures/\ntrustproof map " + figure.arguments.joined(separator: " ")
            + " --resolution \(n) --out \(figure.name).svg\n```")
        return parts.joined(separator: "\n\n") + "\n"
    }

    private var shows: String {
        switch figure.number {
        case 1: "Where each pure-strategy PBE of the baseline game (beta = 0, theta = 1) exists, over the priors (y_A, y_B), at H = 3/2, a = 3/4."
        case 2: "The same for the model with independence, at beta_A = 7/10, beta_B = 3/5, H = 3/2, a = 3/4."
        default: "Where the trust-building equilibrium exists over (beta_A, y_B) at H = 3/2, a = 3/4, drawn on the symmetric "
            + "slice beta_B = beta_A, y_A = y_B. There A's and B's conditions coincide, so the region is A's own one (the caption: "
            + "\"The plot is identical for β_B, y_A\")."
        }
    }

    private var quotes: [String] {
        switch figure.number {
        case 1: [PaperFigureTexts.figure1Text, PaperFigureTexts.figure1Caption]
        case 2:
            [PaperFigureTexts.figure2Text,
             "| \(PaperFigureTexts.figure2TableHeader.0) | \(PaperFigureTexts.figure2TableHeader.1) |\n| --- | --- |\n"
                + PaperFigureTexts.figure2Table.map { "| \($0.row) | \(Markdown.cell($0.text)) |" }.joined(separator: "\n"),
             PaperFigureTexts.figure2Caption]
        default: [PaperFigureTexts.figure3Text, PaperFigureTexts.figure3Caption]
        }
    }

    // MARK: Comparisons

    private func named(_ name: String) -> EquilibriumClass? { map.classes.first { $0.name == name } }

    private func cells(_ name: String, in map: RegionMap? = nil) -> Int {
        let map = map ?? self.map
        return map.classes.first { $0.name == name }.map { map.cellCount($0) } ?? 0
    }

    /// The play on the path of the class's first supporting profile (`A s: c; c · ...`).
    private func play(_ name: String) -> String {
        guard let profile = named(name).flatMap({ map.supports[$0]?.first }) else { return "none" }
        return RegionMapSVG.play(profile.onPath).joined(separator: " · ")
    }

    /// The library profiles among the class's supporting profiles (`'no-learning-punishing'`), or a count.
    private func libraryNames(_ name: String) -> String {
        guard let equilibriumClass = named(name) else { return "no profile" }
        let supports = Set(map.supports[equilibriumClass] ?? [])
        let names = ProfileLibrary.names.filter { name in
            ProfileLibrary.profile(named: name).flatMap(PureProfile.init).map { supports.contains($0) } ?? false
        }
        let others = supports.count - names.count
        let parts = names.map { "the library's '\($0)' profile" } + (others > 0 ? ["\(others) other profile(s)"] : [])
        return parts.joined(separator: " and ")
    }

    private func where_(_ name: String) -> String {
        guard let equilibriumClass = named(name) else { return "nowhere" }
        return Self.extent(of: equilibriumClass, in: map)
    }

    var comparisons: [Comparison] {
        switch figure.number {
        case 1: figure1Comparisons
        case 2: figure2Comparisons
        default: figure3Comparisons
        }
    }

    private var figure1Comparisons: [Comparison] {
        let named = map.classes.filter(\.isNamed)
        let unnamed = cells("unnamed")
        let corner = map.enumerated[map.slice.resolution - 1][map.slice.resolution - 1] ?? []
        let secondPeriodCooperation = corner.filter { ["suckers", "no-learning"].contains($0.name) }
        // The lowest derived threshold at which any class other than tragic begins.
        let lowest = map.boundaries.filter { $0.equilibriumClass.name != "tragic" }.compactMap { curve -> Rational? in
            Self.solution(curve.threshold, slice: map.slice)?.constantValue
                ?? Self.solution(curve.threshold, slice: map.slice, forX: true)?.constantValue
        }.min()
        let lowTrust: (total: Int, onlyTragic: Bool) = lowest.map { Self.cellsBelow(map, threshold: $0) } ?? (0, false)
        let lowestText: String = lowest.map { "\($0)" } ?? "none"
        let lowTrustFinding = "Below the lowest derived threshold of any other class (\(lowestText)), that is in the "
            + "\(lowTrust.total) cells with y_A or y_B below it, the only class is " + (lowTrust.onlyTragic ? "tragic." : "not always tragic.")
        let trustBuildingBounds = map.boundaries.filter { $0.equilibriumClass.name == "trust-building" }
            .map { "\(Self.solved($0.threshold, slice: map.slice)) (\($0.sources.joined(separator: "; ")))" }
        return [
            Comparison(statement: "\"The table describes the five pure strategy equilibria of the trust-building game.\"",
                       finding: "\(named.count) named classes (\(named.map { ClassStyle.of($0).label }.joined(separator: ", ")))"
                        + (unnamed > 0 ? ", and a sixth class the paper does not name in \(unnamed) cells (\(where_("unnamed"))); "
                            + "its play on the path: \(play("unnamed"))." : "."),
                       agrees: named.count == 5 && unnamed == 0),
            Comparison(statement: "\"When initial trust is very high (top-right corner) two equilibria emerge (dotted and dashed boxes) "
                        + "where security-seekers ... cooperate in the second period.\"",
                       finding: "At the top-right cell: " + corner.sorted().map { ClassStyle.of($0).label }.joined(separator: ", ")
                        + "; the two with period-2 cooperation are " + secondPeriodCooperation.sorted().map { ClassStyle.of($0).label }.joined(separator: " and ") + ".",
                       agrees: secondPeriodCooperation.count == 2),
            Comparison(statement: "The trust-building equilibrium (red): security-seekers cooperate in period 1, greedy types do not; "
                        + "security-seekers cooperate in period 2 only after mutual cooperation.",
                       finding: "Trust-building exists at \(where_("trust-building")), between the derived thresholds "
                        + trustBuildingBounds.joined(separator: ", ") + ".",
                       agrees: cells("trust-building") > 0),
            Comparison(statement: "\"When at least one state initially believes the other is greedy with high probability, the states defect in both periods.\"",
                       finding: lowTrustFinding,
                       agrees: lowTrust.onlyTragic),
        ]
    }

    private var figure2Comparisons: [Comparison] {
        let rows = Dictionary(uniqueKeysWithValues: PaperFigureTexts.figure2Table.map { ($0.row, $0.text) })
        func row(_ name: String) -> String { "**\(name)**: \"\(rows[name] ?? "")\"" }
        let lowest = map.enumerated[0][0] ?? []
        let trustBuilding = cells("trust-building"), baselineTrustBuilding = baseline.map { cells("trust-building", in: $0) }
        let suckersSame = baseline.map { base in
            (0..<map.slice.resolution).allSatisfy { j in
                (0..<map.slice.resolution).allSatisfy { i in
                    (map.enumerated[j][i]?.contains { $0.name == "suckers" } ?? false)
                        == (base.enumerated[j][i]?.contains { $0.name == "suckers" } ?? false)
                }
            }
        }
        var result = [
            Comparison(statement: row("Trust-building (Shaded red)"),
                       finding: "Trust-building exists in \(trustBuilding) cells (\(where_("trust-building"))), against "
                        + (baselineTrustBuilding.map { "\($0)" } ?? "?") + " in Figure 1; it exists at the lowest cell"
                        + (lowest.contains { $0.name == "trust-building" } ? "." : ": no."),
                       agrees: lowest.contains { $0.name == "trust-building" } && trustBuilding > (baselineTrustBuilding ?? 0)),
            Comparison(statement: row("No learning"),
                       finding: cells("no-learning") == 0 ? "No learning exists nowhere."
                        : "No learning exists in \(cells("no-learning")) cells (\(where_("no-learning"))), supported by "
                            + libraryNames("no-learning") + ".",
                       agrees: cells("no-learning") == 0),
            Comparison(statement: row("Tragic"),
                       finding: cells("tragic") == 0 ? "Tragic exists nowhere." : "Tragic exists in \(cells("tragic")) cells.",
                       agrees: cells("tragic") == 0),
            Comparison(statement: row("Suckers (dashed)"),
                       finding: "Suckers exists in \(cells("suckers")) cells (\(where_("suckers")))"
                        + (suckersSame == true ? ", exactly the cells of Figure 1." : ", not the cells of Figure 1."),
                       agrees: suckersSame == true),
            Comparison(statement: row("Semi-Tragic"),
                       finding: "Semi-tragic exists in \(cells("semi-tragic")) of \(map.slice.resolution * map.slice.resolution) cells.",
                       agrees: cells("semi-tragic") == map.slice.resolution * map.slice.resolution),
            Comparison(statement: row("Asymmetric Trust (not shown)"),
                       finding: cells("asymmetric-trust-building") == 0
                        ? "Not present at these values (not shown in the paper either)."
                        : "Present in \(cells("asymmetric-trust-building")) cells (\(where_("asymmetric-trust-building"))).",
                       agrees: true),
        ]
        if cells("unnamed") > 0 {
            result.append(Comparison(statement: "(no row)", finding: "A class the table does not list exists in \(cells("unnamed")) cells "
                + "(\(where_("unnamed"))); its play on the path: \(play("unnamed")).", agrees: false))
        }
        return result
    }

    private var figure3Comparisons: [Comparison] {
        let slice = map.slice
        let curves = map.boundaries.filter { $0.equilibriumClass.name == "trust-building" }
        func value(_ curve: BoundaryCurve, at beta: Rational) -> Rational? {
            Self.solution(curve.threshold, slice: slice).flatMap { try? $0.evaluated(at: [slice.x.name: beta]) }
        }
        let atZero = curves.compactMap { curve in value(curve, at: 0).map { (curve, $0) } }.sorted { $0.1 < $1.1 }
        let lower = atZero.first, upper = atZero.last
        let zeroCrossing: Rational? = lower.flatMap { curve, _ in
            Self.solution(curve.threshold, slice: slice).flatMap { solution -> Rational? in
                let parts = solution.numerator.coefficients(in: slice.x.name)
                guard solution.numerator.degree(in: slice.x.name) == 1, let slope = parts[1]?.constantValue,
                      let intercept = (parts[0] ?? .zero).constantValue else { return nil }
                return -intercept / slope
            }
        }
        let upperAtOne = upper.flatMap { value($0.0, at: 1) }
        let papersThreshold = try! Expression.parse("1/(1 + a)").evaluated(at: ["a": (try? slice.others["a"]?.evaluated(at: [:])) ?? 0])
        func sources(_ entry: (BoundaryCurve, Rational)?) -> String { entry.map { $0.0.sources.joined(separator: "; ") } ?? "" }
        return [
            Comparison(statement: "\"When a choice has maximum dependence (β_A = 0), we can only support trust-building at intermediate levels of trust.\"",
                       finding: "At beta_A = 0 trust-building needs " + (lower.map { "\($0.1)" } ?? "?") + " <= y_B <= "
                        + (upper.map { "\($0.1)" } ?? "?") + ".",
                       agrees: lower.map { $0.1 > 0 } == true && upper.map { $0.1 < 1 } == true),
            Comparison(statement: "\"as independence increases, the range within which we can support trust-building expands downward until it is possible to support trust-building at the lowest possible levels of initial trust.\"",
                       finding: "The lower boundary falls with beta_A and reaches y_B = 0 at beta_A = "
                        + (zeroCrossing.map { "\($0)" } ?? "?") + "; above it every y_B down to 0 is covered. The paper's "
                        + "threshold 1/(1 + a) (Result 1a) is \(papersThreshold) here.",
                       agrees: zeroCrossing.map { $0 > 0 && $0 < 1 } == true && zeroCrossing == papersThreshold),
            Comparison(statement: "\"Meanwhile, the maximum level of trust at which the greedy type will not imitate a security-seeker in the first period hardly changes.\"",
                       finding: "The upper boundary goes from " + (upper.map { "\($0.1)" } ?? "?") + " at beta_A = 0 to "
                        + (upperAtOne.map { "\($0)" } ?? "?") + " at beta_A = 1: it decreases slightly with independence.",
                       agrees: true),
            Comparison(statement: "\"The upper (lower) boundary is driven by the greedy (security-seeker) incentive to deviate from trust building.\"",
                       finding: "Upper boundary: \(sources(upper)); lower boundary: \(sources(lower)).",
                       agrees: sources(upper).contains("greedy") && sources(lower).contains("security-seeker")),
        ]
    }

    // MARK: Helpers

    /// The threshold solved for the vertical (or, with `forX`, the horizontal) axis variable, when it is linear in it.
    static func solution(_ threshold: RationalFunction, slice: MapSlice, forX: Bool = false) -> RationalFunction? {
        let polynomial = threshold.numerator
        let variable = forX ? slice.x.name : slice.y.name
        guard polynomial.degree(in: variable) == 1 else { return nil }
        let parts = polynomial.coefficients(in: variable)
        return RationalFunction(-(parts[0] ?? .zero), parts[1]!)
    }

    /// `y_B = 4/9`, `y_B = (4 - 7 beta_A)/(9 - 7 beta_A)`, or `g = 0`.
    static func solved(_ threshold: RationalFunction, slice: MapSlice) -> String {
        if let solution = solution(threshold, slice: slice) { return "\(slice.y.name) = \(solution.expression.ascii)" }
        if let solution = solution(threshold, slice: slice, forX: true) { return "\(slice.x.name) = \(solution.expression.ascii)" }
        return "\(threshold.expression.ascii) = 0"
    }

    /// The range of cell centres where a class exists, e.g. `y_A in [0.455, 0.665], y_B in [...]`.
    static func extent(of equilibriumClass: EquilibriumClass, in map: RegionMap) -> String {
        let n = map.slice.resolution
        var (iMin, iMax, jMin, jMax) = (n, -1, n, -1)
        for j in 0..<n {
            for i in 0..<n where map.enumerated[j][i]?.contains(equilibriumClass) == true {
                (iMin, iMax, jMin, jMax) = (min(iMin, i), max(iMax, i), min(jMin, j), max(jMax, j))
            }
        }
        guard iMax >= 0 else { return "nowhere" }
        func centre(_ axis: MapSlice.Axis, _ k: Int) -> String {
            let value = axis.lower + (axis.upper - axis.lower) * Rational(2 * k + 1, 2 * n)
            let decimal = value.decimalExpansion(significantDigits: 6)
            return decimal.hasSuffix("...") ? value.description : decimal
        }
        return "\(map.slice.x.name) in [\(centre(map.slice.x, iMin)), \(centre(map.slice.x, iMax))], "
            + "\(map.slice.y.name) in [\(centre(map.slice.y, jMin)), \(centre(map.slice.y, jMax))]"
    }

    /// The cells whose centre has y_A or y_B below `threshold`, and whether tragic is the only class in all of them.
    static func cellsBelow(_ map: RegionMap, threshold: Rational) -> (total: Int, onlyTragic: Bool) {
        let n = map.slice.resolution
        var total = 0, only = true
        for j in 0..<n {
            for i in 0..<n {
                let x = map.slice.x.lower + (map.slice.x.upper - map.slice.x.lower) * Rational(2 * i + 1, 2 * n)
                let y = map.slice.y.lower + (map.slice.y.upper - map.slice.y.lower) * Rational(2 * j + 1, 2 * n)
                guard x < threshold || y < threshold, let classes = map.enumerated[j][i] else { continue }
                total += 1
                if classes.map(\.name) != ["tragic"] { only = false }
            }
        }
        return (total, only)
    }
}
