#!/usr/bin/env python3
"""Write a batch of exact test points for `fraction_enumerator.py` and `trustproof equilibria --batch`.

Seeded and deterministic. The points cover the baseline, independence and salience models and come in three kinds:
  - the figures' values (H = 3/2, a = 3/4) with priors on and between the baseline thresholds;
  - points placed exactly on a threshold where some type is indifferent: a prior (or beta_A, or theta) solved
    exactly from an indifference condition the paper states (Appendix A.2-A.4, as transcribed in
    Proofs/claims/*.yaml), at a random base point, sometimes for both players at once;
  - seeded random rational points, with beta at 0 and 1 now and then, evening out the three models.
Every point satisfies the model's assumptions (A1: H > 1, A2: H - a < 1, 0 < a < H, priors in (0, 1),
beta in [0, 1], theta > 0).

Usage: threshold_points.py [--count N] [--seed S] [--out FILE]     (defaults: 60, 20250417, standard output)
"""

import os
import random
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fraction_enumerator import evaluate  # noqa: E402

# (model, solved-for variable, indifference "lhs = rhs" linear in that variable). `_i`/`_j` are the player whose
# incentive it is and the other player; each equation is used for i = A (solving y_B or beta_A) and i = B.
THRESHOLDS = [
    ("baseline", "y_j", "y_j H = 1"),                                          # 1/H
    ("baseline", "y_j", "y_j (H + a) = 1"),                                    # 1/(H+a)
    ("baseline", "y_j", "y_j (1 + a) = 1"),                                    # 1/(1+a): period-2 cooperation
    ("baseline", "y_j", "y_j (H + a - 1) = a"),                                # a/(H+a-1)
    ("baseline", "y_j", "y_j H = 2"),                                          # 2/H
    ("baseline", "y_j", "y_j (1 + a) = 2 - H"),
    ("baseline", "y_j", "y_j (H + a - 1) = 1"),
    ("baseline", "y_j", "y_j (2H + a(1 + a)) = 1 + a"),
    ("baseline", "y_j", "y_j (2(H + a - 1) - a(1 + a)) = 1 + a"),
    ("independence", "y_j", "y_j (H + a - beta_i(a + 1)) = 1 - beta_i(a + 1)"),
    ("independence", "y_j", "y_j (H + (a - 1)beta_i) = 1 + beta_i(a - 1)"),
    ("independence", "y_j", "y_j H = 2 - beta_i(1 + a)"),
    ("independence", "y_j", "y_j H = beta_i(1 + a)"),
    ("independence", "y_j", "y_j (H + a - 1) = beta_i(a - 1)"),
    ("independence", "y_j", "y_j (beta_i(a - 1) + 2 - H + a) = beta_i(a - 1) + 1"),
    ("independence", "y_j", "y_j (1 - beta_i)(1 + a) = 1 - beta_i(1 + a)"),
    ("independence", "beta_i", "beta_i (1 + a) = 1"),
    ("independence", "beta_i", "beta_i H = 1"),
    ("independence", "beta_i", "beta_i (1 + a)(1 - y_j) = 1 - y_j(1 + a)"),
    ("salience", "y_j", "y_j (theta(H + a - 1) - (a - 1)(1 - beta_i)) = 1 + beta_i(a - 1)"),
    ("salience", "y_j", "y_j(H + H theta) + (1 - y_j)(beta_i H + theta) = "
                        "y_j(H - a + theta) + (1 - y_j)(beta_i(H - a) + 1 - beta_i + theta)"),
    ("salience", "y_j", "y_j(H + a + theta) + (1 - y_j)(beta_i(H + a) + 1 - beta_i + theta) = "
                        "y_j(H + theta(H + a)) + (1 - y_j)(beta_i H + theta)"),
    ("salience", "y_j", "y_j (1 + a) = 1"),
    ("salience", "theta", "y_j (theta(H + a - 1) - (a - 1)(1 - beta_i)) = 1 + beta_i(a - 1)"),
]


def text(value):
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


class Generator:
    def __init__(self, seed):
        self.random = random.Random(seed)

    def unit(self, closed=False):
        """A rational in (0, 1), or [0, 1] when `closed`, with a small denominator."""
        denominator = self.random.randint(2, 30)
        low, high = (0, denominator) if closed else (1, denominator - 1)
        return Fraction(self.random.randint(low, high), denominator)

    def base(self, model):
        """A random admissible point of `model`: H in (1, 3), a in (H - 1, H) (A2 and a < H), priors in (0, 1);
        beta in [0, 1] (exactly 0 or 1 one time in three for beta_A), theta in (0, 3)."""
        h = 1 + 2 * self.unit()
        point = {"H": h, "a": h - 1 + self.unit(), "y_A": self.unit(), "y_B": self.unit()}
        if model != "baseline":
            edge = self.random.randint(0, 5)
            point["beta_A"] = Fraction(edge) if edge < 2 else self.unit(closed=True)
            point["beta_B"] = self.unit(closed=True)
        if model == "salience":
            point["theta"] = 3 * self.unit()
        return point


