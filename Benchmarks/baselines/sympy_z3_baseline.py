#!/usr/bin/env python3
"""What a theorist would write instead of TrustProof: SymPy for the algebra, Z3 for the decision.

Derives, from the paper's payoff tables (Table 1 for period 2, Table 3 for period 1) and Bayes' rule, the
incentive constraints of the trust-building profile (security-seekers cooperate in period 1 and again only after
mutual cooperation; greedy types always defect) in the baseline, independence and salience models, and decides
with Z3 whether the paper's stated conditions imply them (equilibrium-if) or are equivalent to them
(equilibrium-iff), for every parameter value the model's assumptions allow.

    python Benchmarks/baselines/sympy_z3_baseline.py --verdicts Proofs/verdicts.json --repeat 5

prints one JSON object (verdicts, TrustProof's verdicts, per-run wall time) and exits 1 on any disagreement.
Witnesses of failures are re-checked exactly with SymPy Rationals and described on standard error.

The semantics follow TrustProof's (Sources/Verifier/ClaimCheck.swift, Sources/Prover/README.md):
- satisfiable: can the assumptions, the claim's `assume` and the stated condition hold together? If not, VACUOUS;
- sufficiency: assumptions, `assume` and stated condition imply every derived condition;
- necessity (equilibrium-iff only): assumptions, `assume` and the derived conditions imply the stated condition;
- a relation with a zero denominator anywhere in its expression tree is false, and so is its negation
  (negation is pushed into the relations), so an undefined point is never a counterexample.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from dataclasses import dataclass
from typing import Callable
from fractions import Fraction

import sympy as sp
import z3
from sympy.core.cache import clear_cache

# MARK: Parameters and the game's primitives

H, a, theta = sp.symbols("H a theta", real=True)
PLAYERS = ("A", "B")
OTHER = {"A": "B", "B": "A"}
y = {p: sp.Symbol(f"y_{p}", real=True) for p in PLAYERS}        # prior that p is a security-seeker
beta = {p: sp.Symbol(f"beta_{p}", real=True) for p in PLAYERS}  # p's payoff independence (Table 3)

SECURITY, GREEDY = "security-seeker", "greedy"
TYPES = (SECURITY, GREEDY)
C, D = "c", "d"
ACTIONS = (C, D)
HISTORIES = tuple((own, other) for own in ACTIONS for other in ACTIONS)  # (own period-1 action, other's)


def table1_payoff(player_type: str, own: str, other: str) -> sp.Expr:
    """Table 1, the row player's payoff: Stag Hunt for a security-seeker, Prisoner's Dilemma for a greedy type."""
    temptation = H - a if player_type == SECURITY else H + a
    return {(C, C): H, (C, D): sp.Integer(0), (D, C): temptation, (D, D): sp.Integer(1)}[own, other]


def table3_payoff(player_type: str, own: str, other: str, independence: sp.Expr) -> sp.Expr:
    """Table 3, the first-period payoff with independence beta: a sucker keeps beta*H, mutual defection pays
    beta*(H -/+ a) + 1 - beta (written out as printed, not derived from Table 1)."""
    temptation = H - a if player_type == SECURITY else H + a
    return {
        (C, C): H,
        (C, D): independence * H,
        (D, C): temptation,
        (D, D): independence * temptation + 1 - independence,
    }[own, other]


# MARK: Models and their assumptions


@dataclass(frozen=True)
class Model:
    """A variant of the game: which parameters are fixed (Appendix A.1's last paragraph)."""

    name: str
    fixed: dict

    def value(self, symbol: sp.Symbol) -> sp.Expr:
        return self.fixed.get(symbol, symbol)

    def assumptions(self) -> list:
        """A1 (H > 1), A2 (H - a < 1), 0 < a < H, priors in (0, 1), beta in [0, 1], theta > 0 (free ones only)."""
        found = [H > 1, H - a < 1, a > 0, a < H]
        for p in PLAYERS:
            found += [y[p] > 0, y[p] < 1]
        for p in PLAYERS:
            if beta[p] not in self.fixed:
                found += [beta[p] >= 0, beta[p] <= 1]
        if theta not in self.fixed:
            found.append(theta > 0)
        return found

    def free_symbols(self) -> list:
        every = [H, a, y["A"], y["B"], beta["A"], beta["B"], theta]
        return [s for s in every if s not in self.fixed]


MODELS = {
    "baseline": Model("baseline", {beta["A"]: sp.Integer(0), beta["B"]: sp.Integer(0), theta: sp.Integer(1)}),
    "independence": Model("independence", {theta: sp.Integer(1)}),
    "salience": Model("salience", {}),
}


# MARK: The profile


@dataclass(frozen=True)
class Strategy:
    """Probability of cooperating: in period 1 per type, and in period 2 per type and history."""

    first: dict
    second: dict


def trust_building_strategy() -> Strategy:
    """Security-seekers cooperate, then cooperate again only after (c, c); greedy types always defect."""
    return Strategy(
        first={SECURITY: 1, GREEDY: 0},
        second={
            SECURITY: {h: (1 if h == (C, C) else 0) for h in HISTORIES},
            GREEDY: {h: 0 for h in HISTORIES},
        },
    )


TRUST_BUILDING = {p: trust_building_strategy() for p in PLAYERS}


# MARK: Derivation: beliefs, expected utilities, incentive constraints


def prior(player: str, player_type: str) -> sp.Expr:
    return y[player] if player_type == SECURITY else 1 - y[player]


def belief_after(holder: str, observed: str, profile: dict) -> tuple:
    """Bayes' rule: probability that `holder` sees the other play `observed` in period 1, and the posterior
    weight of each of the other's types given it."""
    other = OTHER[holder]
    joint = {}
    for t in TYPES:
        cooperates = profile[other].first[t]
        joint[t] = prior(other, t) * (cooperates if observed == C else 1 - cooperates)
    probability = sp.cancel(sum(joint.values()))
    if probability == 0:
        # Pooling profiles need an off-path belief; the trust-building profile separates, so none arises here.
        raise NotImplementedError(f"{holder} never sees {observed}: off-path beliefs are not modelled")
    return probability, {t: sp.cancel(joint[t] / probability) for t in TYPES}


@dataclass(frozen=True)
class IncentiveConstraint:
    """EU(prescribed action) - EU(deviation) >= 0 at one information set."""

    label: str
    difference: sp.Expr

    @property
    def formula(self):
        return sp.Ge(self.difference, 0)


def derive_constraints(profile: dict, model: Model) -> list:
    """Every incentive constraint of a pure profile: period 2 after each history (sequential rationality on and
    off path), then period 1 with the profile's continuation, for each player and type."""
    beliefs = {(p, seen): belief_after(p, seen, profile) for p in PLAYERS for seen in ACTIONS}
    salience = model.value(theta)
    constraints = []
    for player in PLAYERS:
        other = OTHER[player]
        independence = model.value(beta[player])
        for t in TYPES:
            def second_period_utility(history, action):
                # The other cooperates with the probability its strategy gives at its own view of the history,
                # averaged over its types with the posterior after its observed period-1 action.
                own, seen = history
                _, weights = beliefs[player, seen]
                q = sum(weights[u] * profile[other].second[u][seen, own] for u in TYPES)
                return salience * (q * table1_payoff(t, action, C) + (1 - q) * table1_payoff(t, action, D))

            def continuation(history):
                p = profile[player].second[t][history]
                return p * second_period_utility(history, C) + (1 - p) * second_period_utility(history, D)

            def first_period_utility(action):
                # Sum over the other's period-1 action, weighted by how likely the player thinks it is.
                total = sp.Integer(0)
                for seen in ACTIONS:
                    probability, _ = beliefs[player, seen]
                    total += probability * (table3_payoff(t, action, seen, independence) + continuation((action, seen)))
                return total

            prescribed = profile[player].first[t]
            if prescribed not in (0, 1):
                raise NotImplementedError("mixed period-1 actions are not modelled")
            keep, deviate = (C, D) if prescribed == 1 else (D, C)
            constraints.append(IncentiveConstraint(
                f"{player} {t}, period 1: {keep} rather than {deviate}",
                sp.cancel(first_period_utility(keep) - first_period_utility(deviate))))
            for history in HISTORIES:
                keep, deviate = (C, D) if profile[player].second[t][history] == 1 else (D, C)
                constraints.append(IncentiveConstraint(
                    f"{player} {t}, period 2 after ({history[0]}, {history[1]}): {keep} rather than {deviate}",
                    sp.cancel(second_period_utility(history, keep) - second_period_utility(history, deviate))))
    return constraints


# MARK: From SymPy formulas to Z3, with TrustProof's semantics of division and negation

NEGATED = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "==": "!=", "!=": "=="}


