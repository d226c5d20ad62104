// The Markdown report of one top-level claim, with its sub-claims and proof steps.

import Exact
import Foundation
import Prover
import TrustGame
import Verifier

/// Renders one claim (and, nested, its sub-claims) for a referee to read and check by hand.
struct ClaimReport {
    let result: ClaimResult
    let subClaims: [ClaimResult]

    var markdown: String {
        var parts: [String] = []
        let claim = result.claim
        parts.append("# \(claim.id): \(claim.title)")
        parts.append("_\(claim.section)_ · [all claims](../README.md)")
        parts += body(result, level: 2)
        for sub in subClaims {
            parts.append("---")
            parts.append("## \(sub.claim.id): \(sub.claim.title)")
            parts += body(sub, level: 3)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func heading(_ level: Int, _ text: String) -> String {
        String(repeating: "#", count: level) + " " + text
    }

    private func body(_ result: ClaimResult, level: Int) -> [String] {
        let claim = result.claim
        var parts: [String] = []
        parts.append(verdictLine(result))
        var facts: [[String]] = [["Kind", claim.kind.rawValue], ["Model", modelDescription(claim.model)]]
        if let profile = claim.profile { facts.append(["Profile", "`\(profile.name)`"]) }
        if claim.kind == .equilibriumIff || claim.kind == .equilibriumIf || claim.kind == .noEquilibrium {
            facts.append(["Off-path beliefs", claim.beliefs == .everyFeasibleBelief ? "every feasible belief" : "some feasible belief"])
        }
        if let lines = claim.lines { facts.append(["Paper lines", lines]) }
        facts.append(["Claim file", "`\(claim.location.file):\(claim.location.line)`"])
        parts.append(Markdown.table(["", ""], facts))
        parts.append(heading(level, "The paper's words"))
        parts.append(Markdown.quote(claim.paper))
        parts.append(heading(level, "Reading"))
        parts.append(claim.reading.trimmingCharacters(in: .whitespacesAndNewlines))
        if let note = claim.note { parts.append("**Note.** " + note.trimmingCharacters(in: .whitespacesAndNewlines)) }
        parts.append(statementSection(result, level: level))
        if !result.assumptions.isEmpty {
            parts.append(heading(level, "Assumptions used"))
            let named = claim.model.assumptions
            parts.append(result.assumptions.map { formula in
                let name = named.first { $0.formula == formula }?.name
                return "- " + (name.map { "\($0): " } ?? "") + Markdown.math(formula)
            }.joined(separator: "\n"))
        }
        if let derivation = result.derivation {
            parts += DerivationSection(derivation: derivation, level: level).parts
        }
        if !result.derivedConditions.isEmpty {
            parts.append(heading(level, "Derived PBE conditions"))
            parts.append("Each incentive constraint that the assumptions do not already imply (the others are listed "
                + "for the record). These are weak inequalities: a best response allows ties.")
            parts.append(Markdown.table(["condition", "from", "implied by the assumptions"],
                result.derivedConditions.map {
                    [Markdown.math($0.formula), $0.label, $0.holdsUnderAssumptions ? "yes" : "no"]
                }))
        }
        if !result.checks.isEmpty {
            parts.append(heading(level, "Checks"))
            parts.append(Markdown.table(["check", "question", "answer", "why"], result.checks.map {
                [$0.name, $0.question, answer($0.decision), $0.decision.reason]
            }))
        }
        if !result.thresholds.isEmpty {
            parts.append(heading(level, "Thresholds: stated against derived"))
            parts.append(Markdown.table(["stated", "derived", "same threshold", "same inequality"], result.thresholds.map {
                [Markdown.math(.relation($0.stated)), $0.derived.map(Markdown.math) ?? "none derived",
                 $0.derived == nil ? "no" : "yes", $0.derived == nil ? "" : ($0.sameRelation ? "yes" : "no")]
            }))
        }
        if !result.boundary.isEmpty {
            parts.append(heading(level, "Exact points on the stated boundaries"))
            parts.append("At each point the variable sits exactly on the stated threshold; the matching derived "
                + "constraint must be exactly 0 there, hold just inside the stated region and fail just outside "
                + "(a step of \(result.boundary[0].step) each way).")
            parts.append(Markdown.table(["point", "on the boundary", "derived constraint there", "holds inside", "fails outside"],
                result.boundary.map { row in
                    [pointText(row.point, except: row.variable), "\(row.variable) = \(row.boundaryValue)",
                     row.derivedAtBoundary.description, row.holdsInside ? "yes" : "no", row.failsOutside ? "yes" : "no"]
                }))
        }
        if let witness = result.witness {
            parts.append(heading(level, "Counterexample"))
            parts.append("An exact point, re-checked with rational arithmetic:")
            parts.append(Markdown.table(["variable", "value"], witness.keys.sorted().map { [$0, witness[$0]!.description] }))
            parts.append(WitnessTable(result: result, witness: witness).markdown)
        }
        if let correction = result.correction {
            parts.append(heading(level, "Corrected statement"))
            parts.append("The conditions TrustProof derives from the payoffs, in LaTeX an author can paste:")
            parts.append(Markdown.displayMath(correction.latex))
            parts.append("```latex\n\(correction.latex)\n```")
        }
        if let sampling = result.sampling {
            parts.append("Sampling: \(sampling.pointsChecked) exact points checked, \(sampling.pointsInRegion) inside the region"
                + (sampling.counterexample == nil ? ", no counterexample." : ", counterexample found."))
        }
        if !result.steps.isEmpty {
            parts.append(heading(level, "The proof's displayed steps"))
            for outcome in result.steps { parts += stepParts(outcome, level: level + 1) }
        }
        return parts
    }

    private func verdictLine(_ result: ClaimResult) -> String {
        let scope = result.scope.map { $0 == .boundary ? " (only on the boundary)" : " (in the interior)" } ?? ""
        return "**Verdict: \(result.verdict.rawValue)\(scope).** \(result.reason)"
    }

    private func answer(_ decision: Decision) -> String {
        decision.verdict.rawValue + (decision.scope.map { " (\($0.rawValue))" } ?? "")
    }

    private func statementSection(_ result: ClaimResult, level: Int) -> String {
        let claim = result.claim
        var lines = [heading(level, "Statement checked")]
        if !claim.assume.isEmpty {
            lines.append("Hypotheses: " + claim.assume.map(Markdown.math).joined(separator: ", "))
        }
        if let stated = claim.stated {
            if claim.kind == .utility || claim.kind == .mixing, case .relation(let relation) = stated {
                let what = claim.kind == .utility ? "expected utility at \(claim.informationSet ?? "")" : "mixing probability \(claim.variable ?? "")"
                lines.append("Stated \(what): " + Markdown.math(relation.lhs.latex))
            } else {
                lines.append("Stated condition: " + Markdown.math(stated))
            }
        }
        if let conclusion = claim.conclusion { lines.append("Claim: " + Markdown.math(conclusion)) }
        if let function = claim.function, let variable = claim.variable, let direction = claim.direction {
            lines.append("Claim: " + Markdown.math(function.latex) + " is \(direction.rawValue) in " + Markdown.math(variable))
        }
        if !claim.ruledOut.isEmpty {
            lines.append("Profiles ruled out: " + claim.ruledOut.map { "`\($0.name)`" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n\n")
    }

    private func stepParts(_ outcome: StepOutcome, level: Int) -> [String] {
        var parts = [heading(level, "\(outcome.step.id): \(outcome.verdict.rawValue)")]
        parts.append(Markdown.quote(outcome.step.paper))
        var rows = [["printed", Markdown.math(outcome.step.stated)]]
        if let derived = outcome.derived, let label = outcome.derivedLabel {
            rows.append(["derived (\(label))", Markdown.math(derived)])
        }
        parts.append(Markdown.table(["", ""], rows))
        parts.append(outcome.reason)
        if let witness = outcome.decision?.witness, outcome.verdict == .fails {
            parts.append("Witness: " + pointText(witness, except: nil))
        }
        return parts
    }
}

/// `H = 3/2, a = 3/4, ...` in a stable order.
func pointText(_ point: Point, except excluded: String?) -> String {
    point.keys.sorted().filter { $0 != excluded }.map { "\($0) = \(point[$0]!)" }.joined(separator: ", ")
}

/// The model's name with what it fixes.
func modelDescription(_ model: GameModel) -> String {
    let fixed = model.fixedParameters.keys.sorted().map { "\($0) = \(model.fixedParameters[$0]!)" }
    return fixed.isEmpty ? model.name : "\(model.name) (\(fixed.joined(separator: ", ")))"
}
