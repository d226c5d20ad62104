#!/usr/bin/env python3
"""Every pure-strategy PBE of the two-period trust game at exact points, in pure Python.

The baseline a theorist would write instead of TrustProof's enumerator: the standard library only, every number a
`fractions.Fraction` (no floats anywhere, not even for timing), and the game written from the paper's payoff tables
(Table 1, and Table 3 for period 1 with independence beta_i; period 2 is theta times Table 1), not from TrustProof's
derived formulas. It finds what `trustproof equilibria --batch FILE --json --all-profiles` finds and prints it in the
same JSON shape (sorted keys, two-space indentation), so the two outputs can be compared byte for byte.

The game. Each player i in {A, B} is a security-seeker (prior y_i) or greedy. A pure strategy gives each type a
period-1 action and a period-2 action after each period-1 pair (own action first: cc, cd, dc, dd); 2^20 profiles.
A profile is a PBE when, for some feasible off-path belief of each player, every type at every information set
(period 1, and period 2 after every history, reached or not) weakly prefers its prescribed action:
  - beliefs follow Bayes' rule after an observation of positive probability;
  - when the other player's types pool on one period-1 action, the belief after the other action is off path and
    may be any sigma in the feasible interval: [0, y_j] after an unexpected d, [y_j, 1] after an unexpected c
    (the paper's "feasible off-path beliefs"); one sigma per player serves all of its histories;
  - a profile is "strict" when some supporting belief makes every constraint strict; an outcome whose profiles
    are all non-strict is a boundary (some type is indifferent whatever the off-path belief).
Profiles with the same play on the path (off-path period-2 actions set to defect) form one outcome, named after
the paper's class when a library profile plays the same way on the path (tragic, suckers, no-learning, ...).

The search is backward induction: for each of the 16 pairs of period-1 strategies, the period-2 play at each
history must be sequentially rational for some feasible belief; only those combinations are assembled into whole
profiles, which are then checked for one common off-path belief per player and for period-1 incentives.

Usage:
  fraction_enumerator.py --batch FILE [--model M] [--outcomes] [--output OUT]
                         [--compare TRUSTPROOF_JSON] [--repeat N] [--timing-json FILE]
  fraction_enumerator.py --at H=3/2 a=3/4 y_A=1/2 y_B=2/3 [--model M] [--outcomes]

  --batch FILE       one point per line (NAME=VALUE separated by spaces; blank lines and lines starting with #
                     are skipped), exactly as `trustproof equilibria --batch`. Prints [{at, equilibria}, ...].
  --at NAME=VALUE..  one point; prints the list of equilibria, as `trustproof equilibria --at ... --json`.
  --model M          baseline, independence or salience; by default salience when theta is given, independence
                     when beta_A or beta_B is, else baseline (as trustproof).
  --all-profiles     the default: one entry per PBE profile (`--json --all-profiles` of trustproof).
                     Accepted, with --json, so the two command lines read alike.
  --outcomes         one entry per outcome instead (trustproof's `--json` without `--all-profiles`).
  --output OUT       write the JSON there instead of standard output ('-' is standard output).
  --quiet            write no JSON (with --compare or --repeat).
  --compare FILE     load trustproof's JSON for the same batch; exit 1 printing the first point whose equilibria
                     differ (profile, class, beliefs, boundary), else print a one-line summary and exit 0.
  --repeat N         time N runs of the enumeration of the whole batch (parsing, file reading and JSON printing
                     excluded; each run starts from nothing cached). Prints one line on standard error:
                     per-run seconds, median seconds, points per second at the median.
  --timing-json FILE also write the timing as JSON: {"points", "runs", "run_seconds", "median_seconds",
                     "points_per_second"} (decimal numbers computed exactly from integer nanoseconds).

Exit status: 0 on success, 1 when --compare finds a difference, 2 on a usage or input error.
"""

import json
import sys
import time
from fractions import Fraction

# ---------------------------------------------------------------------------------------------------------------
# Exact numbers from text: the subset of TrustProof's expression notation a point needs.
# ---------------------------------------------------------------------------------------------------------------


class NotationError(Exception):
    pass


def _tokens(text):
    """Numbers, names, operators and parentheses of `text`."""
    result = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            if j < len(text) and text[j] in "eE":
                k = j + 1
                if k < len(text) and text[k] in "+-":
                    k += 1
                if k < len(text) and text[k].isdigit():
                    j = k
                    while j < len(text) and text[j].isdigit():
                        j += 1
            try:
                result.append(("number", Fraction(text[i:j])))
            except ValueError:
                raise NotationError(f"'{text[i:j]}' is not a number")
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            result.append(("name", text[i:j]))
            i = j
        elif c in "+-*/^()":
            result.append((c, None))
            i += 1
        elif c in "\u2212":
            result.append(("-", None))
            i += 1
        elif c in "\u00b7\u00d7":
            result.append(("*", None))
            i += 1
        else:
            raise NotationError(f"unexpected character '{c}'")
    result.append(("end", None))
    return result


