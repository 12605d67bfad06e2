"""Entering a stack counted by hand: the open stack's per-official totals from the tally
sheet, checked (per official: levels + invalid rows = valid ballots of the stack; valid +
invalid = the stack's counted size), then stored in place of ballot-by-ballot keying."""

from __future__ import annotations

from desktop.domain.handtally import HandTally
from desktop.errors import ValidationError
from desktop.services.count_service import CountService


def record(service: CountService, valid: int, invalid: int,
           rows: list[list[int]]) -> HandTally:
    stack = service.current_stack
    if stack is None:
        raise ValidationError("hand_needs_stack", field="stack")
    if service.stack_entered(stack.name):
        raise ValidationError("hand_stack_keyed", field="stack", stack=stack.name)
    sheet = HandTally(stack.name, valid, invalid, tuple(tuple(r) for r in rows))
    d = service.definition
    sheet.check([o.name for o in d.on_ballot], d.rules.levels)
    if sheet.ballots != stack.expected:
        raise ValidationError("hand_sheet_size", field="hand_tally", ballots=sheet.ballots,
                              stack=stack.name, expected=stack.expected)
    service.add_hand_tally(sheet)
    return sheet
