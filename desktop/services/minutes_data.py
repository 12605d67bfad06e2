"""What the minutes print, gathered from the counting file and recomputed from the stored
ballots and the audit log (never from the live tally of the window)."""

from __future__ import annotations

from desktop.domain import audit, clock
from desktop.domain import minutes as minutes_
from desktop.domain import snapshot as snapshot_
from desktop.domain.audit import EventKind
from desktop.domain.ballot import BallotStatus, InvalidReason
from desktop.domain.closing import Closure
from desktop.domain.doubleentry import DOUBLE_ENTRY_EVENTS, DoubleEntryBook, from_verification
from desktop.domain.election import KEPT
from desktop.domain.minutes import MinutesData
from desktop.domain.spotcheck import spot_from_events
from desktop.domain.stacks import Stack, keyed_by_ballot
from desktop.storage import verify
from desktop.storage.repository import CountFile


def gather(count: CountFile, closure: Closure, stacks: list[Stack]) -> MinutesData:
    definition = count.definition
    events = count.events()
    by_stack = count.status_by_stack()
    subtotals = tuple(
        minutes_.TableSubtotal(
            t.name, t.first, t.last, t.ballots,
            by_stack.get((t.name, BallotStatus.VALID.value), 0),
            by_stack.get((t.name, BallotStatus.INVALID.value), 0))
        for t in count.merged_tables())
    hand = count.hand_tallies()
    double = DoubleEntryBook.from_events(
        (e for e in events if e.kind in DOUBLE_ENTRY_EVENTS), definition.rules.levels)
    counted: dict[str, int] = {}  # per stack, from the stored ballots (the one aggregate)
    for (stack, status), n in by_stack.items():
        if status != BallotStatus.VOIDED.value:
            counted[stack] = counted.get(stack, 0) + n
    summary = double.summary()
    keyed = len(keyed_by_ballot(stacks, counted, {h.stack for h in hand}))
    for event in events:  # the tables' own double entries, as their files said at the merge
        if event.kind == EventKind.TABLE_MERGED and "verification" in event.data:
            with audit.reading(event) as data:
                table_summary, table_stacks = from_verification(data["verification"])
            summary, keyed = summary + table_summary, keyed + table_stacks
    stored = snapshot_.snapshot(definition, count.numbers(), count.load_tally(),
                                count.entered())
    return MinutesData(
        snapshot=stored, closure=closure, corrections=minutes_.corrections(events),
        stacks=tuple(stacks),
        fingerprint=audit.count_fingerprint(count.fingerprint(), stored.figures()),
        printed_at=clock.now_utc(),
        tables=subtotals, spot_check=spot_from_events(events),
        hand_tallies=tuple(hand), double_entry=summary, keyed_stacks=keyed,
        started_at=minutes_.started_at(events),
        other_notes=tuple(count.invalid_notes(InvalidReason.OTHER.value)),
        kept_piles=tuple(count.valid_by_kept(KEPT).items()) if definition.election else (),
        mismatches=len(verify.verify(count, events)))