def evaluate(text, values=None):
    """The exact value of an expression in TrustProof's notation: numbers (`3/4`, `0.75`, `1.5e-3`), names bound in
    `values`, `+ - * / ^` (integer powers), parentheses and implicit multiplication (`2H`, `(1 - y)2`)."""
    values = values or {}
    tokens = _tokens(text)
    position = [0]

    def peek():
        return tokens[position[0]][0]

    def take():
        token = tokens[position[0]]
        position[0] += 1
        return token

    def primary():
        kind, value = take()
        if kind == "number":
            return value
        if kind == "name":
            if value not in values:
                raise NotationError(f"unknown name '{value}'")
            return Fraction(values[value])
        if kind == "(":
            inner = sum_()
            if take()[0] != ")":
                raise NotationError("expected ')'")
            return inner
        raise NotationError(f"unexpected {kind}")

    def power():
        base = primary()
        if peek() == "^":
            take()
            parenthesised = peek() == "("
            if parenthesised:
                take()
            negative = peek() == "-"
            if negative:
                take()
            kind, exponent = take()
            if kind != "number" or exponent.denominator != 1:
                raise NotationError("expected an integer exponent")
            if parenthesised and take()[0] != ")":
                raise NotationError("expected ')'")
            exponent = -int(exponent) if negative else int(exponent)
            if exponent < 0 and base == 0:
                raise NotationError("division by zero")
            return base ** exponent
        return base

    def unary():
        if peek() == "-":
            take()
            return -unary()
        return power()

    def product():
        value = unary()
        while True:
            kind = peek()
            if kind == "*":
                take()
                value *= unary()
            elif kind == "/":
                take()
                divisor = unary()
                if divisor == 0:
                    raise NotationError("division by zero")
                value /= divisor
            elif kind in ("name", "(", "number"):
                value *= power()
            else:
                return value

    def sum_():
        value = product()
        while peek() in ("+", "-"):
            if take()[0] == "+":
                value += product()
            else:
                value -= product()
        return value

    result = sum_()
    if peek() != "end":
        raise NotationError("expected an operator or the end of the expression")
    return result


# ---------------------------------------------------------------------------------------------------------------
# Models and points.
# ---------------------------------------------------------------------------------------------------------------

MODELS = ("baseline", "independence", "salience")
FIXED = {
    "baseline": {"beta_A": Fraction(0), "beta_B": Fraction(0), "theta": Fraction(1)},
    "independence": {"theta": Fraction(1)},
    "salience": {},
}
ALL_PARAMETERS = ["H", "a", "y_A", "y_B", "beta_A", "beta_B", "theta"]


class PointError(Exception):
    pass


def assumptions(model):
    """The paper's assumptions on the free parameters: (name, text, test)."""
    result = [
        ("A1", "H > 1", lambda v: v["H"] > 1),
        ("A2", "H - a < 1", lambda v: v["H"] - v["a"] < 1),
        ("a in (0, H)", "0 < a and a < H", lambda v: 0 < v["a"] < v["H"]),
        ("y_A in (0, 1)", "0 < y_A and y_A < 1", lambda v: 0 < v["y_A"] < 1),
        ("y_B in (0, 1)", "0 < y_B and y_B < 1", lambda v: 0 < v["y_B"] < 1),
    ]
    if "beta_A" not in FIXED[model]:
        result.append(("beta_A in [0, 1]", "0 <= beta_A and beta_A <= 1", lambda v: 0 <= v["beta_A"] <= 1))
        result.append(("beta_B in [0, 1]", "0 <= beta_B and beta_B <= 1", lambda v: 0 <= v["beta_B"] <= 1))
    if "theta" not in FIXED[model]:
        result.append(("theta > 0", "theta > 0", lambda v: v["theta"] > 0))
    return result


def parse_point(assignments, model=None):
    """`NAME=VALUE` words to (model, complete parameter values), with trustproof's rules for choosing the model."""
    values = {}
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        name, text = name.strip(), text.strip()
        if not equals or not name:
            raise PointError(f"--at expects NAME=VALUE, got '{assignment}'")
        try:
            value = evaluate(text)
        except NotationError as error:
            raise PointError(f"--at {name}: '{text}' is not an exact number ({error})")
        if name in values:
            raise PointError(f"--at gives {name} twice")
        values[name] = value
    if model is None:
        model = "salience" if "theta" in values else (
            "independence" if "beta_A" in values or "beta_B" in values else "baseline")
    elif model not in MODELS:
        raise PointError(f"--model: expected baseline, independence or salience, got '{model}'")
    free = [name for name in ALL_PARAMETERS if name not in FIXED[model]]
    for name in sorted(values):
        if name not in ALL_PARAMETERS:
            raise PointError(f"--at: the {model} model has no parameter '{name}' (it has {', '.join(free)})")
    for name, value in sorted(FIXED[model].items()):
        if name in values and values[name] != value:
            raise PointError(f"--at: the {model} model fixes {name} = {value} (use --model for another model)")
    missing = [name for name in free if name not in values]
    if missing:
        raise PointError(f"--at: no value for {', '.join(missing)} (the {model} model needs {', '.join(free)})")
    complete = dict(values)
    complete.update(FIXED[model])
    for name, text, holds in assumptions(model):
        if not holds(complete):
            raise PointError(f"--at: the point violates {name} ({text})")
    return model, complete


