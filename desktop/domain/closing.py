"""Closing a count: errors block, every warning is acknowledged by a named member with a
sentence; reopening needs a reason. Both are events, and the minutes tell them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain.audit import Event, EventKind
from desktop.domain.checks import Check, Severity
from desktop.errors import ValidationError


@dataclass(frozen=True)
class Acknowledgement:
    code: str  # the warning's code
    by: str  # the committee member who acknowledged it
    text: str  # why the committee accepts it

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "by": self.by, "text": self.text}


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
        raise ValidationError(
            "the count cannot be closed: " + " ".join(c.message for c in errors), field="checks")
    acked = {a.code for a in acks if a.by.strip() and a.text.strip()}
    missing = [c for c in checks if c.severity is Severity.WARNING and c.code not in acked]
    if missing:
        raise ValidationError(
            "each warning needs an acknowledgement (who, and a sentence): "
            + ", ".join(c.code for c in missing), field="ack")


def closure(events: list[Event]) -> Closure:
    state = Closure()
    reopenings: list[Reopening] = []
    for event in events:
        data: dict[str, Any] = event.data
        if event.kind == EventKind.COUNT_CLOSED:
            acks = tuple(Acknowledgement(a["code"], a["by"], a["text"])
                         for a in data.get("acknowledged", []))
            state = Closure(True, event.at, acks, tuple(reopenings))
        elif event.kind == EventKind.COUNT_REOPENED:
            reopenings.append(Reopening(event.at or "", str(data.get("reason", ""))))
            state = Closure(False, None, state.acknowledged, tuple(reopenings))
    return state
