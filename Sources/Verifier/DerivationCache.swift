// Many claims ask about the same profile in the same model (the trust-building profile alone appears in dozens):
// each is derived once per verifier. A derivation depends only on its key, so sharing it changes no result.

import Foundation
import TrustGame

final class DerivationCache: @unchecked Sendable {
    private struct Key: Hashable {
        let profile: StrategyProfile
        let model: GameModel
        let secondPeriodOnly: Bool
    }

    private let lock = NSLock()
    private var derived: [Key: Result<Derivation, DerivationError>] = [:]

    func derivation(of profile: StrategyProfile, model: GameModel, secondPeriodOnly: Bool) throws(DerivationError)
        -> Derivation
    {
        let key = Key(profile: profile, model: model, secondPeriodOnly: secondPeriodOnly)
        lock.lock()
        let cached = derived[key]
        lock.unlock()
        let result = cached ?? Result { () throws(DerivationError) in
            try Derivation(profile: profile, model: model, secondPeriodOnly: secondPeriodOnly)
        }
        if cached == nil {
            lock.lock()
            derived[key] = result
            lock.unlock()
        }
        return try result.get()
    }
}