def tree_denominators(expression: sp.Expr) -> list:
    """Every divisor in the expression tree (a power with a negative exponent): each must be non-zero."""
    return [node.base for node in sp.preorder_traversal(expression)
            if isinstance(node, sp.Pow) and node.exp.is_negative]


def polynomial_terms(expression: sp.Expr, symbols: tuple) -> tuple:
    """A polynomial as exact (exponents, coefficient) pairs, ready to be rebuilt in any Z3 context."""
    poly = sp.Poly(sp.expand(expression), *symbols)
    return tuple((exponents, Fraction(int(c.p), int(c.q))) for exponents, c in poly.terms())


@functools.lru_cache(maxsize=None)
def relation_polynomials(lhs: sp.Expr, rhs: sp.Expr, symbols: tuple) -> tuple:
    """The polynomials that decide lhs ? rhs: the numerator of each divisor in the tree (must be non-zero), and,
    with lhs - rhs = n/d reduced, n*d (whose sign is that of lhs - rhs) and d (must be non-zero; None if constant).
    Memoised: the same relation appears in several checks of a run (cleared between runs)."""
    divisors = tuple(polynomial_terms(sp.fraction(sp.cancel(divisor))[0], symbols)
                     for divisor in tree_denominators(lhs) + tree_denominators(rhs))
    numerator, denominator = sp.fraction(sp.cancel(sp.together(lhs - rhs)))
    if denominator.is_number:
        return divisors, polynomial_terms(numerator / denominator, symbols), None
    return divisors, polynomial_terms(numerator * denominator, symbols), polynomial_terms(denominator, symbols)


