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

from common import minutes_count
from PySide6.QtGui import QGuiApplication

from desktop.render import fonts, minutes

CASES = [(200, 22), (1500, 200)]
RUNS = 5


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-minutes-bench-"))
    for ballots, officials in CASES:
        service = minutes_count(folder / f"c{officials}.kiemphieu", ballots, officials)
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
