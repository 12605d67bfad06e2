import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.domain import ballot as b
from desktop.domain.ballot import BLANK, MULTIPLE, BallotStatus, InvalidReason
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.errors import StorageError
from desktop.storage import connection, schema
from desktop.storage.repository import CountFile
from tests.helpers import SEED_NUMBERS, make_definition, raises, raises_words


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_of_a_whole_count(count_path: Path) -> None:
    definition = CountDefinition(
        title="Hội nghị lần thứ 10", rules=make_definition().rules,
        officials=(Official("Trần Văn Ả", "Ủy viên"), Official("Bùi Thị Ỹ", "", True, "ốm"),
                   Official("Lê Văn Ứ", "Bí thư")),
        body="BAN CHẤP HÀNH", sitting="lần thứ 10", place="Hà Nội", date="2026-11-28",
        committee=(CommitteeMember("Ngô Văn Chủ", Role.CHAIR), CommitteeMember("Hà Thị Ủy")))
    count = CountFile.create(count_path, definition, SEED_NUMBERS)
    count.record([b.keyed(1, (1, MULTIPLE), invalid_row_voids_ballot=False),
                  b.invalid(2, InvalidReason.OTHER, "rách", "A")])
    count.close()
    count = CountFile.open(count_path)
    assert count.definition == definition
    assert count.definition.on_ballot == (definition.officials[0], definition.officials[2])
    assert count.numbers() == SEED_NUMBERS
    assert count.ballots() == [
        b.Ballot(1, BallotStatus.VALID, (1, MULTIPLE)),
        b.Ballot(2, BallotStatus.INVALID, (), InvalidReason.OTHER, "rách", "A")]
    tally = count.load_tally()
    assert tally.rows == [[1, 0, 0, 0, 0], [0, 0, 0, 0, 1]] and tally.invalid == 1
    assert count.next_number() == 3 and count.entered() == 2
    assert [e.kind for e in count.events()] == [
        "count_created", "ballot_recorded", "ballot_recorded"]
    assert [e.at is None for e in count.events()] == [False, True, True]  # no time per ballot


def test_file_settings(count_path: Path) -> None:
    CountFile.create(count_path, make_definition(), SEED_NUMBERS).close()
    count = CountFile.open(count_path)
    pragma = {name: count.db.execute(f"PRAGMA {name}").fetchone()[0] for name in
              ("application_id", "user_version", "journal_mode", "synchronous", "foreign_keys")}
    assert pragma == {"application_id": schema.APPLICATION_ID,
                      "user_version": schema.SCHEMA_VERSION, "journal_mode": "wal",
                      "synchronous": 2, "foreign_keys": 1}
    assert len(schema.migrations.applied(count.db)) == schema.SCHEMA_VERSION
    assert not schema.migrations.pending(count.db)


def test_the_audit_log_refuses_updates_and_deletes(count_path: Path) -> None:
    count = CountFile.create(count_path, make_definition(), SEED_NUMBERS)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        count.db.execute("UPDATE events SET kind = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        count.db.execute("DELETE FROM events")


def test_create_refuses_an_existing_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "c.kiemphieu"
    path.write_text("mine")
    with raises_words(kind=StorageError, pattern="already exists"):
        CountFile.create(path, make_definition(), Numbers())
    assert path.read_text() == "mine"
    with raises_words(kind=StorageError, pattern="does not exist"):
        CountFile.create(tmp_path / "no" / "c.kiemphieu", make_definition(), Numbers())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.kiemphieu"]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "not a counting file"),
    (b"name,title\nA,B\n", "not a counting file"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
])
def test_files_that_are_not_counts(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.kiemphieu"
    path.write_bytes(content)
    for read_only in (False, True):
        with raises_words(kind=StorageError, pattern=message):
            CountFile.open(path, read_only=read_only)
        assert path.read_bytes() == content


def test_sqlite_file_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    before = digest(path)
    with raises_words(kind=StorageError, pattern="another program"):
        CountFile.open(path)
    assert digest(path) == before and not Path(f"{path}-wal").exists()


def test_file_from_a_newer_version(count_path: Path) -> None:
    CountFile.create(count_path, make_definition(), SEED_NUMBERS).close()
    conn = sqlite3.connect(count_path)
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(count_path)
    with raises_words(kind=StorageError, pattern="newer version"):
        CountFile.open(count_path)
    assert digest(count_path) == before


def test_missing_file(tmp_path: Path) -> None:
    with raises_words(kind=StorageError, pattern="does not exist"):
        CountFile.open(tmp_path / "none.kiemphieu")


def test_read_only_file(count_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    count = CountFile.create(count_path, make_definition(2), SEED_NUMBERS)
    count.record([b.keyed(1, (1, 2), invalid_row_voids_ballot=False)])
    count.close()
    # root can write anywhere, so the operating system's answer is simulated
    monkeypatch.setattr(connection.os, "access", lambda path, mode: False)
    with raises_words(kind=StorageError, pattern="read-only"):
        CountFile.open(count_path)
    reader = CountFile.open(count_path, read_only=True)
    assert reader.entered() == 1
    with raises_words(kind=StorageError, pattern="open read-only"):
        reader.record([b.keyed(2, (1, 1), invalid_row_voids_ballot=False)])
    assert reader.entered() == 1


def test_locked_file(count_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    CountFile.create(count_path, make_definition(), SEED_NUMBERS).close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(count_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with raises_words(kind=StorageError, pattern="in use by another program"):
            CountFile.open(count_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    CountFile.open(count_path).close()


def test_sqlite_refusing_a_write_becomes_a_sentence(count_path: Path) -> None:
    count = CountFile.create(count_path, make_definition(2), SEED_NUMBERS)
    count.db.execute("PRAGMA query_only=1")
    with raises_words(kind=StorageError, pattern="read-only here; nothing can be saved"):
        count.record([b.keyed(1, (1, BLANK), invalid_row_voids_ballot=False)])
    count.db.execute("PRAGMA query_only=0")
    assert count.entered() == 0 and len(count.events()) == 1


def test_a_failed_batch_leaves_nothing(count_path: Path) -> None:
    count = CountFile.create(count_path, make_definition(2), SEED_NUMBERS)
    good = b.keyed(1, (1, 2), invalid_row_voids_ballot=False)
    with pytest.raises(StorageError):
        count.record([good, b.keyed(1, (1, 1), invalid_row_voids_ballot=False)])  # same number
    assert count.ballots() == [] and len(count.events()) == 1


def test_a_migration_statement_without_its_end_is_refused_with_a_code(tmp_path: Path) -> None:
    with raises("migration_unterminated", StorageError):
        schema._run(Database(tmp_path / "m.db"), "CREATE TABLE t (x);\nCREATE TABLE u (y)")
