"""Election minutes benchmark: the time to build the PDF of an election (data recomputed from
the file + layout + pages), for a Party committee of 15 from 19 and for 1,500 ballots × 200
candidates.

    python tests/bench/bench_election_minutes.py

Target (issue 14): ≤ 3 s for 1,500 ballots × 200 candidates on this machine.

The ballots: a list with surplus under QĐ 190 (at most 30% more candidates than seats, so 200
candidates for 154 seats). A voter must strike at least the surplus (46) and most strike only
that or a few more (0–4 beyond it, weighted to none); one in a hundred strikes too few and is
invalid by the program's own verdict. Which names are struck leans on a few candidates, as a
congress's does, so that some pass the bar and some do not.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from desktop.domain import election_rules
from desktop.domain.ballot import KeyedInput
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.election import KEPT, STRUCK, ElectionSetup, Exclusion
from desktop.render import fonts, minutes
from desktop.services.count_service import CountService

CASES = [(27, 19, 15), (1500, 200, 154)]
RUNS = 5
EXTRA_STRIKES = (0, 0, 0, 1, 1, 2, 3, 4)


def election_count(path: Path, ballots: int, candidates: int, seats: int) -> CountService:
    definition = CountDefinition(
        "Bầu Ban Chấp hành (benchmark)", election_rules.lookup("party-190"),
        tuple(Official(f"Nguyễn Văn Thử {i}") for i in range(candidates)),
        body="Đảng bộ tỉnh", sitting="Đại hội đại biểu", place="Hà Nội", date="2026-11-28",
        committee=(CommitteeMember("Ngô Văn Chủ", Role.CHAIR),
                   CommitteeMember("Hà Thị Ủy", Role.MEMBER)),
        election=ElectionSetup(seats, 1, (Exclusion("Vắng mặt có lý do", 3),)))
    service = CountService.create(path, definition,
                                  Numbers(None, ballots + 3, ballots, ballots, ballots))
    rng = random.Random(14)
    weights = [rng.random() ** 3 for _ in range(candidates)]  # a few are struck often
    surplus = candidates - seats
    items = []
    for _ in range(ballots):
        strikes = surplus + rng.choice(EXTRA_STRIKES) - (1 if rng.random() < 0.01 else 0)
        struck: set[int] = set()
        while len(struck) < strikes:
            struck.add(rng.choices(range(candidates), weights)[0])
        items.append(KeyedInput(tuple(STRUCK if c in struck else KEPT
                                      for c in range(candidates))))
    for start in range(0, ballots, 100):
        service.record_many(items[start:start + 100])
    return service


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-election-minutes-bench-"))
    for ballots, candidates, seats in CASES:
        service = election_count(folder / f"e{candidates}.kiemphieu", ballots, candidates,
                                 seats)
        times, pages = [], 0
        for run in range(RUNS):
            start = time.perf_counter()
            pages = minutes.write_pdf(folder / f"m{candidates}-{run}.pdf",
                                      service.minutes_data())
            times.append(time.perf_counter() - start)
        size = (folder / f"m{candidates}-0.pdf").stat().st_size
        found = service.election_outcome()
        assert found is not None
        print(f"{ballots:>5}×{candidates:<4} for {seats:>3} seats PDF: median "
              f"{statistics.median(times):.2f} s, max {max(times):.2f} s over {RUNS} runs; "
              f"{pages} pages, {size / 1e3:.0f} kB; elected {len(found.elected)}, tied "
              f"{len(found.tied)}, unfilled {found.unfilled}")
        service.close()
    del app


if __name__ == "__main__":
    main()
