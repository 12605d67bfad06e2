"""Counting tables: table files, merging, refusals, and consolidation = keying in one file."""

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop.cli.main import main as cli
from desktop.domain.ballot import BLANK, MULTIPLE, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.count import Numbers
from desktop.errors import ValidationError
from desktop.render import minutes
from desktop.services import tables
from desktop.services.count_service import CountService
from tests.helpers import make_definition, raises_words

NUMBERS = Numbers(500, 500, 400, 400, 300)


def master_at(path: Path, officials: int = 3) -> CountService:
    return CountService.create(path, make_definition(officials), NUMBERS)


def key(path: Path, items: list[object]) -> None:
    table = CountService.open(path)
    table.record_many(items)  # type: ignore[arg-type]
    table.close()


def test_three_tables_merged_a_duplicate_and_a_foreign_file_refused(tmp_path: Path) -> None:
    master = master_at(tmp_path / "master.kiemphieu")
    files = {}
    for name, marks in (("Bàn 1", (1, 2, 3)), ("Bàn 2", (3, 3, 3)), ("Bàn 3", (1, 1, 0))):
        files[name] = tables.make_table_file(master, tmp_path / f"{name}.kiemphieu", name)
        key(files[name], [KeyedInput(marks)] * 4 + [InvalidInput(InvalidReason.NAME_ADDED)])
    merged = [tables.merge_table(master, files[n]) for n in ("Bàn 1", "Bàn 2", "Bàn 3")]
    assert [(m.name, m.first, m.last, m.ballots) for m in merged] == [
        ("Bàn 1", 1, 5, 5), ("Bàn 2", 6, 10, 5), ("Bàn 3", 11, 15, 5)]
    with raises_words(kind=ValidationError, pattern="already merged"):
        tables.merge_table(master, files["Bàn 2"])
    other = master_at(tmp_path / "other.kiemphieu", officials=4)
    foreign = tables.make_table_file(other, tmp_path / "foreign.kiemphieu", "Bàn 9")
    key(foreign, [KeyedInput((1, 1, 1, 1))])
    with raises_words(kind=ValidationError, pattern="belongs to another count"):
        tables.merge_table(master, foreign)
    with raises_words(kind=ValidationError, pattern="is not a counting table's file"):
        tables.merge_table(master, other.path)
    assert master.entered == 15 and master.tally.level_count(0, 3) == 4
    assert master.tally.level_count(2, 3) == 8 and master.tally.invalid == 3
    assert [b.stack for b in master.ballots()][::5] == ["Bàn 1", "Bàn 2", "Bàn 3"]
    assert master.verify() == []
    data = master.minutes_data()
    assert [(t.name, t.ballots, t.valid, t.invalid) for t in data.tables] == [
        ("Bàn 1", 5, 4, 1), ("Bàn 2", 5, 4, 1), ("Bàn 3", 5, 4, 1)]
    minutes.write_pdf(tmp_path / "m.pdf", data)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(tmp_path / "m.pdf")).pages)
    assert "Kiểm phiếu tại các bàn" in text and "Bàn 2 6–10 5 4 1" in text


def test_a_table_file_edited_outside_the_program_is_refused(tmp_path: Path) -> None:
    master = master_at(tmp_path / "master.kiemphieu")
    table = tables.make_table_file(master, tmp_path / "t.kiemphieu", "Bàn 1")
    key(table, [KeyedInput((1, 1, 1))] * 3)
    conn = sqlite3.connect(table)
    conn.execute("UPDATE marks SET state = 3")
    conn.commit()
    conn.close()
    with raises_words(kind=ValidationError, pattern="does not match its own audit log"):
        tables.merge_table(master, table)
    assert master.entered == 0


STATES = st.sampled_from([1, 2, 3, BLANK, MULTIPLE])


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.tuples(STATES, STATES, STATES),
                          st.sampled_from(list(InvalidReason)[:3])), min_size=1, max_size=25),
       st.integers(1, 4), st.data())
def test_any_split_across_tables_gives_the_results_of_one_file(
    tmp_path_factory: pytest.TempPathFactory, ballots: list[object], k: int,
    data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("split")
    items = [KeyedInput(b) if isinstance(b, tuple) else InvalidInput(b) for b in ballots]
    single = master_at(folder / "single.kiemphieu")
    single.record_many(items)  # type: ignore[arg-type]
    master = master_at(folder / "master.kiemphieu")
    assignment = [data.draw(st.integers(0, k - 1)) for _ in items]
    for t in range(k):
        share = [item for item, a in zip(items, assignment, strict=True) if a == t]
        if not share:
            continue
        path = tables.make_table_file(master, folder / f"t{t}.kiemphieu", f"Bàn {t + 1}")
        key(path, share)
        tables.merge_table(master, path)
    assert master.tally.rows == single.tally.rows
    assert (master.tally.valid, master.tally.invalid) == (single.tally.valid,
                                                          single.tally.invalid)
    assert [r.percents for r in master.results()] == [r.percents for r in single.results()]
    assert master.verify() == []
    master.close()
    single.close()


def test_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    master = master_at(tmp_path / "m.kiemphieu")
    master.close()
    for name in ("A", "B"):
        assert cli(["table-file", str(tmp_path / "m.kiemphieu"), str(tmp_path / f"{name}.kp"),
                    "--table", name]) == 0
        assert cli(["add", str(tmp_path / f"{name}.kp"), "123"]) == 0
    code = cli(["merge", str(tmp_path / "m.kiemphieu"), str(tmp_path / "A.kp"),
                str(tmp_path / "A.kp"), str(tmp_path / "B.kp"), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2 and "was already merged" in err
    assert "table “A”: 1 ballots added" in out and "table “B”: 1 ballots added" in out
    assert cli(["verify", str(tmp_path / "m.kiemphieu")]) == 0
    capsys.readouterr()
    assert cli(["results", str(tmp_path / "m.kiemphieu"), "--table", "B", "--format",
                "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ballots"] == {"valid": 1, "invalid": 0}
    assert [o["counts"] for o in data["officials"]] == [
        {"1": 1, "2": 0, "3": 0, "blank": 0, "multiple": 0},
        {"1": 0, "2": 1, "3": 0, "blank": 0, "multiple": 0},
        {"1": 0, "2": 0, "3": 1, "blank": 0, "multiple": 0}]
    assert cli(["results", str(tmp_path / "m.kiemphieu"), "--table", "Z"]) == 2
    assert "chưa nhập bàn “Z”; các bàn đã nhập: A, B" in capsys.readouterr().err