def read_batch(path):
    """The points of a batch file: (line as given, words), in order."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    lines = [line.strip(" \t") for line in text.split("\n")]
    return [(line, [word for word in line.split(" ") if word]) for line in lines if line and not line.startswith("#")]


# ---------------------------------------------------------------------------------------------------------------
# The game at one point.
# ---------------------------------------------------------------------------------------------------------------

C, D = 0, 1                     # actions; 1 = defect, as in TrustProof's profile codes
SEEKER, GREEDY = 0, 1           # types
A, B = 0, 1                     # players
PLAYER_NAMES = ("A", "B")
TYPE_NAMES = ("s", "g")
ACTION_NAMES = ("c", "d")
HISTORY_NAMES = ("cc", "cd", "dc", "dd")   # own period-1 action first; index = 2 * own + other


class TrustGame:
    """The payoff tables and priors at one exact point."""

    def __init__(self, values):
        self.H, self.a, self.theta = values["H"], values["a"], values["theta"]
        self.prior = (values["y_A"], values["y_B"])
        self.beta = (values["beta_A"], values["beta_B"])
        # first[player][type][own][other]: Table 3 (Table 1 when beta = 0). second[type][own][other]: theta x Table 1.
        self.first = [[[[self._first_period_payoff(player, kind, own, other) for other in (C, D)] for own in (C, D)]
                       for kind in (SEEKER, GREEDY)] for player in (A, B)]
        self.second = [[[self._second_period_payoff(kind, own, other) for other in (C, D)] for own in (C, D)]
                       for kind in (SEEKER, GREEDY)]

    def temptation(self, kind):
        """What defecting against a cooperator pays: H - a for the security-seeker, H + a for the greedy type."""
        return self.H - self.a if kind == SEEKER else self.H + self.a

    def _first_period_payoff(self, player, kind, own, other):
        H, beta, temptation = self.H, self.beta[player], self.temptation(kind)
        if own == C:
            return H if other == C else beta * H
        return temptation if other == C else beta * temptation + 1 - beta

    def _second_period_payoff(self, kind, own, other):
        if own == C:
            table = self.H if other == C else Fraction(0)
        else:
            table = self.temptation(kind) if other == C else Fraction(1)
        return self.theta * table

    def second_period_utility(self, kind, own, other_cooperates):
        """Period-2 expected payoff of `own` when the other cooperates with probability `other_cooperates`."""
        row = self.second[kind][own]
        return other_cooperates * row[C] + (1 - other_cooperates) * row[D]

    def observation(self, holder, other_first, observed):
        """What `holder` learns from seeing the other play `observed` in period 1, when the other's types play
        `other_first` (bit t set: type t defects). On path: (probability of the observation, posterior that the
        other is a security-seeker). Off path: (0, feasible interval of beliefs)."""
        y = self.prior[1 - holder]
        seeker_plays = (other_first >> SEEKER) & 1
        greedy_plays = (other_first >> GREEDY) & 1
        joint_seeker = y if seeker_plays == observed else Fraction(0)
        joint_greedy = (1 - y) if greedy_plays == observed else Fraction(0)
        probability = joint_seeker + joint_greedy
        if probability != 0:
            return probability, joint_seeker / probability
        # Every type pools on the other action: after an unexpected d the belief is at most the prior, after an
        # unexpected c at least the prior.
        return Fraction(0), (closed(Fraction(0), y) if observed == D else closed(y, Fraction(1)))


# ---------------------------------------------------------------------------------------------------------------
# Intervals of off-path beliefs: (lower, includes_lower, upper, includes_upper).
# ---------------------------------------------------------------------------------------------------------------

EMPTY = (Fraction(1), False, Fraction(0), False)


def closed(lower, upper):
    return (lower, True, upper, True)


def is_empty(interval):
    lower, includes_lower, upper, includes_upper = interval
    return lower > upper or (lower == upper and not (includes_lower and includes_upper))


def intersect(first, second):
    if first[0] == second[0]:
        lower = (first[0], first[1] and second[1])
    else:
        lower = (first[0], first[1]) if first[0] > second[0] else (second[0], second[1])
    if first[2] == second[2]:
        upper = (first[2], first[3] and second[3])
    else:
        upper = (first[2], first[3]) if first[2] < second[2] else (second[2], second[3])
    return (lower[0], lower[1], upper[0], upper[1])


def where_nonnegative(interval, slope, intercept, strict):
    """The beliefs sigma of `interval` with slope * sigma + intercept >= 0 (> 0 when `strict`)."""
    if slope == 0:
        holds = intercept > 0 if strict else intercept >= 0
        return interval if holds else EMPTY
    root = -intercept / slope
    if slope > 0:
        return intersect(interval, (root, not strict, interval[2], interval[3]))
    return intersect(interval, (interval[0], interval[1], root, not strict))


def interval_text(interval):
    if is_empty(interval):
        return "\u2205"
    lower, includes_lower, upper, includes_upper = interval
    if lower == upper:
        return "{" + str(lower) + "}"
    return ("[" if includes_lower else "(") + f"{lower}, {upper}" + ("]" if includes_upper else ")")


def union(intervals):
    """A sorted union of disjoint intervals; touching ends are joined when one of them is closed."""
    ordered = sorted((i for i in intervals if not is_empty(i)), key=lambda i: (i[0], 0 if i[1] else 1))
    merged = []
    for interval in ordered:
        if not merged:
            merged.append(interval)
            continue
        last = merged[-1]
        touches = interval[0] < last[2] or (interval[0] == last[2] and (interval[1] or last[3]))
        if not touches:
            merged.append(interval)
            continue
        if interval[2] == last[2]:
            upper = (last[2], last[3] or interval[3])
        else:
            upper = (interval[2], interval[3]) if interval[2] > last[2] else (last[2], last[3])
        merged[-1] = (last[0], last[1], upper[0], upper[1])
    return merged


# ---------------------------------------------------------------------------------------------------------------
# Sequential rationality at one point.
# ---------------------------------------------------------------------------------------------------------------


class PeriodTwo:
    """One player's period-2 incentives at one history, for both of its types.

    `weak`: every constraint holds for some feasible belief. `strict_on_path`: every constraint that does not
    involve an off-path belief holds strictly. `beliefs`, `strict_beliefs`: when the observation is off path, the
    feasible beliefs under which every constraint holds (weakly, strictly); else None."""

    __slots__ = ("weak", "strict_on_path", "beliefs", "strict_beliefs")

    def __init__(self, weak, strict_on_path, beliefs, strict_beliefs):
        self.weak = weak
        self.strict_on_path = strict_on_path
        self.beliefs = beliefs
        self.strict_beliefs = strict_beliefs


class PointSolver:
    """Every pure PBE at one point. Work shared between profiles is remembered for the life of the object."""

    def __init__(self, game):
        self.game = game
        self.observations = {}
        self.preferences = {}
        self.sides = {}
        self.period_one_terms = {}

    def observation(self, holder, other_first, observed):
        key = (holder, other_first, observed)
        if key not in self.observations:
            self.observations[key] = self.game.observation(holder, other_first, observed)
        return self.observations[key]

    def preference(self, holder, other_first, observed, kind, prescribed, other_seeker, other_greedy):
        """How much type `kind` of `holder` prefers its prescribed period-2 action to the other one, after seeing
        `observed`, when the other's security-seeker plays `other_seeker` and its greedy type `other_greedy`
        there. On path: ("fixed", difference). Off path: ("belief", slope, intercept) in the belief sigma."""
        key = (holder, other_first, observed, kind, prescribed, other_seeker, other_greedy)
        cached = self.preferences.get(key)
        if cached is not None:
            return cached
        game = self.game
        probability, belief = self.observation(holder, other_first, observed)

        def difference(seeker_weight):
            cooperates = seeker_weight * (1 - other_seeker) + (1 - seeker_weight) * (1 - other_greedy)
            return (game.second_period_utility(kind, prescribed, cooperates)
                    - game.second_period_utility(kind, 1 - prescribed, cooperates))

        if probability != 0:
            result = ("fixed", difference(belief))
        else:
            at_zero = difference(Fraction(0))
            result = ("belief", difference(Fraction(1)) - at_zero, at_zero)
        self.preferences[key] = result
        return result

    def side(self, holder, other_first, history, own_actions, other_actions):
        """`holder`'s period-2 incentives after its own-view `history` (2 * own + other), when its types play
        `own_actions` there and the other's types `other_actions` (bit t set: type t defects)."""
        key = (holder, other_first, history, own_actions, other_actions)
        cached = self.sides.get(key)
        if cached is not None:
            return cached
        observed = history & 1
        probability, belief = self.observation(holder, other_first, observed)
        weak = strict_on_path = True
        beliefs = strict_beliefs = None if probability != 0 else belief
        other_seeker, other_greedy = other_actions & 1, (other_actions >> 1) & 1
        for kind in (SEEKER, GREEDY):
            entry = self.preference(holder, other_first, observed, kind, (own_actions >> kind) & 1,
                                    other_seeker, other_greedy)
            if entry[0] == "fixed":
                if entry[1] < 0:
                    weak = False
                if entry[1] <= 0:
                    strict_on_path = False
            else:
                beliefs = where_nonnegative(beliefs, entry[1], entry[2], strict=False)
                strict_beliefs = where_nonnegative(strict_beliefs, entry[1], entry[2], strict=True)
        if beliefs is not None and is_empty(beliefs):
            weak = False
        result = PeriodTwo(weak, strict_on_path, beliefs, strict_beliefs)
        self.sides[key] = result
        return result

    def period_one_term(self, holder, other_first, kind, own, observed, continuation, other_actions):
        """Probability of seeing `observed` times (period-1 payoff + period-2 value) for type `kind` of `holder`
        playing `own` in period 1, when it then plays `continuation` and the other's types `other_actions`."""
        key = (holder, other_first, kind, own, observed, continuation, other_actions)
        cached = self.period_one_terms.get(key)
        if cached is not None:
            return cached
        game = self.game
        probability, belief = self.observation(holder, other_first, observed)
        if probability == 0:
            term = Fraction(0)
        else:
            cooperates = belief * (1 - (other_actions & 1)) + (1 - belief) * (1 - ((other_actions >> 1) & 1))
            term = probability * (game.first[holder][kind][own][observed]
                                  + game.second_period_utility(kind, continuation, cooperates))
        self.period_one_terms[key] = term
        return term

    def equilibria(self):
        """Every pure PBE: (profile code, strict, {player: supporting off-path beliefs}), in code order."""
        found = []
        for first_a in range(4):
            for first_b in range(4):
                firsts = (first_a, first_b)
                choices = []
                for history in range(4):  # A's view
                    own_a, other_a = history >> 1, history & 1
                    history_b = 2 * other_a + own_a
                    valid = []
                    for actions_a in range(4):
                        for actions_b in range(4):
                            if (self.side(A, first_b, history, actions_a, actions_b).weak
                                    and self.side(B, first_a, history_b, actions_b, actions_a).weak):
                                valid.append((actions_a, actions_b))
                    if not valid:
                        break
                    choices.append(valid)
                else:
                    for c0 in choices[0]:
                        for c1 in choices[1]:
                            for c2 in choices[2]:
                                for c3 in choices[3]:
                                    result = self.check(firsts, (c0, c1, c2, c3))
                                    if result is not None:
                                        found.append(result)
        found.sort(key=lambda item: item[0])
        return found

    def check(self, firsts, plays):
        """The profile with period-1 halves `firsts` and period-2 play `plays[h]` = (A's types, B's types) at A's
        history h, when its period-2 play is locally rational: one belief per player for all its histories, and
        the period-1 incentives."""
        strict = True
        supporting = {}
        # own_play[player][own-view history] = (own types' actions, other's types' actions)
        own_play = ([None] * 4, [None] * 4)
        for history, (actions_a, actions_b) in enumerate(plays):
            own_play[A][history] = (actions_a, actions_b)
            own_play[B][2 * (history & 1) + (history >> 1)] = (actions_b, actions_a)
        for player in (A, B):
            other_first = firsts[1 - player]
            joint = strict_joint = None
            for history in range(4):
                own_actions, other_actions = own_play[player][history]
                side = self.side(player, other_first, history, own_actions, other_actions)
                strict = strict and side.strict_on_path
                if side.beliefs is not None:
                    joint = side.beliefs if joint is None else intersect(joint, side.beliefs)
                    strict_joint = side.strict_beliefs if strict_joint is None else intersect(strict_joint,
                                                                                              side.strict_beliefs)
            if joint is not None:
                if is_empty(joint):
                    return None
                supporting[player] = joint
                strict = strict and not is_empty(strict_joint)
        for player in (A, B):
            other_first = firsts[1 - player]
            for kind in (SEEKER, GREEDY):
                utility = [Fraction(0), Fraction(0)]
                for own in (C, D):
                    for observed in (C, D):
                        own_actions, other_actions = own_play[player][2 * own + observed]
                        utility[own] += self.period_one_term(player, other_first, kind, own, observed,
                                                             (own_actions >> kind) & 1, other_actions)
                prescribed = (firsts[player] >> kind) & 1
                margin = utility[prescribed] - utility[1 - prescribed]
                if margin < 0:
                    return None
                if margin == 0:
                    strict = False
        return profile_code(firsts, plays), strict, supporting


