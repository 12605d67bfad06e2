"""Crash harness: a child process records ballots through the real service, printing each
ballot number once the save has returned; the parent kills it at a random moment and checks
the file. Used by the test suite (50 kills) and by tests/bench/soak_crash.py (500)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.rules import preset
from desktop.services.count_service import CountService
from desktop.storage.repository import CountFile
from desktop.storage.verify import verify

OFFICIALS = 22
CHILD = """
import random, sys
from desktop.services.count_service import CountService
from desktop.services.safety import BackupPolicy
service = CountService.open(sys.argv[1])
service.policy = BackupPolicy(every=7, keep=3)  # backups run during the kills too
print("ready", flush=True)
rng = random.Random(int(sys.argv[2]))
while True:
    marks = tuple(rng.choice((1, 1, 1, 2, 3, 0, 10)) for _ in range(int(sys.argv[3])))
    ballot = service.record_ballot(marks)
    sys.stdout.write(f"ok {ballot.number}\\n")
    sys.stdout.flush()
"""


@dataclass
class Stats:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    half_ballots: int = 0
    verify_failures: int = 0
    seconds: float = 0.0


def make_count(path: Path) -> None:
    definition = CountDefinition("Crash test", preset("party-96"), tuple(
        Official(f"Nguyễn Văn {i}", "Ủy viên") for i in range(OFFICIALS)))
    CountService.create(path, definition, Numbers(10**6, 10**6, 10**6, 10**6, 10**6)).close()


def check(path: Path, acknowledged: set[int], stats: Stats) -> None:
    count = CountFile.open(path, read_only=True)
    try:
        problems = verify(count)  # integrity_check, the chain, the replay against the tables
        if problems:
            stats.verify_failures += 1
        stored = {b.number for b in count.ballots() if b.counts}
        stats.lost = len(acknowledged - stored)
        half = count.db.execute(
            "SELECT count(*) FROM ballots b WHERE b.status = 'valid' AND "
            f"(SELECT count(*) FROM marks m WHERE m.ballot_id = b.id) != {OFFICIALS}")
        stats.half_ballots += int(half.fetchone()[0])
    finally:
        count.close()


def run_kills(path: Path, kills: int, seed: int = 2026) -> Stats:
    make_count(path)
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    stats = Stats()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    for k in range(kills):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(seed + k),
                                  str(OFFICIALS)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env)
        assert child.stdout is not None
        first = child.stdout.readline()
        if first.strip() != "ready":
            child.kill()
            _, err = child.communicate()
            raise AssertionError(f"the child did not start: {first!r} {err[-800:]}")
        # wait for the first save, so every child really was saving when killed however
        # slow the machine is (a loaded CI runner fsyncs slowly); then a random moment
        first_ok = child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.08))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        out, _ = child.communicate()
        complete = (first_ok + out).split("\n")[:-1]  # a cut line was never acknowledged
        acknowledged |= {int(line[3:]) for line in complete if line.startswith("ok ")}
        stats.kills += 1
        check(path, acknowledged, stats)
        if stats.lost or stats.half_ballots or stats.verify_failures:
            break
    stats.acknowledged = len(acknowledged)
    stats.seconds = time.perf_counter() - started
    return stats
