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

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from desktop.domain import decode
from desktop.domain.ballot import BLANK, MULTIPLE
from desktop.domain.words import Lang, say
from desktop.errors import ValidationError

KEPT, STRUCK = 1, 2
MAX_SEATS = 500
MAX_ROUNDS = 9
MAX_EXCLUSIONS = 20


class AllStruck(StrEnum):
    """What a ballot striking every name is (the catalogue says each as ``all_struck.<v>``)."""

    VALID = "valid"  # a valid ballot electing nobody (Party practice unless set otherwise)
    INVALID = "invalid"  # Luật Bầu cử 2015 Điều 74
    INVALID_UNLESS_SINGLE = "invalid_unless_single"  # Đoàn: "không bầu ai", one name aside


class TieRule(StrEnum):
    """How a tie across the last seats is settled, by the congress or the committee."""

    FURTHER_ROUND = "further_round"  # vote again among the tied (Party, Đoàn, Công đoàn, NA)
    OLDER = "older"  # the older candidate (State general elections): recorded, not decided here


class Verdict(StrEnum):
    """Why the program itself finds an election ballot invalid."""

    TOO_MANY_KEPT = "too_many_kept"
    ALL_STRUCK = "all_struck"


def kept(marks: tuple[int, ...]) -> int:
    """How many names the ballot keeps (on a list without surplus: "đồng ý" rows)."""
    return sum(1 for m in marks if m == KEPT)


def verdict(marks: tuple[int, ...], seats: int, all_struck: AllStruck) -> Verdict | None:
    """The program's own verdict on a keyed ballot: invalid when it keeps more names than
    seats, or strikes every name where the rule set makes that invalid; else None."""
    if kept(marks) > seats:
        return Verdict.TOO_MANY_KEPT
    invalid_if_all = all_struck is AllStruck.INVALID or (
        all_struck is AllStruck.INVALID_UNLESS_SINGLE and len(marks) > 1)
    if invalid_if_all and marks and all(m == STRUCK for m in marks):
        return Verdict.ALL_STRUCK
    return None


@dataclass(frozen=True)
class Bar:
    """What a candidate must pass: ``votes <comparison> fraction × base`` (more than half:
    ``2·votes > base``)."""

    fraction: Fraction = Fraction(1, 2)
    at_least: bool = False  # "from … up" (≥) instead of "more than" (>)

    def passes(self, votes: int, base: int | None) -> bool:
        if base is None or base <= 0:
            return False
        left, right = votes * self.fraction.denominator, self.fraction.numerator * base
        return left >= right if self.at_least else left > right


@dataclass(frozen=True)
class ElectionRule:
    """What makes an election of a rule set: the bar a candidate must pass (of the rule set's
    base), what a ballot striking every name is, how a tie at the last seats is settled, and
    whether a breakdown's percentages are adjusted to sum to 100 (largest remainder)."""

    bar: Bar = Bar()
    all_struck: AllStruck = AllStruck.VALID
    tie: TieRule = TieRule.FURTHER_ROUND
    largest_remainder: bool = False

    def to_dict(self) -> dict[str, Any]:
        f = self.bar.fraction
        return {"fraction": f"{f.numerator}/{f.denominator}", "at_least": self.bar.at_least,
                "all_struck": self.all_struck.value, "tie": self.tie.value,
                "largest_remainder": self.largest_remainder}

    def sentences(self, lang: Lang, base: str) -> list[str]:
        """The rule in sentences, as the minutes print it (``base``: the base in words)."""
        f = self.bar.fraction
        parts = [say("election.rule.bar." + ("ge" if self.bar.at_least else "gt"), lang,
                     fraction=f"{f.numerator}/{f.denominator}", base=base),
                 say("election.rule.highest", lang), say("election.rule.too_many", lang),
                 say(f"election.rule.all_struck.{self.all_struck.value}", lang),
                 say(f"election.rule.tie.{self.tie.value}", lang)]
        if self.largest_remainder:
            parts.append(say("election.rule.largest_remainder", lang))
        return [p + "." for p in parts]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ElectionRule:
        numerator, _, denominator = str(data["fraction"]).partition("/")
        fraction = Fraction(decode.whole(int(numerator), 1, 10**6),
                            decode.whole(int(denominator), 1, 10**6))
        if not 0 < fraction <= 1:
            raise ValidationError("threshold_fraction", field="rules", number=1,
                                  fraction=str(data["fraction"]))
        return cls(Bar(fraction, bool(data["at_least"])), AllStruck(data["all_struck"]),
                   TieRule(data["tie"]), bool(data["largest_remainder"]))