# ---------------------------------------------------------------------------------------------------------------
# Profiles as codes (TrustProof's layout, so that the order of the listing is the same).
# ---------------------------------------------------------------------------------------------------------------
# A strategy code has bit 0 (security-seeker) and bit 1 (greedy) for period 1, bits 2-5 for the security-seeker's
# period-2 actions after cc, cd, dc, dd (own action first), bits 6-9 for the greedy type's; a set bit is defect.
# A profile code is A's code plus B's shifted by 10.


def profile_code(firsts, plays):
    code_a, code_b = firsts
    for history, (actions_a, actions_b) in enumerate(plays):
        history_b = 2 * (history & 1) + (history >> 1)
        code_a |= (actions_a & 1) << (2 + history) | ((actions_a >> 1) & 1) << (6 + history)
        code_b |= (actions_b & 1) << (2 + history_b) | ((actions_b >> 1) & 1) << (6 + history_b)
    return code_a | code_b << 10


def strategy_of(code, player):
    return (code >> (10 * player)) & 1023


def first_action(strategy, kind):
    return (strategy >> kind) & 1


def second_action(strategy, kind, history):
    return (strategy >> ((2 if kind == SEEKER else 6) + history)) & 1


def on_path(code):
    """The profile with every period-2 action that its own type and the other's period-1 play do not reach set
    to defect."""
    result = 0
    for player in (A, B):
        strategy, other = strategy_of(code, player), strategy_of(code, 1 - player)
        observable = {first_action(other, SEEKER), first_action(other, GREEDY)}
        normalised = strategy
        for kind in (SEEKER, GREEDY):
            for history in range(4):
                if not (first_action(strategy, kind) == history >> 1 and (history & 1) in observable):
                    normalised |= 1 << ((2 if kind == SEEKER else 6) + history)
        result |= normalised << (10 * player)
    return result