def z3_polynomial(terms: tuple, variables: dict):
    """Exact polynomial terms as a Z3 real term over `variables` (in the order of the symbols)."""
    context = next(iter(variables.values())).ctx
    result = []
    for exponents, coefficient in terms:
        term = z3.Q(coefficient.numerator, coefficient.denominator, context)
        for variable, power in zip(variables.values(), exponents):
            for _ in range(power):
                term = term * variable
        result.append(term)
    return z3.Sum(result) if result else z3.RealVal(0, context)


def z3_sign(polynomial, op: str):
    return {">": polynomial > 0, ">=": polynomial >= 0, "<": polynomial < 0, "<=": polynomial <= 0,
            "==": polynomial == 0, "!=": polynomial != 0}[op]


def relation_to_z3(lhs: sp.Expr, op: str, rhs: sp.Expr, variables: dict):
    """lhs op rhs where every divisor is non-zero: with lhs - rhs = n/d, that is n*d op 0 and d != 0."""
    divisors, signed, denominator = relation_polynomials(lhs, rhs, tuple(variables))
    conditions = [z3_polynomial(divisor, variables) != 0 for divisor in divisors]
    conditions.append(z3_sign(z3_polynomial(signed, variables), op))
    if denominator is not None:
        conditions.append(z3_polynomial(denominator, variables) != 0)
    return z3.And(conditions)


def to_z3(formula, variables: dict, negate: bool = False):
    """A SymPy boolean formula as Z3, negation pushed into the relations."""
    if formula is sp.true or formula is sp.false:
        return z3.BoolVal((formula is sp.true) != negate, next(iter(variables.values())).ctx)
    if isinstance(formula, sp.Not):
        return to_z3(formula.args[0], variables, not negate)
    if isinstance(formula, (sp.And, sp.Or)):
        parts = [to_z3(arg, variables, negate) for arg in formula.args]
        conjunction = isinstance(formula, sp.And) != negate
        return z3.And(parts) if conjunction else z3.Or(parts)
    if isinstance(formula, sp.core.relational.Relational):
        op = NEGATED[formula.rel_op] if negate else formula.rel_op
        return relation_to_z3(formula.lhs, op, formula.rhs, variables)
    raise TypeError(f"unsupported formula: {formula!r}")


def holds_exactly(formula, point: dict, negate: bool = False) -> bool:
    """The same semantics as `to_z3`, evaluated exactly with SymPy Rationals at a rational point."""
    if formula is sp.true or formula is sp.false:
        return (formula is sp.true) != negate
    if isinstance(formula, sp.Not):
        return holds_exactly(formula.args[0], point, not negate)
    if isinstance(formula, (sp.And, sp.Or)):
        results = [holds_exactly(arg, point, negate) for arg in formula.args]
        return all(results) if isinstance(formula, sp.And) != negate else any(results)
    op = NEGATED[formula.rel_op] if negate else formula.rel_op
    for divisor in tree_denominators(formula.lhs) + tree_denominators(formula.rhs):
        if divisor.xreplace(point) == 0:
            return False  # undefined: neither the relation nor its negation holds
    value = sp.Rational(formula.lhs.xreplace(point) - formula.rhs.xreplace(point))
    return {">": value > 0, ">=": value >= 0, "<": value < 0, "<=": value <= 0,
            "==": value == 0, "!=": value != 0}[op]


