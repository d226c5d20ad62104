// Proofs/verdicts.json: every verdict, sub-claims and proof steps included, in a stable order with sorted keys.

import Exact
import Foundation
import Prover
import Verifier

struct VerdictsJSON {
    let results: [ClaimResult]
    let paper: PaperInfo

    struct Entry: Encodable {
        let id: String
        let title: String
        let kind: String
        let verdict: String
        let scope: String?
        let witness: [String: String]?
        let stated: [String]
        let derived: [String]
        let reason: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(kind, forKey: .kind)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(scope, forKey: .scope)  // null when there is none
            try container.encode(witness, forKey: .witness)
            try container.encode(stated, forKey: .stated)
            try container.encode(derived, forKey: .derived)
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey { case id, title, kind, verdict, scope, witness, stated, derived, reason }
    }

    struct Document: Encodable {
        let paper: String
        let claims: [Entry]
    }

    func text() throws -> String {
        var entries: [Entry] = []
        for result in results {
            entries.append(Entry(
                id: result.claim.id, title: result.claim.title, kind: result.claim.kind.rawValue,
                verdict: result.verdict.rawValue, scope: result.scope?.rawValue,
                witness: result.witness.map { $0.mapValues(\.description) },
                stated: result.statedExpressions, derived: result.derivedExpressions, reason: result.reason))
            for step in result.steps {
                entries.append(Entry(
                    id: step.step.id, title: "Displayed step of \(result.claim.id) (\(step.step.informationSet))",
                    kind: "step", verdict: step.verdict.rawValue, scope: step.decision?.scope?.rawValue,
                    witness: step.verdict == .fails ? step.decision?.witness.map { $0.mapValues(\.description) } : nil,
                    stated: [step.step.stated.ascii], derived: step.derived.map { [$0.ascii] } ?? [], reason: step.reason))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(paper: paper.citation, claims: entries))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
