// `trustproof eval`: evaluate an expression or a relation exactly at a point.

import ArgumentParser
import Foundation
import Exact

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate an expression or relation exactly.",
        discussion: """
            An expression prints its exact value (p/q or an integer) and then its decimal expansion to 20
            significant digits ('...' marks a truncated expansion). A relation or formula prints true or false.
            Errors print 'error: column N: ...' and exit with status 2.

            Example: trustproof eval "(1 - beta_A*(a+1))/(H + a - beta_A*(a+1))" --at H=3/2 a=3/4 beta_A=7/10
            """
    )

    @Argument(help: "The expression or relation, in claim-file notation.")
    var expression: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Values of the variables.", valueName: "NAME=VALUE"))
    var at: [String] = []

    func run() throws {
        do {
            let point = try parseAssignments(at)
            let text = expression
            if let value = try? Expression.parse(text) {
                let result = try value.evaluated(at: point)
                print(result)
                print(result.decimalExpansion(significantDigits: 20))
            } else {
                let formula = try Formula.parse(text)
                print(try formula.evaluated(at: point))
            }
        } catch let error as ExpressionError {
            printError(error.description)
            throw ExitCode(2)
        } catch let error as UsageError {
            printError(error.message)
            throw ExitCode(2)
        }
    }
}

/// A mistake in the command line itself, reported with status 2.
struct UsageError: Error {
    let message: String
}

/// Reads `NAME=VALUE` pairs with exact rational values.
func parseAssignments(_ assignments: [String]) throws -> [String: Rational] {
    var point: [String: Rational] = [:]
    for assignment in assignments {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw UsageError(message: "--at expects NAME=VALUE, got '\(assignment)'")
        }
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        let valueText = parts[1].trimmingCharacters(in: .whitespaces)
        let value: Rational
        do {
            value = try Expression.parse(valueText).evaluated(at: [:])
        } catch {
            throw UsageError(message: "--at \(name): '\(valueText)' is not an exact number (\(error.description))")
        }
        guard point[name] == nil else { throw UsageError(message: "--at gives \(name) twice") }
        point[name] = value
    }
    return point
}

/// Writes `error: message` to standard error.
func printError(_ message: String) {
    printDiagnostic("error: \(message)")
}

/// Writes one line to standard error as it is (e.g. `file:line:column: error: message`).
func printDiagnostic(_ line: String) {
    var standardError = StandardErrorStream()
    print(line, to: &standardError)
}
