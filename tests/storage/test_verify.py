"""Edits made outside the program are found by verify, in plain words."""

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.domain import audit
from desktop.domain import ballot as b
from desktop.domain.ballot import InvalidReason
from desktop.domain.words import Lang
from desktop.storage.repository import CountFile
from desktop.storage.verify import verify
from tests.helpers import (
    SEED_NUMBERS,
    lift_append_only,
    make_definition,
    restore_append_only,
    said,
)


@pytest.fixture
def path(count_path: Path) -> Path:
    count = CountFile.create(count_path, make_definition(3), SEED_NUMBERS)
    count.record([b.keyed(n, (1, 2, 3), invalid_row_voids_ballot=False) for n in (1, 2, 3)])
    count.record([b.invalid(4, InvalidReason.NAME_ADDED)])
    count.void(2, "keyed twice")
    count.replace(b.keyed(3, (1, 1, 0), invalid_row_voids_ballot=False), "misread row 2")
    count.set_numbers({"collected": 150})
    count.close()
    return count_path


def edit(path: Path, *statements: str) -> None:
    """What someone with an SQLite tool could do to the file."""
    conn = sqlite3.connect(path)
    saved = lift_append_only(conn)
    for statement in statements:
        conn.execute(statement)
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()


def problems(path: Path, lang: Lang = Lang.EN) -> list[str]:
    """What verify finds, in words (it returns codes with values)."""
    count = CountFile.open(path, read_only=True)
    try:
        return [said(p, lang) for p in verify(count)]
    finally:
        count.close()


def test_an_untouched_file_verifies(path: Path) -> None:
    assert problems(path) == []


def test_a_changed_mark(path: Path) -> None:
    edit(path, "UPDATE marks SET state = 3 WHERE ballot_id = 1 AND official_id = 1")
    assert problems(path) == [
        "Ballot 1, official 1 (Nguyễn Văn Số 1): the file says “3”, the log says “1”."]
    assert problems(path, Lang.VI) == [
        "Phiếu số 1, dòng 1 (Nguyễn Văn Số 1): tệp ghi “3”, nhật ký ghi “1”."]


def test_a_deleted_ballot(path: Path) -> None:
    edit(path, "DELETE FROM marks WHERE ballot_id = 1", "DELETE FROM ballots WHERE id = 1")
    assert problems(path) == ["Ballot 1 is in the audit log but missing from the file."]


def test_an_inserted_ballot(path: Path) -> None:
    edit(path, "INSERT INTO ballots (number, status) VALUES (9, 'valid')",
         "INSERT INTO marks SELECT (SELECT id FROM ballots WHERE number = 9), id, 1 "
         "FROM officials")
    assert problems(path) == ["Ballot 9 is in the file but was never recorded in the log."]


def test_a_status_change(path: Path) -> None:
    edit(path, "UPDATE ballots SET status = 'valid' WHERE number = 2")
    assert problems(path) == ["Ballot 2: status is valid in the file, voided in the log."]


def test_a_changed_void_reason(path: Path) -> None:
    # the ballot list shows the file's reason: it must be the one the log recorded
    edit(path, "UPDATE ballots SET void_reason = 'paper torn' WHERE number = 2")
    assert problems(path) == [
        "Ballot 2: void reason is paper torn in the file, keyed twice in the log."]


def test_a_deleted_mark_row(path: Path) -> None:
    edit(path, "DELETE FROM marks WHERE ballot_id = 1 AND official_id = 3")
    assert problems(path) == ["Ballot 1: 2 rows in the file, 3 in the log."]


def test_an_edited_event(path: Path) -> None:
    edit(path, "UPDATE events SET data = replace(data, '\"123\"', '\"111\"') WHERE seq = 2")
    found = problems(path)
    assert "Event 2 (Ballot keyed) was changed after it was written (its hash does not match)." \
        in found
    assert any(p.startswith("Ballot 1, official 2") for p in found)


def test_a_deleted_event(path: Path) -> None:
    edit(path, "DELETE FROM events WHERE seq = 3")
    assert problems(path)[0] == "Event 3 is missing (the log jumps to event 4)."


def test_the_last_event_removed_with_its_change(path: Path) -> None:
    edit(path, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    assert problems(path) == ["Ballots collected: 150 in the file, 196 in the log."]


def test_changed_numbers_and_names(path: Path) -> None:
    edit(path, "UPDATE count_info SET present = 199",
         "UPDATE officials SET name = 'Người Khác' WHERE position = 2")
    assert problems(path) == [
        "The count definition differs from the log in: officials.",
        "Present: 199 in the file, 196 in the log."]


def test_a_consistent_rewrite_changes_the_fingerprint(path: Path) -> None:
    count = CountFile.open(path, read_only=True)
    original = count.fingerprint()
    events = count.events()
    count.close()
    # rewrite ballot 1 in the tables and rebuild the whole chain so that it verifies
    rewritten = []
    prev = None
    for event in events:
        data = event.data
        if event.kind == "ballot_recorded" and data["number"] == 1:
            data = {**data, "marks": "333"}
        prev = audit.chain(prev, event.kind, data, event.at)
        rewritten.append(prev)
    statements = ["DELETE FROM events",
                  "UPDATE marks SET state = 3 WHERE ballot_id = 1"]
    for e in rewritten:
        statements.append(
            "INSERT INTO events VALUES ({}, '{}', {}, '{}', '{}', '{}')".format(
                e.seq, e.kind, "NULL" if e.at is None else f"'{e.at}'",
                audit.canonical_json(e.data).replace("'", "''"), e.prev_hash, e.hash))
    edit(path, *statements)
    assert problems(path) == []
    count = CountFile.open(path, read_only=True)
    assert count.fingerprint() != original  # so the printed minutes no longer match
    assert json.loads(count.db.execute("SELECT data FROM events WHERE seq = 2").fetchone()[0])[
        "marks"] == "333"
    count.close()
