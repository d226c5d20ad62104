#!/usr/bin/env python3
"""Check every pure PBE that `trustproof equilibria` reports against Gambit's pure Nash equilibria.

For each point of a fixed list (the figures' values with their thresholds, and seeded random points of the
baseline, independence and salience models):
  1. `trustproof equilibria --batch POINTS --json --all-profiles` lists every pure PBE profile (one run for all points).
  2. `trustproof export --efg --at POINT` writes the game in Gambit's extensive-form format, and pygambit's
     `enumpure_solve` (Gambit's enumeration of pure-strategy Nash equilibria of the reduced strategic form, exact
     rational payoffs) solves it.
  3. A PBE is a Nash equilibrium, so each reported profile, reduced to the information sets its own period-1 actions
     do not exclude, must be one of Gambit's equilibria. Gambit finds more (Nash equilibria need not be sequentially
     rational off the path); that is expected and only counted.
Any reported profile missing from Gambit's list is a mismatch: the script prints it and exits 1.

Usage: gambit_crosscheck.py TRUSTPROOF [--points N]
"""

import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from fractions import Fraction

import pygambit as gbt

TYPES = ["s", "g"]
HISTORIES = ["cc", "cd", "dc", "dd"]


def fraction_text(value):
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def points(count):
    """The figures' values at their thresholds and between them, then seeded random points of each model."""
    half, three_quarters = Fraction(3, 2), Fraction(3, 4)
    # 1/(H+a) = 4/9, 1/(1+a) = 4/7, a/(H+a-1) = 3/5, 1/H = 2/3 at H = 3/2, a = 3/4.
    priors = [Fraction(1, 5), Fraction(4, 9), Fraction(1, 2), Fraction(4, 7), Fraction(117, 200), Fraction(3, 5),
              Fraction(2, 3), Fraction(4, 5), Fraction(9, 10)]
    chosen = []
    for index, y_a in enumerate(priors):
        for y_b in priors[index % 3::3]:
            chosen.append({"H": half, "a": three_quarters, "y_A": y_a, "y_B": y_b})
    for y_a, y_b in [(Fraction(1, 5), Fraction(1, 5)), (Fraction(1, 2), Fraction(1, 2)), (Fraction(2, 3), Fraction(3, 5)),
                     (Fraction(4, 5), Fraction(7, 12)), (Fraction(9, 10), Fraction(9, 10)), (Fraction(7, 10), Fraction(17, 20))]:
        chosen.append({"H": half, "a": three_quarters, "y_A": y_a, "y_B": y_b,
                       "beta_A": Fraction(7, 10), "beta_B": Fraction(3, 5)})
    generator = random.Random(20250417)

    def unit(closed=False):
        denominator = generator.randint(2, 30)
        return Fraction(generator.randint(0 if closed else 1, denominator if closed else denominator - 1), denominator)

    models = ["baseline", "independence", "salience"]
    while len(chosen) < count:
        model = models[len(chosen) % 3]
        h = 1 + 2 * unit()
        point = {"H": h, "a": h - 1 + unit(), "y_A": unit(), "y_B": unit()}
        if model != "baseline":
            point["beta_A"], point["beta_B"] = unit(closed=True), unit(closed=True)
        if model == "salience":
            point["theta"] = 3 * unit()
        chosen.append(point)
    return [" ".join(f"{name}={fraction_text(value)}" for name, value in point.items()) for point in chosen[:count]]


def reduced(profile):
    """A pure profile as Gambit's reduced strategies: the action at each information set that the player's own
    period-1 action does not exclude, keyed by the labels `trustproof export` gives them."""
    result = {}
    for player in ["A", "B"]:
        for kind in TYPES:
            strategy = profile[player][kind]
            first = strategy["period1"]
            result[f"{player} {kind} 1"] = first
            for history in HISTORIES:
                if history[0] == first:
                    result[f"{player} {kind} 2 {history}"] = strategy[history]
    return tuple(sorted(result.items()))


def gambit_equilibria(path):
    """Gambit's pure Nash equilibria of the game in `path`, each as the reduced form `reduced` gives."""
    game = gbt.read_efg(path)
    found = set()
    for equilibrium in gbt.nash.enumpure_solve(game).equilibria:
        behavior = equilibrium.as_behavior()
        result = {}
        for player in game.players:
            for infoset in player.infosets:
                chosen = [action.label for action in infoset.actions if behavior[action] == 1]
                if chosen:
                    result[infoset.label] = chosen[0]
        found.add(tuple(sorted(result.items())))
    return found


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    trustproof = sys.argv[1]
    count = int(sys.argv[sys.argv.index("--points") + 1]) if "--points" in sys.argv else 60
    started = time.time()
    chosen = points(count)
    with tempfile.TemporaryDirectory(prefix="trustproof-gambit-") as folder:
        listing = os.path.join(folder, "points.txt")
        with open(listing, "w") as handle:
            handle.write("\n".join(chosen) + "\n")
        output = subprocess.run([trustproof, "equilibria", "--batch", listing, "--json", "--all-profiles"],
                                check=True, capture_output=True, text=True).stdout
        reported = json.loads(output)
        paths = []
        for index, point in enumerate(chosen):
            path = os.path.join(folder, f"point-{index}.efg")
            subprocess.run([trustproof, "export", "--efg", "--out", path, "--at", *point.split()], check=True)
            paths.append(path)
        with multiprocessing.Pool(max(1, min(2, os.cpu_count() or 1))) as pool:
            solved = pool.map(gambit_equilibria, paths)
    mismatches = 0
    profiles = 0
    nash = 0
    for point, entry, gambit in zip(chosen, reported, solved):
        assert entry["at"] == point
        nash += len(gambit)
        for item in entry["equilibria"]:
            profiles += 1
            if reduced(item["profile"]) not in gambit:
                mismatches += 1
                print(f"MISMATCH at {point}: the {item['class']} profile {json.dumps(item['profile'], sort_keys=True)} "
                      f"is not among Gambit's {len(gambit)} pure Nash equilibria")
    print(f"gambit crosscheck: {len(chosen)} points, {profiles} pure PBE profiles reported by trustproof, "
          f"{nash} pure Nash equilibria found by Gambit {gbt.__version__}, {mismatches} mismatches "
          f"({time.time() - started:.0f} s)")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
