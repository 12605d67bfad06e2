"""Blind spot check: re-key k ballots chosen at random from the paper, without seeing the
first entry, and bound the keying error rate from what differs.

The bound is the upper end of the exact (Clopper–Pearson) 95% interval for a binomial
proportion: the rate p at which seeing m or fewer differences in n ballots has probability
2.5%. Computed by bisection on the binomial distribution, no floating-point shortcut.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from fractions import Fraction

from desktop.domain.audit import Event, EventKind, reading

DEFAULT_SHARE = Fraction(5, 100)
DEFAULT_MINIMUM = 20


def sample_size(ballots: int, share: Fraction = DEFAULT_SHARE,
                minimum: int = DEFAULT_MINIMUM) -> int:
    """5% of the ballots, at least 20, never more than there are."""
    return min(ballots, max(minimum, math.ceil(share * ballots)))


def pick(numbers: list[int], k: int, seed: int) -> list[int]:
    """k ballot numbers drawn without replacement with a recorded seed (so the draw can be
    shown to have been random), in the order the paper is found: ascending."""
    return sorted(random.Random(seed).sample(sorted(numbers), min(k, len(numbers))))


def binomial_cdf(m: int, n: int, p: float) -> float:
    """P(X ≤ m) for X ~ Binomial(n, p)."""
    if p <= 0:
        return 1.0
    if p >= 1:
        return 1.0 if m >= n else 0.0
    total = 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    for i in range(m + 1):
        total += math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                          + i * log_p + (n - i) * log_q)
    return min(total, 1.0)


def upper_bound(m: int, n: int, confidence: float = 0.95) -> float:
    """Clopper–Pearson upper limit for m differences in n re-keyed ballots."""
    if n <= 0:
        return 1.0
    if m >= n:
        return 1.0
    tail = (1 - confidence) / 2
    low, high = m / n, 1.0
    for _ in range(100):
        middle = (low + high) / 2
        if binomial_cdf(m, n, middle) > tail:
            low = middle
        else:
            high = middle
    return high


@dataclass(frozen=True)
class SpotResult:
    number: int
    matched: bool


@dataclass(frozen=True)
class SpotCheck:
    """A spot check as the audit log records it."""

    seed: int
    numbers: tuple[int, ...]
    population: int  # ballots that counted when the sample was drawn
    results: tuple[SpotResult, ...] = field(default_factory=tuple)

    @property
    def done(self) -> int:
        return len({r.number for r in self.results})

    @property
    def differences(self) -> int:
        return sum(1 for r in self.results if not r.matched)

    @property
    def remaining(self) -> list[int]:
        seen = {r.number for r in self.results}
        return [n for n in self.numbers if n not in seen]

    def bound(self) -> float:
        return upper_bound(self.differences, self.done)


SPOT_EVENTS = (EventKind.SPOT_CHECK_STARTED, EventKind.SPOT_REKEYED)


def spot_from_events(events: list[Event]) -> SpotCheck | None:
    check: SpotCheck | None = None
    for e in events:
        check = apply(check, e)
    return check


def apply(check: SpotCheck | None, e: Event) -> SpotCheck | None:
    """The spot check after one more event (a new draw starts afresh)."""
    with reading(e) as data:
        if e.kind == EventKind.SPOT_CHECK_STARTED:
            return SpotCheck(int(data["seed"]), tuple(int(n) for n in data["numbers"]),
                             int(data["population"]))
        if e.kind == EventKind.SPOT_REKEYED and check is not None:
            result = SpotResult(int(data["number"]), bool(data["matched"]))
            return replace(check, results=(*check.results, result))
    return check
