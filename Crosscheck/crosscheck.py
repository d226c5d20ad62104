#!/usr/bin/env python3
"""Re-decide the claims of claims.txt with QEPCAD B and compare with `trustproof ask`.

For every claim:
  1. `trustproof ask --model MODEL CLAIM` runs twice; the two outputs must be identical (determinism). Its verdict,
     witness, scope, fixed parameters and the assumptions it used are read from the output.
  2. The same question is put to QEPCAD B, an independent implementation of cylindrical algebraic decomposition,
     through a translation made here with SymPy (not with the prover's own conversion): each relation
     lhs ~ rhs with lhs - rhs = n/d becomes n*d ~ 0 with d /= 0, plus 'u /= 0' for the numerator u of every divisor,
     and negation is pushed into the relations, as in the prover's semantics. Three closed formulas are decided:
       counterexample:        (E ...)[premises /\\ not conclusion]
       premises satisfiable:  (E ...)[premises]
       strict counterexample: (E ...)[premises with <=, >= made strict /\\ not conclusion]
     giving HOLDS, VACUOUS, FAILS/open or FAILS/boundary.
  3. A FAILS witness is re-checked with SymPy's exact rationals.
The verdicts of the prover, of QEPCAD and of the list must agree. Used only for cross-checks, never to verify.

Usage: crosscheck.py TRUSTPROOF [CLAIMS_FILE]
"""

import functools
import math
import os
import re
import subprocess
import sys
import time
from fractions import Fraction

import sympy

HERE = os.path.dirname(os.path.abspath(__file__))
OPERATORS = ["<=", ">=", "!=", "<", ">", "="]
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}
STRICT = {"<=": "<", ">=": ">"}
QEPCAD_OPERATOR = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "=": "=", "!=": "/="}


# ---------------------------------------------------------------------------------------------------------------
# Claims: a tiny notation (relations joined by 'and', 'or', '=>') parsed into lists of relations.

def parse_expression(text):
    names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
    symbols = {name: sympy.Symbol(name) for name in names}
    return sympy.sympify(text.replace("^", "**"), locals=symbols, rational=True)


def parse_relations(text):
    """'0 < a and a < H' or a chain '0 < a < H' into [(lhs, op, rhs), ...] (a conjunction)."""
    relations = []
    for part in re.split(r"\s+and\s+", text.strip()):
        pieces = re.split(r"(<=|>=|!=|<|>|=)", part)
        expressions = [parse_expression(p) for p in pieces[0::2]]
        operators = pieces[1::2]
        if not operators:
            raise ValueError("no relation in '%s'" % part)
        for i, op in enumerate(operators):
            relations.append((expressions[i], op, expressions[i + 1]))
    return relations


def parse_claim(text):
    """'H1 and H2 => C1 or C2' into (hypotheses, conclusion, 'and' | 'or')."""
    if "=>" in text:
        hypotheses_text, conclusion_text = text.split("=>")
        hypotheses = parse_relations(hypotheses_text)
    else:
        hypotheses, conclusion_text = [], text
    if re.search(r"\s+or\s+", conclusion_text):
        conclusion = [r for part in re.split(r"\s+or\s+", conclusion_text) for r in parse_relations(part)]
        return hypotheses, conclusion, "or"
    return hypotheses, parse_relations(conclusion_text), "and"


# ---------------------------------------------------------------------------------------------------------------
# Polynomial sign conditions, the prover's semantics, independently.

def divisors(expression):
    """Every base raised to a negative power inside the expression (its divisors)."""
    found = []
    for node in sympy.preorder_traversal(expression):
        if isinstance(node, sympy.Pow) and node.exp.is_negative:
            found.append(node.base)
    return found


def atoms_of(relation, op):
    """The relation with operator op as polynomial atoms [(p, op), ...], all to hold together."""
    lhs, _, rhs = relation
    atoms = []
    for divisor in divisors(lhs) + divisors(rhs):
        numerator, _ = sympy.fraction(sympy.together(divisor))
        atoms.append((sympy.expand(numerator), "!="))
    numerator, denominator = sympy.fraction(sympy.together(lhs - rhs))
    atoms.append((sympy.expand(numerator * denominator), op))
    atoms.append((sympy.expand(denominator), "!="))
    return atoms


