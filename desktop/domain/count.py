"""What a count is: the meeting, the officials in ballot order, the committee, the numbers."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from itertools import pairwise
from typing import Any

from desktop.domain import clock, election, names
from desktop.domain.ballot import InvalidReason
from desktop.domain.clock import DEFAULT_TIMEZONE
from desktop.domain.election import ElectionSetup
from desktop.domain.rules import BaseKind, RuleSet
from desktop.domain.words import Term
from desktop.errors import ValidationError

MAX_OFFICIALS = 500
MAX_NUMBER = 1_000_000
MAX_COPIES = 99


@dataclass(frozen=True)
class Official:
    name: str
    title: str = ""
    excluded: bool = False
    exclusion_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "excluded": self.excluded,
            "exclusion_reason": self.exclusion_reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Official:
        return cls(
            str(data["name"]),
            str(data.get("title") or ""),
            bool(data.get("excluded")),
            str(data.get("exclusion_reason") or ""),
        )


class Role(StrEnum):
    """A committee member's role; the catalogue says each as ``role.<value>``."""

    CHAIR = "chair"  # Trưởng ban
    DEPUTY = "deputy"  # Phó Trưởng ban
    SECRETARY = "secretary"  # Thư ký
    MEMBER = "member"  # Ủy viên
    WITNESS = "witness"  # người chứng kiến: named in the minutes, not a member

    @property
    def signs(self) -> bool:
        """The committee's members sign the minutes; a witness is named, not a signatory."""
        return self is not Role.WITNESS


@dataclass(frozen=True)
class CommitteeMember:
    name: str
    role: Role = Role.MEMBER
    post: str = ""  # the member's post or unit, where the body records it

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "role": self.role.value}
        if self.post:
            out["post"] = self.post  # absent when empty: events logged before posts verify
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CommitteeMember:
        return cls(str(data["name"]), Role(data["role"]), str(data.get("post") or ""))


NUMBER_FIELDS = ("members", "summoned", "present", "issued", "collected")


def number_term(name: str) -> Term:
    """The words of one of the committee's numbers (members, summoned …)."""
    return Term(f"number.{name}")


@dataclass(frozen=True)
class Numbers:
    """The figures the committee types; ``None`` until known."""

    members: int | None = None
    summoned: int | None = None
    present: int | None = None
    issued: int | None = None
    collected: int | None = None

    def get(self, name: str) -> int | None:
        value: int | None = getattr(self, name)
        return value

    def updated(self, **changes: int | None) -> Numbers:
        for name, value in changes.items():
            if name not in NUMBER_FIELDS:
                raise ValidationError("number_unknown", field=name, name=name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or not 0 <= value <= MAX_NUMBER):
                raise ValidationError("number_out_of_range", field=name,
                                      number=number_term(name), maximum=MAX_NUMBER,
                                      value=value)
        return replace(self, **changes)

    def to_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Numbers:
        """Stored numbers: whole, within 0..MAX_NUMBER (ValidationError naming the number)."""
        return cls().updated(**{n: data.get(n) for n in NUMBER_FIELDS})

    def ordering_problems(self) -> list[tuple[str, str]]:
        """Pairs (smaller, larger) out of order in collected ≤ issued ≤ present ≤ summoned ≤
        members, comparing each number with the next one that is set."""
        known = [(name, value) for name in NUMBER_FIELDS[::-1]
                 if (value := self.get(name)) is not None]
        return [(small, large) for (small, a), (large, b) in pairwise(known) if a > b]

    def check_order(self, changed: Collection[str] = ()) -> None:
        """ValidationError number_order for the first pair out of order; its field is the
        number just changed (the smaller one unless only the larger was)."""
        for small, large in self.ordering_problems():
            raise ValidationError("number_order",
                                  field=large if changed and small not in changed else small,
                                  small=number_term(small), large=number_term(large),
                                  a=self.get(small), b=self.get(large))

    def base_value(self, base: BaseKind, *, valid_ballots: int | None = None,
                   excluded: int = 0) -> int | None:
        """The base's figure: a typed number, the ballots valid as a whole, or those
        convened less the excluded (None: not known, or per official)."""
        if base is BaseKind.VALID:
            return None
        if base is BaseKind.VALID_BALLOTS:
            return valid_ballots
        if base is BaseKind.SUMMONED_LESS_EXCLUDED:
            return None if self.summoned is None else max(self.summoned - excluded, 0)
        return self.get(base.value)


