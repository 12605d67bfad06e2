"""A merge touches nothing in the master but the table's ballots and its record: not the
master's open stack."""

from pathlib import Path

from desktop.domain.ballot import InvalidInput, InvalidReason, KeyedInput
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition


def master(path: Path) -> CountService:
    return CountService.create(path, make_definition(3), SEED_NUMBERS)


def keyed_table(count: CountService, path: Path, name: str, valid: int,
                invalid: int = 0) -> Path:
    tables.make_table_file(count, path, name)
    with CountService.open(path) as table:
        table.record_many([KeyedInput((1, 2, 3))] * valid
                          + [InvalidInput(InvalidReason.NAME_ADDED)] * invalid)
    return path


def test_a_merge_leaves_the_masters_open_stack_as_it_was(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    eight = keyed_table(count, tmp_path / "a.kiemphieu", "Bàn 1", 8)
    nine = keyed_table(count, tmp_path / "b.kiemphieu", "Bàn 2", 9)
    count.open_stack("Chồng 1", 10)
    count.record_ballot((1, 1, 1))
    count.record_ballot((1, 1, 1))
    assert tables.merge_table(count, eight).ballots == 8  # the stack's 8 places left
    assert tables.merge_table(count, nine).ballots == 9  # more than the stack's room
    stack = count.current_stack
    assert stack is not None and stack.name == "Chồng 1" and not stack.closed
    assert count.stack_entered("Chồng 1") == 2
    assert [b.stack for b in count.ballots()] == ["Chồng 1"] * 2 + ["Bàn 1"] * 8 + \
        ["Bàn 2"] * 9
    assert count.verify() == []
    count.close()
