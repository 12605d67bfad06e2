"""The tally: counters per official and row state, updated per ballot in O(officials).

Results derive from it: percentages of the rule set's base as exact decimals (rounded half up
to two places) and threshold flags by integer comparison.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from desktop.domain import election
from desktop.domain.ballot import BLANK, MULTIPLE, Ballot, BallotStatus, InvalidReason
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.rules import BaseKind
from desktop.domain.words import Lang, format_decimal


@lru_cache(maxsize=65536)
def percent(count: int, base: int | None) -> Decimal | None:
    """count / base × 100 rounded half up to 2 decimals, in integer arithmetic.
    (Cached: a count moves by one per ballot, so most pairs were seen before.)"""
    if base is None or base <= 0:
        return None
    hundredths = (count * 10000 * 2 + base) // (2 * base)
    return Decimal(hundredths).scaleb(-2)


class Tally:
    """Counts of the ballots that count (not voided).

    ``rows[i]`` holds, for the i-th official on the ballot, the counts of level 1..k followed
    by blank and multiple.
    """

    def __init__(self, officials: int, levels: int) -> None:
        self.officials = officials
        self.levels = levels
        self.rows: list[list[int]] = [[0] * (levels + 2) for _ in range(officials)]
        self.valid = 0
        self.invalid = 0
        self.invalid_reasons: Counter[InvalidReason] = Counter()

    def state_index(self, state: int) -> int:
        if state == BLANK:
            return self.levels
        if state == MULTIPLE:
            return self.levels + 1
        return state - 1

    def _apply(self, ballot: Ballot, sign: int) -> None:
        if ballot.status is BallotStatus.VOIDED:
            return
        if ballot.status is BallotStatus.INVALID:
            self.invalid += sign
            if ballot.reason is not None:
                self.invalid_reasons[ballot.reason] += sign
            return
        if len(ballot.marks) != self.officials:
            raise ValueError(
                f"ballot {ballot.number} has {len(ballot.marks)} rows, not {self.officials}")
        self.valid += sign
        for i, state in enumerate(ballot.marks):
            self.rows[i][self.state_index(state)] += sign

    def add_counts(self, rows: tuple[tuple[int, ...], ...], valid: int, invalid: int) -> None:
        """A hand-tally sheet's totals (level 1..k, blank, multiple per official)."""
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.rows[i][j] += value
        self.valid += valid
        self.invalid += invalid

    def add(self, ballot: Ballot) -> None:
        self._apply(ballot, 1)

    def remove(self, ballot: Ballot) -> None:
        self._apply(ballot, -1)

    @property
    def entered(self) -> int:
        return self.valid + self.invalid

    def level_count(self, official: int, level: int) -> int:
        return self.rows[official][level - 1]

    def blank(self, official: int) -> int:
        return self.rows[official][self.levels]

    def multiple(self, official: int) -> int:
        return self.rows[official][self.levels + 1]

    def invalid_rows(self, official: int) -> int:
        return self.blank(official) + self.multiple(official)

    def valid_rows(self, official: int) -> int:
        return sum(self.rows[official][: self.levels])

    @classmethod
    def of(cls, officials: int, levels: int, ballots: list[Ballot]) -> Tally:
        tally = cls(officials, levels)
        for b in ballots:
            tally.add(b)
        return tally


@dataclass(frozen=True)
class OfficialResult:
    position: int  # 1-based place on the ballot
    name: str
    title: str
    counts: tuple[int, ...]  # level 1..k
    blank: int
    multiple: int
    base: int | None
    percents: tuple[Decimal | None, ...]
    flags: tuple[str, ...]  # codes of the thresholds crossed


def results(definition: CountDefinition, numbers: Numbers, tally: Tally) -> list[OfficialResult]:
    rules = definition.rules
    k = rules.levels
    per_official = rules.base is BaseKind.VALID
    fixed = None if per_official else definition.base_of(numbers, tally.valid)
    # a list without surplus whose rule set makes each row's for, against and not counted add
    # up to 100% (largest remainder): the same figures as the minutes print
    setup = definition.election
    adjust = (rules.election is not None and rules.election.largest_remainder
              and setup is not None and setup.seats == len(definition.on_ballot))
    out = []
    for i, (official, row) in enumerate(zip(definition.on_ballot, tally.rows, strict=True)):
        counts = tuple(row[:k])
        base = sum(counts) if per_official else fixed
        out.append(
            OfficialResult(
                position=i + 1,
                name=official.name,
                title=official.title,
                counts=counts,
                blank=row[k],
                multiple=row[k + 1],
                base=base,
                percents=_percents(counts, row[k] + row[k + 1], base, adjust),
                flags=tuple(
                    t.code for t in rules.thresholds if t.crossed(counts[t.level - 1], base)
                ),
            )
        )
    return out


def _percents(counts: tuple[int, ...], not_counted: int, base: int | None,
              adjust: bool) -> tuple[Decimal | None, ...]:
    if adjust and base and sum(counts) + not_counted == base:
        return election.largest_remainder((*counts, not_counted), base)[:len(counts)]
    return tuple(percent(c, base) for c in counts)


def format_percent(value: Decimal | None, lang: Lang) -> str:
    return format_decimal(value, lang)


def level_counts_text(counts: tuple[int, ...] | list[int],
                      percents: tuple[Decimal | None, ...] | None = None,
                      lang: Lang = Lang.VI) -> str:
    """The running counts as every view shows them, in the ballot's level order and labelled
    with the level's key: "1: 39 · 2: 3 · 3: 2", or with percentages "1: 39 (19,90%) · …"."""
    if percents is None:
        return " · ".join(f"{level}: {n}" for level, n in enumerate(counts, start=1))
    return " · ".join(f"{level}: {n} ({format_percent(p, lang)}%)"
                      for level, (n, p) in enumerate(zip(counts, percents, strict=True),
                                                     start=1))
