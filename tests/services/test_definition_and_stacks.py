import dataclasses
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.ballot import InvalidReason, KeyedInput
from desktop.domain.count import CommitteeMember, Official, Role
from desktop.errors import StorageError, ValidationError
from desktop.services.count_service import ChangeSet, CountService
from desktop.storage import schema, shape
from desktop.storage.repository import CountFile
from tests.helpers import SEED_NUMBERS, make_definition, raises_words


@pytest.fixture
def service(count_path: Path) -> CountService:
    return CountService.create(count_path, make_definition(3), SEED_NUMBERS)


def test_officials_can_change_until_the_first_ballot(service: CountService) -> None:
    seen: list[ChangeSet] = []
    service.changed.connect(seen.append)
    d = service.definition
    four = dataclasses.replace(d, officials=(*d.officials, Official("Đinh Thị Mới", "Ủy viên")))
    service.update_definition(four)
    assert seen == [ChangeSet(definition=True)] and len(service.tally.rows) == 4
    service.record_ballot((1, 2, 3, 1))
    with raises_words(kind=ValidationError, pattern="cannot change once the first ballot"):
        service.update_definition(d)
    # the meeting and the committee may still change, and the change is audited
    renamed = dataclasses.replace(four, place="Đà Nẵng",
                                  committee=(CommitteeMember("Ngô Văn Chủ", Role.CHAIR),))
    service.update_definition(renamed)
    assert service.definition == renamed and service.verify() == []
    reopened = CountFile.open(service.path, read_only=True)
    assert reopened.definition == renamed
    assert [e.kind for e in reopened.events()].count("definition_set") == 2
    reopened.close()


def test_a_void_keeps_officials_fixed(service: CountService) -> None:
    service.record_ballot((1, 1, 1))
    service.void_ballot(1, "mistake")
    d = service.definition
    with pytest.raises(ValidationError):
        service.update_definition(dataclasses.replace(d, officials=d.officials[:2]))


def test_stacks_close_themselves_when_full(service: CountService) -> None:
    stack = service.open_stack("A", 2)
    assert service.current_stack == stack
    with raises_words(kind=ValidationError, pattern="close stack “A” first"):
        service.open_stack("B", 5)
    first = service.record_ballot((1, 1, 1))
    assert first.stack == "A" and service.stack_entered("A") == 1
    service.record_invalid(InvalidReason.NAME_ADDED)
    assert service.current_stack is None and service.stacks[0].closed
    assert service.ballot(2) is not None and service.ballot(2).stack == "A"
    assert service.record_ballot((2, 2, 2)).stack == ""  # no stack open: none
    with raises_words(kind=ValidationError, pattern="already a stack “A”"):
        service.open_stack("A", 3)
    assert service.verify() == []


def test_closing_short_needs_a_reason(service: CountService) -> None:
    service.open_stack("B", 3)
    service.record_ballot((1, 1, 1))
    with raises_words(kind=ValidationError, pattern="holds 1 of 3 ballots; say why"):
        service.close_stack()
    with raises_words(kind=ValidationError, pattern="room for 2 more"):
        service.record_many([KeyedInput((1, 1, 1))] * 3)
    closed = service.close_stack("hai phiếu nằm ở tập C")
    assert closed.closed and closed.close_reason == "hai phiếu nằm ở tập C"
    with raises_words(kind=ValidationError, pattern="no stack is open"):
        service.close_stack("x")
    service.void_ballot(1, "test")
    assert service.stack_entered("B") == 0
    reopened = CountService.open(service.path, read_only=True)
    assert reopened.stacks == service.stacks and reopened.stack_entered("B") == 0
    assert reopened.verify() == []
    reopened.close()


def test_last_ballot_follows_voids_and_reopening(service: CountService) -> None:
    assert service.last_ballot is None
    service.record_ballot((1, 2, 3))
    service.void_ballot(1, "x")
    assert service.last_ballot is not None and not service.last_ballot.counts
    service.close()
    again = CountService.open(service.path)
    assert again.last_ballot is not None and again.last_ballot.number == 1


def test_a_version_1_file_is_upgraded_on_open(count_path: Path) -> None:
    CountService.create(count_path, make_definition(3), SEED_NUMBERS).close()
    conn = sqlite3.connect(count_path)  # make it as version 1 of the program left it
    for table in ("stacks", "table_info", "merged_tables", "hand_tallies"):
        conn.execute(f"DROP TABLE {table}")
    for column in ("timezone", "copies", "document_number", "election"):
        conn.execute(f"ALTER TABLE count_info DROP COLUMN {column}")
    # the committee table as version 1 made it, word for word (opening checks the schema)
    v1 = next(sql for kind, name, sql in shape.expected(1) if name == "committee")
    conn.execute("ALTER TABLE committee RENAME TO committee_now")
    conn.execute(v1)
    conn.execute("INSERT INTO committee SELECT id, position, name, role FROM committee_now")
    conn.execute("DROP TABLE committee_now")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name != 'm001_initial'")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    with raises_words(kind=StorageError, pattern="older file format"):
        CountFile.open(count_path, read_only=True)
    upgraded = CountService.open(count_path)
    assert upgraded.stacks == [] and upgraded.open_stack("A", 1).name == "A"
    assert upgraded.verify() == []
    version = upgraded._count.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == schema.SCHEMA_VERSION == 7
