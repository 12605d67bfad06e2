"""Operator figures gathered from the counting file (see domain/operators.py)."""

from __future__ import annotations

from desktop.domain.audit import EventKind
from desktop.domain.operators import OperatorFigures, figures
from desktop.services.count_service import CountService


def operator_figures(service: CountService) -> tuple[list[OperatorFigures], int]:
    """The figures per operator, and how many counted ballots were keyed outside any stack
    (no operator is known for them)."""
    events = service.events_of(EventKind.STACK_OPENED, EventKind.STACK_CLOSED)
    spot = service.spot_check
    ballot_stacks = ({b.number: b.stack for b in service.ballots()}
                     if spot is not None and spot.differences else {})
    hand = {h.stack for h in service.hand_tallies}
    counts = {s.name: service.stack_entered(s.name) for s in service.stacks}
    lines = figures(events, service.stacks, counts, hand, service.double_entries, spot,
                    ballot_stacks)
    outside = service.entered - sum(counts.values())
    return lines, max(outside, 0)
