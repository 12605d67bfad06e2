"""What a count is: the meeting, the officials in ballot order, the committee, the numbers."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from itertools import pairwise
from typing import Any

from desktop.domain.rules import BaseKind, RuleSet
from desktop.domain.words import Term
from desktop.errors import ValidationError

MAX_OFFICIALS = 500
MAX_NUMBER = 1_000_000


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
    DEPUTY = "deputy"  # Phó trưởng ban
    MEMBER = "member"  # Ủy viên


@dataclass(frozen=True)
class CommitteeMember:
    name: str
    role: Role = Role.MEMBER


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
            if value is not None and not 0 <= value <= MAX_NUMBER:
                raise ValidationError("number_out_of_range", field=name,
                                      number=number_term(name), maximum=MAX_NUMBER,
                                      value=value)
        return replace(self, **changes)

    def to_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Numbers:
        return cls(**{n: (None if data.get(n) is None else int(data[n])) for n in NUMBER_FIELDS})

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

    def base_value(self, base: BaseKind) -> int | None:
        return None if base is BaseKind.VALID else self.get(base.value)


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

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValidationError("title_missing", field="title")
        if not self.on_ballot:
            raise ValidationError("officials_none", field="officials")
        if len(self.officials) > MAX_OFFICIALS:
            raise ValidationError("officials_too_many", field="officials",
                                  maximum=MAX_OFFICIALS, count=len(self.officials))

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
            "committee": [{"name": m.name, "role": m.role.value} for m in self.committee],
        }

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
            committee=tuple(
                CommitteeMember(str(m["name"]), Role(m["role"])) for m in data.get("committee", [])
            ),
        )