@dataclass(frozen=True)
class CountDefinition:
    title: str
    rules: RuleSet
    officials: tuple[Official, ...]
    body: str = ""
    sitting: str = ""
    place: str = ""
    date: str = ""  # ISO date of the meeting
    committee: tuple[CommitteeMember, ...] = ()
    timezone: str = DEFAULT_TIMEZONE  # where the count is held: every printed time is its own
    copies: int | None = None  # "lập thành … bản"
    document_number: str = ""  # "Số …-BB/BKP": the committee's register number, if known
    election: ElectionSetup | None = None  # the seats and round of an election (bầu cử)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValidationError("title_missing", field="title")
        if not self.on_ballot:
            raise ValidationError("officials_none", field="officials")
        if len(self.officials) > MAX_OFFICIALS:
            raise ValidationError("officials_too_many", field="officials",
                                  maximum=MAX_OFFICIALS, count=len(self.officials))
        if not clock.known_zone(self.timezone):
            raise ValidationError("timezone_unknown", field="timezone", zone=self.timezone)
        if self.copies is not None and not 1 <= self.copies <= MAX_COPIES:
            raise ValidationError("copies_range", field="copies", maximum=MAX_COPIES)
        if self.rules.election is not None and self.election is None:
            raise ValidationError("seats_needed", field="seats")
        if self.rules.election is None and self.rules.base is BaseKind.SUMMONED_LESS_EXCLUDED:
            raise ValidationError("base_needs_election", field="base")
        if self.rules.election is None and self.election is not None:
            raise ValidationError("seats_not_an_election", field="seats",
                                  rules=self.rules.code)
        if self.rules.election is not None and self.rules.base is BaseKind.VALID:
            # each official's own valid rows: an election's base is the valid ballots
            raise ValidationError("election_base_per_official", field="base")
        if self.election is not None and self.election.exclusions and \
                self.rules.base is not BaseKind.SUMMONED_LESS_EXCLUDED:
            raise ValidationError("exclusions_not_in_base", field="exclusion",
                                  base=Term(f"base.{self.rules.base.value}"))
        if self.election is not None and self.election.seats > len(self.on_ballot):
            raise ValidationError("seats_above_candidates", field="seats",
                                  seats=self.election.seats, candidates=len(self.on_ballot))

    def check_printable(self) -> None:
        """Every text the ballot and the minutes print can be printed: no control, invisible or
        direction-changing character, whether typed, pasted or imported (a count already
        stored opens as it is; this is checked when a setup is saved)."""
        texts: list[tuple[str, int | None, str]] = [
            ("title", None, self.title), ("body", None, self.body),
            ("sitting", None, self.sitting), ("place", None, self.place),
            ("document_number", None, self.document_number)]
        texts += [("officials", i, text) for i, o in enumerate(self.officials, start=1)
                   for text in (o.name, o.title, o.exclusion_reason)]
        texts += [("committee", i, text) for i, m in enumerate(self.committee, start=1)
                   for text in (m.name, m.post)]
        for field, row, text in texts:
            char = names.unprintable(text)
            if char is not None:  # the line: the row of the officials' or committee's table
                raise ValidationError("text_character", field=field, line=row, char=char)

    def base_of(self, numbers: Numbers, valid_ballots: int,
                kind: BaseKind | None = None) -> int | None:
        """The figure of the rule set's base (or of ``kind``) for this count."""
        return numbers.base_value(kind or self.rules.base, valid_ballots=valid_ballots,
                                  excluded=self.election.excluded if self.election else 0)

    @property
    def strikes_names(self) -> bool:
        """An election whose list has more candidates than seats: the voter strikes names,
        so each row is kept or struck (no blank or double row)."""
        return self.election is not None and self.election.seats < len(self.on_ballot)

    def check_numbers(self, numbers: Numbers) -> None:
        """The numbers fit the definition: no more excluded than convened."""
        setup = self.election
        if setup is not None and numbers.summoned is not None \
                and setup.excluded > numbers.summoned:
            raise ValidationError("excluded_above_summoned", field="excluded",
                                  excluded=setup.excluded, summoned=numbers.summoned)

    def verdict(self, marks: tuple[int, ...]) -> InvalidReason | None:
        """The program's own verdict on an election ballot's rows: too many names kept, or
        every name struck where the rule set makes it invalid (None: a confidence vote)."""
        if self.election is None or self.rules.election is None:
            return None
        return election.verdict(marks, self.election.seats, self.rules.election.all_struck)

    @property
    def on_ballot(self) -> tuple[Official, ...]:
        """The officials printed on the ballot, in paper order."""
        return tuple(o for o in self.officials if not o.excluded)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "sitting": self.sitting,
            "place": self.place,
            "date": self.date,
            "rules": self.rules.to_dict(),
            "officials": [o.to_dict() for o in self.officials],
            "committee": [m.to_dict() for m in self.committee],
            **self._print_details(),
        }

    def _print_details(self) -> dict[str, Any]:
        """The printing details, only where they differ from the defaults, so the dict of a
        count made before they existed is unchanged (its logged events still verify)."""
        out: dict[str, Any] = {}
        if self.timezone != DEFAULT_TIMEZONE:
            out["timezone"] = self.timezone
        if self.copies is not None:
            out["copies"] = self.copies
        if self.document_number:
            out["document_number"] = self.document_number
        if self.election is not None:
            out["election"] = self.election.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CountDefinition:
        return cls(
            title=str(data["title"]),
            rules=RuleSet.from_dict(data["rules"]),
            officials=tuple(Official.from_dict(o) for o in data["officials"]),
            body=str(data.get("body") or ""),
            sitting=str(data.get("sitting") or ""),
            place=str(data.get("place") or ""),
            date=str(data.get("date") or ""),
            committee=tuple(CommitteeMember.from_dict(m) for m in data.get("committee", [])),
            timezone=str(data.get("timezone") or DEFAULT_TIMEZONE),
            copies=None if data.get("copies") is None else int(data["copies"]),
            document_number=str(data.get("document_number") or ""),
            election=ElectionSetup.from_dict(data["election"]) if data.get("election") else None,
        )
