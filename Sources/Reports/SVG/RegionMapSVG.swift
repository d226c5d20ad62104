// A region map as SVG: one translucent fill per equilibrium class (overlaps show as darker mixtures), the exact
// boundaries traced along the derived thresholds as outlines, axes with ticks, a legend, and any cell where the
// enumerator and the derived conditions disagree marked with a cross.

import Exact
import TrustGame

/// How each class is drawn: the paper's name for it, a colour, its outline (width and dash pattern), and whether
/// its region is hatched rather than filled.
public struct ClassStyle: Sendable {
    public let label: String
    public let colour: String
    public let dash: String?
    /// Outlines are drawn widest first, so that where two classes share a boundary both stay visible.
    public let width: Rational
    public let hatched: Bool

    /// The paper's names (Figure 1's table and Figure 2's); trust-building is red as in the paper, suckers dashed
    /// and no-learning dotted as its text describes them. A class the paper does not name is hatched.
    public static func of(_ equilibriumClass: EquilibriumClass) -> ClassStyle {
        switch equilibriumClass.name {
        case "tragic": ClassStyle(label: "Tragic", colour: "#7f7f7f", dash: nil, width: 2, hatched: false)
        case "suckers": ClassStyle(label: "Suckers", colour: "#1f5fbf", dash: "10,6", width: 3, hatched: false)
        case "no-learning": ClassStyle(label: "No learning", colour: "#2a9d3a", dash: "0.1,7", width: 6, hatched: false)
        case "semi-tragic": ClassStyle(label: "Semi-tragic", colour: "#e08a00", dash: nil, width: 2, hatched: false)
        case "trust-building": ClassStyle(label: "Trust-building", colour: "#d62728", dash: nil, width: Rational(5, 2), hatched: false)
        case "asymmetric-trust-building":
            ClassStyle(label: "Asymmetric trust-building", colour: "#8a4fc7", dash: "12,4,2,4", width: Rational(5, 2), hatched: false)
        case "asymmetric-semi-tragic":
            ClassStyle(label: "Asymmetric semi-tragic", colour: "#8c564b", dash: "6,3", width: Rational(5, 2), hatched: false)
        default: ClassStyle(label: "Unnamed (not in the paper)", colour: "#c2007a", dash: nil, width: Rational(3, 2), hatched: true)
        }
    }

    /// The fill attribute: the colour, or the class's hatch pattern.
    var fill: String { hatched ? "url(#hatch-\(colour.dropFirst()))" : colour }

    /// The outline attributes.
    var stroke: String {
        "stroke=\"\(colour)\" stroke-width=\"\(SVGDocument.number(width))\" stroke-linecap=\"round\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")
    }
}

/// Renders a `RegionMap`.
public struct RegionMapSVG {
    public let map: RegionMap
    public let title: String
    /// Lines under the title (parameters, what is drawn).
    public let subtitle: [String]
    /// Whether each boundary curve is labelled with the incentive it comes from.
    public let labelsBoundaries: Bool

    public init(map: RegionMap, title: String, subtitle: [String] = [], labelsBoundaries: Bool = false) {
        self.map = map
        self.title = title
        self.subtitle = subtitle
        self.labelsBoundaries = labelsBoundaries
    }

    private let left = 80, top = 96, side = 480

    private func px(_ x: Rational) -> Rational {
        Rational(left) + (x - map.slice.x.lower) / (map.slice.x.upper - map.slice.x.lower) * Rational(side)
    }

    private func py(_ y: Rational) -> Rational {
        Rational(top) + (map.slice.y.upper - y) / (map.slice.y.upper - map.slice.y.lower) * Rational(side)
    }

    private func n(_ value: Rational) -> String { SVGDocument.number(value) }

    public var svg: String {
        var document = SVGDocument(width: 1000, height: 660)
        document.add("<text x=\"\(left)\" y=\"30\" font-size=\"\(title.count > 80 ? 16 : 18)\" font-weight=\"bold\">\(SVGDocument.escaped(title))</text>")
        for (index, line) in subtitle.enumerated() {
            document.add("<text x=\"\(left)\" y=\"\(52 + 17 * index)\" font-size=\"13\" fill=\"#333\">\(SVGDocument.escaped(line))</text>")
        }
        patterns(&document)
        fills(&document)
        inadmissible(&document)
        boundaries(&document)
        disagreements(&document)
        axes(&document)
        legend(&document)
        return document.text
    }

