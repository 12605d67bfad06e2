"""Fuzz bench: damaged copies of a real count through verify, results and opening, for a
bounded time. Each case is a copy of the count of tests/integrity/damage.py with either random
8-byte overwrites over its pages or a random edit of one cell through SQL (the append-only
triggers lifted and put back; hostile values: texts, blobs, huge and negative numbers, JSON
truncated, nested 100,000 deep, 1e999, a payload's value replaced).

Run on demand (not part of the test suite):
    python -m tests.bench.fuzz_count_file --seconds 60 [--seed N] [--timeout S]

The cases run in a worker process; one that does not answer within the timeout is a hang
(the worker is killed and a new one started). Prints the cases tried, refused cleanly (exit
code 2 with a sentence), verify's differences (exit code 1), intact (0), tracebacks (exit code
70, or an exception out of opening) and hangs. Target: 0 tracebacks, 0 hangs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import random
import shutil
import sqlite3
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from tests.integrity.damage import DEEP, edit, make_count, overwrite

HOSTILE_CELLS = ("NULL", "'x'", "X'00ff'", "CAST(X'C328' AS TEXT)", "-1", "0", "7",
                 "9223372036854775807", "1e300", "'1e999'", f"'{'9' * 5000}'", "'[]'", "'{}'",
                 "'{\"a\":'", f"'{DEEP}'", "''")
HOSTILE_JSON = ("1e999", "-1", "0", "10" + "0" * 400, "null", "true", '"x"', "[]", "{}",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                '"' + "\u202e" * 3 + '"', "[1,2,3]", '{"a":1}')


# -- the worker: one damaged file through the commands -------------------------------------
def _command(argv: list[str]) -> tuple[int, str]:
    from desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main([*argv, "--lang", "en"])
    return rc, err.getvalue()


def try_file(path: Path) -> tuple[str, str]:
    """The outcome of one damaged file: (kind, detail)."""
    from desktop.errors import DesktopError
    from desktop.services.count_service import CountService

    try:
        verify_rc, said = _command(["verify", str(path)])
        results_rc, _ = _command(["results", str(path)])
        if 70 in (verify_rc, results_rc):  # the command line's "internal error (a bug)"
            report = Path(tempfile.gettempdir()) / "kiemphieu-error.log"
            return "traceback", report.read_text(encoding="utf-8")[-600:]
        with contextlib.suppress(DesktopError):  # refused with a sentence: as it should
            CountService.open(path, read_only=True).close()
    except Exception:  # anything else out of opening is a bug: the figure counts it
        return "traceback", traceback.format_exc()[-600:]
    return {0: "intact", 1: "differences", 2: "refused"}.get(verify_rc, "other"), said[:200]


def worker(conn: Connection) -> None:
    logging_off()
    while True:
        path = conn.recv()
        if path is None:
            return
        conn.send(try_file(Path(path)))


def logging_off() -> None:
    """The program's warnings (each refused file logs one) would flood the figures."""
    import logging

    logging.disable(logging.WARNING)


# -- the cases -------------------------------------------------------------------------------
def _keys(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    pk = [r[1] for r in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5])
          if r[5]]
    keys = pk or ["rowid"]
    return keys, conn.execute(f"SELECT {', '.join(keys)} FROM {table}").fetchall()


def cell_edit(path: Path, rng: random.Random) -> str:
    """One cell of a random row set to a hostile value (an event's data: one of its values
    replaced, or the whole text)."""
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'")]
        table = rng.choice(tables)
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keys, rows = _keys(conn, table)
        if not rows:
            return ""
        key = rng.choice(rows)
        column = rng.choice(columns)
        where = " AND ".join(f"{k} IS ?" for k in keys)
        stored = conn.execute(f"SELECT {column} FROM {table} WHERE {where}", key).fetchone()[0]
    finally:
        conn.close()
    if isinstance(stored, str) and stored.startswith("{") and rng.random() < 0.7:
        value = "'" + _json_edit(stored, rng).replace("'", "''") + "'"
    else:
        value = rng.choice(HOSTILE_CELLS)
    literal = ", ".join(repr(k) if isinstance(k, str) else str(k) for k in key)
    edit(path, f"UPDATE {table} SET {column} = {value} WHERE ({', '.join(keys)}) = ({literal})"
         if len(keys) > 1 else
         f"UPDATE {table} SET {column} = {value} WHERE {keys[0]} = {literal}")
    return f"{table}.{column}"


def _json_edit(text: str, rng: random.Random) -> str:
    """A value deep in the JSON replaced by a hostile one, as text (1e999 stays raw)."""
    data = json.loads(text)
    marker = "\x00HOSTILE\x00"
    node: Any = data
    for _ in range(rng.randint(1, 4)):
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if rng.random() < 0.4 or not isinstance(node[key], dict | list):
                node[key] = marker
                break
            node = node[key]
        elif isinstance(node, list) and node:
            i = rng.randrange(len(node))
            if rng.random() < 0.4 or not isinstance(node[i], dict | list):
                node[i] = marker
                break
            node = node[i]
        else:
            break
    out = json.dumps(data, ensure_ascii=False)
    if marker not in out:
        return out[: rng.randrange(len(out))]  # truncated instead
    return out.replace(json.dumps(marker), rng.choice(HOSTILE_JSON), 1)


def make_case(original: Path, folder: Path, rng: random.Random) -> tuple[Path, str]:
    path = folder / "case.kiemphieu"
    for leftover in folder.glob("case.kiemphieu*"):
        leftover.unlink()
    shutil.copyfile(original, path)
    if rng.random() < 0.5:
        places = [overwrite(path, rng) for _ in range(rng.randint(1, 3))]
        return path, f"bytes at {places}"
    try:
        return path, "cell " + cell_edit(path, rng)
    except sqlite3.Error as exc:  # the edit itself refused (NOT NULL, UNIQUE): another case
        return path, f"edit refused: {exc}"


# -- the run ---------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10, help="seconds before a hang")
    args = parser.parse_args()
    logging_off()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="kp-fuzz-"))
    original = make_count(folder / "original.kiemphieu")
    context = multiprocessing.get_context("spawn")

    def start() -> tuple[Any, Connection]:
        mine, theirs = context.Pipe()
        process = context.Process(target=worker, args=(theirs,), daemon=True)
        process.start()
        return process, mine

    process, conn = start()
    figures: Counter[str] = Counter()
    failures: list[str] = []
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        path, what = make_case(original, folder, rng)
        if what.startswith("edit refused") or what == "cell ":
            figures["edits not applied"] += 1
            continue
        figures["tried"] += 1
        conn.send(str(path))
        if not conn.poll(args.timeout):
            figures["hangs"] += 1
            failures.append(f"hang: {what}")
            process.kill()
            process.join()
            process, conn = start()
            continue
        kind, detail = conn.recv()
        figures[kind] += 1
        if kind in ("traceback", "other"):
            failures.append(f"{kind}: {what}\n{detail}")
    conn.send(None)
    process.join(5)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"fuzz_count_file: {args.seconds:.0f} s, seed {args.seed}, timeout {args.timeout} s")
    for name in ("tried", "refused", "differences", "intact", "traceback", "other", "hangs",
                 "edits not applied"):
        print(f"  {name:<18} {figures[name]}")
    for failure in failures[:10]:
        print("---", failure)


if __name__ == "__main__":
    main()
