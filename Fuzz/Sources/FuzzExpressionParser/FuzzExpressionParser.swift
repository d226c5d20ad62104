// libFuzzer entry point: the expression and formula parser, then printing and re-parsing what parsed.

import FuzzDriver
import Exact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let expression = try? Expression.parse(text) {
        // What the printer writes must parse back to the same tree.
        guard let again = try? Expression.parse(expression.ascii), again == expression else {
            fatalError("round trip failed for \(text.debugDescription)")
        }
        _ = expression.latex
        _ = try? expression.evaluated(at: [:])
    }
    if let formula = try? Formula.parse(text) {
        guard let again = try? Formula.parse(formula.ascii), again == formula else {
            fatalError("formula round trip failed for \(text.debugDescription)")
        }
    }
    return 0
}

/// SwiftPM renames `main` to `FuzzExpressionParser_main`; start libFuzzer from there.
@_cdecl("FuzzExpressionParser_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
