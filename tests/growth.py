"""Measuring how a rule's time grows with its input: a ratio of times, never an absolute time.

`growth(fn, build, n)` times `fn(build(n))` and `fn(build(8 * n))`, each the best of several
runs of enough repetitions to be measurable, and returns the ratio. Linear work gives about 8,
quadratic about 64. A loaded machine slows single runs, not the best of several; the bound
(`LIMIT`) leaves room for caches and allocators that grow a little worse than linear.

`attacks(pattern)` builds hostile strings for any compiled regex from its own parse tree: for
every repetition in it, an example of what comes before, the repeated part pumped, and a
character that makes the match fail; and every head of an example repeated, the shape that
makes a search retried at each position re-read the rest ("[a](" * n).
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser  # type: ignore[attr-defined]

LIMIT = 20.0  # 8x the input: linear time is ~8x, quadratic ~64x
_ENOUGH = 0.004  # seconds: repeat a call until one measurement takes this long
_RUNS = 7


def _timed(fn: Callable, arg, reps: int) -> float:
    gc.disable()  # a collection landing in one run is the collector's cost, not the rule's
    try:
        start = time.perf_counter()
        for _ in range(reps):
            fn(arg)
        return time.perf_counter() - start
    finally:
        gc.enable()


def _reps(fn: Callable, arg, enough: float) -> int:
    reps = 1
    while (t := _timed(fn, arg, reps)) < enough and reps < 1 << 20:
        reps *= 2 if t * 4 < enough else 1 + int(enough / max(t, 1e-9) * reps) // reps
    return reps


def growth(fn: Callable, build: Callable[[int], object], n: int, runs: int = _RUNS,
           enough: float = _ENOUGH, budget: float = 0.1) -> float:
    """How much longer fn takes on build(8n) than on build(n), each size the best of `runs`
    measurements taken in turn (a busy spell of the machine hits every size alike), each
    measurement about as long at every size (fewer repetitions of the larger inputs): on a
    loaded machine a long measurement is more often interrupted than a short one. The sizes
    double from n, and a call slower than `budget` seconds ends the climb early: the growth
    over the steps taken is scaled to 8x (a cubic rule would otherwise run for hours at 8n
    before failing)."""
    args = [build(n)]
    fn(args[0])  # first call: lazy compiles and caches are not the rule's cost
    reps = [_reps(fn, args[0], enough)]
    times = [_timed(fn, args[0], reps[0]) / reps[0]]
    while len(args) < 4 and times[-1] <= budget:
        args.append(build(n << len(args)))
        reps.append(max(1, reps[0] >> len(reps)))
        times.append(_timed(fn, args[-1], reps[-1]) / reps[-1])
    if len(times) == 1:
        return float("inf")  # already too slow to climb at n: choose a smaller n
    for _ in range(runs - 1):
        times = [min(t, _timed(fn, a, r) / r) for t, a, r in zip(times, args, reps, strict=True)]
    return (times[-1] / max(times[0], 1e-9)) ** (3 / (len(times) - 1))


def assert_linear(fn: Callable, build: Callable[[int], object], n: int, what: str = "") -> None:
    """Fail when fn's time grows more than LIMIT-fold for an 8-fold input (measured up to
    three times: one slow measurement is the machine, three are the rule)."""
    ratio = growth(fn, build, n)
    for _ in range(2):  # a super-linear rule fails every measurement; a busy machine, not all
        if ratio <= LIMIT:
            break
        ratio = min(ratio, growth(fn, build, n, runs=2 * _RUNS, enough=4 * _ENOUGH))
    assert ratio <= LIMIT, f"{what or fn}: 8x the input took {ratio:.0f}x the time"


# --- hostile strings for a pattern ----------------------------------------------------------------

# Characters an example is made of: the first of these a character class accepts stands for it.
_CANDIDATES = "aA1 -.,:;/()[]'’\"«»*_#|&@!?<>=+%$~^`{}\\\t\nяЯé€·—–"
_KILLERS = ("\x00", "")
_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit, sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
}
_NEGATED = {sre.CATEGORY_NOT_DIGIT: sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_SPACE: sre.CATEGORY_SPACE,
            sre.CATEGORY_NOT_WORD: sre.CATEGORY_WORD}


def _in_class(c: str, items, ignore_case: bool) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit |= c == chr(av) or (ignore_case and c.lower() == chr(av).lower())
        elif op is sre.RANGE:
            lo, hi = av
            hit |= any(lo <= ord(x) <= hi for x in ({c, c.lower(), c.upper()} if ignore_case
                                                    else {c}))
        elif op is sre.CATEGORY:
            base = _NEGATED.get(av, av)
            test = _CATEGORIES.get(base, lambda _c: False)
            hit |= test(c) != (av in _NEGATED)
    return hit != negate


def _char(op, av, ignore_case: bool) -> str:
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.NOT_LITERAL:
        return next(c for c in _CANDIDATES if c != chr(av))
    if op is sre.ANY:
        return "a"
    return next((c for c in _CANDIDATES if _in_class(c, av, ignore_case)), "a")


class _Example:
    """One string the pattern (nearly) matches, and where each repetition's body sits in it."""

    def __init__(self, choice: int, ignore_case: bool) -> None:
        self.parts: list[str] = []
        self.pumps: list[tuple[int, str]] = []  # (offset of a body, the body)
        self.heads: list[int] = []  # offsets where a top-level element ends
        self.groups: dict[int, str] = {}
        self.choice = choice
        self.ignore_case = ignore_case

    def text(self) -> str:
        return "".join(self.parts)

    def at(self) -> int:
        return sum(map(len, self.parts))

    def add(self, seq, top: bool = False) -> None:
        for op, av in seq:
            self._node(op, av)
            if top:
                self.heads.append(self.at())

    def _node(self, op, av) -> None:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            self.parts.append(_char(op, av, self.ignore_case))
        elif op is sre.BRANCH:
            branches = av[1]
            self.add(branches[self.choice % len(branches)])
        elif op is sre.SUBPATTERN:
            group, sub = av[0], av[3]
            start = self.at()
            self.add(sub)
            if group is not None:
                self.groups[group] = self.text()[start:]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            start = self.at()
            for _ in range(max(lo, 1)):
                self.add(sub)
            body = self.text()[start:]
            if body and hi > 1:
                self.pumps.append((start, body[: len(body) // max(lo, 1)] or body))
        elif op is sre.GROUPREF:
            self.parts.append(self.groups.get(av, ""))
        elif op is sre.GROUPREF_EXISTS:
            self.add(av[1])
        elif op is sre.ATOMIC_GROUP:
            self.add(av)
        # AT (anchors), ASSERT and ASSERT_NOT (lookarounds) match no text of their own


def attacks(pattern: re.Pattern[str], variants: int = 2) -> Iterator[Callable[[int], str]]:
    """Builders of hostile strings for the pattern: n -> a string of about n characters."""
    as_bytes = isinstance(pattern.pattern, bytes)
    source = pattern.pattern.decode("latin-1") if as_bytes else pattern.pattern
    tree = _parser.parse(source, pattern.flags & (re.I | re.M | re.S | re.X))
    ignore_case = bool(pattern.flags & re.I)
    seen: set[tuple[str, str, str]] = set()
    for choice in range(variants):
        ex = _Example(choice, ignore_case)
        ex.add(tree, top=True)
        text = ex.text()
        shapes = [(text[:start], body) for start, body in ex.pumps]
        shapes += [("", text[:end]) for end in ex.heads if end]
        for prefix, pump in shapes:
            for killer in _KILLERS:
                if (prefix, pump, killer) not in seen:
                    seen.add((prefix, pump, killer))
                    yield _builder(prefix, pump, killer, as_bytes)


def _builder(prefix: str, pump: str, killer: str, as_bytes: bool) -> Callable[[int], str]:
    def build(n: int):
        text = prefix + pump * max(1, n // len(pump)) + killer
        return text.encode("utf-8", "surrogatepass") if as_bytes else text
    build.shape = (prefix, pump, killer)  # type: ignore[attr-defined]
    return build


_SEARCHES = {"search", "sub", "subn", "split", "findall", "finditer"}


def scan(pattern: re.Pattern, methods: set[str]) -> Callable[[str], object]:
    """The pattern run the ways the package runs it, each at its costliest: a search retried
    at every position (finditer, as search, sub and split do), a match at the start, a
    match anchored at both ends."""
    search, match, full = bool(methods & _SEARCHES), "match" in methods, "fullmatch" in methods

    def run(text) -> None:
        if search:
            for _ in pattern.finditer(text):
                pass
        if match:
            pattern.match(text)
        if full:
            pattern.fullmatch(text)
    return run
