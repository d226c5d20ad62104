// `trustproof export --efg`: the game at an exact point, in Gambit's extensive-form format.

import ArgumentParser
import Exact
import Foundation
import TrustGame

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the game at an exact parameter point in Gambit's .efg format.",
        discussion: """
            The tree: nature draws both types (probabilities y_A, y_B); A and B choose c or d in period 1 knowing \
            their type; then, having seen both actions, in period 2. Payoffs are exact rationals: the period-1 \
            table (with beta) plus theta times Table 1. Information sets are labelled '<player> <type> 1' and \
            '<player> <type> 2 <own action><other's action>', so an equilibrium can be read back.

            Example: trustproof export --efg --at H=3/2 a=3/4 y_A=1/2 y_B=2/3 --out game.efg
            """
    )

    @Flag(help: "Gambit extensive form (the only format so far).")
    var efg = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The parameter values.", valueName: "NAME=VALUE"))
    var at: [String] = []

    @Option(help: "The model: baseline, independence or salience (default: from the parameters given).")
    var model: String?

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func run() throws {
        guard efg else {
            printError("choose a format: --efg")
            throw ExitCode(2)
        }
        let (gameModel, values) = try parsePoint(at, model: model)
        let text = try gameModel.gambitExtensiveForm(at: values)
        if let out {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            print(text, terminator: "")
        }
    }
}
