"""A real count and the ways an outside editor or a failing disk damages it: shared by the
damaged-file tests and the fuzz bench (tests/bench/fuzz_count_file.py)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from desktop.domain import closing
from desktop.domain.ballot import InvalidReason, KeyedInput
from desktop.services import hand_tallies, spot_checks
from desktop.services.count_service import CountService
from tests.helpers import SEED_NUMBERS, lift_append_only, make_definition, restore_append_only

DEEP = "[" * 100_000 + "]" * 100_000  # json.loads: RecursionError


def make_count(path: Path) -> Path:
    """A count that has been through every kind of event a committee's evening makes: stacks,
    keyed, invalid, voided and re-keyed ballots, a hand-tally sheet, a spot check, numbers
    changed, then closed."""
    service = CountService.create(path, make_definition(5), SEED_NUMBERS)
    service.open_stack("Tập 1", 4, "Lan")
    for marks in ((1, 2, 3, 1, 0), (1, 1, 1, 1, 1), (3, 3, 10, 2, 1), (2, 2, 2, 2, 2)):
        service.record_ballot(marks)
    service.record_invalid(InvalidReason.OTHER, "rách đôi")
    service.record_ballot((1, 1, 2, 2, 3))
    service.void_ballot(6, "nhập nhầm")
    service.edit_ballot(2, KeyedInput((1, 1, 1, 1, 3)), "đọc lại phiếu")
    service.open_stack("Tay", 10)
    hand_tallies.record(service, 9, 1, [[3, 3, 3, 0, 0]] * 5)
    spot_checks.start(service, 2, seed=7)
    check = service.spot_check
    assert check is not None
    first = service.ballot(check.numbers[0])
    assert first is not None
    spot_checks.rekey(service, first.number, KeyedInput(first.marks))
    service.set_numbers(collected=service.entered, issued=190, present=190)
    acks = [closing.Acknowledgement(c.code, "Trưởng ban", "Đã xem xét")
            for c in service.checks() if c.severity.value == "warning"]
    service.close_count(acks)
    service.close()
    return path


def edit(path: Path, *statements: str) -> None:
    """What an outside editor does: the append-only triggers lifted for the edit and put back,
    CHECK constraints and foreign keys not enforced (an old or careless tool)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints=ON")
        saved = lift_append_only(conn)
        for statement in statements:
            conn.execute(statement)
        restore_append_only(conn, saved)
        conn.commit()
    finally:
        conn.close()


def overwrite(path: Path, rng: random.Random, size: int = 8) -> int:
    """``size`` random bytes written over the file at a random place; returns the offset."""
    data = bytearray(path.read_bytes())
    at = rng.randrange(0, max(1, len(data) - size))
    data[at:at + size] = rng.randbytes(size)
    path.write_bytes(bytes(data))
    return at


def _event(seq_of_kind: str) -> str:
    return f"(SELECT min(seq) FROM events WHERE kind = '{seq_of_kind}')"


def payload(kind: str, sql_expression: str) -> str:
    """The data of the first event of ``kind`` replaced by ``sql_expression`` (of ``data``)."""
    return f"UPDATE events SET data = {sql_expression} WHERE seq = {_event(kind)}"


BALLOT_ID = "(SELECT id FROM ballots WHERE number = 1)"

