// An input check before any claim is decided: hypotheses (`assume`) that no admissible parameters satisfy are a
// mistake in the claim file, not a finding about the paper. A stated condition that can never hold is different:
// that is the paper's, and its claim is decided VACUOUS.

import Exact
import Prover
import TrustGame

extension Verifier {
    /// An error at each claim whose `assume` contradicts the model's assumptions (those it does not drop with
    /// `without`), decided by the prover. When the prover cannot tell, the claim is let through: its own checks
    /// will say VACUOUS or UNDECIDED.
    public func contradictoryHypotheses(_ claims: [Claim]) -> [ClaimFileError] {
        claims.compactMap { claim in
            guard !claim.assume.isEmpty, let location = claim.assumeLocation else { return nil }
            let hypotheses = claim.assume.map { $0.substituting(claim.model.fixedParameters) }
            let region = admissibleRegion(for: Set(hypotheses.flatMap(\.variables)), in: claim.model,
                                          without: claim.without)
            guard case .unsatisfiable = prover.isSatisfiable(region + hypotheses) else { return nil }
            let assumptions = region.map(\.ascii).joined(separator: "; ")
            return ClaimFileError(
                file: location.file, line: location.line, column: location.column,
                message: "the hypotheses in 'assume' contradict the \(claim.model.name) model's assumptions "
                    + "(\(assumptions)): no parameter values satisfy them all; correct them, or name the assumption "
                    + "the claim does without under 'without'")
        }
    }
}
