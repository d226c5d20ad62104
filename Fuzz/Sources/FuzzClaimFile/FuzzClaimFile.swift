// libFuzzer entry point: the claim-file loader (YAML, formulas, profiles, every error path).

import FuzzDriver
import Verifier

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ClaimFile.load(text: text, file: "fuzz.yaml")
    return 0
}

/// SwiftPM renames `main` to `FuzzClaimFile_main`; start libFuzzer from there.
@_cdecl("FuzzClaimFile_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
