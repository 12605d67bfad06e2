"""A table file merges only into the very count it was made from: a rehearsal with the same
officials and rule set is another count; a table file cannot receive merges, and one that did
is refused (its inner table would count twice)."""

from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition


def master(path: Path) -> CountService:
    return CountService.create(path, make_definition(3), SEED_NUMBERS)


def keyed_table(master_count: CountService, path: Path, name: str) -> Path:
    tables.make_table_file(master_count, path, name)
    with CountService.open(path) as table:
        table.record_ballot((1, 2, 3))
    return path


def test_a_rehearsals_table_file_is_refused(tmp_path: Path) -> None:
    rehearsal = master(tmp_path / "rehearsal.kiemphieu")
    real = master(tmp_path / "real.kiemphieu")  # the same officials and rule set
    assert rehearsal.identity() != real.identity() and real.identity()
    table = keyed_table(rehearsal, tmp_path / "t.kiemphieu", "Bàn 1")
    with pytest.raises(ValidationError) as caught:
        tables.merge_table(real, table)
    assert caught.value.code == "table_file_foreign"
    assert real.entered == 0
    assert tables.merge_table(rehearsal, table).ballots == 1
    rehearsal.close()
    real.close()


def test_a_table_cannot_receive_merges_nor_bring_another_tables_ballots(
        tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    outer = keyed_table(count, tmp_path / "outer.kiemphieu", "Bàn 1")
    inner = keyed_table(count, tmp_path / "inner.kiemphieu", "Bàn 2")
    with CountService.open(outer) as table:
        with pytest.raises(ValidationError) as caught:
            tables.merge_table(table, inner)
        assert caught.value.code == "table_cannot_receive"
        with pytest.raises(ValidationError) as caught:
            tables.make_table_file(table, tmp_path / "t2.kiemphieu", "Bàn 3")
        assert caught.value.code == "table_file_of_a_table"
    assert tables.merge_table(count, inner).ballots == 1
    assert tables.merge_table(count, outer).ballots == 1
    assert count.entered == 2
    count.close()
