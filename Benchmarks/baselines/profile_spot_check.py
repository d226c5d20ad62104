#!/usr/bin/env python3
"""Spot-check `fraction_enumerator.py`'s search against a naive whole-profile PBE test.

The enumerator prunes (period-2 play history by history, then whole profiles). This script decides single profiles
from scratch, with no pruning and no shared work, and with a different treatment of the off-path belief: instead
of intersecting intervals it tries the candidate beliefs (the ends of the feasible interval and every root of a
constraint in it, plus midpoints between them for strictness). For each point of a batch it checks
  - every profile the enumerator reports: PBE, the same strict flag, the same supporting belief interval;
  - every profile one bit away from a reported one, and two bits away (sampled), and random profiles: PBE exactly
    when the enumerator reports it.
Exact rationals throughout. Exits 1 on the first disagreement.

Usage: profile_spot_check.py BATCH_FILE [--random N] [--pairs N] [--seed S]   (defaults 200, 200, 1)
"""

import os
import random
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fraction_enumerator as fe  # noqa: E402


def naive(game, code):
    """(is a PBE, strict, {player: (lowest, highest) supporting belief}) for the profile `code`, from scratch."""
    strategies = (code & 1023, code >> 10)

    def act_first(player, kind):
        return (strategies[player] >> kind) & 1

    def act_second(player, kind, own, other):
        return (strategies[player] >> ((2 if kind == fe.SEEKER else 6) + 2 * own + other)) & 1

    def eu2(kind, action, cooperates):
        return game.second_period_utility(kind, action, cooperates)

    strict = True
    supporting = {}
    for player in (fe.A, fe.B):
        other = 1 - player
        y = game.prior[other]
        plays = {act_first(other, fe.SEEKER), act_first(other, fe.GREEDY)}
        # Period 2: the constraints as functions of the belief after each observation.
        belief_constraints = []   # functions of sigma, for the off-path observation
        off_path = None
        for own in (fe.C, fe.D):
            for observed in (fe.C, fe.D):
                for kind in (fe.SEEKER, fe.GREEDY):
                    prescribed = act_second(player, kind, own, observed)
                    seeker_action = act_second(other, fe.SEEKER, observed, own)
                    greedy_action = act_second(other, fe.GREEDY, observed, own)

                    def margin(sigma, kind=kind, prescribed=prescribed, s=seeker_action, g=greedy_action):
                        q = sigma * (1 - s) + (1 - sigma) * (1 - g)
                        return eu2(kind, prescribed, q) - eu2(kind, 1 - prescribed, q)

                    if observed in plays:
                        seeker_mass = y if act_first(other, fe.SEEKER) == observed else 0
                        greedy_mass = (1 - y) if act_first(other, fe.GREEDY) == observed else 0
                        value = margin(Fraction(seeker_mass) / (seeker_mass + greedy_mass))
                        if value < 0:
                            return False, None, None
                        if value == 0:
                            strict = False
                    else:
                        off_path = (Fraction(0), y) if observed == fe.D else (y, Fraction(1))
                        belief_constraints.append(margin)
        if off_path is not None:
            lower, upper = off_path
            candidates = {lower, upper}
            for margin in belief_constraints:
                at_zero, at_one = margin(Fraction(0)), margin(Fraction(1))
                if at_one != at_zero:
                    root = at_zero / (at_zero - at_one)
                    if lower <= root <= upper:
                        candidates.add(root)
            ordered = sorted(candidates)
            weak = [s for s in ordered if all(m(s) >= 0 for m in belief_constraints)]
            if not weak:
                return False, None, None
            supporting[player] = (weak[0], weak[-1])
            tries = ordered + [(p + q) / 2 for p, q in zip(ordered, ordered[1:])]
            if not any(all(m(s) > 0 for m in belief_constraints) for s in tries):
                strict = False
        # Period 1: expected utility of each action, over the observations of positive probability.
        for kind in (fe.SEEKER, fe.GREEDY):
            utility = []
            for own in (fe.C, fe.D):
                total = Fraction(0)
                for observed in (fe.C, fe.D):
                    seeker_mass = y if act_first(other, fe.SEEKER) == observed else 0
                    greedy_mass = (1 - y) if act_first(other, fe.GREEDY) == observed else 0
                    probability = Fraction(seeker_mass + greedy_mass)
                    if probability == 0:
                        continue
                    mu = seeker_mass / probability
                    q = (mu * (1 - act_second(other, fe.SEEKER, observed, own))
                         + (1 - mu) * (1 - act_second(other, fe.GREEDY, observed, own)))
                    payoff = game.first[player][kind][own][observed]
                    total += probability * (payoff + eu2(kind, act_second(player, kind, own, observed), q))
                utility.append(total)
            prescribed = act_first(player, kind)
            gap = utility[prescribed] - utility[1 - prescribed]
            if gap < 0:
                return False, None, None
            if gap == 0:
                strict = False
    return True, strict, supporting


def main(argv):
    if not argv or argv[0].startswith("--"):
        print(__doc__)
        return 2
    options = {"--random": 200, "--pairs": 200, "--seed": 1}
    for flag, value in zip(argv[1::2], argv[2::2]):
        options[flag] = int(value)
    generator = random.Random(options["--seed"])
    checked = reported = 0
    for line, words in fe.read_batch(argv[0]):
        _model, values = fe.parse_point(words)
        game = fe.TrustGame(values)
        found = {code: (strict, supporting) for code, strict, supporting in fe.PointSolver(game).equilibria()}
        reported += len(found)
        probes = set(found)
        for code in found:
            probes.update(code ^ (1 << bit) for bit in range(20))
        bases = sorted(found) or [0]
        for _ in range(options["--pairs"]):
            first, second = generator.sample(range(20), 2)
            probes.add(generator.choice(bases) ^ (1 << first) ^ (1 << second))
        probes.update(generator.randrange(1 << 20) for _ in range(options["--random"]))
        for code in sorted(probes):
            checked += 1
            is_pbe, strict, supporting = naive(game, code)
            if is_pbe != (code in found):
                print(f"DISAGREEMENT at {line}: profile {code} is {'a' if is_pbe else 'no'} PBE by the naive test, "
                      f"the enumerator {'reports' if code in found else 'does not report'} it")
                return 1
            if is_pbe:
                their_strict, their_support = found[code]
                theirs = {p: (i[0], i[2]) for p, i in their_support.items()}
                if strict != their_strict or supporting != theirs or any(not (i[1] and i[3]) for i in their_support.values()):
                    print(f"DISAGREEMENT at {line}: profile {code}: naive strict={strict} support={supporting}, "
                          f"enumerator strict={their_strict} support={their_support}")
                    return 1
    print(f"spot check: {checked} profiles decided from scratch agree with the enumerator "
          f"({reported} reported PBE among them)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
