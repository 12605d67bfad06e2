"""One damaged table file among good ones: each file is merged or refused on its own, the
damaged one with its reason and its name, from the command line and from the window."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
from desktop.services import tables
from desktop.services.count_service import CountService
from desktop.ui import table_actions
from tests.helpers import SEED_NUMBERS, lift_append_only, make_definition, restore_append_only


def keyed_tables(folder: Path) -> tuple[Path, list[Path]]:
    """A master and four table files of 2 ballots each (Bàn 1–4), the master closed."""
    path = folder / "m.kiemphieu"
    with CountService.create(path, make_definition(3), SEED_NUMBERS) as master:
        files = []
        for i in range(1, 5):
            table = tables.make_table_file(master, folder / f"ban{i}.kiemphieu", f"Bàn {i}")
            with CountService.open(table) as count:
                count.record_ballot((1, 2, 3))
                count.record_ballot((3, 2, 1))
            files.append(table)
    return path, files


def damage(ban2: Path, ban3: Path, garbage: Path) -> None:
    """Bàn 2: a mark that names no official; Bàn 3: an audit event that is not JSON; and a
    file of 4 kB of noise named like a counting file."""
    conn = sqlite3.connect(ban2)
    conn.execute("UPDATE marks SET official_id = 99 WHERE ballot_id = 1 AND official_id = 1")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(ban3)
    saved = lift_append_only(conn)
    conn.execute("UPDATE events SET data = '{\"marks\": ' WHERE seq = (SELECT max(seq) "
                 "FROM events)")
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()
    garbage.write_bytes(bytes(range(256)) * 16)


def test_the_command_line_merges_the_good_files_and_names_each_damaged_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    master, (ban1, ban2, ban3, ban4) = keyed_tables(tmp_path)
    garbage = tmp_path / "noise.kiemphieu"
    damage(ban2, ban3, garbage)
    code = cli(["merge", str(master), str(ban1), str(ban2), str(garbage), str(ban3),
                str(ban4), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "✓ " + str(ban1) + ": table “Bàn 1”: 2 ballots added as numbers 1–2" in out
    assert "✓ " + str(ban4) + ": table “Bàn 4”: 2 ballots added as numbers 3–4" in out
    refusals = err.splitlines()
    assert len(refusals) == 3 and "a bug" not in err
    assert refusals[0] == (f"kiemphieu merge: ✗ {ban2}: NOT merged — ban2.kiemphieu is damaged: "
                           "table marks, row 1/99, column official_id: there is no official 99 "
                           "on the ballot; use the latest backup")
    assert refusals[1] == (f"kiemphieu merge: ✗ {garbage}: NOT merged — noise.kiemphieu is "
                           "not a counting file (it is not an SQLite database)")
    assert refusals[2] == (f"kiemphieu merge: ✗ {ban3}: NOT merged — ban3.kiemphieu is damaged: "
                           "table events, row 4, column data: not readable JSON; use the latest "
                           "backup")
    with CountService.open(master, read_only=True) as count:
        assert [t.name for t in count.merged_tables] == ["Bàn 1", "Bàn 4"]
        assert count.entered == 4 and count.verify() == []


def test_the_window_merges_the_good_files_and_names_each_damaged_one(
        qtbot: QtBot, tmp_path: Path) -> None:
    master, (ban1, ban2, ban3, ban4) = keyed_tables(tmp_path)
    garbage = tmp_path / "noise.kiemphieu"
    damage(ban2, ban3, garbage)
    with CountService.open(master) as count:
        report = table_actions.merge_table_files(count, None, [ban1, ban2, garbage, ban3, ban4])
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "mergeReport":
                widget.close()
        assert report[0].startswith("✓ ban1.kiemphieu: bàn “Bàn 1”: thêm 2 phiếu, số 1–2")
        assert report[1] == ("✗ ban2.kiemphieu: KHÔNG nhập — ban2.kiemphieu đã hỏng: bảng marks, "
                             "dòng 1/99, cột official_id: không có người số 99 trên phiếu; dùng "
                             "bản sao lưu gần nhất")
        assert report[2].startswith("✗ noise.kiemphieu: KHÔNG nhập — noise.kiemphieu không "
                                    "phải tệp kiểm phiếu")
        assert report[3] == ("✗ ban3.kiemphieu: KHÔNG nhập — ban3.kiemphieu đã hỏng: bảng events, "
                             "dòng 4, cột data: không phải JSON đọc được; dùng bản sao lưu gần "
                             "nhất")
        assert report[4].startswith("✓ ban4.kiemphieu: bàn “Bàn 4”: thêm 2 phiếu, số 3–4")
        assert report[5] == ("Tệp chính có 0 phiếu trước khi nhập và 4 phiếu bây giờ: nhập 2 "
                             "tệp, từ chối 3 tệp; ngoài ra không có gì thay đổi.")
        assert count.entered == 4
