"""One writer per counting file whatever name it is opened by: a symlink and a hard link to
the file find the lock its first writer holds, and a second writer is refused (before, the
second writer printed "saved" for ballots the first then overwrote)."""

import os
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.errors import StorageError
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, make_definition


@pytest.fixture
def count(tmp_path: Path) -> Path:
    CountService.create(tmp_path / "c.kiemphieu", make_definition(3), SEED_NUMBERS).close()
    return tmp_path / "c.kiemphieu"


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_a_second_name_for_the_file_finds_the_writers_lock(
        count: Path, tmp_path: Path, link: str, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other" / "same.kiemphieu"
    other.parent.mkdir()
    if link == "symlink":
        other.symlink_to(count)
    else:
        os.link(count, other)
    with CountService.open(count) as writer:
        writer.record_ballot((1, 2, 3))
        with pytest.raises(StorageError) as caught:
            CountService.open(other)
        assert caught.value.code == "file_held"
        assert main(["add", str(other), "123", "--lang", "en"]) != 0
        assert "saved" not in capsys.readouterr().out
        writer.record_ballot((3, 2, 1))
    with CountService.open(other) as later:  # released: the second name may write now
        assert later.entered == 2