# MARK: Deciding with Z3


def new_solver(context):
    # nlsat is complete for nonlinear real arithmetic; the same tactic TrustProof uses (no wall-clock races).
    return z3.Tactic("qfnra-nlsat", context).solver()


def rational_point(solver, variables: dict):
    """A rational model of the solver's assertions: Z3 may answer with algebraic numbers, so each coordinate is
    fixed in turn to a rational (the value itself, or a close approximation) while the rest stays satisfiable."""
    for symbol, variable in variables.items():
        value = solver.model().eval(variable, model_completion=True)
        candidates = [value] if z3.is_rational_value(value) else [value.approx(k) for k in (6, 12, 24, 48)]
        for candidate in candidates:
            solver.push()
            solver.add(variable == candidate)
            if solver.check() == z3.sat:
                break
            solver.pop()
        else:
            return None  # no rational close by: only an irrational witness exists here
    model = solver.model()
    return {symbol: sp.Rational(str(model.eval(var, model_completion=True).as_fraction()))
            for symbol, var in variables.items()}


@dataclass
class Decision:
    verdict: str
    witness: dict | None = None
    reason: str = ""


def decide(premises: list, conclusion, symbols: list) -> Decision:
    """Do the premises imply the conclusion at every real point of `symbols`? FAILS with an exactly re-checked
    rational witness, HOLDS, VACUOUS when the premises never hold, or UNDECIDED."""
    # A fresh Z3 context per question, so no state carries over and witnesses are reproducible.
    context = z3.Context()
    variables = {s: z3.Real(s.name, context) for s in symbols}
    solver = new_solver(context)
    for premise in premises:
        solver.add(to_z3(premise, variables))
    solver.push()
    solver.add(to_z3(conclusion, variables, negate=True))
    answer = solver.check()
    if answer == z3.sat:
        point = rational_point(solver, variables)
        if point is None:
            return Decision("UNDECIDED", reason="counterexample has no rational coordinates")
        # The witness is accepted only if exact arithmetic agrees: every premise holds, the conclusion fails.
        if all(holds_exactly(p, point) for p in premises) and holds_exactly(conclusion, point, negate=True):
            return Decision("FAILS", witness=point)
        return Decision("UNDECIDED", reason="Z3's witness did not survive the exact re-check")
    if answer != z3.unsat:
        return Decision("UNDECIDED", reason=solver.reason_unknown())
    solver.pop()
    answer = solver.check()
    if answer == z3.unsat:
        return Decision("VACUOUS")
    return Decision("HOLDS") if answer == z3.sat else Decision("UNDECIDED", reason=solver.reason_unknown())


# MARK: The claims: the paper's stated conditions, as printed (the inputs under test)


def for_both(condition):
    """The paper's i/j convention: a condition on y_i with j the other player, required for i = A and i = B."""
    return sp.And(condition("A", "B"), condition("B", "A"))


def proposition_a3(i, j):
    # (1): 1/H >= y_i >= 1/(H+a)
    return sp.And(1 / H >= y[i], y[i] >= 1 / (H + a))


def proposition_a6_as_printed(i, j):
    # (3) with the printed B_A (= beta_A) in the denominator whatever i is, and (4).
    return sp.And(y[i] > (1 - beta[j] * (a + 1)) / (H + a - beta["A"] * (a + 1)),
                  (1 + beta[j] * (a - 1)) / (H + (a - 1) * beta[j]) > y[i])


def proposition_a6_beta_j(i, j):
    # (3) with B_A read as beta_j, and (4).
    return sp.And(y[i] > (1 - beta[j] * (a + 1)) / (H + a - beta[j] * (a + 1)),
                  (1 + beta[j] * (a - 1)) / (H + (a - 1) * beta[j]) > y[i])


def remark_a6_b(i, j):
    # Remark (b): at beta = 1, y_i < a/(H + a - 1).
    return y[i] < a / (H + a - 1)


