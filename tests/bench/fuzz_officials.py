"""Fuzz the officials readers for a bounded time: valid XLSX and CSV files (the seeds of
tests/domain/hostile_officials.py) mutated by byte flips, truncation, zip member swaps and
edits of a member's unpacked XML, each fed to ``importers.parse_officials_file`` in a worker
process (memory capped) with a time limit per case. Prints the cases tried, refused cleanly,
accepted, tracebacks and hangs, and the slowest case. The target is 0 tracebacks, 0 hangs.

    python -m tests.bench.fuzz_officials [--seconds 60] [--seed 1] [--case-limit 5]
"""

from __future__ import annotations

import argparse
import collections
import io
import multiprocessing
import random
import resource
import sys
import time
import traceback
import tracemalloc
import zipfile
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain import import_limits as limits
from desktop.domain import importers, names, words, xlsx_read
from desktop.errors import ValidationError
from tests.domain import hostile_officials as hostile

MEMORY = 1 << 30  # a worker's address space: a reader that blows it raises MemoryError
TOKENS = (b"<!DOCTYPE x>", b'&#x202e;', b'r="ZZZZZZ1"', b' t="s"', b"<v>-1</v>", b"<v>99</v>",
          b'r="1048576"', b"<c>", b"</c>", b"<row>", b"\x00", b"\xff\xfe", b'"', b",", b"\n",
          b"\r", b"\x1b", "\u202e".encode(), b"&amp;", b"&e;", b"]]>", b"<![CDATA[",
          b"<is><t>", b"9" * 40)


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _splice(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(TOKENS) * rng.randint(1, 3) + data[at:]


def _members(data: bytes) -> dict[str, bytes] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return {name: book.read(name) for name in book.namelist()}
    except (zipfile.BadZipFile, OSError):
        return None


def _rezipped(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A member swapped with another, dropped, emptied, or its unpacked XML flipped or
    spliced; then zipped again (so the CRCs are right and the XML is what is tested)."""
    members = _members(data)
    if not members:
        return "flip", _flip(data, rng)
    names = list(members)
    name = rng.choice(names)
    how = rng.choice(("swap", "drop", "empty", "xml flip", "xml splice", "xml splice"))
    if how == "swap":
        other = rng.choice(names)
        members[name], members[other] = members[other], members[name]
    elif how == "drop":
        del members[name]
    elif how == "empty":
        members[name] = b""
    elif how == "xml flip":
        members[name] = _flip(members[name], rng)
    else:
        members[name] = _splice(members[name], rng)
    method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
    return f"member {how}", hostile.zipped(dict(members.items()), method)


def mutated(seed: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One mutation of ``seed``, named."""
    kind = rng.choice(("flip", "truncate", "splice", "rezip", "rezip", "rezip"))
    if kind == "flip":
        return kind, _flip(seed, rng)
    if kind == "truncate":
        return kind, seed[:rng.randrange(len(seed))]
    if kind == "splice" or not seed.startswith(importers.ZIP_MAGIC):
        return "splice", _splice(seed, rng)
    return _rezipped(seed, rng)


def run_case(seeds: list[tuple[str, bytes]], number: int, base: int) -> tuple[str, str, float]:
    """(mutation, outcome, seconds): outcome ``refused:CODE``, ``accepted`` or
    ``traceback:...``. A refusal must be said in both languages; an accepted list must hold
    only what the readers promise."""
    rng = random.Random(f"{base}-{number}")
    name, seed = rng.choice(seeds)
    kind, data = mutated(seed, rng)
    start = time.perf_counter()
    try:
        officials = importers.parse_officials_file(data, name)
        assert 0 < len(officials) <= limits.OFFICIALS
        for o in officials:
            assert o.name and len(o.name) <= limits.CELL_CHARS, o
            assert not any(ch in names.SPACES for ch in o.name + o.title), o
        outcome = "accepted"
    except ValidationError as exc:
        for lang in words.Lang:
            assert words.describe(exc, lang, fields=True)
        outcome = f"refused:{exc.code}"
    except Exception:  # any other is what the fuzz looks for
        outcome = "traceback:" + traceback.format_exc(limit=-3)
    return kind, outcome, time.perf_counter() - start


def _worker(conn: Connection, seeds: list[tuple[str, bytes]], base: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    while (number := conn.recv()) is not None:
        conn.send(run_case(seeds, number, base))


def heavy_cases() -> list[tuple[str, str, bytes]]:
    """Files as large and as busy as the limits let them be, to time the worst case."""
    cell = "x" * (limits.CELL_CHARS - 10)
    wide = hostile.HEADER + "".join(f'<row r="{r}">' + "".join(
        hostile.inline(f"{xlsx_read.column_letters(c)}{r}", cell) for c in range(limits.FIELDS))
        + "</row>" for r in range(2, 270))
    lines = "name,title\r\n" + "".join(
        f"Người thứ {i} {'x' * 900},{'Ủy viên ' * 110}\r\n" for i in range(limits.OFFICIALS))
    return [("sheet of 269 rows x 100 cells of 990 characters (28 MB unpacked)", "w.xlsx",
             hostile.inline_book(hostile.sheet_xml(wide))),
            ("CSV of 500 officials, 1,800-character lines", "w.csv", lines.encode()),
            *((case.name, case.file, case.build()) for case in hostile.CASES)]


def _read(file: str, data: bytes) -> str:
    try:
        return f"{len(importers.parse_officials_file(data, file))} officials"
    except ValidationError as exc:
        return exc.code


def time_heavy() -> None:
    """The slowest of the heavy cases, with the memory each takes at its peak."""
    times = []
    for name, file, data in heavy_cases():
        start = time.perf_counter()
        outcome = _read(file, data)
        seconds = time.perf_counter() - start
        tracemalloc.start()
        _read(file, data)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        times.append((seconds, name, len(data), outcome, peak))
    for seconds, name, size, outcome, peak in sorted(times, reverse=True)[:4]:
        print(f"heavy: {seconds * 1000:.0f} ms, peak {peak / limits.MEGABYTE:.1f} MB, for {name} "
              f"({size:,} bytes): {outcome}")
    print(f"heavy: most memory {max(t[4] for t in times) / limits.MEGABYTE:.1f} MB "
          f"({max(times, key=lambda t: t[4])[1]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case-limit", type=float, default=5, help="seconds before a hang")
    args = parser.parse_args(argv)
    seeds = hostile.seeds()
    context = multiprocessing.get_context("fork")
    counts: collections.Counter[str] = collections.Counter()
    codes: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    slowest = (0.0, "")
    number, end = 0, time.monotonic() + args.seconds
    while time.monotonic() < end:
        mine, theirs = context.Pipe()
        worker = context.Process(target=_worker, args=(theirs, seeds, args.seed), daemon=True)
        worker.start()
        while time.monotonic() < end:
            number += 1
            mine.send(number)
            if not mine.poll(args.case_limit):
                counts["hangs"] += 1
                failures.append(f"case {number}: no answer in {args.case_limit} s")
                break
            try:
                kind, outcome, seconds = mine.recv()
            except EOFError:
                counts["tracebacks"] += 1
                failures.append(f"case {number}: the worker died")
                break
            kinds[kind] += 1
            slowest = max(slowest, (seconds, f"case {number} ({kind}, {outcome[:40]})"))
            if outcome.startswith("refused:"):
                counts["refused"] += 1
                codes[outcome.removeprefix("refused:")] += 1
            elif outcome == "accepted":
                counts["accepted"] += 1
            else:
                counts["tracebacks"] += 1
                failures.append(f"case {number} ({kind}): {outcome}")
        else:
            mine.send(None)
        worker.kill()
        worker.join()
    print(f"seed {args.seed}, {args.seconds:g} s, case limit {args.case_limit:g} s: "
          f"tried {number}, refused cleanly {counts['refused']}, accepted {counts['accepted']}, "
          f"tracebacks {counts['tracebacks']}, hangs {counts['hangs']}")
    print(f"slowest case {slowest[0] * 1000:.0f} ms: {slowest[1]}")
    print("mutations: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("refusals: " + ", ".join(f"{k} {v}" for k, v in codes.most_common()))
    for failure in failures[:10]:
        print(failure)
    time_heavy()
    return 1 if counts["tracebacks"] or counts["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
