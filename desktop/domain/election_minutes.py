"""What the minutes of an election print beyond a confidence vote's: each candidate's votes for
and against (and, on a list without surplus, the rows that count for nobody) with their
percentages of the base, who is elected (``election.outcome``, never recomputed here), the
least number of votes the bar asks for, the valid ballots by the names they keep (the piles
of State practice), and which breakdowns the largest remainder made add up to 100. Everything
from the snapshot and the piles, which are recomputed from the stored ballots."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain import election
from desktop.domain.election import ElectionRule, ElectionSetup, Outcome
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import percent


@dataclass(frozen=True)
class CandidateLine:
    """One row of the minutes' table, in ballot order."""

    position: int
    name: str
    title: str
    votes: int  # names kept ("đồng ý")
    against: int  # names struck ("không đồng ý")
    not_counted: int  # a list without surplus: neither box or both
    percents: tuple[Decimal | None, Decimal | None, Decimal | None]  # of the base, each figure


class Breakdown(StrEnum):
    """A set of figures that makes up a whole, whose percentages may be adjusted to 100."""

    BALLOTS = "ballots"  # valid and invalid of the ballots counted
    ROWS = "rows"  # a candidate's for, against and not counted (a list without surplus)
    PILES = "piles"  # the valid ballots by the names they keep


@dataclass(frozen=True)
class Pile:
    kept: int  # names kept
    ballots: int
    percent: Decimal | None  # of the valid ballots


@dataclass(frozen=True)
class ElectionReport:
    setup: ElectionSetup
    rule: ElectionRule
    base: int | None
    outcome: Outcome
    lines: tuple[CandidateLine, ...]
    least: int | None  # the fewest votes that pass the bar (None: no base yet)
    adjusted: tuple[Breakdown, ...]  # those made to add up to 100 by the largest remainder
    valid_share: tuple[Decimal | None, Decimal | None]  # valid, invalid of the ballots counted
    piles: tuple[Pile, ...] = ()  # the valid ballots by the names they keep, most first

    @property
    def without_surplus(self) -> bool:
        """As many candidates as seats: each row is đồng ý / không đồng ý."""
        return len(self.lines) == self.setup.seats


def _shares(counts: tuple[int, ...], base: int | None,
            adjust: bool) -> tuple[tuple[Decimal | None, ...], bool]:
    """Each count's % of ``base``: by the largest remainder when the rule set says so and the
    counts make up the base (else each rounded half up): (percents, adjusted)."""
    if adjust and base is not None and base > 0 and sum(counts) == base:
        return election.largest_remainder(counts, base), True
    return tuple(percent(c, base) for c in counts), False


def report(snapshot: Snapshot, piles: tuple[tuple[int, int], ...] = ()
           ) -> ElectionReport | None:
    """The election's figures for its minutes (None: a confidence vote). ``piles``: (names
    kept, valid ballots) as the stored ballots give them; left out when they do not make up
    the valid ballots (sheets counted by hand have no ballots to sort)."""
    d = snapshot.definition
    setup, rule, found = d.election, d.rules.election, snapshot.outcome
    if setup is None or rule is None or found is None:
        return None
    base = snapshot.base_value  # the outcome is the snapshot's, decided once per change
    lines, adjusted = [], set()
    broken_down = len(snapshot.results) == setup.seats  # for, against and not counted shown
    for r in snapshot.results:
        counts = (r.counts[election.KEPT - 1], r.counts[election.STRUCK - 1],
                  r.blank + r.multiple)
        shares, made = _shares(counts, base, rule.largest_remainder and broken_down)
        if made:
            adjusted.add(Breakdown.ROWS)
        lines.append(CandidateLine(r.position, r.name, r.title, *counts,
                                   (shares[0], shares[1], shares[2])))
    entered = snapshot.valid + snapshot.invalid
    valid_share, made = _shares((snapshot.valid, snapshot.invalid), entered,
                                rule.largest_remainder)
    if made:
        adjusted.add(Breakdown.BALLOTS)
    ordered = sorted(((k, n) for k, n in piles if n), reverse=True)
    sorted_piles: tuple[Pile, ...] = ()
    if ordered and sum(n for _, n in ordered) == snapshot.valid:
        shares, made = _shares(tuple(n for _, n in ordered), snapshot.valid,
                               rule.largest_remainder)
        sorted_piles = tuple(Pile(k, n, p) for (k, n), p in zip(ordered, shares, strict=True))
        if made:
            adjusted.add(Breakdown.PILES)
    return ElectionReport(setup, rule, base, found, tuple(lines),
                          rule.bar.least_votes(base),
                          tuple(b for b in Breakdown if b in adjusted),
                          (valid_share[0], valid_share[1]), sorted_piles)
