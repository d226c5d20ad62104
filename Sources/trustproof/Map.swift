// `trustproof map`: where each pure-strategy PBE class exists over a two-parameter slice, drawn as SVG.

import ArgumentParser
import Exact
import Foundation
import Reports
import TrustGame

struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw where each pure-strategy PBE class exists over two parameters, as SVG.",
        discussion: """
            Every other parameter is fixed with --at, as a number or as an expression in the two axis variables \
            (beta_B=beta_A y_A=y_B gives a symmetric slice). At the centre of each cell the enumerator lists the \
            classes that exist (the fill); the derived conditions of every profile found are evaluated at the same \
            centres and any cell where the two disagree is marked and counted; region boundaries are traced at \
            exact points along the derived thresholds. Prints a summary; exit status 1 when some cell disagrees.

            Example: trustproof map --model baseline --x y_A --y y_B --at H=3/2 a=3/4 --out figure.svg
            """
    )

    @Option(help: "The model: baseline, independence or salience.")
    var model: String = "baseline"

    @Option(help: "The horizontal axis variable.")
    var x: String

    @Option(help: "The vertical axis variable.")
    var y: String

    @Option(name: .customLong("x-range"), help: ArgumentHelp("The horizontal range.", valueName: "LOW:HIGH"))
    var xRange: String = "0:1"

    @Option(name: .customLong("y-range"), help: ArgumentHelp("The vertical range.", valueName: "LOW:HIGH"))
    var yRange: String = "0:1"

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The other parameters.", valueName: "NAME=VALUE"))
    var at: [String] = []

    @Option(help: "The SVG file to write.")
    var out: String

    @Option(help: "Cells per axis.")
    var resolution: Int = 100

    @Option(help: "Only these classes, comma-separated (e.g. trust-building).")
    var classes: String?

    @Option(help: "The title (default: the model and the axes).")
    var title: String?

    @Flag(name: .customLong("label-boundaries"), help: "Label each boundary with the incentive it comes from.")
    var labelBoundaries = false

    @Option(help: "Rows computed at the same time.")
    var jobs: Int = 2

    func run() throws {
        guard let kind = GameModel.Kind(rawValue: model), kind != .similarity else {
            printError("--model: expected baseline, independence or salience, got '\(model)'")
            throw ExitCode(2)
        }
        let gameModel = GameModel(kind)
        let slice = try parseSlice(model: gameModel)
        let map = try RegionMap(slice: slice, jobs: jobs)
        let svg = RegionMapSVG(map: map, title: title ?? "Pure-strategy PBE of the \(gameModel.name) model",
                               subtitle: [Self.describe(slice)], labelsBoundaries: labelBoundaries)
        try Data(svg.svg.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        print(Self.summary(map, file: out), terminator: "")
        if !map.disagreements.isEmpty { throw ExitCode(1) }
    }

    /// `H = 3/2, a = 3/4, beta_B = beta_A, ...` (fixed parameters of the model last).
    static func describe(_ slice: MapSlice) -> String {
        let others = slice.others.keys.sorted().map { "\($0) = \(slice.others[$0]!.expression.ascii)" }
        let fixed = slice.model.fixedParameters.keys.sorted().map { "\($0) = \(slice.model.fixedParameters[$0]!)" }
        return "\(slice.model.name) model: " + (others + fixed).joined(separator: ", ")
    }

    static func summary(_ map: RegionMap, file: String) -> String {
        let n = map.slice.resolution
        var lines = ["\(file): \(n) × \(n) cells over \(map.slice.x.name) in [\(map.slice.x.lower), \(map.slice.x.upper)], "
            + "\(map.slice.y.name) in [\(map.slice.y.lower), \(map.slice.y.upper)]"]
        for equilibriumClass in map.classes {
            lines.append("  \(equilibriumClass.name): \(map.cellCount(equilibriumClass)) cells, "
                + "\(map.supports[equilibriumClass]!.count) supporting profile(s), "
                + "\(map.boundaries.filter { $0.equilibriumClass == equilibriumClass }.count) boundary curve(s)")
        }
        if map.inadmissibleCells > 0 { lines.append("  outside the assumptions: \(map.inadmissibleCells) cells") }
        if map.untracedThresholds > 0 { lines.append("  thresholds not traced (not linear in an axis variable): \(map.untracedThresholds)") }
        lines.append("  cells where the enumerator and the derived conditions disagree: \(map.disagreements.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func parseSlice(model: GameModel) throws -> MapSlice {
        func fail(_ message: String) -> ExitCode {
            printError(message)
            return ExitCode(2)
        }
        func range(_ text: String, _ option: String) throws -> (Rational, Rational) {
            let parts = text.split(separator: ":").map { String($0) }
            guard parts.count == 2, let low = try? Expression.parse(parts[0]).evaluated(at: [:]),
                  let high = try? Expression.parse(parts[1]).evaluated(at: [:]), low < high
            else { throw fail("--\(option): expected LOW:HIGH with LOW < HIGH, got '\(text)'") }
            return (low, high)
        }
        let parameters = model.parameters
        for axis in [x, y] where !parameters.contains(axis) {
            throw fail("the \(model.name) model has no free parameter '\(axis)' (it has \(parameters.joined(separator: ", ")))")
        }
        guard x != y else { throw fail("--x and --y must differ") }
        guard resolution >= 2 && resolution <= 1000 else { throw fail("--resolution: expected 2 to 1000 cells per axis") }
        let (xLow, xHigh) = try range(xRange, "x-range")
        let (yLow, yHigh) = try range(yRange, "y-range")
        var others: [String: RationalFunction] = [:]
        for assignment in at {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw fail("--at expects NAME=VALUE, got '\(assignment)'") }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard parameters.contains(name), name != x, name != y else {
                throw fail("--at: '\(name)' is not a parameter of the \(model.name) model other than the axes")
            }
            guard let function = try? Expression.parse(parts[1]).rationalFunction(),
                  Set(function.variables).isSubset(of: [x, y])
            else { throw fail("--at \(name): expected a number or an expression in \(x) and \(y), got '\(parts[1])'") }
            others[name] = function
        }
        let missing = parameters.filter { $0 != x && $0 != y && others[$0] == nil }
        guard missing.isEmpty else { throw fail("--at: no value for \(missing.joined(separator: ", "))") }
        return MapSlice(model: model, x: .init(name: x, lower: xLow, upper: xHigh), y: .init(name: y, lower: yLow, upper: yHigh),
                        others: others, resolution: resolution,
                        classes: classes.map { Set($0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }) })
    }
}
