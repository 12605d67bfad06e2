"""The writer's lock when it is not where the program left it: deleted by hand while the file
is open, or left on a stick by another laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main as cli
from desktop.errors import StorageError
from desktop.services import safety
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition

OTHER_LAPTOP = b"4242\nkiemphieu\nLAPTOP-THU-KY\n0f0f0f0f0f0f\n1a2b3c4d-boot\n"


@pytest.fixture
def count(tmp_path: Path) -> Path:
    path = tmp_path / "c.kiemphieu"
    CountService.create(path, make_definition(3), SEED_NUMBERS).close()
    return path


def _lock_files(path: Path) -> list[Path]:
    lock = safety.WriterLock(path)
    return [Path(q.fileName()) for q in lock._locks]


def test_a_lock_deleted_by_hand_is_taken_again_at_the_next_save(count: Path) -> None:
    with CountService.open(count) as first:
        for lock in _lock_files(count):
            lock.unlink()
        first.record_ballot((1, 2, 3))
        assert all(lock.exists() for lock in _lock_files(count))
        with pytest.raises(StorageError) as caught:
            CountService.open(count)
        assert caught.value.code == "file_held"


def test_a_second_writer_let_in_by_a_deleted_lock_stops_the_first(count: Path) -> None:
    first = CountService.open(count)
    try:
        first.record_ballot((1, 2, 3))
        for lock in _lock_files(count):
            lock.unlink()
        with CountService.open(count) as second:  # nothing told it the file was held
            second.record_ballot((3, 3, 3))
            with pytest.raises(StorageError) as caught:
                first.record_ballot((2, 2, 2))
            assert caught.value.code == "file_lock_taken"
            assert second.entered == 2
    finally:
        first.close()
    with CountService.open(count, read_only=True) as service:
        assert service.entered == 2 and not service.verify()


def test_a_lock_left_by_another_laptop_is_never_taken_over_by_itself(
        count: Path, capsys: pytest.CaptureFixture[str]) -> None:
    beside = Path(f"{count.resolve()}.lock")
    beside.write_bytes(OTHER_LAPTOP)
    with pytest.raises(StorageError) as caught:
        CountService.open(count)
    assert caught.value.code == "file_held"
    assert caught.value.values["holder"].values["host"] == "LAPTOP-THU-KY"
    with CountService.open(count, fallback_read_only=True) as service:
        assert service.read_only and service.lock_elsewhere
    assert beside.read_bytes() == OTHER_LAPTOP  # still there, unchanged
    assert cli(["add", str(count), "123"]) == 2
    assert "LAPTOP-THU-KY" in capsys.readouterr().err
    # the way out, at the committee's word
    assert cli(["unlock", str(count)]) == 0
    assert "LAPTOP-THU-KY" in capsys.readouterr().out
    assert not beside.exists()
    assert cli(["add", str(count), "123"]) == 0


def test_unlock_never_removes_a_lock_held_on_this_machine(
        count: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with CountService.open(count):
        assert cli(["unlock", str(count)]) == 2
        assert "đang được mở để ghi" in capsys.readouterr().err
        assert all(lock.exists() for lock in _lock_files(count))
