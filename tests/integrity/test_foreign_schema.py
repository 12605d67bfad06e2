"""A counting file whose schema is not exactly ours is refused with a sentence before any of
its tables is read: a planted trigger would store other marks than those saved, a table
swapped for a recursive view would hang every command."""

import sqlite3
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


def plant(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("statements", "named"), [
    (["CREATE TRIGGER evil AFTER INSERT ON marks BEGIN "
      "UPDATE marks SET state = 1 WHERE ballot_id = new.ballot_id; END"], "trigger evil"),
    (["DROP TRIGGER events_no_delete"], "trigger events_no_delete"),
    (["ALTER TABLE officials RENAME TO officials_real",
      "CREATE VIEW officials AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
      " SELECT n AS id, n AS position, 'x' AS name, '' AS title, 0 AS excluded, "
      "'' AS exclusion_reason FROM r"], "table marks"),  # its reference renamed with it
    (["CREATE VIEW big AS SELECT zeroblob(400000000) AS b"], "view big"),
])
def test_a_foreign_schema_is_refused_and_named(
        count: Path, statements: list[str], named: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    plant(count, *statements)
    for read_only in (False, True):
        with pytest.raises(StorageError) as caught:
            CountService.open(count, read_only=read_only)
        assert caught.value.code == "file_schema_foreign"
        assert caught.value.values["object"] == named
    assert main(["add", str(count), "333", "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert "holds a foreign part in its structure" in err and named in err and "saved" not in out
    assert main(["verify", str(count), "--lang", "en"]) != 0
    assert named in capsys.readouterr().err
