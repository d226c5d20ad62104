// Medians and the units the table prints. Benchmarks time things; nothing here is on the path to a verdict.

import Foundation
import Prover

/// Wall-clock seconds of one run of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    return Double(SolverStatistics.wholeNanoseconds(start.duration(to: clock.now))) / 1e9
}

func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty, "a median needs at least one run")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}

/// A duration in the unit that reads best.
func duration(_ seconds: Double) -> String {
    if seconds >= 1 { return fixed(seconds, 2) + " s" }
    if seconds >= 1e-3 { return fixed(seconds * 1e3, 1) + " ms" }
    return fixed(seconds * 1e6, 1) + " µs"
}

/// A rate per second, with a metric prefix.
func rate(_ perSecond: Double, unit: String) -> String {
    if perSecond >= 1e6 { return fixed(perSecond / 1e6, 1) + " M\(unit)/s" }
    if perSecond >= 1e3 { return fixed(perSecond / 1e3, 1) + " k\(unit)/s" }
    return fixed(perSecond, 1) + " \(unit)/s"
}

func ratioText(_ value: Double) -> String { fixed(value, value >= 100 ? 0 : 2) + "×" }