    /// A diagonal hatch for each hatched class.
    private func patterns(_ document: inout SVGDocument) {
        let hatched = map.classes.map(ClassStyle.of).filter(\.hatched)
        guard !hatched.isEmpty else { return }
        document.add("<defs>")
        for style in hatched {
            document.add("<pattern id=\"hatch-\(style.colour.dropFirst())\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"\(style.colour)\" fill-opacity=\"0.12\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(style.colour)\" stroke-width=\"2.5\"/></pattern>")
        }
        document.add("</defs>")
    }

    /// One translucent rectangle per run of cells, runs of equal extent in consecutive rows merged.
    private func fills(_ document: inout SVGDocument) {
        let count = map.slice.resolution
        let dx = (map.slice.x.upper - map.slice.x.lower) / Rational(count)
        let dy = (map.slice.y.upper - map.slice.y.lower) / Rational(count)
        for equilibriumClass in map.classes {
            let style = ClassStyle.of(equilibriumClass)
            let opacity = equilibriumClass.name == "tragic" ? "0.2" : (style.hatched ? "1" : "0.3")
            document.add("<g fill=\"\(style.fill)\" fill-opacity=\"\(opacity)\" stroke=\"none\">")
            var open: [Range<Int>: Int] = [:]  // run -> first row
            func close(_ run: Range<Int>, from first: Int, to last: Int) {
                let x0 = map.slice.x.lower + Rational(run.lowerBound) * dx, x1 = map.slice.x.lower + Rational(run.upperBound) * dx
                let y0 = map.slice.y.lower + Rational(first) * dy, y1 = map.slice.y.lower + Rational(last + 1) * dy
                document.add("<rect x=\"\(n(px(x0)))\" y=\"\(n(py(y1)))\" width=\"\(n(px(x1) - px(x0)))\" height=\"\(n(py(y0) - py(y1)))\"/>")
            }
            for j in 0...count {
                var runs: Set<Range<Int>> = []
                if j < count {
                    var i = 0
                    while i < count {
                        guard map.enumerated[j][i]?.contains(equilibriumClass) == true else { i += 1; continue }
                        let start = i
                        while i < count && map.enumerated[j][i]?.contains(equilibriumClass) == true { i += 1 }
                        runs.insert(start..<i)
                    }
                }
                for (run, first) in open.sorted(by: { $0.key.lowerBound < $1.key.lowerBound }) where !runs.contains(run) {
                    close(run, from: first, to: j - 1)
                    open[run] = nil
                }
                for run in runs.sorted(by: { $0.lowerBound < $1.lowerBound }) where open[run] == nil { open[run] = j }
            }
            document.add("</g>")
        }
    }

    private func inadmissible(_ document: inout SVGDocument) {
        guard map.inadmissibleCells > 0 else { return }
        let count = map.slice.resolution
        let dx = (map.slice.x.upper - map.slice.x.lower) / Rational(count)
        let dy = (map.slice.y.upper - map.slice.y.lower) / Rational(count)
        document.add("<g fill=\"#dddddd\" stroke=\"none\">")
        for j in 0..<count {
            for i in 0..<count where map.enumerated[j][i] == nil {
                let x0 = map.slice.x.lower + Rational(i) * dx, y1 = map.slice.y.lower + Rational(j + 1) * dy
                document.add("<rect x=\"\(n(px(x0)))\" y=\"\(n(py(y1)))\" width=\"\(n(px(dx) - px(0)))\" height=\"\(n(py(0) - py(dy)))\"/>")
            }
        }
        document.add("</g>")
    }

