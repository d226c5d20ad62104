// Region maps as SVG and the figure reports: exact coordinates, determinism, and the comparison with the paper.

import Exact
@testable import Reports
import Testing
import TrustGame

private func figure(_ number: Int, resolution: Int) throws -> (PaperFigure, RegionMap) {
    let figure = PaperFigure.all(resolution: resolution)[number - 1]
    return (figure, try RegionMap(slice: figure.slice, jobs: 2))
}

/// Figure 1 at 16 × 16 cells (the centre 19/32 falls in the thin band 4/7 < y_B < 3/5), computed once for the suite.
private let figureOne = try! figure(1, resolution: 16)

@Suite struct RegionMapRendering {
    @Test func coordinatesAreExactRationalsRoundedHalfUpToTwoDecimals() {
        #expect(SVGDocument.number(Rational(1, 3)) == "0.33")
        #expect(SVGDocument.number(Rational(2, 3)) == "0.67")
        #expect(SVGDocument.number(Rational(1, 8)) == "0.13")
        #expect(SVGDocument.number(Rational(4160, 9)) == "462.22")
        #expect(SVGDocument.number(Rational(-1, 200)) == "0")
        #expect(SVGDocument.number(Rational(-3, 2)) == "-1.5")
        #expect(SVGDocument.number(80) == "80")
    }

    @Test func figureOneDrawsTheTrustBuildingBoxOnItsDerivedThresholds() throws {
        let (figure, map) = figureOne
        let svg = figure.svg(map)
        // y_B = 4/9 and y_B = 2/3 in a 480-pixel plot starting at y = 96: 96 + (1 - y) 480.
        #expect(svg.contains("<polyline points=\"293.33,362.67 400,362.67\" fill=\"none\" stroke=\"#d62728\""))
        #expect(svg.contains("<polyline points=\"293.33,256 400,256\" fill=\"none\" stroke=\"#d62728\""))
        for label in ["Tragic", "Suckers", "No learning", "Semi-tragic", "Trust-building", "Unnamed (not in the paper)"] {
            #expect(svg.contains(">\(label)</tspan>"), "legend entry \(label)")
        }
        #expect(svg.contains("enumerator disagree (marked ×): 0."))
        #expect(svg == figure.svg(map))
        // Rows computed in parallel or one by one give the same picture.
        let small = PaperFigure.all(resolution: 6)[0]
        #expect(small.svg(try RegionMap(slice: small.slice, jobs: 2)) == small.svg(try RegionMap(slice: small.slice, jobs: 1)))
    }

    @Test func theReportComparesEachStatementOfThePaperWithTheMap() throws {
        let (first, baseline) = figureOne
        let report = FigureReport(figure: first, map: baseline).markdown
        #expect(report.hasPrefix("# Figure 1: Pure Strategy Perfect Bayesian Equilibria in the Standard Trust-Building Game\n"))
        #expect(report.contains("they disagree with the enumerator in **0** cells"))
        #expect(report.contains("| Trust-building | 16 |"))
        #expect(report.contains("y_B = 4/9 (A security-seeker, period 1)"))
        // The paper's "five pure strategy equilibria" against the unnamed sixth class.
        #expect(report.contains("a sixth class the paper does not name") && report.contains("| **no** |"))
        #expect(report.contains("its play on the path: A s: c; c · B s: c; c after cc, else d · A g: d; d · B g: c; d."))
        let (second, map) = try figure(2, resolution: 16)
        let table = FigureReport(figure: second, map: map, baseline: baseline).markdown
        #expect(table.contains("| **Tragic**: \"When independence is sufficiently high ($\\beta > \\frac{1}{1+a}$), we can no longer support this equilibrium.\" | Tragic exists nowhere. | yes |"))
        #expect(table.contains("| **Suckers (dashed)**: \"No change\" | Suckers exists in 36 cells (y_A in [0.65625, 0.96875], y_B in [0.65625, 0.96875]), exactly the cells of Figure 1. | yes |"))
        #expect(table.contains("y_B = 33/53 (A greedy, period 1)"))
    }

    @Test func figureThreeLabelsItsBoundariesByTheIncentiveBehindThem() throws {
        let (figure, map) = try figure(3, resolution: 10)
        #expect(map.classes.map(\.name) == ["trust-building"])
        let svg = figure.svg(map)
        #expect(svg.contains(">greedy incentive, period 1</text>"))
        #expect(svg.contains(">security-seeker incentive, period 1</text>"))
        let report = FigureReport(figure: figure, map: map).markdown
        #expect(report.contains("At beta_A = 0 trust-building needs 4/9 <= y_B <= 2/3."))
        #expect(report.contains("reaches y_B = 0 at beta_A = 4/7"))
    }
}
