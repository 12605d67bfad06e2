"""Everything the minutes say, gathered from the counting file, recomputed from the ballots.

No number here is cached text: the snapshot comes from the tally rebuilt from the stored
ballots, the corrections from the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from desktop.domain.audit import Event, EventKind, reading
from desktop.domain.closing import Closure
from desktop.domain.count import CountDefinition
from desktop.domain.doubleentry import DoubleSummary
from desktop.domain.handtally import HandTally
from desktop.domain.rules import BaseKind, RuleSet
from desktop.domain.snapshot import Snapshot
from desktop.domain.spotcheck import SpotCheck
from desktop.domain.stacks import Stack
from desktop.domain.words import Lang, Term, say


@dataclass(frozen=True)
class Correction:
    kind: str  # "voided" | "rekeyed" | "double_resolved" | "reopened"
    number: int | None  # the ballot, when it is about one
    reason: str
    at: str | None = None  # only for reopenings: ballot events carry no time
    stack: str = ""  # a double-entry decision: its stack and who decided
    by: str = ""


@dataclass(frozen=True)
class TableSubtotal:
    """One counting table's share of the count, as merged."""

    name: str
    first: int
    last: int
    ballots: int
    valid: int
    invalid: int


@dataclass(frozen=True)
class MinutesData:
    snapshot: Snapshot
    closure: Closure
    corrections: tuple[Correction, ...]
    stacks: tuple[Stack, ...]
    fingerprint: str  # SHA-256 over the audit chain head and the printed figures
    printed_at: str  # when this copy was made (local time, ISO)
    tables: tuple[TableSubtotal, ...] = ()
    spot_check: SpotCheck | None = None
    hand_tallies: tuple[HandTally, ...] = ()
    double_entry: DoubleSummary = field(default_factory=DoubleSummary)
    keyed_stacks: int = 0  # stacks keyed ballot by ballot (those double entry can cover)
    started_at: str | None = None  # when counting began: the first stack opened (UTC, ISO)
    mismatches: int = 0  # places where the file does not match its audit log (verify)
    other_notes: tuple[str, ...] = ()  # what the committee wrote of each "other" invalid ballot
    kept_piles: tuple[tuple[int, int], ...] = ()  # an election: (names kept, valid ballots)

    @property
    def draft(self) -> bool:
        return not self.closure.closed

    @property
    def tampered(self) -> bool:
        """The file does not match its audit log: every page printed from it says so."""
        return self.mismatches > 0


def started_at(events: list[Event]) -> str | None:
    """The counting began with the first stack opened (ballot events carry no time)."""
    return next((e.at for e in events if e.kind == EventKind.STACK_OPENED and e.at), None)


def decided_rekeys(events: list[Event]) -> dict[int, Event]:
    """The re-keys that carried out a double-entry decision (written with it, in one
    transaction), by their seq: the decision says them in the document's own words."""
    out = {}
    for e, after in pairwise(events):
        if e.kind == EventKind.BALLOT_EDITED and after.kind == EventKind.DOUBLE_RESOLVED \
                and after.data.get("number") == e.data.get("number"):
            out[e.seq] = after
    return out


def corrections(events: list[Event]) -> tuple[Correction, ...]:
    decided = decided_rekeys(events)
    out = []
    for e in events:
        with reading(e):
            correction = _correction(e, decided)
        if correction is not None:
            out.append(correction)
    return tuple(out)


def _correction(e: Event, decided: dict[int, Event]) -> Correction | None:
    if e.kind == EventKind.BALLOT_VOIDED:
        return Correction("voided", int(e.data["number"]), str(e.data["reason"]))
    if e.seq in decided:
        d = decided[e.seq].data
        return Correction("double_resolved", int(d["number"]), "",
                          stack=str(d.get("stack", "")), by=str(d.get("by", "")))
    if e.kind == EventKind.BALLOT_EDITED:
        return Correction("rekeyed", int(e.data["number"]), str(e.data["reason"]))
    if e.kind == EventKind.COUNT_REOPENED:
        return Correction("reopened", None, str(e.data["reason"]), e.at)
    return None


def date_words(day: date | None, lang: Lang) -> str:
    """"ngày 05 tháng 02 năm 2026", "ngày 15 tháng 7 năm 2026": a leading zero for days below
    10 and the months 1 and 2 only (DOCUMENTS.md)."""
    if day is None:
        return say("minutes.no_date", lang)
    return say("minutes.date", lang, day=Term(f"day.{day.day}"),
               month=Term(f"month.{day.month}"), year=day.year)


def meeting_day(definition: CountDefinition) -> date | None:
    try:
        return date.fromisoformat(definition.date)
    except ValueError:
        return None


def place_date(definition: CountDefinition, lang: Lang) -> str:
    """"Hà Nội, ngày 28 tháng 11 năm 2026", as the minutes and the results sheet print it."""
    return say("minutes.place_date", lang, place=definition.place or "…",
               date=date_words(meeting_day(definition), lang))


def base_term(rules: RuleSet, kind: BaseKind) -> Term:
    """A base in words: the members of a State body are its deputies (đại biểu)."""
    if kind is BaseKind.MEMBERS and not rules.party:
        return Term("base.deputies")
    return Term(f"base.{kind.value}")


def base_sentence(snapshot: Snapshot, lang: Lang) -> str:
    """What the percentages are of, with the number when it is a typed one, and the article
    that sets it where the rule set cites one."""
    rules = snapshot.definition.rules
    base = base_term(rules, rules.base)
    cited = lang.pick(rules.base_citation)
    citation = say("minutes.citation", lang, citation=cited) if cited else ""
    if rules.base is BaseKind.VALID:
        return say("minutes.base_valid", lang, base=base, citation=citation)
    value = snapshot.base_value
    return say("minutes.base_value", lang, base=base, value="…" if value is None else value,
               citation=citation)
