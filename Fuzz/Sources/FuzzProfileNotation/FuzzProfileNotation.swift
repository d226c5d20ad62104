// libFuzzer entry point: the profile notation parser, then a derivation of whatever parsed.

import FuzzDriver
import TrustGame

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let profile = try? StrategyProfile(name: "fuzz", summary: "", notation: text) {
        _ = try? Derivation(profile: profile, model: .baseline)
    }
    return 0
}

/// SwiftPM renames `main` to `FuzzProfileNotation_main`; start libFuzzer from there.
@_cdecl("FuzzProfileNotation_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
