"""How an election is set up: the rule set's part (the bar, what a ballot striking every
name is, the tie rule, the largest remainder) and the round's (the seats, the round, the
excluded categories, the rounds before it). ``desktop.domain.election`` decides with them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from desktop.domain import decode
from desktop.domain.words import Lang, say
from desktop.errors import ValidationError

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

    def least_votes(self, base: int | None) -> int | None:
        """The fewest votes that pass the bar of ``base``, in integers: more than f·base is
        ⌊n·base/d⌋ + 1, at least f·base is ⌈n·base/d⌉ (None: no base, or a base of 0)."""
        if base is None or base <= 0:
            return None
        n, d = self.fraction.numerator, self.fraction.denominator
        return -(-n * base // d) if self.at_least else n * base // d + 1


@dataclass(frozen=True)
class ElectionRule:
    """What makes an election of a rule set: the bar a candidate must pass (of the rule set's
    base), what a ballot striking every name is, how a tie at the last seats is settled, and
    whether a breakdown's percentages are adjusted to sum to 100 (largest remainder)."""

    bar: Bar = Bar()
    all_struck: AllStruck = AllStruck.VALID
    tie: TieRule = TieRule.FURTHER_ROUND
    largest_remainder: bool = False

    def __post_init__(self) -> None:
        f = self.bar.fraction
        if not 0 < f <= 1 or (f == 1 and not self.bar.at_least):  # a bar nobody can pass
            raise ValidationError("election_fraction", field="fraction",
                                  fraction=f"{f.numerator}/{f.denominator}")

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
        # the constructor refuses a bar nobody can pass
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


