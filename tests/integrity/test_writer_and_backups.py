"""One writer per file; rolling backups made with SQLite's backup API."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.cli.main import main as cli
from desktop.errors import StorageError
from desktop.services.count_service import CountService
from desktop.services.safety import BackupPolicy, WriterLock, backup_folder
from desktop.storage.repository import CountFile
from desktop.storage.verify import verify
from tests.helpers import SEED_NUMBERS, english, make_definition, raises_words


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "w.kiemphieu"
    CountService.create(p, make_definition(3), SEED_NUMBERS).close()
    return p


def test_a_second_writer_gets_the_file_read_only(qtbot: QtBot, path: Path) -> None:
    first = CountService.open(path)
    with raises_words(kind=StorageError, pattern="is open for writing in"):
        CountService.open(path)
    window = app.create_window(path)  # the window falls back to reading
    qtbot.addWidget(window)
    assert window.service.read_only and window.service.held_by  # type: ignore[attr-defined]
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "đang được mở để ghi" in banner.text()
    assert not window.form.isEnabled()  # type: ignore[attr-defined]
    window.close()
    first.close()
    again = CountService.open(path)  # released: writable again
    assert not again.read_only
    again.close()


def test_a_lock_left_by_a_dead_process_is_taken_over(path: Path) -> None:
    code = ("import sys; from desktop.services.safety import WriterLock; from pathlib import "
            "Path; lock = WriterLock(Path(sys.argv[1])); assert lock.acquire(); "
            "import os; os._exit(0)")  # dies holding the lock
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(f"{path}.lock").exists()
    service = CountService.open(path)
    assert not service.read_only
    service.close()
    assert not WriterLock(path).path.exists() or WriterLock(path).acquire()


def test_rolling_backups_are_consistent_and_pruned(path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    service = CountService.open(path)
    service.policy = BackupPolicy(every=3, keep=2, second_folder=usb)
    for _ in range(10):
        service.record_ballot((1, 2, 3))
        service.backups.wait()  # an operator takes longer than a backup between ballots
    for folder in (backup_folder(path), usb):
        files = sorted(folder.glob("*.kiemphieu"))
        assert len(files) == 2, folder
        newest = CountFile.open(files[-1], read_only=True)  # a backup is a counting file
        assert verify(newest) == [] and newest.entered() >= 9
        newest.close()
    assert service.backup_error is None
    service.close()


def test_backup_now_carries_what_is_still_in_the_wal(path: Path, tmp_path: Path) -> None:
    service = CountService.open(path)
    service.policy = BackupPolicy(every=0)
    service.record_ballot((3, 3, 3))  # committed to the WAL, not yet to the main file
    assert Path(f"{path}-wal").stat().st_size > 0
    assert cli(["backup", str(path), str(tmp_path)]) == 0
    copy = CountFile.open(tmp_path / path.name, read_only=True)
    assert copy.entered() == 1 and verify(copy) == []
    copy.close()
    service.close()


def test_a_backup_that_fails_never_fails_the_save(path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    service = CountService.open(path)
    service.policy = BackupPolicy(every=1, keep=2, second_folder=blocker / "sub")
    ballot = service.record_ballot((1, 1, 1))
    service.backups.wait()
    assert ballot.number == 1 and service.entered == 1
    error = service.backup_error
    assert isinstance(error, StorageError) and error.code == "backup_folder_unwritable"
    assert "cannot be made" in english(error)
    service.close()