def strategy_from_notation(lines):
    """A pure strategy from `{type: (period-1 action, {history: action} or one action)}`."""
    code = 0
    for kind, (first, second) in lines.items():
        if first == "d":
            code |= 1 << kind
        for history in range(4):
            action = second if isinstance(second, str) else second.get(HISTORY_NAMES[history], second["else"])
            if action == "d":
                code |= 1 << ((2 if kind == SEEKER else 6) + history)
    return code


# The paper's pure profiles (TrustProof's profile library, in its order), which name the outcomes. Asymmetric ones
# also count with A and B exchanged; the first profile with a given play on the path names it.
_LIBRARY = [
    ("tragic", {SEEKER: ("d", "d"), GREEDY: ("d", "d")}, None),
    ("suckers", {SEEKER: ("c", {"cc": "c", "else": "d"}), GREEDY: ("c", "d")}, None),
    ("no-learning", {SEEKER: ("d", "c"), GREEDY: ("d", "d")}, None),
    ("no-learning-punishing", {SEEKER: ("d", {"dd": "c", "else": "d"}), GREEDY: ("d", "d")}, None),
    ("semi-tragic", {SEEKER: ("c", "d"), GREEDY: ("d", "d")}, None),
    ("trust-building", {SEEKER: ("c", {"cc": "c", "else": "d"}), GREEDY: ("d", "d")}, None),
    ("asymmetric-trust-building", {SEEKER: ("c", {"cd": "c", "else": "d"}), GREEDY: ("d", "d")},
     {SEEKER: ("d", {"dc": "c", "else": "d"}), GREEDY: ("d", "d")}),
    ("asymmetric-semi-tragic", {SEEKER: ("c", "d"), GREEDY: ("d", "d")},
     {SEEKER: ("d", "d"), GREEDY: ("d", "d")}),
]


