"""Results benchmark: after one ballot, repaint the chart and refresh the table.

    python tests/bench/bench_results.py

The results tab of the real MainWindow (1366×768, offscreen) is shown; for each ballot saved
through the service it times (1) the chart: the `changed` handler (a new snapshot) plus a
synchronous repaint of the visible chart, and (2) the table: the model's `changed` handler
plus a synchronous repaint of the table's viewport. Prints p50/p99 at 200 × 22 and
1,500 × 200. Target (issue 4): ≤ 16 ms p99 for both at 1,500 × 200.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import bench_count, percentile
from PySide6.QtWidgets import QApplication

from desktop.services.count_service import ChangeSet
from desktop.services.demo import demo_ballots
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow

CASES = [(200, 22, 60), (1500, 200, 60)]  # ballots, officials, measured


def run(ballots: int, officials: int, measured: int) -> None:
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    service = bench_count("kp-results-", ballots, officials)
    items = demo_ballots(officials, ballots, seed=7)
    preload = ballots - measured
    for start in range(0, preload, 100):
        service.record_many(items[start:min(start + 100, preload)])
    window = MainWindow(service)
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentIndex(2)
    app.processEvents()
    view = window.results_view
    chart, model, table = view.chart, view.model, view.table
    # time the two views' own reactions: disconnect them and call them by hand
    service.changed.disconnect(chart._on_service_changed)
    service.changed.disconnect(model._on_service_changed)
    chart_ms, table_ms = [], []
    for item in items[preload:]:
        made = service.record_many([item])
        change = ChangeSet(ballots=(made[0].number,))
        app.processEvents()
        start = time.perf_counter()
        chart._on_service_changed(change)
        chart.repaint()
        chart_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        model._on_service_changed(change)
        table.viewport().repaint()
        table_ms.append((time.perf_counter() - start) * 1000)
    print(f"{ballots:>5}×{officials:<4} chart repaint p50 {statistics.median(chart_ms):6.2f} ms"
          f"  p99 {percentile(chart_ms, 0.99):6.2f} ms | table refresh p50 "
          f"{statistics.median(table_ms):6.2f} ms  p99 {percentile(table_ms, 0.99):6.2f} ms"
          f"  ({measured} ballots)")
    window.close()


def main() -> None:
    cases = CASES if len(sys.argv) == 1 else [tuple(map(int, sys.argv[1:4]))]
    for ballots, officials, measured in cases:
        run(ballots, officials, measured)


if __name__ == "__main__":
    main()
