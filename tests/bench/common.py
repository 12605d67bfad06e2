"""What the benchmarks share: a count of a given size, and the percentile they print."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.rules import preset
from desktop.services.count_service import CountService


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