def condition(relations, negated=False, strict=False, connective="and"):
    """('and'|'or', [[atoms of relation 1], ...]) with negation pushed in (De Morgan) and strictness applied."""
    groups = []
    for relation in relations:
        op = relation[1]
        if negated:
            op = NEGATED[op]
        if strict:
            op = STRICT.get(op, op)
        groups.append(atoms_of(relation, op))
    if negated:
        connective = "or" if connective == "and" else "and"
    return connective, groups


def holds(condition_value, point):
    connective, groups = condition_value
    results = []
    for atoms in groups:
        ok = True
        for polynomial, op in atoms:
            value = sympy.Rational(polynomial.subs(point))
            ok = ok and {"<": value < 0, "<=": value <= 0, ">": value > 0, ">=": value >= 0,
                         "=": value == 0, "!=": value != 0}[op]
        results.append(ok)
    return all(results) if connective == "and" else any(results)


# ---------------------------------------------------------------------------------------------------------------
# QEPCAD B.

def qepcad_polynomial(expression, names, rename):
    """The polynomial times a positive integer, with integer coefficients, in QEPCAD's notation."""
    polynomial = sympy.Poly(expression, *[sympy.Symbol(n) for n in names])
    scale = functools.reduce(math.lcm, [int(sympy.Rational(c).q) for c in polynomial.coeffs()], 1)
    terms = []
    for monomial, coefficient in polynomial.terms():
        coefficient = sympy.Integer(sympy.Rational(coefficient) * scale)
        factors = ["%s^%d" % (rename[names[i]], e) if e > 1 else rename[names[i]]
                   for i, e in enumerate(monomial) if e > 0]
        magnitude = abs(coefficient)
        text = " ".join(([str(magnitude)] if magnitude != 1 or not factors else []) + factors)
        terms.append(("- " if coefficient < 0 else "+ ") + text)
    if not terms:
        return "0"
    text = " ".join(terms)
    return text[2:] if text.startswith("+ ") else "-" + text[1:]


def qepcad_condition(condition_value, rename):
    connective, groups = condition_value
    names = list(rename.keys())
    parts = []
    for atoms in groups:
        atom_texts = []
        for polynomial, op in atoms:
            if polynomial.is_number:
                value = sympy.Rational(polynomial)
                truth = {"<": value < 0, "<=": value <= 0, ">": value > 0, ">=": value >= 0,
                         "=": value == 0, "!=": value != 0}[op]
                atom_texts.append("[0 = 0]" if truth else "[1 = 0]")
                continue
            text = qepcad_polynomial(polynomial, names, rename)
            atom_texts.append("[%s %s 0]" % (text, QEPCAD_OPERATOR[op]))
        parts.append("[" + " /\\ ".join(atom_texts) + "]")
    joiner = " /\\ " if connective == "and" else " \\/ "
    return "[" + joiner.join(parts) + "]"


def qepcad_exists(conditions, rename):
    """Whether some real point satisfies every condition, by QEPCAD B."""
    shorts = list(rename.values())
    body = " /\\ ".join(qepcad_condition(c, rename) for c in conditions)
    quantifiers = "".join("(E %s)" % s for s in shorts)
    script = "[ crosscheck ]\n(%s)\n0\n%s[%s].\nfinish\n" % (",".join(shorts), quantifiers, body)
    result = subprocess.run(["qepcad", "-noecho", "+N20000000"], input=script, capture_output=True, text=True,
                            timeout=600)
    lines = [line.strip() for line in result.stdout.splitlines()]
    try:
        index = lines.index("An equivalent quantifier-free formula:")
    except ValueError:
        raise RuntimeError("QEPCAD gave no answer:\n" + script + result.stdout[-2000:] + result.stderr[-2000:])
    answer = next(line for line in lines[index + 1:] if line)
    if answer not in ("TRUE", "FALSE"):
        raise RuntimeError("QEPCAD answered '%s' for\n%s" % (answer, script))
    return answer == "TRUE"


# ---------------------------------------------------------------------------------------------------------------
# trustproof ask.

