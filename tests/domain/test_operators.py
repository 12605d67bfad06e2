"""Operator figures from keying sessions: rates from stack and second-entry times, decisions
counted for and against each entry, spot-check differences to the first operator."""

from desktop.domain.audit import Event, EventKind
from desktop.domain.ballot import Ballot, BallotStatus
from desktop.domain.doubleentry import DoubleEntryBook
from desktop.domain.operators import figures
from desktop.domain.spotcheck import SpotCheck, SpotResult
from desktop.domain.stacks import Stack


def _e(kind: str, at: str | None, **data: object) -> Event:
    return Event(0, kind, dict(data), at)


def test_rates_come_from_sessions_and_decisions_from_the_log() -> None:
    day = "2026-11-28T08:"
    events = [
        _e(EventKind.STACK_OPENED, day + "00:00+00:00", name="A", expected=50),
        _e(EventKind.STACK_CLOSED, day + "05:00+00:00", name="A", reason=""),
        _e(EventKind.STACK_OPENED, day + "06:00+00:00", name="B", expected=30),
        _e(EventKind.STACK_CLOSED, day + "09:00+00:00", name="B", reason=""),
    ]
    book = DoubleEntryBook(3)
    book.apply(_e(EventKind.DOUBLE_ENTRY_STARTED, day + "10:00+00:00", stack="A",
                  operator="Minh", numbers=list(range(1, 51))))
    for n in range(1, 51):
        book.apply(_e(EventKind.DOUBLE_KEYED, None, stack="A", position=n,
                      ballot=Ballot(n, BallotStatus.VALID, (1, 1, 1)).to_dict()))
    book.apply(_e(EventKind.DOUBLE_COMPARED, day + "14:00+00:00", stack="A",
                  differences=[3, 7, 9]))
    for position, kept in ((3, "first"), (7, "second"), (9, "second")):
        book.apply(_e(EventKind.DOUBLE_RESOLVED, day + "15:00+00:00", stack="A",
                      position=position, number=position, kept=kept, by="Chủ tịch"))
    stacks = [Stack("A", 50, True, operator="Lan"), Stack("B", 30, True, operator="Lan"),
              Stack("C", 20, True, operator="Hà")]
    spot = SpotCheck(1, (5, 60), 80, (SpotResult(5, False), SpotResult(60, True)))
    lines = figures(events, stacks, {"A": 50, "B": 30, "C": 20}, {"C"}, book, spot,
                    {5: "A", 60: "B"})
    lan, minh = lines
    assert lan.name == "Lan" and (lan.first_stacks, lan.first_ballots) == (2, 80)
    assert lan.first_seconds == 480 and lan.per_minute == 10  # 80 ballots in 8 minutes
    assert minh.second_ballots == 50 and minh.per_minute == 12.5  # 50 in 4 minutes
    assert (lan.differences, lan.own_kept, lan.other_kept) == (3, 1, 2)
    assert (minh.differences, minh.own_kept, minh.other_kept) == (3, 2, 1)
    assert lan.spot_differences == 1 and minh.spot_differences == 0
    assert [line.name for line in lines] == ["Lan", "Minh"]  # C was counted by hand


def test_untimed_sessions_give_no_rate() -> None:
    lines = figures([], [Stack("A", 5, True, operator="Lan")], {"A": 5}, set(),
                    DoubleEntryBook(3), None, {})
    assert lines[0].first_ballots == 5 and lines[0].per_minute is None


def test_rates_count_only_timed_sessions_of_a_minute_or_more() -> None:
    day = "2026-11-28T09:"
    short = [_e(EventKind.STACK_OPENED, day + "00:00+00:00", name="A", expected=12),
             _e(EventKind.STACK_CLOSED, day + "00:30+00:00", name="A", reason="")]
    lines = figures(short, [Stack("A", 12, True, operator="Lan")], {"A": 12}, set(),
                    DoubleEntryBook(3), None, {})
    assert lines[0].per_minute is None  # 12 ballots in 30 s: too short to say anything
    mixed = [*short[:1], _e(EventKind.STACK_CLOSED, day + "02:00+00:00", name="A", reason=""),
             _e(EventKind.STACK_OPENED, None, name="B", expected=40),  # an older file: no time
             _e(EventKind.STACK_CLOSED, None, name="B", reason="")]
    lines = figures(mixed, [Stack("A", 12, True, operator="Lan"),
                            Stack("B", 40, True, operator="Lan")], {"A": 12, "B": 40}, set(),
                    DoubleEntryBook(3), None, {})
    assert lines[0].first_ballots == 52 and lines[0].per_minute == 6  # 12 in 2 min; B untimed
