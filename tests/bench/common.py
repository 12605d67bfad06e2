"""What the benchmarks share: a count of a given size, and the percentile they print."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import preset
from desktop.services.count_service import CountService
from desktop.services.demo import demo_ballots


def officials(n: int, title: str = "Ủy viên Bộ Chính trị") -> tuple[Official, ...]:
    return tuple(Official(f"Nguyễn Văn Thử {i}", title) for i in range(n))


def bench_count(prefix: str, ballots: int, n_officials: int) -> CountService:
    """A new Party count in a fresh temporary folder, every number set to ``ballots``."""
    definition = CountDefinition("Benchmark", preset("party-96"), officials(n_officials))
    return CountService.create(Path(tempfile.mkdtemp(prefix=prefix)) / "c.kiemphieu",
                               definition, Numbers(ballots, ballots, ballots, ballots, ballots))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def minutes_count(path: Path, ballots: int, officials: int) -> CountService:
    """A Party count of ``officials`` with ``ballots`` drawn as the demo draws them (also the
    ODT bench's)."""
    definition = CountDefinition(
        "Benchmark", preset("party-96"),
        tuple(Official(f"Nguyễn Văn Thử {i}", "Ủy viên Bộ Chính trị") for i in range(officials)),
        body="Ban Chấp hành Trung ương", place="Hà Nội", date="2026-11-28",
        committee=(CommitteeMember("Ngô Văn Chủ", Role.CHAIR),
                   CommitteeMember("Hà Thị Ủy", Role.MEMBER)))
    service = CountService.create(path, definition,
                                  Numbers(ballots, ballots, ballots, ballots, ballots))
    items = demo_ballots(officials, ballots, seed=4)
    for start in range(0, ballots, 100):
        service.record_many(items[start:start + 100])
    return service
