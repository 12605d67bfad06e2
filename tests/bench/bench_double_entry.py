"""Double-entry benchmark: a stack keyed a second time through the real dialog (offscreen),
on a count of full size whose other ballots are loaded through the service first.

    python tests/bench/bench_double_entry.py

Prints, for 200 × 22 and 1,500 × 200 counts with stacks of 100: Enter → second-entry ballot
saved and dialog refreshed (p50/p99), the comparison made on the stack's last ballot (ms),
starting a second entry (ms), and deciding one difference by taking the second entry (an
audited re-key, ms). Checks that what was compared and decided is what was keyed.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_entry import keys_for  # run as a script: this folder is on the path
from common import bench_count, percentile
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.ballot import KeyedInput
from desktop.domain.doubleentry import Kept
from desktop.services import double_entry
from desktop.services.demo import demo_ballots
from desktop.ui import i18n
from desktop.ui.double_entry_dialog import DoubleEntryDialog

STACK = 100


def run(ballots: int, officials: int) -> None:
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    service = bench_count("kp-double-", ballots, officials)
    items = demo_ballots(officials, ballots, seed=3)
    for i, start in enumerate(range(0, ballots, STACK)):
        chunk = items[start:start + STACK]
        service.open_stack(str(i + 1), len(chunk), operator="Lan")
        service.record_many(chunk)
    last = str((ballots - 1) // STACK + 1)
    paper = items[(ballots - 1) // STACK * STACK:]
    t0 = time.perf_counter()
    dialog = DoubleEntryDialog(service, stack=last)
    dialog.resize(1000, 720)
    dialog.show()
    app.processEvents()
    dialog.operator.setText("Minh")
    dialog.start()
    start_ms = (time.perf_counter() - t0) * 1000
    enter_ms: list[float] = []
    misread = {5, 50}
    for position, item in enumerate(paper, start=1):
        keyed = item
        if position in misread and isinstance(item, KeyedInput):
            keyed = KeyedInput((3 if item.marks[0] != 3 else 1, *item.marks[1:]))
        for key in keys_for(keyed):
            started = time.perf_counter()
            if key == "\n":
                QTest.keyClick(dialog.form, Qt.Key.Key_Return)
            elif key == "^":
                QTest.keyClick(dialog.form, Qt.Key.Key_Up)
            else:
                QTest.keyClicks(dialog.form, key)
            app.processEvents()
            if key == "\n":
                enter_ms.append((time.perf_counter() - started) * 1000)
    compare_ms = enter_ms[-1]
    entry = double_entry.entry(service, last)
    assert entry is not None and entry.compared
    expected = sorted(p for p in misread if p <= len(paper) and isinstance(paper[p - 1],
                                                                           KeyedInput))
    assert list(entry.differences or ()) == expected, (entry.differences, expected)
    t0 = time.perf_counter()
    double_entry.resolve(service, last, expected[0], Kept.SECOND, "Chủ tịch")
    app.processEvents()
    decide_ms = (time.perf_counter() - t0) * 1000
    assert service.verify() == []
    print(f"{ballots:>5}×{officials:<4} second entry Enter→saved+refreshed p50 "
          f"{statistics.median(enter_ms):6.2f} ms  p99 {percentile(enter_ms, 0.99):6.2f} ms "
          f"({len(enter_ms)}) | last ballot + comparison {compare_ms:6.1f} ms | start "
          f"{start_ms:6.1f} ms | decide (re-key) {decide_ms:6.1f} ms")
    dialog.close()
    service.close()


def main() -> None:
    for ballots, officials in ((200, 22), (1500, 200)):
        run(ballots, officials)


if __name__ == "__main__":
    main()