def _catalogue():
    by_on_path = {}
    members = []   # (class name, rank, profile code), in library order
    for rank, (name, strategy_a, strategy_b) in enumerate(_LIBRARY):
        code_a = strategy_from_notation(strategy_a)
        code_b = code_a if strategy_b is None else strategy_from_notation(strategy_b)
        codes = [code_a | code_b << 10] + ([] if strategy_b is None else [code_b | code_a << 10])
        for code in codes:
            key = on_path(code)
            by_on_path.setdefault(key, (name, rank))
            members.append((by_on_path[key], code))
    return by_on_path, members


CLASS_BY_ON_PATH, CLASS_MEMBERS = _catalogue()
UNNAMED = ("unnamed", sys.maxsize)


# ---------------------------------------------------------------------------------------------------------------
# Listings in trustproof's JSON shape.
# ---------------------------------------------------------------------------------------------------------------


def profile_json(code):
    result = {}
    for player in (A, B):
        strategy = strategy_of(code, player)
        types = {}
        for kind in (SEEKER, GREEDY):
            entry = {"period1": ACTION_NAMES[first_action(strategy, kind)]}
            for history in range(4):
                entry[HISTORY_NAMES[history]] = ACTION_NAMES[second_action(strategy, kind, history)]
            types[TYPE_NAMES[kind]] = entry
        result[PLAYER_NAMES[player]] = types
    return result


def belief_key(holder, observed):
    return f"{PLAYER_NAMES[holder]} after {PLAYER_NAMES[1 - holder].lower()}1 = {ACTION_NAMES[observed]}"


