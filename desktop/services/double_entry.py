"""Double entry as a use case. A closed stack is keyed a second time by another operator on a
blank form (nothing of the first entry is shown); when the second entry is as long as the
first, the two are compared ballot by ballot in stack order, and the committee decides each
difference with the paper in hand. Keeping the second entry re-keys the stored ballot in the
same transaction as the decision, so the file never holds one without the other."""

from __future__ import annotations

from typing import Any

from desktop.domain.audit import EventKind
from desktop.domain.ballot import Ballot, BallotInput, InvalidInput, KeyedInput
from desktop.domain.doubleentry import DoubleEntry, Kept, compare
from desktop.domain.words import DEFAULT, say
from desktop.errors import ValidationError
from desktop.services.count_service import ChangeSet, CountService

DOUBLE = ChangeSet(double_entry=True)


def entry(service: CountService, stack: str) -> DoubleEntry | None:
    return service.double_entries.entries.get(stack)


def _entry(service: CountService, stack: str) -> DoubleEntry:
    found = entry(service, stack)
    if found is None:
        raise ValidationError("double_not_started", field="stack", stack=stack)
    return found


def _log(service: CountService, kind: str, data: dict[str, Any], timed: bool = True) -> None:
    """An event of the double entry; one that names a ballot carries no time (secrecy)."""
    service.commit(lambda count: count.log_many([(kind, data, timed)]), lambda: DOUBLE)


def eligible(service: CountService) -> list[str]:
    """Stacks that can be keyed a second time now: closed, keyed ballot by ballot, holding
    ballots, without a second entry."""
    return [s.name for s in service.keyed_stacks
            if s.closed and entry(service, s.name) is None]


def start(service: CountService, stack: str, operator: str) -> DoubleEntry:
    service.require_open()
    operator = operator.strip()
    if not operator:
        raise ValidationError("double_operator_missing", field="operator")
    found = next((s for s in service.stacks if s.name == stack), None)
    if found is None:
        raise ValidationError("stack_unknown", field="stack", stack=stack)
    if entry(service, stack) is not None:
        raise ValidationError("double_already_started", field="stack", stack=stack)
    if stack not in eligible(service):
        raise ValidationError("double_not_eligible", field="stack", stack=stack)
    if found.operator and found.operator.casefold() == operator.casefold():
        raise ValidationError("double_same_operator", field="operator", operator=operator,
                              stack=stack)
    numbers = [b.number for b in service.ballots(stack) if b.counts]
    _log(service, EventKind.DOUBLE_ENTRY_STARTED,
         {"stack": stack, "operator": operator, "numbers": numbers})
    return _entry(service, stack)


def key(service: CountService, stack: str, item: BallotInput) -> DoubleEntry:
    """Save the next ballot of the second entry; after the last one the comparison is made
    and recorded in the same transaction."""
    service.require_open()
    current = _entry(service, stack)
    position = current.next_position
    if position is None:
        raise ValidationError("double_complete", field="stack", stack=stack)
    ballot = service.build(current.number_at(position), item, stack)
    items: list[tuple[str, dict[str, Any], bool]] = [(EventKind.DOUBLE_KEYED, {
        "stack": stack, "position": position, "ballot": ballot.to_dict()}, False)]
    if position == current.size:
        keyed = (*current.keyed, ballot)
        stored = {b.number: b for b in service.ballots(stack)}
        differences = compare(DoubleEntry(stack, current.operator, current.numbers, keyed),
                              stored)
        items.append((EventKind.DOUBLE_COMPARED,
                      {"stack": stack, "differences": list(differences)}, False))
    service.commit(lambda count: count.log_many(items), lambda: DOUBLE)
    return _entry(service, stack)


def as_input(ballot: Ballot) -> BallotInput:
    if ballot.marks:
        return KeyedInput(ballot.marks, ballot.stack)
    assert ballot.reason is not None
    return InvalidInput(ballot.reason, ballot.note, ballot.stack)


def resolve(service: CountService, stack: str, position: int, kept: Kept, by: str,
            reason: str = "") -> DoubleEntry:
    """Record the committee's decision on one difference; keeping the second entry re-keys
    the stored ballot (``reason`` is the re-key's reason as the minutes print it)."""
    service.require_open()
    current = _entry(service, stack)
    by = by.strip()
    if not by:
        raise ValidationError("double_decider_missing", field="by")
    if position not in current.pending:
        raise ValidationError("double_no_difference", field="position", position=position,
                              stack=stack)
    number = current.number_at(position)
    data = {"stack": stack, "position": position, "number": number, "kept": kept.value,
            "by": by}
    if kept is Kept.FIRST:
        _log(service, EventKind.DOUBLE_RESOLVED, data, timed=False)
        return _entry(service, stack)
    # the reason is what the minutes print of this re-key: the window passes it in its
    # language; without one, the catalogue's words in the documents' default language
    reason = reason.strip() or say("double.rekey_reason", DEFAULT, stack=stack,
                                   operator=current.operator, by=by)
    # the re-key and the decision in one transaction, announced once
    service.edit_ballot(number, as_input(current.second_at(position)), reason,
                        also=(EventKind.DOUBLE_RESOLVED, data))
    return _entry(service, stack)


def discard(service: CountService, stack: str, reason: str) -> None:
    """Drop a second entry (e.g. keyed from the wrong stack) so it can be keyed again; the
    log keeps it. Decisions already carried out stay."""
    service.require_open()
    _entry(service, stack)
    if not reason.strip():
        raise ValidationError("reason_missing_discard", field="reason")
    _log(service, EventKind.DOUBLE_DISCARDED, {"stack": stack, "reason": reason.strip()})

