// `trustproof derive`: print a profile's beliefs, expected utilities, incentive constraints and thresholds.

import ArgumentParser
import Exact
import TrustGame

struct Derive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Derive every equilibrium condition of a strategy profile from the payoff tables.",
        discussion: """
            Prints the beliefs (Bayes' rule on path, a feasible belief variable off path), the mixing
            probabilities solved from indifference, and for every information set the expected utilities of
            cooperating and defecting and the incentive constraint between them. With --solve-for, each
            constraint linear in that variable is also written as a threshold.

            Profiles: \(ProfileLibrary.names.joined(separator: ", ")).
            Models: \(GameModel.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Option(help: "The profile's name in the library.")
    var profile: String?

    @Option(help: "A profile written in profile notation instead (lines separated by newlines or ';;').")
    var notation: String?

    @Option(help: "The model variant.")
    var model: String = "independence"

    @Option(help: "Show only this player's information sets (A or B).")
    var player: String?

    @Option(name: .customLong("solve-for"), help: "Also solve each constraint for this variable (e.g. y_B).")
    var solveFor: String?

    @Flag(help: "Print formulas in LaTeX instead of ASCII.")
    var latex = false

    func run() throws {
        guard let kind = GameModel.Kind(rawValue: model) else {
            printError("unknown model '\(model)' (expected one of \(GameModel.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            throw ExitCode(2)
        }
        let chosen: StrategyProfile
        switch (profile, notation) {
        case (let name?, nil):
            guard let found = ProfileLibrary.profile(named: name) else {
                printError("unknown profile '\(name)' (see trustproof derive --help for the list)")
                throw ExitCode(2)
            }
            chosen = found
        case (nil, let text?):
            do {
                chosen = try StrategyProfile(
                    name: "command-line profile", summary: "Given on the command line.",
                    notation: text.replacingOccurrences(of: ";;", with: "\n"))
            } catch {
                printError("profile notation \(error.description)")
                throw ExitCode(2)
            }
        default:
            printError("give exactly one of --profile and --notation")
            throw ExitCode(2)
        }
        var only: Player?
        if let player {
            guard let value = Player(rawValue: player) else {
                printError("--player expects A or B, got '\(player)'")
                throw ExitCode(2)
            }
            only = value
        }
        let gameModel = GameModel(kind)
        let derivation: Derivation
        do {
            derivation = try Derivation(profile: chosen, model: gameModel)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        print(DerivationListing(derivation: derivation, notation: latex ? .latex : .ascii, player: only,
                                solveFor: solveFor).text)
    }
}