# each: the statements, and what the refusal (or verify's report) must name
ROW_EDITS: dict[str, tuple[list[str], str]] = {
    "payload truncated": ([payload("ballot_recorded", "substr(data, 1, 20)")],
                          "events, row 3, column data"),
    "payload not an object": ([payload("ballot_recorded", "'[1, 2, 3]'")],
                              "events, row 3, column data"),
    "creation payload a string": ([payload("count_created", "'\"x\"'")],
                                  "events, row 1, column data"),
    "payload deeply nested": ([payload("ballot_recorded", f"'{DEEP}'")],
                              "events, row 3, column data"),
    "payload nested in an object": ([payload("ballot_recorded", f"'{{\"number\": {DEEP}}}'")],
                                    "events, row 3, column data"),
    "payload NaN": ([payload("ballot_recorded", "replace(data, '\"number\":1,', "
                                                "'\"number\":NaN,')")],
                    "events, row 3, column data"),
    "number 1e999": ([payload("ballot_recorded", "replace(data, '\"number\":1,', "
                                                 "'\"number\":1e999,')")],
                     "events, row 3, column data"),
    "number of 5000 digits": ([payload("ballot_recorded", "replace(data, '\"number\":1,', "
                                                          f"'\"number\":{'9' * 5000},')")],
                              "events, row 3, column data"),
    "number 10**400 as text": ([payload("ballot_recorded", "replace(data, '\"number\":1,', "
                                                           f"'\"number\":\"1{'0' * 400}\",')")],
                               "Event 3"),
    "number a list": ([payload("ballot_voided", "replace(data, '\"number\":6', "
                                                "'\"number\":[6]')")], "event 10"),
    "marks too short": ([payload("ballot_recorded", "replace(data, '12310', '12')")],
                        "Event 3"),
    "marks foreign characters": ([payload("ballot_recorded", "replace(data, '12310', '1ab10')")],
                                 "Event 3"),
    "key missing": ([payload("ballot_recorded", "replace(data, '\"status\"', '\"statut\"')")],
                    "Event 3"),
    "closing acknowledgement a number": ([payload("count_closed", "'{\"acknowledged\": [7]}'")],
                                         "event 18"),
    "closing key missing": ([payload("count_closed", "'{\"acknowledged\": [{\"by\": 1}]}'")],
                            "event 18"),
    "spot check numbers a string": ([payload("spot_check_started",
                                             "replace(data, '\"numbers\":[', "
                                             "'\"numbers\":\"x\",\"n\":[')")], "event 15"),
    "spot check seed 1e999": ([payload("spot_check_started",
                                       "replace(data, '\"seed\":7', '\"seed\":1e999')")],
                              "events, row 15, column data"),
    # a number in a TEXT column is stored as its text: verify finds the edit
    "hash a number": (["UPDATE events SET hash = 5 WHERE seq = 3"], "event 3"),
    "kind a number": (["UPDATE events SET kind = 5 WHERE seq = 3"], "event 3"),
    "hash a blob": (["UPDATE events SET hash = X'05' WHERE seq = 3"],
                    "events, row 3, column hash"),
    "kind a blob": (["UPDATE events SET kind = X'05' WHERE seq = 3"],
                    "events, row 3, column kind"),
    "time a blob": (["UPDATE events SET at = X'05' WHERE seq = 1"], "events, row 1, column at"),
    "rules truncated": (["UPDATE count_info SET rules = substr(rules, 1, 30)"],
                        "count_info, row 1, column rules"),
    "rules a list": (["UPDATE count_info SET rules = '[]'"], "count_info, row 1, column rules"),
    "rules deeply nested": ([f"UPDATE count_info SET rules = '{DEEP}'"],
                            "count_info, row 1, column rules"),
    "threshold level 1e999": (["UPDATE count_info SET rules = replace(rules, '\"level\":3', "
                               "'\"level\":1e999')"], "count_info, row 1, column rules"),
    "threshold over zero": (["UPDATE count_info SET rules = replace(rules, '1/2', '1/0')"],
                            "count_info, row 1, column rules"),
    "threshold fraction 1e999999999": (["UPDATE count_info SET rules = replace(rules, '1/2', "
                                        "'1e999999999')"], "count_info, row 1, column rules"),
    "members negative": (["UPDATE count_info SET members = -5"],
                         "count_info, row 1, column members"),
    "members enormous": (["UPDATE count_info SET members = 9223372036854775807"],
                         "count_info, row 1, column members"),
    "members a text": (["UPDATE count_info SET members = 'abc'"],
                       "count_info, row 1, column members"),
    "members a real": (["UPDATE count_info SET members = 1e300"],
                       "count_info, row 1, column members"),
    "title a number": (["UPDATE count_info SET title = 5"], "definition differs"),
    "title a blob": (["UPDATE count_info SET title = X'05'"], "count_info, row 1, column title"),
    "copies a text": (["UPDATE count_info SET copies = 'x'"], "count_info, row 1, column copies"),
    "time zone unknown": (["UPDATE count_info SET timezone = 'Mars/Olympus'"],
                          "count_info, row 1, column timezone"),
    "official excluded a text": (["UPDATE officials SET excluded = 'abc' WHERE position = 1"],
                                 "officials, row 1, column excluded"),
    "official name a blob": (["UPDATE officials SET name = X'05' WHERE position = 2"],
                             "officials, row 2, column name"),
    "official name not UTF-8": (["UPDATE officials SET name = CAST(X'C328' AS TEXT) "
                                 "WHERE position = 2"], "is damaged"),
    "committee role unknown": (["INSERT INTO committee (position, name, role) "
                                "VALUES (1, 'A', 'king')"], "committee, row 1, column role"),
    "ballot number a text": ([f"UPDATE ballots SET number = 'x' WHERE id = {BALLOT_ID}"],
                             "ballots, row 1, column number"),
    "ballot number negative": ([f"UPDATE ballots SET number = -1 WHERE id = {BALLOT_ID}"],
                               "ballots, row 1, column number"),
    "ballot number the largest integer": (["UPDATE ballots SET number = 9223372036854775807 "
                                           "WHERE number = 6"], "ballots, row 6, column number"),
    "ballot number 1e300": (["UPDATE ballots SET number = 1e300 WHERE number = 6"],
                            "ballots, row 6, column number"),
    "ballot status unknown": ([f"UPDATE ballots SET status = 'lost' WHERE id = {BALLOT_ID}"],
                              "ballots, row 1, column status"),
    "ballot reason unknown": ([f"UPDATE ballots SET reason = 'lost' WHERE id = {BALLOT_ID}"],
                              "ballots, row 1, column reason"),
    "ballot note a blob": ([f"UPDATE ballots SET note = X'05' WHERE id = {BALLOT_ID}"],
                           "ballots, row 1, column note"),
    "mark state 99": ([f"UPDATE marks SET state = 99 WHERE ballot_id = {BALLOT_ID}"],
                      "marks, row 1/1, column state"),
    "mark state off the scale": ([f"UPDATE marks SET state = 5 WHERE ballot_id = {BALLOT_ID}"],
                                 "marks, row 1/1, column state"),
    "mark state a text": ([f"UPDATE marks SET state = 'a' WHERE ballot_id = {BALLOT_ID}"],
                          "marks, row 1/1, column state"),
    "mark of an unknown official": ([f"UPDATE marks SET official_id = 99 WHERE ballot_id = "
                                     f"{BALLOT_ID} AND official_id = 1"],
                                    "marks, row 1/99, column official_id"),
    "stack size a text": (["UPDATE stacks SET expected = 'abc' WHERE id = 1"],
                          "stacks, row 1, column expected"),
    "stack closed 7": (["UPDATE stacks SET closed = 7 WHERE id = 1"],
                       "stacks, row 1, column closed"),
    "hand tally missing keys": (["UPDATE hand_tallies SET data = '{\"stack\": 1}'"],
                                "hand_tallies, row 1, column data"),
    "hand tally deeply nested": ([f"UPDATE hand_tallies SET data = '{DEEP}'"],
                                 "hand_tallies, row 1, column data"),
    "hand tally 1e999": (["UPDATE hand_tallies SET data = replace(data, '\"valid\":9', "
                          "'\"valid\":1e999')"], "hand_tallies, row 1, column data"),
    "merged table numbers a text": (["INSERT INTO merged_tables (name, content_hash, "
                                     "first_number, last_number, ballots) "
                                     "VALUES ('B', 'h', 'x', 1, 1)"],
                                    "merged_tables, row 1, column first_number"),
}