def ask(trustproof, model, claim):
    started = time.monotonic()
    result = subprocess.run([trustproof, "ask", "--model", model, claim], capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1):
        raise RuntimeError("trustproof ask failed (%d): %s" % (result.returncode, result.stderr))
    return result.stdout, elapsed


def read_answer(output):
    lines = output.splitlines()
    verdict, witness, scope, fixed, assumptions = lines[0], {}, None, {}, []
    in_assumptions = False
    for line in lines[1:]:
        if in_assumptions and line.startswith("  "):
            assumptions.append(line.split(": ", 1)[1])
            continue
        in_assumptions = False
        match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*) = (-?\d+(?:/\d+)?)", line)
        if match:
            witness[match.group(1)] = sympy.Rational(Fraction(match.group(2)))
        elif line.startswith("scope: "):
            scope = line[len("scope: "):]
        elif line.startswith("fixed by the "):
            for pair in line.split(": ", 1)[1].split(", "):
                name, value = pair.split(" = ")
                fixed[name] = sympy.Rational(Fraction(value))
        elif line.startswith("assumptions (") and line.endswith(":"):
            in_assumptions = True
    return verdict + ("/" + scope if scope else ""), witness, fixed, assumptions


# ---------------------------------------------------------------------------------------------------------------

def main():
    trustproof = sys.argv[1]
    claims_file = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "claims.txt")
    entries = []
    for line in open(claims_file):
        line = line.strip()
        if line and not line.startswith("#"):
            expected, model, claim = [field.strip() for field in line.split("|")]
            entries.append((expected, model, claim))

    passed, failed, slowest = 0, 0, (0.0, "")
    for expected, model, claim in entries:
        problems = []
        output, elapsed = ask(trustproof, model, claim)
        again, _ = ask(trustproof, model, claim)
        if again != output:
            problems.append("two runs printed different answers")
        prover_verdict, witness, fixed, assumption_texts = read_answer(output)
        if elapsed > slowest[0]:
            slowest = (elapsed, claim)

        hypotheses, conclusion, connective = parse_claim(claim)
        premises_relations = [r for text in assumption_texts for r in parse_relations(text)] + hypotheses
        substitute = {sympy.Symbol(n): v for n, v in fixed.items()}
        premises_relations = [(l.subs(substitute), op, r.subs(substitute)) for l, op, r in premises_relations]
        conclusion = [(l.subs(substitute), op, r.subs(substitute)) for l, op, r in conclusion]
        names = sorted({str(s) for l, _, r in premises_relations + conclusion for s in (l - r).free_symbols})
        if not 3 <= len(names) <= 5:
            problems.append("has %d variables, not 3 to 5" % len(names))
        rename = {name: "x%d" % (i + 1) for i, name in enumerate(names)}

        premises = [condition([r]) for r in premises_relations]
        strict_premises = [condition([r], strict=True) for r in premises_relations]
        counter = condition(conclusion, negated=True, connective=connective)

        started = time.monotonic()
        if qepcad_exists(premises + [counter], rename):
            strict = qepcad_exists(strict_premises + [counter], rename)
            qepcad_verdict = "FAILS/open" if strict else "FAILS/boundary"
        else:
            qepcad_verdict = "HOLDS" if qepcad_exists(premises, rename) else "VACUOUS"
        qepcad_time = time.monotonic() - started

        if prover_verdict.startswith("FAILS"):
            point = {sympy.Symbol(n): v for n, v in witness.items()}
            if set(witness) != set(names):
                problems.append("the witness names %s, not %s" % (sorted(witness), names))
            elif not (all(holds(p, point) for p in premises) and holds(counter, point)):
                problems.append("the witness does not re-check")
        if not (prover_verdict == qepcad_verdict == expected):
            problems.append("prover %s, QEPCAD %s, list %s" % (prover_verdict, qepcad_verdict, expected))

        status = "ok  " if not problems else "FAIL"
        print("%s %-15s prover %5.2fs  qepcad %5.2fs  [%s] %s" % (status, prover_verdict, elapsed, qepcad_time,
                                                                 model, claim))
        for problem in problems:
            print("       " + problem)
        if problems:
            failed += 1
        else:
            passed += 1

    print("crosscheck: %d claims; slowest for the prover: %.2fs (%s)" % (len(entries), slowest[0], slowest[1]))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
