"""Elections (bầu cử): what a ballot keeps, whether it is valid, and who is elected.

An election ballot is keyed with the same row states as a confidence ballot, on a scale of two:
``KEPT`` (1: the name is not struck; on a list without surplus, "đồng ý") and ``STRUCK`` (2:
struck out; "không đồng ý"), and on a list without surplus ``BLANK`` (neither box) or
``MULTIPLE`` (both). What is new is decided here, in integers, never on a rounded percentage
(ELECTIONS.md):

- a ballot keeping more names than there are seats is invalid by the program's own verdict;
  one striking every name follows the rule set's setting;
- a candidate passes with more than half of the base (``2·votes > base``, or the rule set's
  own fraction and boundary); when more pass than there are seats the highest votes win, and a
  tie across the last seats is said, with the seats it holds, never broken: the program fills
  no seat by itself;
- "settled": no ballot still to be keyed can change whether a candidate is elected.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from desktop.domain.ballot import BLANK, MULTIPLE, InvalidReason
from desktop.domain.election_setup import (
    MAX_SEATS,
    AllStruck,
    Bar,
    ElectionRule,
    ElectionSetup,
    Exclusion,
    PreviousRound,
    TieRule,
)

# the set-up's types are said here too, so that one import gives an election's words
__all__ = ["KEPT", "MAX_SEATS", "STRUCK", "AllStruck", "Bar", "ElectionRule", "ElectionSetup",
           "Exclusion", "Outcome", "PreviousRound", "Settled", "Standing", "TieRule",
           "kept", "largest_remainder", "not_counted", "outcome", "settled",
           "verdict"]

KEPT, STRUCK = 1, 2


def kept(marks: tuple[int, ...]) -> int:
    """How many names the ballot keeps (on a list without surplus: "đồng ý" rows)."""
    return sum(1 for m in marks if m == KEPT)


def verdict(marks: tuple[int, ...], seats: int,
            all_struck: AllStruck) -> InvalidReason | None:
    """The program's own verdict on a keyed ballot: invalid when it keeps more names than
    seats, or strikes every name where the rule set makes that invalid; else None."""
    if kept(marks) > seats:
        return InvalidReason.TOO_MANY_KEPT
    invalid_if_all = all_struck is AllStruck.INVALID or (
        all_struck is AllStruck.INVALID_UNLESS_SINGLE and len(marks) > 1)
    if invalid_if_all and marks and all(m == STRUCK for m in marks):
        return InvalidReason.ALL_STRUCK
    return None


@dataclass(frozen=True)
class Standing:
    """One candidate's place: ``position`` on the ballot (1-based), the votes, whether they
    pass the bar, their rank (1 = most votes; equal votes, equal rank), and the outcome."""

    position: int
    votes: int
    passes: bool
    rank: int
    elected: bool
    tied: bool


@dataclass(frozen=True)
class Outcome:
    """Who is elected (positions, highest votes first; equal votes in ballot order), who is
    tied for how many of the last seats (not elected), and how many seats are left."""

    seats: int
    standings: tuple[Standing, ...]
    elected: tuple[int, ...]
    tied: tuple[int, ...]
    tied_seats: int

    @property
    def unfilled(self) -> int:
        """Seats nobody holds yet: too few passed, or a tie holds them."""
        return self.seats - len(self.elected)


def outcome(votes: tuple[int, ...], seats: int, base: int | None, bar: Bar) -> Outcome:
    """Who is elected from each candidate's votes (in ballot order)."""
    order = sorted(range(len(votes)), key=lambda i: (-votes[i], i))
    passing = [i for i in order if bar.passes(votes[i], base)]
    elected, tied, tied_seats = passing, [], 0
    if len(passing) > seats:
        cut = votes[passing[seats - 1]]
        above = [i for i in passing if votes[i] > cut]
        at_cut = [i for i in passing if votes[i] == cut]
        left = seats - len(above)
        if len(at_cut) > left:
            elected, tied, tied_seats = above, at_cut, left
        else:
            elected = above + at_cut
    chosen, even = set(elected), set(tied)
    ascending = sorted(votes)
    standings = tuple(  # rank: one more than those with more votes (a binary search)
        Standing(i + 1, v, bar.passes(v, base),
                 1 + len(votes) - bisect.bisect_right(ascending, v), i in chosen, i in even)
        for i, v in enumerate(votes))
    return Outcome(seats, standings, tuple(i + 1 for i in elected),
                   tuple(i + 1 for i in tied), tied_seats)


class Settled(StrEnum):
    ELECTED = "elected"
    NOT_ELECTED = "not_elected"
    OPEN = "open"


def settled(votes: tuple[int, ...], seats: int, bar: Bar, base: int | None,
            remaining: int | None) -> tuple[Settled, ...]:
    """For each candidate, whether the ballots still to be keyed (``remaining``; None when
    not known) can change whether they are elected. ``base``: the most the base can end at
    (a fixed base itself; the valid ballots now plus every remaining one). A remaining ballot
    may add one vote to any candidate, so the bounds hold however those ballots are marked:
    a candidate's worst end is no vote more under the largest base, their best every
    remaining vote with the base grown by as many (a bar of at most the whole base gains by
    it), and a rival's best is every remaining vote."""
    if remaining is None or base is None:
        return tuple(Settled.OPEN for _ in votes)
    ascending = sorted(votes)
    n = len(votes)
    # rivals that surely pass: at least the fewest votes that pass under the largest base
    least_passing = next((w for w in ascending if bar.passes(w, base)), None)
    out = []
    for v in votes:
        # others who can reach v (v itself counted among all, then taken away)
        threats = n - bisect.bisect_left(ascending, v - remaining) - 1
        beaten_by = 0 if least_passing is None else n - bisect.bisect_right(
            ascending, max(v + remaining, least_passing - 1))
        if bar.passes(v, base) and threats <= seats - 1:
            out.append(Settled.ELECTED)
        elif not bar.passes(v + remaining, base) or beaten_by >= seats:
            out.append(Settled.NOT_ELECTED)
        else:
            out.append(Settled.OPEN)
    return tuple(out)


HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def largest_remainder(counts: tuple[int, ...], total: int) -> tuple[Decimal, ...]:
    """The percentages of a breakdown of ``total`` (each count's share, two decimals) that sum
    to exactly 100,00 when the counts make up the total: each share cut to the hundredth, then
    the hundredths left over go one each to the largest remainders (ties: in order). When the
    counts do not make up the total, each share is rounded half up on its own."""
    if total <= 0:
        return tuple(Decimal(0) for _ in counts)
    if sum(counts) != total:
        return tuple((Decimal(c) * HUNDRED / Decimal(total)).quantize(CENT, ROUND_HALF_UP)
                     for c in counts)
    floors, remainders = [], []
    for c in counts:
        hundredths, rest = divmod(c * 10000, total)
        floors.append(hundredths)
        remainders.append(rest)
    short = 10000 - sum(floors)
    for i in sorted(range(len(counts)), key=lambda i: -remainders[i])[:short]:
        floors[i] += 1
    return tuple(Decimal(f).scaleb(-2) for f in floors)


def not_counted(marks: tuple[int, ...]) -> int:
    """Rows of a list without surplus that count for nobody (neither box, or both)."""
    return sum(1 for m in marks if m in (BLANK, MULTIPLE))