def listing(solver, outcomes_only=False):
    """The point's equilibria as trustproof lists them: grouped into outcomes by play on the path, outcomes in the
    paper's class order (then by code), profiles by code; one entry per profile, or per outcome."""
    groups = {}
    for code, strict, supporting in solver.equilibria():
        groups.setdefault(on_path(code), []).append((code, strict, supporting))
    ordered = sorted(groups.items(), key=lambda item: (CLASS_BY_ON_PATH.get(item[0], UNNAMED)[1],
                                                       CLASS_BY_ON_PATH.get(item[0], UNNAMED)[0], item[0]))
    items = []
    for path_code, members in ordered:
        name, rank = CLASS_BY_ON_PATH.get(path_code, UNNAMED)

        def beliefs(choose_supporting):
            result = {}
            for holder in (A, B):
                other_first = strategy_of(path_code, 1 - holder) & 3
                for observed in (C, D):
                    probability, belief = solver.observation(holder, other_first, observed)
                    if probability != 0:
                        result[belief_key(holder, observed)] = str(belief)
                    else:
                        result[belief_key(holder, observed)] = {
                            "feasible": interval_text(belief),
                            "supporting": [interval_text(i) for i in choose_supporting(holder)],
                        }
            return result

        if outcomes_only:
            library = [code for (member_class, code) in CLASS_MEMBERS if member_class == (name, rank)]

            def preference(member):
                code, strict = member[0], member[1]
                return (0 if strict else 1, library.index(code) if code in library else len(library),
                        0 if code == path_code else 1, code)

            representative = min(members, key=preference)
            items.append({
                "class": name,
                "profile": profile_json(representative[0]),
                "beliefs": beliefs(lambda holder: union([m[2][holder] for m in members if holder in m[2]])),
                "boundary": not any(m[1] for m in members),
            })
        else:
            for code, strict, supporting in members:
                items.append({
                    "class": name,
                    "profile": profile_json(code),
                    "beliefs": beliefs(lambda holder: [supporting[holder]] if holder in supporting else []),
                    "boundary": not strict,
                })
    return items


def solve(points, outcomes_only=False):
    """The listing of every point, from nothing cached."""
    return [listing(PointSolver(TrustGame(values)), outcomes_only) for (_line, _model, values) in points]


def json_text(value):
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# Comparing with trustproof, timing.
# ---------------------------------------------------------------------------------------------------------------


def _no_float(text):
    raise ValueError(f"unexpected number {text} (trustproof's listing has only strings and booleans)")


def _canonical(item):
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _summary(item):
    profile = item["profile"]
    parts = []
    for player in PLAYER_NAMES:
        for kind in TYPE_NAMES:
            entry = profile[player][kind]
            parts.append(f"{player}{kind}:{entry['period1']};" + "".join(entry[h] for h in HISTORY_NAMES))
    return f"{item['class']} [{' '.join(parts)}] boundary={item['boundary']}"


def compare(ours, lines, reference_path):
    """0 when trustproof's listing in `reference_path` has the same equilibria at every point, else 1 (the first
    differing point is printed)."""
    with open(reference_path, encoding="utf-8") as handle:
        reference = json.load(handle, parse_float=_no_float)
    if len(reference) != len(ours):
        print(f"compare: trustproof lists {len(reference)} points, the batch has {len(ours)}")
        return 1
    profiles = boundary = 0
    same_order = True
    for index, (line, theirs, mine) in enumerate(zip(lines, reference, ours)):
        if theirs.get("at") != line:
            print(f"compare: point {index + 1}: trustproof has '{theirs.get('at')}', the batch has '{line}'")
            return 1
        their_items = theirs["equilibria"]
        their_set = {_canonical(item): item for item in their_items}
        my_set = {_canonical(item): item for item in mine}
        if their_set.keys() != my_set.keys():
            print(f"DIFFERENCE at point {index + 1}: {line}")
            key = lambda item: (item["class"], _canonical(item["profile"]))
            their_profiles = {key(i): i for i in their_items}
            my_profiles = {key(i): i for i in mine}
            for k in sorted(their_profiles.keys() - my_profiles.keys()):
                print(f"  only trustproof: {_summary(their_profiles[k])}")
            for k in sorted(my_profiles.keys() - their_profiles.keys()):
                print(f"  only this script: {_summary(my_profiles[k])}")
            for k in sorted(their_profiles.keys() & my_profiles.keys()):
                if _canonical(their_profiles[k]) != _canonical(my_profiles[k]):
                    print(f"  same profile, different beliefs or boundary: {_summary(my_profiles[k])}")
                    print(f"    trustproof:  {_canonical({x: their_profiles[k][x] for x in ('beliefs', 'boundary')})}")
                    print(f"    this script: {_canonical({x: my_profiles[k][x] for x in ('beliefs', 'boundary')})}")
            print(f"  ({len(their_items)} items from trustproof, {len(mine)} from this script)")
            return 1
        same_order = same_order and [_canonical(i) for i in their_items] == [_canonical(i) for i in mine]
        profiles += len(mine)
        boundary += sum(1 for item in mine if item["boundary"])
    order = "in the same order" if same_order else "as sets (the order differs)"
    print(f"compare: {len(ours)} points, {profiles} items ({boundary} boundary) identical to trustproof's, {order}")
    return 0


