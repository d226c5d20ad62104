// How much of a run's time goes into Z3: benchmarks split a verify run into "inside the decision procedure" and
// everything else. Counting costs two clock readings per solver call, nothing on the path to a verdict.

import Synchronization

/// Process-wide totals of the solver calls made so far, safe to update from every worker thread.
public enum SolverStatistics {
    /// The totals at one moment.
    public struct Snapshot: Sendable, Equatable {
        /// Solver calls (each one Z3 context, assertion and check).
        public let calls: UInt64
        /// Time inside those calls, summed over threads: with several jobs it can exceed the run's wall time.
        public let nanoseconds: UInt64

        /// What was added between `earlier` and this snapshot.
        public func since(_ earlier: Snapshot) -> Snapshot {
            Snapshot(calls: calls - earlier.calls, nanoseconds: nanoseconds - earlier.nanoseconds)
        }
    }

    private static let calls = Atomic<UInt64>(0)
    private static let nanoseconds = Atomic<UInt64>(0)

    public static var current: Snapshot {
        Snapshot(calls: calls.load(ordering: .relaxed), nanoseconds: nanoseconds.load(ordering: .relaxed))
    }

    /// Runs `body` (one solver call) and adds its duration to the totals.
    static func timing<Result>(_ body: () -> Result) -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = body()
        let elapsed = start.duration(to: clock.now)
        calls.add(1, ordering: .relaxed)
        nanoseconds.add(wholeNanoseconds(elapsed), ordering: .relaxed)
        return result
    }

    /// A duration in whole nanoseconds (negative ones count as zero).
    public static func wholeNanoseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
