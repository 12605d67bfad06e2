"""Election results benchmark: Enter on the ballot form → saved, the outcome decided again,
and the results tab (chart, table, the line above it) refreshed and painted.

    python tests/bench/bench_election_results.py [BALLOTS CANDIDATES SEATS MEASURED]

A party-190 election (tests/election_counts.py: each voter keeps the names they like best,
up to the seats, sometimes one or two fewer; one ballot in 60 keeps one too many and is
invalid by the program's verdict) in the real MainWindow at 1366×768 (offscreen), with the
results tab shown, so what a ballot repaints is the chart and the table. Most ballots are
loaded through the service first; for each measured one its codes are typed on the form
(not timed), then Enter is pressed and the events processed (timed: save, `changed`, the new
snapshot with the outcome and the settled states, the views' refresh and paint). Prints p50
and p99, and what the snapshot alone takes. Target (issue 14): Enter p99 ≤ 50 ms at
1,500 × 200 for 150 seats.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import percentile
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain import snapshot as snapshot_
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.bench.bench_election_entry import keys_for
from tests.election_counts import election, key, struck_ballots

CASES = [(500, 60, 45, 60), (1500, 200, 150, 60)]  # ballots, candidates, seats, measured


def run(ballots: int, candidates: int, seats: int, measured: int) -> None:
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    path = Path(tempfile.mkdtemp(prefix="kp-election-")) / "e.kiemphieu"
    service = election(path, candidates, seats, summoned=ballots)
    items = struck_ballots(candidates, seats, ballots, seed=5)
    preload = ballots - measured
    key(service, items[:preload])
    window = MainWindow(service)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.results_view)
    app.processEvents()
    enter_ms: list[float] = []
    for item in items[preload:]:
        keys = keys_for(item)  # as the operator keys a strike list: the struck rows named
        for k in keys[:-1]:
            if k == "\n":
                QTest.keyClick(window.form, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(window.form, k)
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(window.form, Qt.Key.Key_Return)
        app.processEvents()  # the repaint of the chart and the table that follow
        enter_ms.append((time.perf_counter() - start) * 1000)
        saved = service.last_ballot
        assert saved is not None and saved.marks == item.marks, "the window stored another"
    assert service.entered == ballots and service.verify() == []
    snap_ms = []
    for _ in range(20):
        start = time.perf_counter()
        snapshot_.snapshot(service.definition, service.numbers, service.tally, service.entered)
        snap_ms.append((time.perf_counter() - start) * 1000)
    found = service.election_outcome()
    assert found is not None
    print(f"{ballots:>5}×{candidates:<4} {seats:>3} seats: Enter→saved+refreshed p50 "
          f"{statistics.median(enter_ms):6.2f} ms  p99 {percentile(enter_ms, 0.99):6.2f} ms "
          f"({measured} ballots) | snapshot with outcome p50 {statistics.median(snap_ms):5.2f}"
          f" ms | elected {len(found.elected)}, tied {len(found.tied)}, left {found.unfilled}")
    window.close()


def main() -> None:
    cases = CASES if len(sys.argv) == 1 else [tuple(map(int, sys.argv[1:5]))]
    for ballots, candidates, seats, measured in cases:
        run(ballots, candidates, seats, measured)


if __name__ == "__main__":
    main()
