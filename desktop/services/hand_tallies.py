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
        raise ValidationError("start a stack first, with the number of ballots it holds",
                              field="stack")
    if service.stack_entered(stack.name):
        raise ValidationError(f"stack {stack.name!r} already has ballots keyed one by one; a "
                              "hand-tally sheet replaces a whole stack", field="stack")
    sheet = HandTally(stack.name, valid, invalid, tuple(tuple(r) for r in rows))
    d = service.definition
    sheet.check([o.name for o in d.on_ballot], d.rules.levels)
    if sheet.ballots != stack.expected:
        raise ValidationError(f"the sheet counts {sheet.ballots} ballots; stack {stack.name!r} "
                              f"holds {stack.expected}", field="hand_tally")
    service.add_hand_tally(sheet)
    return sheet
