// The sign oracle the verifier gives the game layer: the solver-free oracle first, then the prover.

import Exact
import Foundation
import Prover
import TrustGame

/// Decides signs with `BoundSubstitutionSignOracle` when it can, and asks Z3 otherwise. Answers are cached, so a
/// factor that appears in many constraints costs one solver call.
final class ProverSignOracle: SignOracle, @unchecked Sendable {
    private let prover: Prover
    private let elementary = BoundSubstitutionSignOracle()
    private var cache: [Polynomial: KnownSign?] = [:]
    private let lock = NSLock()

    init(prover: Prover) {
        self.prover = prover
    }

    func sign(of polynomial: Polynomial, in model: GameModel) -> KnownSign? {
        if let known = elementary.sign(of: polynomial, in: model) { return known }
        lock.lock()
        if let cached = cache[polynomial] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let assumptions = admissibleRegion(for: Set(polynomial.variables), in: model)
        let answer: KnownSign?
        switch prover.sign(of: RationalFunction(polynomial), over: assumptions) {
        case .alwaysPositive: answer = .positive
        case .alwaysNegative: answer = .negative
        case .alwaysZero: answer = .zero
        case .nonNegative: answer = .nonnegative
        case .nonPositive: answer = .nonpositive
        case .changesSign, .emptyRegion, .undecided: answer = nil
        }
        lock.lock()
        cache[polynomial] = answer
        lock.unlock()
        return answer
    }
}

/// The model's assumptions on `variables` (closed under the variables they mention), with beliefs `sigma_*` and
/// mixing probabilities `omega*` in [0, 1].
func admissibleRegion(for variables: Set<String>, in model: GameModel, without: [String] = []) -> [Formula] {
    var formulas = model.assumptions(relevantTo: variables).filter { !without.contains($0.name) }.map(\.formula)
    for name in variables.sorted() where name.hasPrefix("sigma_") || name.hasPrefix("omega") {
        formulas.append(try! Formula.parse("0 <= \(name) <= 1"))
    }
    return formulas
}

/// Knows no signs: for claims outside the model's assumptions, where the other oracles' shortcuts do not apply.
struct SilentSignOracle: SignOracle {
    func sign(of polynomial: Polynomial, in model: GameModel) -> KnownSign? {
        polynomial.constantValue.map { $0.signum > 0 ? .positive : ($0.signum < 0 ? .negative : .zero) }
    }
}
