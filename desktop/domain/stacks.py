"""Stacks: the committee may key the ballots in stacks whose size it counted beforehand."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from desktop.domain import names
from desktop.errors import ValidationError

MAX_STACK = 100_000


@dataclass(frozen=True)
class Stack:
    name: str
    expected: int  # how many ballots the committee counted in it
    closed: bool = False
    close_reason: str = ""  # why it was closed short, if it was
    operator: str = ""  # who keys it (for the operator figures; may be left empty)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "expected": self.expected,
                                "closed": self.closed, "close_reason": self.close_reason}
        if self.operator:
            data["operator"] = self.operator
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stack:
        return cls(str(data["name"]), int(data["expected"]), bool(data.get("closed")),
                   str(data.get("close_reason") or ""), str(data.get("operator") or ""))


def keyed_by_ballot(stacks: list[Stack], counts: dict[str, int],
                    hand_counted: set[str]) -> list[Stack]:
    """The stacks keyed ballot by ballot that hold ballots: those double entry covers and
    operator figures time (a stack counted by hand has no ballots to key again)."""
    return [s for s in stacks if s.name not in hand_counted and counts.get(s.name, 0)]


def new_stack(name: str, expected: int, existing: list[Stack], operator: str = "",
              tables: Collection[str] = ()) -> Stack:
    """A stack named as no other stack and no merged table (``tables``) is: the minutes add up
    each table's ballots by that name (names compared as names.key compares them)."""
    name = names.clean(name)
    if not name:
        raise ValidationError("stack_name_missing", field="stack")
    key = names.key(name)
    taken = next((s.name for s in existing if names.key(s.name) == key), None)
    if taken is not None:
        raise ValidationError("stack_exists", field="stack", stack=taken)
    table = next((t for t in tables if names.key(t) == key), None)
    if table is not None:
        raise ValidationError("stack_is_a_table", field="stack", stack=name, table=table)
    if not 1 <= expected <= MAX_STACK:
        raise ValidationError("stack_size", field="expected", maximum=MAX_STACK,
                              expected=expected)
    return Stack(name, expected, operator=operator.strip())
