// `trustproof figures`: the paper's Figures 1-3 redrawn, each with a Markdown report.

import ArgumentParser
import Foundation
import Reports
import TrustGame

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Redraw the paper's Figures 1-3 as SVG, each with a Markdown report (make verify writes Proofs/figures/).",
        discussion: """
            Writes figure1.svg ... figure3.svg and figure1.md ... figure3.md: the maps of `trustproof map` at the \
            paper's values, and for each what it shows, how it was computed and how it compares with the paper's \
            description. The output is deterministic. Exit status 1 when some cell of a map disagrees.
            """
    )

    @Option(help: "The folder to write to.")
    var out: String = "Proofs/figures"

    @Option(help: "Cells per axis.")
    var resolution: Int = 100

    @Option(help: "Rows computed at the same time.")
    var jobs: Int = 2

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var baseline: RegionMap?
        var disagreements = 0
        for figure in PaperFigure.all(resolution: resolution) {
            let map = try RegionMap(slice: figure.slice, jobs: jobs)
            if figure.number == 1 { baseline = map }
            let report = FigureReport(figure: figure, map: map, baseline: baseline)
            try Data(figure.svg(map).utf8).write(to: folder.appendingPathComponent("\(figure.name).svg"), options: .atomic)
            try Data(report.markdown.utf8).write(to: folder.appendingPathComponent("\(figure.name).md"), options: .atomic)
            print(Map.summary(map, file: folder.appendingPathComponent("\(figure.name).svg").relativePath), terminator: "")
            disagreements += map.disagreements.count
        }
        if disagreements > 0 { throw ExitCode(1) }
    }
}
