"""Damaged table files merged among good ones: each is merged or refused on its own, never an
internal error, and a good file after it is still merged.

    python tests/bench/fuzz_merge.py [CASES] [SEED] [BYTES]

Each case overwrites BYTES (default 8) random bytes of a good table file of 50 ballots, then
merges [damaged, good] into a fresh copy of the master. It prints how many damaged files were
merged (the damage fell where nothing is read: free space, or a part verify recomputes the
same), how many refused and why (by code), and how many cases ended otherwise (an exception
that is not ours, the good file after it not merged, or a damaged file merged with other
counts than the undamaged one brings, or leaving a master that fails verify): the target is 0.
"""

from __future__ import annotations

import collections
import logging
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import officials

from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.rules import preset
from desktop.services import tables
from desktop.services.count_service import CountService


def fixtures(folder: Path) -> tuple[Path, Path, Path]:
    """A master without ballots and two table files of 50 ballots each."""
    master = folder / "m.kiemphieu"
    definition = CountDefinition("Fuzz", preset("party-96"), officials(3))
    with CountService.create(master, definition, Numbers(200, 200, 200, 200, 200)) as count:
        made = []
        for name in ("Bàn 1", "Bàn 2"):
            path = tables.make_table_file(count, folder / f"{name}.kiemphieu", name)
            with CountService.open(path) as table:
                for i in range(50):
                    table.record_ballot((1 + i % 3, 2, 3))
            made.append(path)
    return master, made[0], made[1]


def reference(master: Path, table: Path, folder: Path) -> list[list[int]]:
    """The counts the undamaged table brings to the master."""
    folder.mkdir()
    shutil.copy(master, folder / "m.kiemphieu")
    with CountService.open(folder / "m.kiemphieu") as count:
        tables.merge_table(count, table)
        return tables.table_tally(count, "Bàn 1").rows


def main() -> None:
    logging.disable(logging.WARNING)  # the program's own log lines: the figures are the point
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="fuzz-merge-"))
    master, victim, good = fixtures(folder)
    original = victim.read_bytes()
    expected = reference(master, victim, folder / "reference")
    work = folder / "work"
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    started = time.perf_counter()
    for case in range(cases):
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        copy = work / "m.kiemphieu"
        shutil.copy(master, copy)
        data = bytearray(original)
        for _ in range(width):
            data[rng.randrange(len(data))] = rng.randrange(256)
        damaged = work / "damaged.kiemphieu"
        damaged.write_bytes(bytes(data))
        try:
            with CountService.open(copy) as count:
                report = tables.merge_files(count, [damaged, good])
                first, second = report.outcomes
                if not second.merged:
                    failures.append(f"case {case}: the good file was refused: {second.result}")
                if first.merged:
                    outcomes["merged"] += 1
                    if count.verify():
                        failures.append(f"case {case}: merged, and the master fails verify")
                    if tables.table_tally(count, "Bàn 1").rows != expected:
                        failures.append(f"case {case}: merged other votes than the table's")
                else:
                    outcomes[f"refused {getattr(first.result, 'code', '?')}"] += 1
        except Exception as exc:  # what the bench counts: the target is none
            failures.append(f"case {case}: {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    print(f"{cases} damaged table files ({width} random bytes each, seed {seed}), "
          f"{seconds:.1f} s:")
    for what, n in outcomes.most_common():
        print(f"  {n:5d} {what}")
    print(f"  {len(failures):5d} otherwise (target 0)")
    for line in failures[:20]:
        print("   ", line)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
