"""Operator figures, for the committee to organise the work (not to blame anyone): how fast
each operator keyed and how many differences showed in what they keyed.

Speed comes from keying sessions, never from per-ballot times (ballot events carry none): a
stack from its opening to its closing, a second entry from its start to its comparison. The
time includes pauses, so the rate is what the room achieved, not a typing speed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.audit import Event, EventKind
from desktop.domain.doubleentry import DoubleEntryBook, Kept
from desktop.domain.spotcheck import SpotCheck
from desktop.domain.stacks import Stack, keyed_by_ballot

UNNAMED = ""  # stacks opened without an operator's name are gathered under this key
MIN_TIMED_SECONDS = 60  # times are stored to the second: a shorter session gives no rate


@dataclass
class OperatorFigures:
    name: str
    first_stacks: int = 0
    first_ballots: int = 0
    first_seconds: float = 0.0
    second_stacks: int = 0
    second_ballots: int = 0
    second_seconds: float = 0.0
    differences: int = 0  # differences found in stacks this operator keyed (either entry)
    own_kept: int = 0  # decided in favour of this operator's entry
    other_kept: int = 0  # decided in favour of the other operator's entry
    spot_differences: int = 0  # spot-check differences on ballots this operator keyed first
    first_ballots_timed: int = 0  # the ballots of the sessions whose times are known
    second_ballots_timed: int = 0

    @property
    def ballots(self) -> int:
        return self.first_ballots + self.second_ballots

    @property
    def seconds(self) -> float:
        return self.first_seconds + self.second_seconds

    @property
    def per_minute(self) -> float | None:
        """Ballots keyed per minute over the timed sessions; None under a minute of them."""
        timed = self.first_ballots_timed + self.second_ballots_timed
        if self.seconds < MIN_TIMED_SECONDS or not timed:
            return None
        return timed * 60 / self.seconds


def _seconds(start: str | None, end: str | None) -> float:
    if not start or not end:
        return 0.0
    try:
        return max((datetime.fromisoformat(end) - datetime.fromisoformat(start))
                   .total_seconds(), 0.0)
    except ValueError:
        return 0.0


def figures(events: Iterable[Event], stacks: list[Stack], stack_counts: dict[str, int],
            hand_counted: set[str], book: DoubleEntryBook, spot: SpotCheck | None,
            ballot_stacks: dict[int, str]) -> list[OperatorFigures]:
    """One line per operator, in the order they first keyed; ``ballot_stacks`` maps ballot
    numbers to stacks (for the spot check)."""
    opened: dict[str, str | None] = {}
    closed: dict[str, str | None] = {}
    for e in events:
        if e.kind == EventKind.STACK_OPENED:
            opened[str(e.data["name"])] = e.at
        elif e.kind == EventKind.STACK_CLOSED:
            closed[str(e.data["name"])] = e.at
    out: dict[str, OperatorFigures] = {}

    def line(name: str) -> OperatorFigures:
        return out.setdefault(name, OperatorFigures(name))

    first_of: dict[str, str] = {}
    for stack in keyed_by_ballot(stacks, stack_counts, hand_counted):
        first_of[stack.name] = stack.operator
        who = line(stack.operator)
        who.first_stacks += 1
        who.first_ballots += stack_counts[stack.name]
        seconds = _seconds(opened.get(stack.name), closed.get(stack.name)) if stack.closed else 0
        if seconds:
            who.first_seconds += seconds
            who.first_ballots_timed += stack_counts[stack.name]
    for entry in book.entries.values():
        second = line(entry.operator)
        if entry.compared:
            second.second_stacks += 1
            second.second_ballots += entry.size
            seconds = _seconds(entry.started_at, entry.compared_at)
            if seconds:
                second.second_seconds += seconds
                second.second_ballots_timed += entry.size
        first = line(first_of.get(entry.stack, UNNAMED))
        found = len(entry.differences or ())
        first.differences += found
        second.differences += found
        first.own_kept += entry.kept(Kept.FIRST)
        first.other_kept += entry.kept(Kept.SECOND)
        second.own_kept += entry.kept(Kept.SECOND)
        second.other_kept += entry.kept(Kept.FIRST)
    if spot is not None:
        for result in spot.results:
            if not result.matched:
                stack_name = ballot_stacks.get(result.number, "")
                line(first_of.get(stack_name, UNNAMED)).spot_differences += 1
    return list(out.values())
