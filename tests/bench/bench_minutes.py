"""Minutes benchmark: the time to build the PDF (data recomputed from the file + layout +
pages), for 22 and for 200 officials.

    python tests/bench/bench_minutes.py

Target (issue 5): ≤ 3 s for 200 officials on this machine.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import preset
from desktop.render import fonts, minutes
from desktop.services.count_service import CountService
from desktop.services.demo import demo_ballots

CASES = [(200, 22), (1500, 200)]
RUNS = 5


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-minutes-bench-"))
    for ballots, officials in CASES:
        definition = CountDefinition(
            "Benchmark", preset("party-96"),
            tuple(Official(f"Nguyễn Văn Thử {i}", "Ủy viên Bộ Chính trị")
                  for i in range(officials)),
            body="Ban Chấp hành Trung ương", place="Hà Nội", date="2026-11-28",
            committee=(CommitteeMember("Ngô Văn Chủ", Role.CHAIR),
                       CommitteeMember("Hà Thị Ủy", Role.MEMBER)))
        service = CountService.create(folder / f"c{officials}.kiemphieu", definition,
                                      Numbers(ballots, ballots, ballots, ballots, ballots))
        items = demo_ballots(officials, ballots, seed=4)
        for start in range(0, ballots, 100):
            service.record_many(items[start:start + 100])
        times, pages = [], 0
        for run in range(RUNS):
            start = time.perf_counter()
            pages = minutes.write_pdf(folder / f"m{officials}-{run}.pdf", service.minutes_data())
            times.append(time.perf_counter() - start)
        size = (folder / f"m{officials}-0.pdf").stat().st_size
        print(f"{ballots:>5}×{officials:<4} PDF: median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s over {RUNS} runs; {pages} pages, {size / 1e3:.0f} kB")
        service.close()
    del app


if __name__ == "__main__":
    main()
