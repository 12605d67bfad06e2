"""A counting file damaged by an outside editor or a failing disk is refused with a sentence
that names the place (table, row, column; the event), or verify reports the difference:
never a traceback (the command line's exit code 70), never a hang, on any command."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.cli.main import EXIT_BUG, main
from desktop.domain.words import Lang
from desktop.errors import DesktopError
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from tests.integrity.damage import ROW_EDITS, edit, make_count, overwrite


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_count(tmp_path_factory.mktemp("original") / "c.kiemphieu")


def copy_of(original: Path, folder: Path) -> Path:
    path = folder / "c.kiemphieu"
    shutil.copyfile(original, path)
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    rc = main([*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    return rc, out + err


def test_the_original_is_intact(original: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    rc, said = run(["verify", str(copy_of(original, tmp_path))], capsys)
    assert rc == 0, said


@pytest.mark.parametrize("case", list(ROW_EDITS))
def test_a_damaged_row_is_named_not_a_traceback(
        case: str, original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    statements, named = ROW_EDITS[case]
    path = copy_of(original, tmp_path)
    edit(path, *statements)
    rc, said = run(["verify", str(path)], capsys)
    assert rc in (1, 2) and "internal error" not in said, said
    assert named.lower() in said.lower(), said
    for argv in (["results", str(path)], ["minutes", str(path), "--pdf", str(tmp_path / "m.pdf")]):
        rc, said = run(argv, capsys)
        assert rc != EXIT_BUG and "internal error" not in said, said
        if rc == 2:
            assert named.lower() in said.lower(), said
    for read_only in (True, False):
        try:
            CountService.open(path, read_only=read_only).close()
        except DesktopError as exc:
            assert exc.code != "file_unusable", exc  # a sentence of ours, not SQLite's


def test_the_window_says_the_same_sentence(
        qtbot: QtBot, original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = copy_of(original, tmp_path)
    edit(path, *ROW_EDITS["mark state 99"][0])
    gui = app.Gui(Lang.VI)
    assert gui.open(path) is False and gui.windows == []
    assert shown == ["c.kiemphieu đã hỏng: bảng marks, dòng 1/1, cột state: “99” không phải một "
                     "trong: 0, 1, 2, 3, 10; dùng bản sao lưu gần nhất"]
    assert not path.with_name("c.kiemphieu-wal").exists()  # closed again, nothing left open


@pytest.mark.parametrize("seed", range(50))
def test_random_bytes_over_the_pages_are_refused_or_verified(
        seed: int, original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy_of(original, tmp_path)
    at = overwrite(path, random.Random(seed))
    rc, said = run(["verify", str(path)], capsys)
    assert rc != EXIT_BUG and "internal error" not in said, (at, said)
    rc, said = run(["results", str(path)], capsys)
    assert rc != EXIT_BUG and "internal error" not in said, (at, said)
    try:
        CountFile.open(path, read_only=True).close()
    except DesktopError as exc:
        assert exc.code != "file_unusable", (at, exc)


@pytest.mark.parametrize("case", ["closing key missing", "spot check numbers a string"])
def test_a_damaged_event_names_its_file(case: str, original: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    statements, named = ROW_EDITS[case]
    path = copy_of(original, tmp_path)
    edit(path, *statements)
    for argv in (["results", str(path)], ["minutes", str(path), "--pdf", str(tmp_path / "m.pdf")]):
        rc, said = run(argv, capsys)
        if rc == 2:
            assert f"{path.name}: " in said and named.lower() in said.lower(), said
