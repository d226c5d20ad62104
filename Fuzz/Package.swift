// swift-tools-version: 6.0
// libFuzzer targets for TrustProof's parsers. Built only by `make fuzz` (with -sanitize=fuzzer), never by the
// main package, because a fuzzer executable has no main function of its own.
import PackageDescription

let package = Package(
    name: "TrustProofFuzz",
    dependencies: [.package(name: "TrustProof", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzExpressionParser",
            dependencies: [.product(name: "Exact", package: "TrustProof")]
        ),
        .executableTarget(
            name: "FuzzProfileNotation",
            dependencies: [.product(name: "TrustGame", package: "TrustProof")]
        ),
        .executableTarget(
            name: "FuzzClaimFile",
            dependencies: [.product(name: "Verifier", package: "TrustProof")]
        ),
    ]
)
