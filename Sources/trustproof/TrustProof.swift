// The `trustproof` command: entry point and subcommand list.

import ArgumentParser

@main
struct TrustProof: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trustproof",
        abstract: "Machine-checks the formal appendix of \"The Domestic Sources of International Trust\".",
        discussion: """
            Every number is an exact rational (GMP); nothing is rounded on the way to an answer.
            Expressions use the claim-file notation: H, a, beta_A, y_B, theta, ...; + - * / ^, implicit
            multiplication (2H, beta_A(a+1)), relations < <= > >= = != and chains (1/H >= y_B >= 1/(H+a)).
            """,
        version: "0.1.0",
        subcommands: [Eval.self, Derive.self, Verify.self, Ask.self, Equilibria.self, Export.self, Map.self, Figures.self]
    )
}
