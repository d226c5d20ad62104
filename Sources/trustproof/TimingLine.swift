// The line `verify --timing` prints: the run's wall time, the part inside Z3, and the rest.

import Prover

struct TimingLine {
    let wall: Duration
    let solver: SolverStatistics.Snapshot

    /// For example `timing: 4.210 s in all, 3.900 s inside Z3 (812 solver calls), 0.310 s elsewhere (7.4%)`.
    /// With several jobs the time inside Z3 is summed over threads, so "elsewhere" is only meaningful with --jobs 1.
    var text: String {
        let wallNanoseconds = SolverStatistics.wholeNanoseconds(wall)
        let elsewhere = wallNanoseconds > solver.nanoseconds ? wallNanoseconds - solver.nanoseconds : 0
        let share = wallNanoseconds == 0 ? 0 : elsewhere * 1000 / wallNanoseconds
        return "timing: \(Self.seconds(wallNanoseconds)) s in all, \(Self.seconds(solver.nanoseconds)) s inside Z3 "
            + "(\(solver.calls) solver calls), \(Self.seconds(elsewhere)) s elsewhere (\(share / 10).\(share % 10)%)"
    }

    /// Seconds with three decimals, in integer arithmetic.
    static func seconds(_ nanoseconds: UInt64) -> String {
        let milliseconds = nanoseconds / 1_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
