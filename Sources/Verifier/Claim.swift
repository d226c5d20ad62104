// A claim of the paper, as transcribed in a claim file: the paper's words and the reading TrustProof checks.

import Exact
import TrustGame

/// What kind of statement a claim makes, which decides how it is checked (Proofs/claims/README.md).
public enum ClaimKind: String, CaseIterable, Hashable, Sendable {
    case equilibriumIff = "equilibrium-iff"
    case equilibriumIf = "equilibrium-if"
    case noEquilibrium = "no-equilibrium"
    case inequality
    case identity
    case monotone
    case utility
    case mixing
    case result
    case exhaustive
}

/// Where something was written: a file, a line and a column (1-based).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// The direction a `monotone` claim asserts.
public enum Monotonicity: String, Hashable, Sendable {
    case increasing, decreasing, nondecreasing, nonincreasing

    /// The sign condition on the derivative.
    var derivativeRelation: RelationOperator {
        switch self {
        case .increasing: .greater
        case .decreasing: .less
        case .nondecreasing: .greaterOrEqual
        case .nonincreasing: .lessOrEqual
        }
    }
}

/// A displayed inequality in a proof: it claims to compare the expected utilities of one derived constraint.
public struct ProofStep: Hashable, Sendable {
    /// `<parent>/step-<n>`.
    public let id: String
    public let paper: String
    /// The information set, e.g. `A greedy, period 1` (the start of a derived constraint's label).
    public let informationSet: String
    /// The printed inequality, transcribed.
    public let stated: Formula
    public let statedText: String
    public let location: SourceLocation
}

/// One claim, ready to be checked.
public struct Claim: Hashable, Sendable {
    public let id: String
    public let title: String
    public let section: String
    public let lines: String?
    public let paper: String
    public let reading: String
    public let note: String?
    public let kind: ClaimKind
    public let model: GameModel
    /// The profile for equilibrium, utility and mixing claims.
    public let profile: StrategyProfile?
    /// The profiles an `exhaustive` claim rules out.
    public let ruledOut: [StrategyProfile]
    public let beliefs: BeliefQuantifier
    /// Lemma A.1: only the second period, with beliefs as parameters.
    public let secondPeriodOnly: Bool
    /// Names of the model's assumptions this claim does without (Kydd's example violates A2).
    public let without: [String]
    /// Extra hypotheses, with `_i`/`_j` expanded.
    public let assume: [Formula]
    /// The paper's condition (equilibrium, utility and mixing claims), expanded.
    public let stated: Formula?
    /// The conclusion of inequality, identity and result claims, expanded.
    public let conclusion: Formula?
    /// `monotone`: the function, the variable and the direction.
    public let function: Exact.Expression?
    public let variable: String?
    public let direction: Monotonicity?
    /// `utility`: the information set whose expected utility is stated.
    public let informationSet: String?
    public let steps: [ProofStep]
    /// The texts as written in the file, for reports.
    public let statedText: String?
    public let conclusionText: String?
    public let assumeTexts: [String]
    /// Where `assume` is written, for errors about the hypotheses.
    public let assumeLocation: SourceLocation?
    public let location: SourceLocation

    /// The id's parent for sub-claims (`A.6` for `A.6/greedy`), or the id itself.
    public var topLevelID: String {
        String(id.split(separator: "/").first ?? Substring(id))
    }
}
