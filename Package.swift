// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TrustProof",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trustproof", targets: ["trustproof"]),
        .library(name: "Exact", targets: ["Exact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        // Layer 7: the command-line tool.
        .executableTarget(
            name: "trustproof",
            dependencies: [
                "Exact",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ExactTests", dependencies: ["Exact"]),
        .testTarget(name: "CZ3Tests", dependencies: ["CZ3"]),
        .testTarget(name: "CLITests", dependencies: ["trustproof"]),
    ]
)
