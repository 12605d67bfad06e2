"""Random edits made outside the program: each is found by verify, or (a consistent rewrite
of the whole log) changes the fingerprint printed on the minutes."""

import json
import random
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain import audit
from desktop.domain.ballot import InvalidReason
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from desktop.storage.verify import verify
from tests.helpers import (
    SEED_NUMBERS,
    lift_append_only,
    make_definition,
    restore_append_only,
)

MUTATIONS = 120
KINDS = ("change_mark", "delete_ballot", "insert_ballot", "change_status", "edit_event",
         "delete_event", "delete_last_event", "change_number", "rewrite_chain")


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("mutation") / "base.kiemphieu"
    service = CountService.create(path, make_definition(6), SEED_NUMBERS)
    rng = random.Random(5)
    for _ in range(40):
        service.record_ballot(tuple(rng.choice((1, 1, 2, 3, 0, 10)) for _ in range(6)))
    service.record_invalid(InvalidReason.NAME_ADDED)
    service.void_ballot(3, "nhập nhầm")
    service.set_numbers(collected=190)
    fingerprint = service.fingerprint()
    service.close()
    return path, fingerprint


def mutate(path: Path, kind: str, rng: random.Random) -> None:
    conn = sqlite3.connect(path)
    saved = lift_append_only(conn)
    ballot_ids = [r[0] for r in conn.execute("SELECT id FROM ballots WHERE status = 'valid'")]
    target = rng.choice(ballot_ids)
    if kind == "change_mark":
        official, state = conn.execute(
            "SELECT official_id, state FROM marks WHERE ballot_id = ? ORDER BY random() LIMIT 1",
            [target]).fetchone()
        conn.execute("UPDATE marks SET state = ? WHERE ballot_id = ? AND official_id = ?",
                     [rng.choice([s for s in (0, 1, 2, 3, 10) if s != state]), target, official])
    elif kind == "delete_ballot":
        conn.execute("DELETE FROM marks WHERE ballot_id = ?", [target])
        conn.execute("DELETE FROM ballots WHERE id = ?", [target])
    elif kind == "insert_ballot":
        conn.execute("INSERT INTO ballots (number, status) VALUES (999, 'valid')")
        conn.execute("INSERT INTO marks SELECT (SELECT id FROM ballots WHERE number = 999), id, "
                     "1 FROM officials WHERE excluded = 0")
    elif kind == "change_status":
        conn.execute("UPDATE ballots SET status = 'invalid', reason = 'identifiable' "
                     "WHERE id = ?", [target])
    elif kind == "edit_event":
        seq = rng.randrange(2, conn.execute("SELECT max(seq) FROM events").fetchone()[0])
        before = conn.execute("SELECT data FROM events WHERE seq = ?", [seq]).fetchone()[0]
        after = before[:-1] + ',"edited":true}'  # every edit really changes the event
        conn.execute("UPDATE events SET data = ? WHERE seq = ?", [after, seq])
    elif kind == "delete_event":
        seq = rng.randrange(2, conn.execute("SELECT max(seq) FROM events").fetchone()[0])
        conn.execute("DELETE FROM events WHERE seq = ?", [seq])
    elif kind == "delete_last_event":
        conn.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    elif kind == "change_number":
        conn.execute("UPDATE count_info SET present = present - 1")
    else:  # rewrite the whole chain so that it verifies, with one mark changed everywhere
        rewrite(conn, rng)
    restore_append_only(conn, saved)
    conn.commit()
    conn.close()


def rewrite(conn: sqlite3.Connection, rng: random.Random) -> None:
    rows = conn.execute("SELECT seq, kind, at, data FROM events ORDER BY seq").fetchall()
    recorded = [r for r in rows if r[1] == "ballot_recorded"
                and '"status":"valid"' in r[3]]
    seq, _, _, data = rng.choice(recorded)
    payload = json.loads(data)
    marks = list(payload["marks"])
    marks[0] = "3" if marks[0] != "3" else "1"
    payload["marks"] = "".join(marks)
    ballot_id = conn.execute("SELECT id FROM ballots WHERE number = ?",
                             [payload["number"]]).fetchone()[0]
    first_official = conn.execute("SELECT id FROM officials WHERE excluded = 0 "
                                  "ORDER BY position LIMIT 1").fetchone()[0]
    conn.execute("UPDATE marks SET state = ? WHERE ballot_id = ? AND official_id = ?",
                 [int(marks[0]), ballot_id, first_official])
    conn.execute("DELETE FROM events")
    prev = None
    for s, kind, at, raw in rows:
        event_data = payload if s == seq else json.loads(raw)
        prev = audit.chain(prev, kind, event_data, at)
        conn.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
                     [prev.seq, prev.kind, prev.at, audit.canonical_json(prev.data),
                      prev.prev_hash, prev.hash])


def test_random_outside_edits_are_all_detected(original: tuple[Path, str],
                                                tmp_path: Path) -> None:
    base, fingerprint = original
    rng = random.Random(2026)
    tried: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    for i in range(MUTATIONS):
        kind = KINDS[i % len(KINDS)]
        copy = tmp_path / f"m{i}.kiemphieu"
        shutil.copy(base, copy)
        mutate(copy, kind, rng)
        tried[kind] += 1
        service = CountService.open(copy, read_only=True)
        try:
            problems = service.verify()
            changed = service.fingerprint() != fingerprint
        finally:
            service.close()
        if kind == "rewrite_chain":
            assert problems == []  # a consistent rewrite cannot be seen inside the file…
            detected[kind] += changed  # …but the printed fingerprint no longer matches
        else:
            detected[kind] += bool(problems)
    assert detected == tried, (tried - detected)
    assert sum(tried.values()) == MUTATIONS


def test_the_untouched_file_verifies_and_keeps_its_fingerprint(
    original: tuple[Path, str]
) -> None:
    base, fingerprint = original
    count = CountFile.open(base, read_only=True)
    assert verify(count) == []
    count.close()
    service = CountService.open(base, read_only=True)
    assert service.fingerprint() == fingerprint
    service.close()
