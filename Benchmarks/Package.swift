// swift-tools-version: 6.0
// `make bench`: TrustProof measured against the physical limit (raw GMP in C) and against what a theorist would
// run instead (the Python scripts in baselines/). Kept out of the main package so `make test` never builds it.
import PackageDescription

let package = Package(
    name: "TrustProofBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "TrustProof", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The same operations as the Swift loops, over raw mpq_t: the reference for Rational's throughput.
        .target(name: "CMPQLoop", linkerSettings: [.linkedLibrary("gmp")]),
        .executableTarget(
            name: "trustproof-bench",
            dependencies: [
                "CMPQLoop",
                .product(name: "Exact", package: "TrustProof"),
                .product(name: "TrustGame", package: "TrustProof"),
                .product(name: "Prover", package: "TrustProof"),
                .product(name: "Verifier", package: "TrustProof"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
