// Deciding claims: each kind of claim becomes questions for the prover, and their answers one verdict.

import Exact
import Foundation
import Prover
import TrustGame

/// Checks claims against the game and decides them with the prover.
public struct Verifier: Sendable {
    public let prover: Prover
    /// Shared by every claim, so a sign decided once (with its solver calls) is reused by all.
    private let signs: ProverSignOracle
    /// Shared the same way: each profile is derived once per model.
    private let derivations = DerivationCache()

    public init(prover: Prover = Prover()) {
        self.prover = prover
        self.signs = ProverSignOracle(prover: prover)
    }

    /// Decides every claim, `jobs` at a time, and returns the results in the claims' order. `progress` is called
    /// once per claim as it is decided (from any thread).
    public func verify(
        _ claims: [Claim], jobs: Int = 1, progress: (@Sendable (ClaimResult) -> Void)? = nil
    ) -> [ClaimResult] {
        let results = ResultSlots(count: claims.count)
        let next = Counter()
        let workers = max(1, min(jobs, claims.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: claims.count) {
                let result = verify(claims[index])
                results.set(index, result)
                progress?(result)
            }
        }
        return results.all
    }

    /// Decides one claim.
    public func verify(_ claim: Claim) -> ClaimResult {
        ClaimCheck(claim: claim, prover: prover, signs: signs, derivations: derivations).run()
    }
}

/// Slots filled by concurrent workers.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [ClaimResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: ClaimResult) {
        lock.lock(); slots[index] = result; lock.unlock()
    }

    var all: [ClaimResult] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}

/// Hands out indices 0, 1, 2, ... to concurrent workers.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
