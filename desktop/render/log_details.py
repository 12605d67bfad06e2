"""What the ballot-entry log says of each event: the ballot it is about (if any) and its
content in the catalogue's words, never a per-ballot time."""

from __future__ import annotations

from desktop.domain.audit import Event
from desktop.domain.ballot import InvalidReason, grouped_codes
from desktop.domain.closing import Acknowledgement
from desktop.domain.words import Lang, invalid_reason, say
from desktop.render.minutes_body import acknowledgement
from desktop.render.minutes_parts import e


def _ballot(ballot: object, lang: Lang) -> tuple[str, str]:
    assert isinstance(ballot, dict)
    grouped = grouped_codes(str(ballot.get("marks") or ""))
    reason = ballot.get("reason")
    if reason:
        words = invalid_reason(InvalidReason(str(reason)), str(ballot.get("note") or ""), lang)
        grouped = (grouped + " — " if grouped else "") + words
    return str(ballot.get("number", "")), e(grouped)


def detail(ev: Event, lang: Lang, decided: dict[int, Event]) -> tuple[str, str]:
    """(ballot number, what it says); ``decided``: the re-keys that carried out a
    double-entry decision (the decision's own row says why, in the log's language)."""
    kind, data = ev.kind, ev.data
    if kind == "ballot_recorded":
        return _ballot(data.get("ballot", data), lang)
    if kind == "ballot_edited":
        number, words = _ballot(data.get("ballot", data), lang)
        return number, words + ("" if ev.seq in decided else e(f" ({data['reason']})"))
    if kind == "double_keyed":
        return _ballot(data.get("ballot", {}), lang)
    if kind == "ballot_voided":
        return str(data.get("number", "")), e(data.get("reason", ""))
    if kind == "numbers_set":
        changes = data.get("changes", {})
        assert isinstance(changes, dict)
        return "", e(", ".join(f"{say(f'number.{k}', lang)} = {'…' if v is None else v}"
                               for k, v in changes.items()))
    if kind in _WORDS:
        return _worded(kind, data, lang)
    if kind == "count_closed":
        acks = data.get("acknowledged", [])
        assert isinstance(acks, list)
        return "", "; ".join(e(text) for a in acks
                             for text in acknowledgement(Acknowledgement.from_dict(a), lang))
    return "", ""


_WORDS = {"stack_opened", "stack_closed", "count_reopened", "double_entry_started",
          "double_compared", "double_resolved", "double_discarded"}


def _worded(kind: str, data: dict[str, object], lang: Lang) -> tuple[str, str]:
    stack = data.get("stack", data.get("name", ""))
    reason = str(data.get("reason") or "")
    if kind == "stack_opened":
        text = say("log.stack_opened", lang, stack=stack, expected=data.get("expected", "…"))
    elif kind == "stack_closed":
        text = say("log.stack", lang, stack=stack) + (f": {reason}" if reason else "")
    elif kind == "count_reopened":
        text = reason
    elif kind == "double_entry_started":
        numbers = data.get("numbers", [])
        text = say("log.double_started", lang, stack=stack, operator=data.get("operator", ""),
                   ballots=len(numbers) if isinstance(numbers, list) else "…")
    elif kind == "double_compared":
        differences = data.get("differences", [])
        text = say("log.double_compared", lang, stack=stack,
                   differences=len(differences) if isinstance(differences, list) else "…")
    elif kind == "double_resolved":
        code = "log.double_kept_first" if data.get("kept") == "first" else \
            "log.double_kept_second"
        return str(data.get("number", "")), e(say(code, lang, stack=stack, by=data.get("by", "")))
    else:  # double_discarded
        text = say("log.stack", lang, stack=stack) + (f": {reason}" if reason else "")
    return "", e(text)