    private func boundaries(_ document: inout SVGDocument) {
        let ordered = map.boundaries.enumerated().sorted {
            (-ClassStyle.of($0.element.equilibriumClass).width, $0.offset) < (-ClassStyle.of($1.element.equilibriumClass).width, $1.offset)
        }.map(\.element)
        for curve in ordered {
            let style = ClassStyle.of(curve.equilibriumClass)
            for segment in curve.segments {
                let points = Self.withoutCollinear(segment).map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
                document.add("<polyline points=\"\(points)\" fill=\"none\" \(style.stroke)/>")
            }
            if labelsBoundaries, let longest = curve.segments.max(by: { $0.count < $1.count }) {
                let middle = longest[longest.count / 2]
                document.add("<text x=\"\(n(px(middle.x) + 6))\" y=\"\(n(py(middle.y) - 8))\" font-size=\"12\" "
                    + "fill=\"\(style.colour)\" font-weight=\"bold\" stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\">"
                    + "\(SVGDocument.escaped(Self.describe(curve.sources)))</text>")
            }
        }
    }

    /// The polyline without the points that lie exactly on the line through their neighbours (exact arithmetic).
    static func withoutCollinear(_ points: [(x: Rational, y: Rational)]) -> [(x: Rational, y: Rational)] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        for index in 1..<(points.count - 1) {
            let (a, b, c) = (kept[kept.count - 1], points[index], points[index + 1])
            if (b.x - a.x) * (c.y - a.y) != (b.y - a.y) * (c.x - a.x) { kept.append(b) }
        }
        kept.append(points[points.count - 1])
        return kept
    }

    /// `greedy incentive (period 1)` from `A greedy, period 1; B greedy, period 1`.
    static func describe(_ sources: [String]) -> String {
        var kinds: [String] = []
        for source in sources {
            let words = source.split(separator: ",").first.map(String.init) ?? source
            let kind = words.contains("greedy") ? "greedy" : words.contains("security-seeker") ? "security-seeker" : "belief"
            let period = source.contains("period 2") || source.contains("period-2") ? "period 2" : "period 1"
            let text = "\(kind) incentive, \(period)"
            if !kinds.contains(text) { kinds.append(text) }
        }
        return kinds.joined(separator: "; ")
    }

    private func disagreements(_ document: inout SVGDocument) {
        let cells = map.disagreements
        guard !cells.isEmpty else { return }
        let count = map.slice.resolution
        document.add("<g stroke=\"black\" stroke-width=\"1.2\">")
        for (i, j) in cells {
            let x = map.slice.x.lower + (map.slice.x.upper - map.slice.x.lower) * Rational(2 * i + 1, 2 * count)
            let y = map.slice.y.lower + (map.slice.y.upper - map.slice.y.lower) * Rational(2 * j + 1, 2 * count)
            let (cx, cy) = (px(x), py(y))
            document.add("<path d=\"M \(n(cx - 3)) \(n(cy - 3)) L \(n(cx + 3)) \(n(cy + 3)) M \(n(cx - 3)) \(n(cy + 3)) L \(n(cx + 3)) \(n(cy - 3))\"/>")
        }
        document.add("</g>")
    }

    private func axes(_ document: inout SVGDocument) {
        document.add("<rect x=\"\(left)\" y=\"\(top)\" width=\"\(side)\" height=\"\(side)\" fill=\"none\" stroke=\"black\" stroke-width=\"1.2\"/>")
        let (x, y) = (map.slice.x, map.slice.y)
        document.add("<g font-size=\"12\" fill=\"black\">")
        for k in 0...5 {
            let xValue = x.lower + (x.upper - x.lower) * Rational(k, 5)
            let yValue = y.lower + (y.upper - y.lower) * Rational(k, 5)
            let (tx, ty) = (n(px(xValue)), n(py(yValue)))
            document.add("<line x1=\"\(tx)\" y1=\"\(top + side)\" x2=\"\(tx)\" y2=\"\(top + side + 6)\" stroke=\"black\"/>")
            document.add("<text x=\"\(tx)\" y=\"\(top + side + 20)\" text-anchor=\"middle\">\(Self.tick(xValue))</text>")
            document.add("<line x1=\"\(left - 6)\" y1=\"\(ty)\" x2=\"\(left)\" y2=\"\(ty)\" stroke=\"black\"/>")
            document.add("<text x=\"\(left - 9)\" y=\"\(n(py(yValue) + 4))\" text-anchor=\"end\">\(Self.tick(yValue))</text>")
        }
        document.add("</g>")
        document.add("<text x=\"\(left + side / 2)\" y=\"\(top + side + 44)\" font-size=\"16\" text-anchor=\"middle\">"
            + "\(SVGDocument.parameter(x.name, size: 16))</text>")
        document.add("<text x=\"\(left - 44)\" y=\"\(top + side / 2)\" font-size=\"16\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 \(left - 44) \(top + side / 2))\">\(SVGDocument.parameter(y.name, size: 16))</text>")
    }

    /// A tick value: the exact decimal when it ends within three digits, else the fraction.
    static func tick(_ value: Rational) -> String {
        let decimal = value.decimalExpansion(significantDigits: 3)
        return decimal.hasSuffix("...") ? value.description : decimal
    }

    private func legend(_ document: inout SVGDocument) {
        let x = left + side + 36
        var y = top + 4
        let total = map.slice.resolution * map.slice.resolution - map.inadmissibleCells
        document.add("<text x=\"\(x)\" y=\"\(y)\" font-size=\"14\" font-weight=\"bold\">Pure-strategy PBE</text>")
        y += 22
        for equilibriumClass in map.classes {
            let style = ClassStyle.of(equilibriumClass)
            document.add("<rect x=\"\(x)\" y=\"\(y - 11)\" width=\"26\" height=\"14\" fill=\"\(style.fill)\" "
                + "fill-opacity=\"\(style.hatched ? "1" : "0.3")\" \(style.stroke)/>")
            let cells = map.cellCount(equilibriumClass)
            document.add("<text x=\"\(x + 34)\" y=\"\(y)\" font-size=\"13\"><tspan font-weight=\"bold\">\(SVGDocument.escaped(style.label))</tspan>"
                + "<tspan dx=\"8\" font-size=\"11\" fill=\"#555\">\(cells) of \(total) cells</tspan></text>")
            y += 15
            if let profile = map.supports[equilibriumClass]?.first?.onPath {
                for line in Self.play(profile) {
                    document.add("<text x=\"\(x + 34)\" y=\"\(y)\" font-size=\"10.5\" fill=\"#444\" font-family=\"Menlo, Consolas, monospace\">"
                        + "\(SVGDocument.escaped(line))</text>")
                    y += 13
                }
            }
            y += 12
        }
        let disagreements = map.disagreements.count
        let notes = [
            "Fill: the enumerator at the centre of each of",
            "\(map.slice.resolution) × \(map.slice.resolution) cells; overlaps mix colours.",
            "Lines: boundaries traced at exact points",
            "along the derived thresholds.",
            "Cells where the derived conditions and the",
            "enumerator disagree (marked ×): \(disagreements).",
        ] + (map.inadmissibleCells > 0 ? ["Grey: outside the model's assumptions."] : [])
        for line in notes {
            document.add("<text x=\"\(x)\" y=\"\(y)\" font-size=\"11\" fill=\"#333\">\(SVGDocument.escaped(line))</text>")
            y += 14
        }
    }

    /// The play on the path, one line per player type: `s: c; c after cc` (symmetric) or `A s: ...`.
    static func play(_ profile: PureProfile) -> [String] {
        var lines: [String] = []
        for type in PlayerType.allCases {
            func describe(_ player: Player) -> String {
                let strategy = profile.strategy(of: player)
                let first = strategy.firstPeriod(type)
                let reached = History.all.filter { profile.reaches(player, type, after: $0) }
                let second = Set(reached.map { strategy.secondPeriod(type, after: $0) })
                let after: String
                if second.count == 1 {
                    after = second.first!.rawValue
                } else {
                    after = reached.filter { strategy.secondPeriod(type, after: $0) == .cooperate }.map { "c after \($0)" }
                        .joined(separator: ", ") + ", else d"
                }
                return "\(type.rawValue): \(first.rawValue); \(after)"
            }
            let (a, b) = (describe(.A), describe(.B))
            if a == b { lines.append(a) } else { lines += ["A " + a, "B " + b] }
        }
        return lines
    }
}
