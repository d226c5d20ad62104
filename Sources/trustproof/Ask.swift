// `trustproof ask`: decide one claim for all parameter values, TheoryGuru-style.

import ArgumentParser
import Exact
import Prover
import TrustGame

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decide a claim for every parameter value the model's assumptions allow.",
        discussion: """
            The claim is 'HYPOTHESES => CONCLUSION' or just 'CONCLUSION', in claim-file notation. The model's \
            assumptions on every variable that occurs (A1: H > 1, A2: H - a < 1, 0 < a < H, 0 <= beta_i <= 1, \
            theta > 0, 1/2 < alpha_i <= 1, 0 < y_i < 1, ...) are added, closed under the variables they bring in; \
            the model's fixed parameters are substituted first (baseline: beta_A = beta_B = 0, theta = 1; \
            independence: theta = 1).

            Prints HOLDS, FAILS, VACUOUS or UNDECIDED on the first line. FAILS is followed by the witness, one \
            'name = p/q' line per variable, and its scope (boundary: the claim fails only where an inequality of \
            the premises is tight; open: it fails inside too). Exit status: 0 for HOLDS, 1 for FAILS, VACUOUS or \
            UNDECIDED, 2 for bad input.

            Example: trustproof ask --model independence "beta_A > 1/(1+a) => (1 - beta_A*(a+1))/(H + a - beta_A*(a+1)) < 0"
            """
    )

    @Option(help: "The model variant: baseline, independence, salience or similarity.")
    var model: String = GameModel.Kind.independence.rawValue

    @Flag(help: "Add no assumptions: decide the claim over all real values.")
    var noAssumptions = false

    @Option(help: "Z3 resource units (rlimit) per solver call.")
    var resourceLimit: UInt = Prover.defaultResourceLimit

    @Option(help: "Seed for Z3 and for the sampling pass.")
    var seed: UInt = 0

    @Argument(help: "The claim, e.g. \"beta_A > 1/(1+a) => H + a - beta_A*(a+1) > 0\".")
    var claim: String

    func run() throws {
        guard let kind = GameModel.Kind(rawValue: model) else {
            let names = GameModel.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            printError("--model: unknown model '\(model)' (one of: \(names))")
            throw ExitCode(2)
        }
        let gameModel = GameModel(kind)
        let parsed: Formula
        do {
            parsed = try Formula.parse(claim)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let written = Self.split(parsed)
        let fixed = gameModel.fixedParameters.filter { parsed.variables.contains($0.key) }
        let hypotheses = written.hypotheses.map { $0.substituting(gameModel.fixedParameters) }
        let conclusion = written.conclusion.substituting(gameModel.fixedParameters)
        let variables = Set((hypotheses + [conclusion]).flatMap(\.variables))
        let assumptions = noAssumptions ? [] : gameModel.assumptions(relevantTo: variables)

        let prover = Prover(resourceLimit: resourceLimit, seed: seed)
        let decision = prover.decide(
            assumptions: assumptions.map(\.formula), hypotheses: hypotheses, conclusion: conclusion)

        print(decision.verdict.rawValue)
        for line in decision.witnessLines { print(line) }
        if let scope = decision.scope { print("scope: \(scope.rawValue)") }
        print("reason: \(decision.reason)")
        if let sampling = decision.sampling {
            print("sampling: \(sampling.pointsChecked) points checked, \(sampling.pointsInRegion) inside the premises")
        }
        if !fixed.isEmpty {
            let values = fixed.keys.sorted().map { "\($0) = \(fixed[$0]!)" }.joined(separator: ", ")
            print("fixed by the \(gameModel.name) model: \(values)")
        }
        if noAssumptions {
            print("assumptions: none (--no-assumptions)")
        } else if assumptions.isEmpty {
            print("assumptions: none concern the claim's variables")
        } else {
            print("assumptions (\(gameModel.name) model):")
            for assumption in assumptions { print("  \(assumption.name): \(assumption.formula.ascii)") }
        }
        if decision.verdict != .holds { throw ExitCode(1) }
    }

    /// `H1 and H2 => C` is hypotheses [H1, H2] and conclusion C; a claim without `=>` is all conclusion.
    static func split(_ claim: Formula) -> (hypotheses: [Formula], conclusion: Formula) {
        guard case .implies(let premise, let conclusion) = claim else { return ([], claim) }
        if case .and(let parts) = premise { return (parts, conclusion) }
        return ([premise], conclusion)
    }
}