def proposition_a21(i, j):
    # (5), and either C1 or (not C1 and (6)); C1's beta is the constraint-holder's beta_j.
    condition5 = y[i] > (1 - beta[j] * (a + 1)) / (theta * (H - 1) + (a + 1) * (1 - beta[j]))
    c1 = sp.And(theta < (a - 1) * (1 - beta[j]) / (H + a - 1), a > 1)
    condition6 = (1 + beta[j] * (a - 1)) / (theta * (H + a - 1) - (a - 1) * (1 - beta[j])) > y[i]
    return sp.And(condition5, sp.Or(c1, sp.And(sp.Not(c1), condition6)))


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str          # equilibrium-if | equilibrium-iff
    model: str
    stated: Callable   # builds the SymPy condition (called in each timed run)
    assume: tuple = ()


CLAIMS = (
    Claim("A.3", "equilibrium-iff", "baseline", lambda: for_both(proposition_a3)),
    Claim("A.6", "equilibrium-if", "independence", lambda: for_both(proposition_a6_as_printed)),
    Claim("A.6/alt", "equilibrium-if", "independence", lambda: for_both(proposition_a6_beta_j)),
    Claim("A.6/alt-iff", "equilibrium-iff", "independence", lambda: for_both(proposition_a6_beta_j)),
    Claim("A.6/combined/b", "equilibrium-if", "independence", lambda: for_both(remark_a6_b),
          assume=((beta["A"], 1), (beta["B"], 1))),
    Claim("A.21", "equilibrium-if", "salience", lambda: for_both(proposition_a21)),
    Claim("A.21/alt-iff", "equilibrium-iff", "salience", lambda: for_both(proposition_a21)),
)


def check_claim(claim: Claim, constraints: list) -> Decision:
    """TrustProof's equilibrium check: satisfiable, then sufficiency, then (iff) necessity."""
    model = MODELS[claim.model]
    symbols = model.free_symbols()
    region = model.assumptions() + [sp.Eq(symbol, value) for symbol, value in claim.assume]
    stated = claim.stated().xreplace(model.fixed)
    derived = sp.And(*[c.formula for c in constraints])
    satisfiable = decide(region + [stated], sp.true, symbols)
    if satisfiable.verdict != "HOLDS":
        return satisfiable  # VACUOUS (or UNDECIDED)
    checks = [("sufficiency", region + [stated], derived)]
    if claim.kind == "equilibrium-iff":
        checks.append(("necessity", region + [derived], stated))
    undecided = None
    for name, premises, conclusion in checks:
        decision = decide(premises, conclusion, symbols)
        decision.reason = f"{name}: {decision.reason}" if decision.reason else name
        if decision.verdict == "FAILS":
            return decision
        if decision.verdict == "UNDECIDED":
            undecided = undecided or decision
    return undecided or Decision("HOLDS")


def run_all() -> dict:
    """Derive the conditions of each model once, then decide every claim. Timed as one run."""
    derived = {}
    decisions = {}
    for claim in CLAIMS:
        if claim.model not in derived:
            derived[claim.model] = derive_constraints(TRUST_BUILDING, MODELS[claim.model])
        decisions[claim.id] = check_claim(claim, derived[claim.model])
    return decisions


# MARK: Command line


def describe(claim_id: str, decision: Decision) -> str:
    text = f"{claim_id}: {decision.verdict}"
    if decision.reason:
        text += f" ({decision.reason})"
    if decision.witness:
        text += " at " + ", ".join(f"{s} = {v}" for s, v in sorted(decision.witness.items(), key=lambda kv: kv[0].name))
        text += " [re-checked exactly]"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verdicts", default="Proofs/verdicts.json", help="TrustProof's verdicts.json")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of derive + decide (default 1)")
    arguments = parser.parse_args()

    with open(arguments.verdicts) as file:
        expected = {entry["id"]: entry["verdict"] for entry in json.load(file)["claims"]}

    runs, decisions = [], {}
    for _ in range(max(1, arguments.repeat)):
        clear_cache()  # each run starts with SymPy's cache (and ours) empty, as a fresh script would
        relation_polynomials.cache_clear()
        start = time.perf_counter()
        decisions = run_all()
        runs.append(time.perf_counter() - start)

    claims = []
    for claim in CLAIMS:
        verdict = decisions[claim.id].verdict
        claims.append({"id": claim.id, "verdict": verdict, "expected": expected.get(claim.id),
                       "match": verdict == expected.get(claim.id)})
        print(describe(claim.id, decisions[claim.id]), file=sys.stderr)
    print(json.dumps({
        "ids": [claim.id for claim in CLAIMS],
        "claims": claims,
        "runs_seconds": [round(t, 6) for t in runs],
        "median_seconds": round(statistics.median(runs), 6),
    }, indent=2))
    return 0 if all(entry["match"] for entry in claims) else 1


if __name__ == "__main__":
    sys.exit(main())
