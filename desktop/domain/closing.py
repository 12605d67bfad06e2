"""Closing a count: errors block, every warning is acknowledged by a named member with a
sentence; reopening needs a reason. Both are events, and the minutes tell them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.audit import Event, EventKind, reading
from desktop.domain.checks import Check, Severity
from desktop.domain.words import Term
from desktop.errors import ValidationError


@dataclass(frozen=True)
class Acknowledgement:
    code: str  # the warning's code
    by: str  # the committee member who acknowledged it
    text: str  # why the committee accepts it
    # the values of each warning of this code when the count was closed, so the minutes can
    # say what was acknowledged in words (older files have none)
    warnings: tuple[Mapping[str, object], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "by": self.by, "text": self.text}
        if self.warnings:
            data["warnings"] = [{k: _encode(v) for k, v in w.items()} for w in self.warnings]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Acknowledgement:
        return cls(str(data["code"]), str(data["by"]), str(data["text"]), tuple(
            {k: _decode(v) for k, v in w.items()} for w in data.get("warnings", [])))


def _encode(value: object) -> object:
    """A check's value as JSON for the audit log."""
    if isinstance(value, Term):
        return {"$term": value.code, "values": {k: _encode(v) for k, v in value.values.items()}}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict) and "$term" in value:
        return Term(str(value["$term"]), {k: _decode(v) for k, v in value["values"].items()})
    return value


@dataclass(frozen=True)
class Reopening:
    at: str
    reason: str


@dataclass(frozen=True)
class Closure:
    """What the audit log says about closing: now closed or not, and the history."""

    closed: bool = False
    closed_at: str | None = None
    acknowledged: tuple[Acknowledgement, ...] = ()
    reopenings: tuple[Reopening, ...] = field(default_factory=tuple)


def check_closable(checks: list[Check], acks: list[Acknowledgement]) -> None:
    """ValidationError listing what blocks closing: every error, every unacknowledged warning."""
    errors = [c for c in checks if c.severity is Severity.ERROR]
    if errors:
        raise ValidationError("close_blocked", field="checks",
                              problems=tuple(Term(c.code, c.values) for c in errors))
    acked = {a.code for a in acks if a.by.strip() and a.text.strip()}
    missing = [c for c in checks if c.severity is Severity.WARNING and c.code not in acked]
    if missing:
        raise ValidationError("acknowledgement_missing", field="ack", warnings=tuple(
            Term("check.listed", {"code": c.code, "words": Term(c.code, c.values)})
            for c in missing))


def closure(events: list[Event]) -> Closure:
    state = Closure()
    for event in events:
        state = follow(state, event)
    return state


def follow(state: Closure, event: Event) -> Closure:
    """The closure after one more event (other kinds leave it as it is)."""
    with reading(event) as data:
        if event.kind == EventKind.COUNT_CLOSED:
            acks = tuple(Acknowledgement.from_dict(a) for a in data.get("acknowledged", []))
            return Closure(True, event.at, acks, state.reopenings)
        if event.kind == EventKind.COUNT_REOPENED:
            reopening = Reopening(event.at or "", str(data.get("reason", "")))
            return Closure(False, None, state.acknowledged, (*state.reopenings, reopening))
    return state
