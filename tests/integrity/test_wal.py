"""The write-ahead log: acknowledged ballots still in ``-wal`` are never left out of what is
shown, a ``-wal`` that belongs to another state of the file is refused, and a backup or a
copy for a stick needs no ``-wal`` beside it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.errors import StorageError
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition
from tests.integrity.wal_files import cli_on_read_only_folder, keyed_then_killed, shm, wal


@pytest.fixture
def count(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "c.kiemphieu"
    CountService.create(path, make_definition(3), SEED_NUMBERS).close()
    return path


def test_a_read_only_folder_shows_the_ballots_still_in_the_wal(count: Path) -> None:
    keyed_then_killed(count, 5)
    shm(count).unlink(missing_ok=True)  # the stick was written on a machine that kept it
    for lock in count.parent.glob("*.lock"):
        lock.unlink()
    run = cli_on_read_only_folder(count.parent, "results", str(count), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["ballots"]["entered"] == 5
    run = cli_on_read_only_folder(count.parent, "verify", str(count))
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert sorted(p.name for p in count.parent.iterdir()) == ["c.kiemphieu", "c.kiemphieu-wal"]


def test_a_wal_left_from_another_state_of_the_file_is_refused(count: Path,
                                                              tmp_path: Path) -> None:
    keyed_then_killed(count, 5)  # the -wal holds ballots 1-5
    stale = tmp_path / "stale-wal"
    shutil.copyfile(wal(count), stale)
    with CountService.open(count) as service:  # folds them in, and 5 more are keyed
        for _ in range(5):
            service.record_ballot((3, 2, 1))
    assert not wal(count).exists()
    shutil.copyfile(stale, wal(count))  # the old -wal comes back beside the newer file
    shm(count).unlink(missing_ok=True)
    before = count.read_bytes()
    with pytest.raises(StorageError) as caught:
        CountService.open(count)
    assert caught.value.code == "file_wal_foreign"
    assert count.read_bytes() == before  # nothing folded in
    with pytest.raises(StorageError) as caught:
        CountService.open(count, read_only=True)
    assert caught.value.code == "file_wal_foreign"


def test_the_wal_of_a_killed_program_is_its_own_and_is_kept(count: Path) -> None:
    keyed_then_killed(count, 5)
    with CountService.open(count) as service:
        assert service.entered == 5


def test_a_backup_needs_no_wal_beside_it(count: Path, tmp_path: Path) -> None:
    with CountService.open(count) as service:
        for _ in range(4):
            service.record_ballot((1, 1, 1))
        stick = tmp_path / "usb"
        stick.mkdir()
        (copy,) = service.backup_now(stick)
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file: no -wal, no -shm
    run = cli_on_read_only_folder(stick, "results", str(copy), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["ballots"]["entered"] == 4
    assert sorted(p.name for p in stick.iterdir()) == [copy.name]
