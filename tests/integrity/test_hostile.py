"""Hostile input: every rejection names the file and line, never a traceback, never a
partial import; a full disk keeps the ballot on the form and loses nothing saved."""

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.cli.main import main as cli
from desktop.errors import StorageError, ValidationError
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from desktop.ui.main_window import MainWindow
from tests.helpers import SEED_NUMBERS, make_definition
from tests.ui.conftest import type_keys

SQLITE = b"SQLite format 3\x00"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def count(tmp_path: Path) -> Path:
    path = tmp_path / "c.kiemphieu"
    service = CountService.create(path, make_definition(3), SEED_NUMBERS)
    service.record_ballot((1, 2, 3))
    service.close()
    return path


CASES = {
    "utf16": "111\n222\n".encode("utf-16"),
    "windows-1258": "111\ninvalid,other,Phiếu rách\n".encode("cp1258", errors="replace")
    .replace(b"?", b"\xd2"),
    "bom in the middle": b"111\n\xef\xbb\xbf222\n",
    "1 MB line": b"111\n" + b"1" * 1_000_000 + b"\n",
    "empty": b"",
    "extra column": b"111\n222,A,B\n",
    "nul bytes": b"111\n2\x0022\n",
    "wrong length": b"111\n11\n",
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_ballot_files_are_refused_whole(
    name: str, count: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ballots.csv"
    source.write_bytes(CASES[name])
    before = digest(count)
    assert cli(["import", str(count), str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kiemphieu import: {source}") and "Traceback" not in err
    assert digest(count) == before  # all or nothing: not one ballot of the file saved


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_never_a_counting_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.kiemphieu"
    path.write_bytes(data)
    with pytest.raises(StorageError):
        CountFile.open(path, read_only=True)
    path.write_bytes(SQLITE + data)
    with pytest.raises(StorageError):
        CountFile.open(path)
    assert path.read_bytes() == SQLITE + data


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_random_officials_files(data: bytes) -> None:
    from desktop.domain import importers

    try:
        importers.parse_officials_csv(importers.decode(data, "o.csv"), "o.csv")
    except ValidationError as exc:
        assert exc.file == "o.csv"
    try:
        importers.parse_officials_xlsx(data, "o.xlsx")
    except ValidationError as exc:
        assert exc.file == "o.xlsx"


def test_a_full_disk_keeps_the_ballot_on_the_form(qtbot: QtBot, tmp_path: Path) -> None:
    service = CountService.create(tmp_path / "full.kiemphieu", make_definition(5),
                                  SEED_NUMBERS)
    service.record_ballot((1, 1, 1, 1, 1))
    db = service._count.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: no page more
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    for _ in range(30):  # fill the last free space of the pages, then hit the wall
        type_keys(qtbot, window.form, "+2\n")
        if window.form.message.text().startswith("CHƯA LƯU"):
            break
    assert window.form.message.text().startswith("CHƯA LƯU")
    assert "full" in window.form.message.text()
    assert window.form.marks == (2, 2, 2, 2, 2)  # still there, to save again
    saved = service.entered
    db.execute("PRAGMA max_page_count = 1073741823")  # space again
    type_keys(qtbot, window.form, "\n")
    assert service.entered == saved + 1 and service.verify() == []


def test_a_huge_ballots_file_is_refused_without_being_read_whole(
        count: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.domain import import_limits

    source = tmp_path / "ballots.csv"
    with source.open("wb") as f:  # sparse: 1 byte past the limit, written in no time
        f.write(b"111\n")
        f.truncate(import_limits.BALLOTS_FILE_BYTES + 1)
    before = digest(count)
    assert cli(["import", str(count), str(source)]) == 2
    err = capsys.readouterr().err
    assert f"{source}: tệp lớn hơn 50 MB, giới hạn của một tệp phiếu" in err
    assert digest(count) == before
