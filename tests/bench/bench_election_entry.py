"""Keying an election with surplus in the real window, driven by key events (offscreen).

    python tests/bench/bench_election_entry.py [BALLOTS CANDIDATES SEATS]

A strike list is keyed by naming the struck rows (desktop/domain/strike_keypad.py): ``3 Enter
7 Enter Enter``; the whole list kept is ``+ Enter``; ``*`` strikes every name, after which the
rows typed are the ones kept. Each ballot is keyed with the fewer keys of the two ways
(``keys_for``), and the bench checks that the window stored exactly the ballot it meant.

The distribution of struck names, and why: a voter on a list of C candidates for S seats must
strike at least the surplus C − S names for the ballot to be valid (a ballot keeping more names
than seats is invalid), and the usual voter elects a full committee, so strikes exactly the
surplus. Counting committees' reports show most valid ballots so, a tail striking a few more
(keeping fewer than the seats), and a few per cent invalid ballots that strike too few names or
none (keeping the whole list). So, with s = C − S (4 for 19 candidates and 15 seats):
exactly s struck 69%, s+1 12%, s+2 5%, s+3 2%, s+4 1%; none struck 4%; 1 … s−1 struck 5%
(spread evenly); every name struck 1%; a ballot not the committee's (``/ 1 Enter``) 1%.
Which names are struck is drawn by each candidate's weight (some candidates are struck far more
than others; weights fixed by the seed), so rows 10–19, two digits each, come up as they would.
For 19 candidates and 15 seats this is "most voters strike 0–4 names" of the issue.

It prints key → form updated and painted (p50/p99), Enter → saved and refreshed (p50/p99), and
keystrokes per ballot (mean, median, p90) over 5,000 ballots of the distribution.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import officials, percentile
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain import election_rules
from desktop.domain.ballot import BallotInput, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.count import CountDefinition, Numbers
from desktop.domain.election import KEPT, STRUCK, ElectionSetup
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow

CASES = [(300, 19, 15, 100), (500, 60, 45, 50)]  # ballots, candidates, seats, keyed


def draw(candidates: int, seats: int, count: int, seed: int) -> list[BallotInput]:
    """Ballots of the distribution in the docstring."""
    rng = random.Random(seed)
    weights = [rng.uniform(0.2, 3.0) for _ in range(candidates)]
    s = candidates - seats
    sizes = [s, s + 1, s + 2, s + 3, s + 4, 0, -1, candidates, -2]
    chances = [69, 12, 5, 2, 1, 4, 5, 1, 1]
    out: list[BallotInput] = []
    for _ in range(count):
        k = rng.choices(sizes, chances)[0]
        if k == -2:
            out.append(InvalidInput(InvalidReason.NOT_ISSUED))
            continue
        if k == -1:
            k = rng.randint(1, max(s - 1, 1))
        k = min(k, candidates)
        struck: set[int] = set()
        while len(struck) < k:
            struck.add(rng.choices(range(candidates), weights)[0])
        out.append(KeyedInput(tuple(STRUCK if i in struck else KEPT
                                    for i in range(candidates))))
    return out


def keys_for(item: BallotInput) -> list[str]:
    """The fewer keys of naming the struck rows and of ``*`` then naming the kept ones."""
    if isinstance(item, InvalidInput):
        return ["/", "1", "\n"]
    struck = [str(i + 1) for i, m in enumerate(item.marks) if m == STRUCK]
    kept = [str(i + 1) for i, m in enumerate(item.marks) if m == KEPT]
    by_struck = [k for row in struck for k in (*row, "\n")] + ["\n"] if struck else ["+", "\n"]
    by_kept = ["*"] + [k for row in kept for k in (*row, "\n")] + ["\n"]
    return min(by_struck, by_kept, key=len)


def run(ballots: int, candidates: int, seats: int, keyed: int) -> None:
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    definition = CountDefinition("Benchmark", election_rules.lookup("party-190"),
                                 officials(candidates, "Đảng viên"),
                                 election=ElectionSetup(seats))
    service = CountService.create(
        Path(tempfile.mkdtemp(prefix="kp-election-")) / "c.kiemphieu", definition,
        Numbers(ballots, ballots, ballots, ballots, ballots))
    items = draw(candidates, seats, ballots, seed=5)
    preload = ballots - keyed
    for start in range(0, preload, 100):
        service.record_many(items[start:min(start + 100, preload)])
    window = MainWindow(service)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    form = window.form
    key_ms: list[float] = []
    enter_ms: list[float] = []
    for item in items[preload:]:
        keys = keys_for(item)
        for n, key in enumerate(keys):
            start = time.perf_counter()
            if key == "\n":
                QTest.keyClick(form, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(form, key)
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            (enter_ms if n == len(keys) - 1 else key_ms).append(elapsed)
        saved = service.last_ballot
        assert saved is not None and saved.number == service.next_number - 1
        if isinstance(item, KeyedInput):
            assert saved.marks == item.marks, "the window stored something else"
    assert service.entered == ballots and service.verify() == []
    strokes = [len(keys_for(i)) for i in draw(candidates, seats, 5000, seed=11)]
    print(f"{ballots:>4} ballots × {candidates} candidates for {seats} seats: "
          f"key→form p50 {statistics.median(key_ms):5.2f} ms p99 "
          f"{percentile(key_ms, 0.99):5.2f} ms ({len(key_ms)} keys) | "
          f"Enter→saved+refreshed p50 {statistics.median(enter_ms):5.2f} ms p99 "
          f"{percentile(enter_ms, 0.99):5.2f} ms ({len(enter_ms)}) | keystrokes/ballot "
          f"mean {statistics.mean(strokes):.2f}, median {statistics.median(strokes):.0f}, "
          f"p90 {percentile([float(s) for s in strokes], 0.9):.0f}")
    window.close()
    service.close()


def main() -> None:
    cases = CASES if len(sys.argv) == 1 else [(*map(int, sys.argv[1:4]), 50)]
    for ballots, candidates, seats, keyed in cases:
        run(ballots, candidates, seats, keyed)


if __name__ == "__main__":
    main()
