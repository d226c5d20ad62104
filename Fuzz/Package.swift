// swift-tools-version: 6.0
// libFuzzer targets for TrustProof's parsers. Built only by `make fuzz` (with -sanitize=fuzzer), never by the
// main package, because a fuzzer executable has no main function of its own.
import PackageDescription

let package = Package(
    name: "TrustProofFuzz",
    dependencies: [.package(name: "TrustProof", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzExpressionParser",
            dependencies: ["FuzzDriver", .product(name: "Exact", package: "TrustProof")]
        ),
        .executableTarget(
            name: "FuzzProfileNotation",
            dependencies: ["FuzzDriver", .product(name: "TrustGame", package: "TrustProof")]
        ),
        .executableTarget(
            name: "FuzzClaimFile",
            dependencies: ["FuzzDriver", .product(name: "Verifier", package: "TrustProof")]
        ),
    ]
)