@dataclass(frozen=True)
class Exclusion:
    """A category of those convened who do not count in the base (Party rules: members
    living away, suspended, absent with leave …), with how many; the minutes print each."""

    label: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "count": self.count}


@dataclass(frozen=True)
class PreviousRound:
    """A round before this one, as it closed: its file's name and the count's identity and
    fingerprint (which file it was, and that it was not changed since), its seats and the
    names it elected. The minutes of a later round list it."""

    round: int
    file: str
    identity: str
    fingerprint: str
    seats: int
    elected: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"round": self.round, "file": self.file, "identity": self.identity,
                "fingerprint": self.fingerprint, "seats": self.seats,
                "elected": list(self.elected)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PreviousRound:
        return cls(decode.whole(data["round"], 1, MAX_ROUNDS), str(data["file"]),
                   str(data["identity"]), str(data["fingerprint"]),
                   decode.whole(data["seats"], 1, MAX_SEATS),
                   tuple(str(n) for n in data["elected"]))


@dataclass(frozen=True)
class ElectionSetup:
    """One round of one election: the seats to fill, the round (1: the first ballot; 2: the
    seats left, among the candidates the congress chose), the excluded categories."""

    seats: int
    round: int = 1
    exclusions: tuple[Exclusion, ...] = ()
    previous: tuple[PreviousRound, ...] = ()  # the rounds before this one, in order

    def __post_init__(self) -> None:
        if isinstance(self.seats, bool) or not 1 <= self.seats <= MAX_SEATS:
            raise ValidationError("seats_range", field="seats", maximum=MAX_SEATS)
        if isinstance(self.round, bool) or not 1 <= self.round <= MAX_ROUNDS:
            raise ValidationError("round_range", field="round", maximum=MAX_ROUNDS)
        if len(self.exclusions) > MAX_EXCLUSIONS:
            raise ValidationError("exclusions_too_many", field="excluded",
                                  maximum=MAX_EXCLUSIONS)
        for e in self.exclusions:
            if isinstance(e.count, bool) or not 0 <= e.count <= 10**6 or not e.label.strip():
                raise ValidationError("exclusion_unreadable", field="excluded",
                                      label=e.label[:40])

    @property
    def excluded(self) -> int:
        return sum(e.count for e in self.exclusions)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"seats": self.seats, "round": self.round,
                               "exclusions": [e.to_dict() for e in self.exclusions]}
        if self.previous:
            out["previous"] = [p.to_dict() for p in self.previous]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ElectionSetup:
        return cls(decode.whole(data["seats"], 1, MAX_SEATS),
                   decode.whole(data.get("round", 1), 1, MAX_ROUNDS),
                   tuple(Exclusion(str(e["label"]), decode.whole(e["count"], 0, 10**6))
                         for e in data.get("exclusions", [])),
                   tuple(PreviousRound.from_dict(p) for p in data.get("previous", [])))


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
    standings = tuple(
        Standing(i + 1, v, bar.passes(v, base), 1 + sum(1 for w in votes if w > v),
                 i in chosen, i in even)
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
    out = []
    for c, v in enumerate(votes):
        others = [w for j, w in enumerate(votes) if j != c]
        threats = sum(1 for w in others if w + remaining >= v)
        if bar.passes(v, base) and threats <= seats - 1:
            out.append(Settled.ELECTED)
        elif not bar.passes(v + remaining, base) or sum(
                1 for w in others if w > v + remaining and bar.passes(w, base)) >= seats:
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
