// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TrustProof",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "trustproof", targets: ["trustproof"]),
        .library(name: "Exact", targets: ["Exact"]),
        .library(name: "TrustGame", targets: ["TrustGame"]),
        .library(name: "Prover", targets: ["Prover"]),
        .library(name: "Verifier", targets: ["Verifier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Layer 1: system libraries, reached through one-line shim headers.
        .systemLibrary(
            name: "CGMP",
            pkgConfig: "gmp",
            providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]
        ),
        .systemLibrary(
            name: "CZ3",
            pkgConfig: "z3",
            providers: [.apt(["libz3-dev"]), .brew(["z3"])]
        ),
        // Layer 2: exact arithmetic, polynomials, expressions.
        .target(name: "Exact", dependencies: ["CGMP"]),
        // Layer 3: the game as data, and the equilibrium conditions derived from its payoffs.
        .target(name: "TrustGame", dependencies: ["Exact"]),
        // Layer 4: the decision procedure (Z3's nonlinear real arithmetic), witnesses and their exact re-check.
        .target(name: "Prover", dependencies: ["Exact", "CZ3"]),
        // Layer 5: claims, the checks that decide them, verdicts.
        .target(
            name: "Verifier",
            dependencies: ["Exact", "TrustGame", "Prover", .product(name: "Yams", package: "Yams")]
        ),
        // Layer 6: Markdown, JSON and SVG renderings of what the verifier decided.
        .target(name: "Reports", dependencies: ["Exact", "TrustGame", "Prover", "Verifier"]),
        // Layer 7: the command-line tool.
        .executableTarget(
            name: "trustproof",
            dependencies: [
                "Exact", "TrustGame", "Prover", "Verifier", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ExactTests", dependencies: ["Exact"]),
        .testTarget(name: "TrustGameTests", dependencies: ["TrustGame", "Exact"]),
        .testTarget(name: "ProverTests", dependencies: ["Prover", "Exact", "TrustGame"]),
        .testTarget(name: "VerifierTests", dependencies: ["Verifier", "TrustGame", "Prover", "Exact"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Verifier", "Exact"]),
        .testTarget(name: "CZ3Tests", dependencies: ["CZ3"]),
        .testTarget(name: "CLITests", dependencies: ["trustproof"]),
    ]
)
