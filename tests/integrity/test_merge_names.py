"""A stack's or a table's name is one name whatever the keyboard made of it (NFC or NFD, case,
spaces), and the master's own stacks and its merged tables share one set of names: a table
whose name is already a stack's (or another table's) is refused, naming the clash, since the
same name on two sets of ballots would mix their subtotals on the minutes and most often means
the same paper was keyed twice. The committee may merge it under another name on purpose
(``merge --as``)."""

import unicodedata
from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.errors import ValidationError
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, english, make_definition

NFC = "Bàn 1"
NFD = unicodedata.normalize("NFD", NFC)


def master(path: Path) -> CountService:
    return CountService.create(path, make_definition(3), SEED_NUMBERS)


def keyed_table(count: CountService, path: Path, name: str, ballots: int) -> Path:
    tables.make_table_file(count, path, name)
    with CountService.open(path) as table:
        for _ in range(ballots):
            table.record_ballot((1, 2, 3))
    return path


def refused(count: CountService, path: Path, code: str) -> str:
    before = count.entered
    with pytest.raises(ValidationError) as caught:
        tables.merge_table(count, path)
    assert caught.value.code == code
    assert count.entered == before
    return english(caught.value)


def test_the_masters_own_stack_and_a_table_of_the_same_name_do_not_mix(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    path = keyed_table(count, tmp_path / "t.kiemphieu", NFC, 3)
    count.open_stack(NFC, 2)  # the master keys a stack it also calls "Bàn 1"
    count.record_ballot((3, 3, 3))
    count.record_ballot((3, 3, 3))
    assert "table “Bàn 1” has the name of this count's own stack “Bàn 1”" in refused(
        count, path, "table_name_is_a_stack")
    merged = tables.merge_table(count, path, name="Bàn 1 (máy bàn)")  # on purpose
    assert (merged.name, merged.first, merged.last) == ("Bàn 1 (máy bàn)", 3, 5)
    data = count.minutes_data()
    assert [(t.name, t.ballots, t.valid) for t in data.tables] == [("Bàn 1 (máy bàn)", 3, 3)]
    assert count.stack_entered(NFC) == 2
    assert [b.stack for b in count.ballots()] == [NFC] * 2 + ["Bàn 1 (máy bàn)"] * 3
    assert count.verify() == []
    count.close()


def test_names_equal_after_normalisation_are_one_name(tmp_path: Path) -> None:
    count = master(tmp_path / "m.kiemphieu")
    first = keyed_table(count, tmp_path / "a.kiemphieu", NFC, 2)
    second = keyed_table(count, tmp_path / "b.kiemphieu", f"  {NFD.lower()}  ", 1)
    with CountService.open(second, read_only=True) as table:
        assert table.table_info is not None and table.table_info.name == "bàn 1"  # NFC, trimmed
    assert tables.merge_table(count, first).ballots == 2
    assert "table “Bàn 1” is already merged" in refused(
        count, second, "table_name_merged_already")
    with pytest.raises(ValidationError) as caught:
        count.open_stack(NFD, 5)
    assert caught.value.code == "stack_is_a_table"
    with pytest.raises(ValidationError) as caught:
        tables.make_table_file(count, tmp_path / "c.kiemphieu", f"{NFD} ")
    assert caught.value.code == "table_name_merged_already"
    count.open_stack("Chồng  A", 5)
    assert count.stacks[-1].name == "Chồng A"
    count.record_ballot((1, 1, 1))
    count.close_stack("hết phiếu")
    with pytest.raises(ValidationError) as caught:
        count.open_stack(unicodedata.normalize("NFD", "chồng a"), 5)
    assert caught.value.code == "stack_exists"
    with pytest.raises(ValidationError) as caught:
        tables.make_table_file(count, tmp_path / "d.kiemphieu", "CHỒNG A")
    assert caught.value.code == "table_name_is_a_stack"
    assert tables.table_tally(count, NFD.upper()).entered == 2
    count.close()


def test_merge_as_another_name_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = master(tmp_path / "m.kiemphieu")
    a = keyed_table(count, tmp_path / "a.kiemphieu", NFC, 2)
    b = keyed_table(count, tmp_path / "b.kiemphieu", "Bàn 2", 1)
    count.open_stack(NFD, 1)
    count.record_ballot((2, 2, 2))
    count.close()
    m = str(tmp_path / "m.kiemphieu")
    assert cli(["merge", m, str(a), str(b), "--as", "X", "--lang", "en"]) == 2
    assert "--as names one table: give one TABLE file" in capsys.readouterr().err
    assert cli(["merge", m, str(a), "--lang", "en"]) == 2
    assert "has the name of this count's own stack “Bàn 1”" in capsys.readouterr().err
    assert cli(["merge", m, str(a), "--as", "Bàn 1 (máy)", "--lang", "en"]) == 0
    assert "table “Bàn 1 (máy)”: 2 ballots added as numbers 2–3" in capsys.readouterr().out