def decimal(value, digits):
    """A Fraction as a decimal literal with at most `digits` places (rounded half up), for JSON and messages."""
    scale = 10 ** digits
    scaled = (value * scale + Fraction(1, 2)) // 1
    whole, rest = divmod(scaled, scale)
    text = str(whole) if digits == 0 else f"{whole}.{rest:0{digits}d}".rstrip("0").rstrip(".")
    return text


def time_runs(points, runs, outcomes_only):
    """Per-run nanoseconds of `runs` complete enumerations of `points`, and the last run's listings."""
    nanoseconds = []
    result = None
    for _ in range(runs):
        started = time.perf_counter_ns()
        result = solve(points, outcomes_only)
        nanoseconds.append(time.perf_counter_ns() - started)
    return nanoseconds, result


def timing_report(nanoseconds, point_count):
    ordered = sorted(nanoseconds)
    middle = len(ordered) // 2
    median = Fraction(ordered[middle]) if len(ordered) % 2 else Fraction(ordered[middle - 1] + ordered[middle], 2)
    seconds = [Fraction(ns, 10 ** 9) for ns in nanoseconds]
    median_seconds = median / 10 ** 9
    rate = Fraction(point_count) / median_seconds if median_seconds else None
    return seconds, median_seconds, rate


# ---------------------------------------------------------------------------------------------------------------
# Command line.
# ---------------------------------------------------------------------------------------------------------------


def usage_error(message):
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv):
    options = {"batch": None, "at": None, "model": None, "outcomes": False, "output": "-", "quiet": False,
               "compare": None, "repeat": None, "timing_json": None}
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in ("-h", "--help"):
            print(__doc__)
            return 0
        if word in ("--json", "--all-profiles"):
            i += 1
        elif word in ("--outcomes", "--quiet"):
            options[word[2:]] = True
            i += 1
        elif word == "--at":
            values = []
            i += 1
            while i < len(argv) and not argv[i].startswith("--"):
                values.append(argv[i])
                i += 1
            options["at"] = values
        elif word in ("--batch", "--model", "--output", "--compare", "--repeat", "--timing-json"):
            if i + 1 >= len(argv):
                return usage_error(f"{word} needs a value")
            options[word[2:].replace("-", "_")] = argv[i + 1]
            i += 2
        else:
            return usage_error(f"unknown argument '{word}' (see --help)")
    if (options["batch"] is None) == (options["at"] is None):
        return usage_error("give either --batch FILE or --at NAME=VALUE ...")
    runs = 1
    if options["repeat"] is not None:
        if not options["repeat"].isdigit() or int(options["repeat"]) < 1:
            return usage_error(f"--repeat expects a positive integer, got '{options['repeat']}'")
        runs = int(options["repeat"])

    if options["batch"] is not None:
        try:
            entries = read_batch(options["batch"])
        except OSError:
            return usage_error(f"--batch: cannot read '{options['batch']}'")
    else:
        entries = [(" ".join(options["at"]), options["at"])]
    points = []
    try:
        for line, words in entries:
            model, values = parse_point(words, options["model"])
            points.append((line, model, values))
    except PointError as error:
        return usage_error(str(error))

    nanoseconds, listings = time_runs(points, runs, options["outcomes"])
    if options["repeat"] is not None:
        seconds, median, rate = timing_report(nanoseconds, len(points))
        rate_text = decimal(rate, 3) if rate is not None else "inf"
        print(f"fraction_enumerator: {runs} run{'s' if runs != 1 else ''} of {len(points)} points; per-run seconds "
              f"{' '.join(decimal(s, 9) for s in seconds)}; median {decimal(median, 10)} s; {rate_text} points/s",
              file=sys.stderr)
        if options["timing_json"]:
            with open(options["timing_json"], "w", encoding="utf-8") as handle:
                handle.write("{\n"
                             f'  "median_seconds": {decimal(median, 10)},\n'
                             f'  "points": {len(points)},\n'
                             f'  "points_per_second": {rate_text if rate is not None else "null"},\n'
                             f'  "run_seconds": [{", ".join(decimal(s, 9) for s in seconds)}],\n'
                             f'  "runs": {runs}\n'
                             "}\n")

    if options["batch"] is not None:
        document = [{"at": line, "equilibria": items} for (line, _m, _v), items in zip(points, listings)]
    else:
        document = listings[0]
    if not options["quiet"]:
        text = json_text(document)
        if options["output"] == "-":
            sys.stdout.write(text)
        else:
            with open(options["output"], "w", encoding="utf-8") as handle:
                handle.write(text)
    if options["compare"] is not None:
        if options["batch"] is None:
            return usage_error("--compare needs --batch")
        try:
            return compare(listings, [line for (line, _m, _v) in points], options["compare"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            return usage_error(f"--compare: cannot read trustproof's listing '{options['compare']}' ({error})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