def admissible(point):
    ok = point["H"] > 1 and point["H"] - point["a"] < 1 and 0 < point["a"] < point["H"]
    ok = ok and 0 < point["y_A"] < 1 and 0 < point["y_B"] < 1
    if "beta_A" in point:
        ok = ok and 0 <= point["beta_A"] <= 1 and 0 <= point["beta_B"] <= 1
    if "theta" in point:
        ok = ok and point["theta"] > 0
    return ok


def solve(equation, variable, values):
    """The value of `variable` at which `lhs = rhs` holds, the equation being linear in it; None if it is not."""
    lhs, rhs = equation.split("=")

    def gap(x):
        bound = dict(values, **{variable: x})
        return evaluate(lhs, bound) - evaluate(rhs, bound)

    at_zero, at_one, at_two = gap(Fraction(0)), gap(Fraction(1)), gap(Fraction(2))
    slope = at_one - at_zero
    if slope == 0 or at_two - at_one != slope:
        return None
    return -at_zero / slope


def for_player(formula, i):
    j = "B" if i == "A" else "A"
    return formula.replace("_i", "_" + i).replace("_j", "_" + j)


def points(count, seed):
    generator = Generator(seed)
    chosen = []
    # The figures' values: H = 3/2, a = 3/4, priors on the baseline thresholds and between them.
    # 1/(H+a) = 4/9, 1/(1+a) = 4/7, a/(H+a-1) = 3/5, 1/H = 2/3.
    figure = [Fraction(1, 5), Fraction(4, 9), Fraction(1, 2), Fraction(4, 7), Fraction(3, 5), Fraction(2, 3),
              Fraction(9, 10)]
    for y_a, y_b in [(Fraction(4, 9), Fraction(4, 9)), (Fraction(2, 3), Fraction(2, 3)), (Fraction(4, 7), Fraction(3, 5)),
                     (Fraction(1, 2), Fraction(4, 9)), (Fraction(2, 3), Fraction(1, 5)), (Fraction(3, 5), Fraction(9, 10))]:
        chosen.append({"H": Fraction(3, 2), "a": Fraction(3, 4), "y_A": y_a, "y_B": y_b})
    for y in figure[1:4]:
        chosen.append({"H": Fraction(3, 2), "a": Fraction(3, 4), "y_A": y, "y_B": y,
                       "beta_A": Fraction(7, 10), "beta_B": Fraction(7, 10)})
    # Exactly on thresholds: every listed condition once, some for both players at once.
    threshold_count = max(0, (count - len(chosen)) * 3 // 5)
    attempts = 0
    index = 0
    while threshold_count > 0 and index < 10 * len(THRESHOLDS):
        attempts += 1
        if attempts > 200:  # a condition that rarely has an admissible root: move on
            attempts, index = 0, index + 1
            continue
        model, variable, equation = THRESHOLDS[index % len(THRESHOLDS)]
        point = generator.base(model)
        both = generator.random.randint(0, 2) == 0 and variable.endswith(("_i", "_j"))
        players = ["A", "B"] if both else [generator.random.choice(["A", "B"])]
        if both and model != "baseline":
            point["beta_B"] = point["beta_A"]
        values = dict(point)
        values.setdefault("beta_A", Fraction(0))
        values.setdefault("beta_B", Fraction(0))
        values.setdefault("theta", Fraction(1))
        for i in players:
            name = for_player(variable, i)
            value = solve(for_player(equation, i), name, values)
            if value is None:
                break
            point[name] = values[name] = value
        else:
            if admissible(point):
                chosen.append(point)
                threshold_count -= 1
                attempts, index = 0, index + 1
    # Seeded random points of each model.
    def model_of(point):
        return "salience" if "theta" in point else ("independence" if "beta_A" in point else "baseline")

    models = ["baseline", "independence", "salience"]
    while len(chosen) < count:  # the model with the fewest points so far, so that the three come out even
        fewest = min(models, key=lambda m: (sum(1 for p in chosen if model_of(p) == m), models.index(m)))
        chosen.append(generator.base(fewest))
    order = ["H", "a", "y_A", "y_B", "beta_A", "beta_B", "theta"]
    return [" ".join(f"{name}={text(p[name])}" for name in order if name in p) for p in chosen[:count]]


def main(argv):
    count, seed, out = 60, 20250417, None
    for flag, value in zip(argv[::2], argv[1::2]):
        if flag == "--count":
            count = int(value)
        elif flag == "--seed":
            seed = int(value)
        elif flag == "--out":
            out = value
        else:
            print(__doc__, file=sys.stderr)
            return 2
    lines = "\n".join(points(count, seed)) + "\n"
    if out:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(lines)
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
