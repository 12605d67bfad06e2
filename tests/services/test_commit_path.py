"""One commit path: every use case writes its change and its events in one transaction and
announces it exactly once, with the live state already up to date when it does."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.ballot import InvalidReason, KeyedInput
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers
from desktop.domain.doubleentry import Kept
from desktop.domain.rules import preset
from desktop.services import double_entry, hand_tallies, spot_checks, tables
from desktop.services.count_service import ChangeSet, CountService
from tests.helpers import make_definition, raises

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def service(tmp_path: Path) -> CountService:
    s = CountService.create(tmp_path / "c.kiemphieu", make_definition(3),
                            Numbers(40, 40, 40, 40, 40))
    return s


class Heard:
    """What ``changed`` announced, and what the service said when it did."""

    def __init__(self, service: CountService) -> None:
        self.service = service
        self.changes: list[ChangeSet] = []
        self.states: list[tuple[int, bool, int]] = []
        service.changed.connect(self._on_changed)

    def _on_changed(self, change: ChangeSet) -> None:
        s = self.service
        self.changes.append(change)
        self.states.append((s.entered, s.current_stack is None, len(s.events())))

    def once(self, action: Callable[[], object]) -> ChangeSet:
        before = len(self.changes)
        action()
        assert len(self.changes) == before + 1, self.changes[before:]
        return self.changes[-1]


def test_every_use_case_announces_once(service: CountService, tmp_path: Path) -> None:
    heard = Heard(service)
    s = service
    assert heard.once(lambda: s.record_ballot((1, 1, 1))).ballots == (1,)
    assert heard.once(lambda: s.record_invalid(InvalidReason.NAME_ADDED)).ballots == (2,)
    assert heard.once(lambda: s.record_many([KeyedInput((2, 2, 2))] * 3)).ballots == (3, 4, 5)
    assert heard.once(lambda: s.void_ballot(5, "nhầm")).ballots == (5,)
    assert heard.once(lambda: s.edit_ballot(4, KeyedInput((3, 3, 3)), "đọc lại")).ballots == (4,)
    assert heard.once(lambda: s.set_numbers(members=45)).numbers
    definition = replace(s.definition, place="Huế")
    assert heard.once(lambda: s.update_definition(definition)).definition
    change = heard.once(lambda: s.update_setup(replace(definition, place="Vinh"),
                                              replace(s.numbers, members=46)))
    assert change.definition and change.numbers
    assert heard.once(lambda: s.open_stack("A", 2, "Lan")).stacks
    heard.once(lambda: s.record_ballot((1, 2, 3)))
    # the ballot that fills the stack closes it: one commit, one announcement, the stack
    # already closed when the views hear of it
    change = heard.once(lambda: s.record_ballot((1, 2, 3)))
    assert change.stacks and change.ballots == (7,) and heard.states[-1][1]
    assert s.stacks[0].closed and [e.kind for e in s.events()][-2:] == [
        "ballot_recorded", "stack_closed"]
    assert heard.once(lambda: s.open_stack("B", 3)).stacks
    assert heard.once(lambda: s.close_stack("rách một tờ")).stacks
    assert heard.once(lambda: s.open_stack("Tay", 2)).stacks
    change = heard.once(lambda: hand_tallies.record(s, 2, 0, [[2, 0, 0, 0, 0]] * 3))
    assert change.stacks and heard.states[-1][1]  # the sheet closed its stack, same commit
    assert heard.once(lambda: spot_checks.start(s, 2, 1)).spot_check
    number = s.spot_check.remaining[0]  # type: ignore[union-attr]
    assert heard.once(lambda: spot_checks.rekey(s, number, KeyedInput((1, 1, 1)))).spot_check
    assert heard.once(lambda: double_entry.start(s, "A", "Minh")).double_entry
    heard.once(lambda: double_entry.key(s, "A", KeyedInput((1, 2, 3))))
    assert heard.once(lambda: double_entry.key(s, "A", KeyedInput((1, 2, 2)))).double_entry
    change = heard.once(lambda: double_entry.resolve(s, "A", 2, Kept.SECOND, "Chủ tịch"))
    assert change.ballots == (7,) and change.double_entry
    assert heard.once(lambda: double_entry.discard(s, "A", "nhầm tập")).double_entry
    table_path = tmp_path / "t.kiemphieu"
    tables.make_table_file(s, table_path, "Bàn 2")  # another file: nothing to announce here
    with CountService.open(table_path) as table:
        table.record_ballot((3, 3, 3))
    assert heard.once(lambda: tables.merge_table(s, table_path)).tables
    heard.once(lambda: s.set_numbers(collected=s.entered, issued=s.entered))
    acks = [Acknowledgement(c.code, "Chủ tịch", "đã xem") for c in s.checks()]
    assert heard.once(lambda: s.close_count(acks)).closure and s.closed
    assert heard.once(lambda: s.reopen("đọc nhầm")).closure and not s.closed
    # the status bar's fingerprint is right after every announcement: each one heard the
    # log as it was after its own commit
    assert [n for _, _, n in heard.states] == sorted(n for _, _, n in heard.states)
    assert s.verify() == []


def test_a_refused_change_announces_nothing_and_writes_nothing(service: CountService) -> None:
    heard = Heard(service)
    events = len(service.events())
    with raises("number_order"):
        service.set_numbers(collected=41)  # more than issued
    with raises("ballot_unknown"):
        service.void_ballot(1, "no such ballot")
    service.open_stack("A", 1)
    service._count.db.execute("PRAGMA query_only=1")  # the disk refuses the next write
    with raises("file_read_only_here"):
        service.record_ballot((1, 1, 1))
    service._count.db.execute("PRAGMA query_only=0")
    assert len(heard.changes) == 1  # the stack only
    assert len(service.events()) == events + 1 and service.entered == 0
    assert service.current_stack is not None and service.verify() == []


def test_nothing_outside_the_services_touches_the_storage_object() -> None:
    """Only desktop/services holds the counting file (CountFile); no other module imports
    the repository or reaches for the service's storage attribute."""
    offenders = []
    for path in DESKTOP.rglob("*.py"):
        relative = path.relative_to(DESKTOP)
        if relative.parts[0] in ("services", "storage"):
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("desktop.storage"):
                offenders.append(f"{relative}: imports {node.module}")
            if isinstance(node, ast.Attribute) and node.attr in ("_count", "count_file"):
                offenders.append(f"{relative}: .{node.attr}")
    assert offenders == []


def test_a_double_keyed_table_file_is_refused_by_the_rules_not_by_words(
    tmp_path: Path
) -> None:
    rules = replace(preset("party-96"), double_entry=True)
    master = CountService.create(tmp_path / "m.kiemphieu", make_definition(3, rule_set=rules),
                                 Numbers(10, 10, 10, 10, 10))
    tables.make_table_file(master, tmp_path / "t.kiemphieu", "Bàn 1")
    with CountService.open(tmp_path / "t.kiemphieu") as table:
        table.open_stack("1", 1)
        table.record_ballot((1, 1, 1))
    with raises("table_file_not_double_keyed"):
        tables.merge_table(master, tmp_path / "t.kiemphieu")
    master.close()
