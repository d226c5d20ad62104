// `trustproof equilibria`: every pure-strategy PBE at an exact point, grouped into outcomes and named.

import ArgumentParser
import Exact
import Foundation
import TrustGame

struct Equilibria: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every pure-strategy PBE at an exact parameter point.",
        discussion: """
            Enumerates every pure profile (each type's period-1 action and period-2 action after each period-1 \
            pair: 4 x 2^8 strategies per player) and keeps those that are a PBE for some feasible off-path \
            belief, deciding each with the incentive constraints TrustProof derives from the payoff tables. \
            Profiles that differ only off the path of play are one outcome; each outcome is named after the \
            paper's class (tragic, suckers, no-learning, semi-tragic, trust-building, asymmetric-trust-building, \
            asymmetric-semi-tragic) or 'unnamed', with the beliefs that support it. An outcome is marked \
            'boundary' when some type is indifferent there whatever the off-path beliefs: the point lies on the \
            edge of the outcome's region.

            The model is baseline (beta_A = beta_B = 0, theta = 1) unless --model says otherwise or the point \
            gives beta (independence) or theta (salience).

            Example: trustproof equilibria --at H=3/2 a=3/4 y_A=1/2 y_B=2/3
            """
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The parameter values.", valueName: "NAME=VALUE"))
    var at: [String] = []

    @Option(help: "The model: baseline, independence or salience (default: from the parameters given).")
    var model: String?

    @Flag(help: "Print a JSON list of {class, profile, beliefs, boundary}.")
    var json = false

    @Flag(name: .customLong("all-profiles"), help: "List every PBE profile instead of one per outcome.")
    var allProfiles = false

    @Option(help: ArgumentHelp("Read many points, one per line (NAME=VALUE ...), instead of --at; with --json, print one list of {at, equilibria}.", valueName: "FILE"))
    var batch: String?

    func run() throws {
        guard let batch else {
            print(try listing(at).text(json: json), terminator: "")
            return
        }
        guard let text = try? String(contentsOfFile: batch, encoding: .utf8) else {
            printError("--batch: cannot read '\(batch)'")
            throw ExitCode(2)
        }
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let listings = try lines.map { try listing($0.split(separator: " ").map(String.init)) }
        if json {
            let entries = zip(lines, listings).map { JSONValue.object(["at": .string($0), "equilibria": $1.jsonValue]) }
            print(JSONValue.array(entries).text())
        } else {
            print(listings.map(\.text).joined(separator: "\n"), terminator: "")
        }
    }

    private func listing(_ assignments: [String]) throws -> EquilibriumListing {
        let (gameModel, values) = try parsePoint(assignments, model: model)
        let enumerator: EquilibriumEnumerator
        let point: ExactPoint
        do {
            enumerator = try EquilibriumEnumerator(model: gameModel)
            point = try enumerator.point(values)
        } catch let error as DerivationError {
            printError(error.message)
            throw ExitCode(2)
        } catch let error as EnumerationError {
            printError(error.message)
            throw ExitCode(2)
        }
        let equilibria = enumerator.equilibria(at: point)
        let outcomes = enumerator.outcomes(of: equilibria, at: point)
        return EquilibriumListing(model: gameModel, values: values, outcomes: outcomes, equilibria: equilibria,
                                  allProfiles: allProfiles)
    }
}

/// Reads `--at NAME=VALUE ...` and `--model`, and checks the point against the model's assumptions. Exits with
/// status 2 on a mistake.
func parsePoint(_ assignments: [String], model name: String?) throws -> (GameModel, [String: Rational]) {
    let values: [String: Rational]
    do {
        values = try parseAssignments(assignments)
    } catch let error as UsageError {
        printError(error.message)
        throw ExitCode(2)
    }
    let kind: GameModel.Kind
    if let name {
        guard let chosen = GameModel.Kind(rawValue: name), chosen != .similarity else {
            printError("--model: expected baseline, independence or salience, got '\(name)'")
            throw ExitCode(2)
        }
        kind = chosen
    } else if values["theta"] != nil {
        kind = .salience
    } else if values["beta_A"] != nil || values["beta_B"] != nil {
        kind = .independence
    } else {
        kind = .baseline
    }
    let model = GameModel(kind)
    let known = Set(model.parameters).union(model.fixedParameters.keys)
    if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
        printError("--at: the \(model.name) model has no parameter '\(unknown)' (it has \(model.parameters.joined(separator: ", ")))")
        throw ExitCode(2)
    }
    for (parameter, value) in model.fixedParameters.sorted(by: { $0.key < $1.key }) {
        if let given = values[parameter], given != value {
            printError("--at: the \(model.name) model fixes \(parameter) = \(value) (use --model for another model)")
            throw ExitCode(2)
        }
    }
    let missing = model.parameters.filter { values[$0] == nil }
    guard missing.isEmpty else {
        printError("--at: no value for \(missing.joined(separator: ", ")) (the \(model.name) model needs \(model.parameters.joined(separator: ", ")))")
        throw ExitCode(2)
    }
    var complete = values
    for (parameter, value) in model.fixedParameters { complete[parameter] = value }
    for assumption in model.assumptions where (try? assumption.formula.evaluated(at: complete)) != true {
        printError("--at: the point violates \(assumption.name) (\(assumption.formula.ascii))")
        throw ExitCode(2)
    }
    return (model, complete)
}
