"""Engine benchmark: durable commit per ballot, open + tally rebuild, verify, size, memory.

Run on demand (not part of the test suite):  python tests/bench/bench_engine.py
Each case runs in its own process so that its peak memory is its own.
Targets (issue 2): p99 commit ≤ 20 ms, open ≤ 1 s, verify ≤ 3 s, peak memory ≤ 300 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = [(200, 22), (1500, 200)]


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows: no resource module; report what psutil-free Python can
        return float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / (1024 * 1024)


def run_case(ballots: int, officials: int) -> dict[str, float]:
    from desktop.domain.count import CountDefinition, Numbers, Official
    from desktop.domain.rules import preset
    from desktop.services.count_service import CountService
    from desktop.services.demo import demo_ballots

    folder = Path(tempfile.mkdtemp(prefix="kp-bench-"))
    path = folder / "bench.kiemphieu"
    definition = CountDefinition(
        "Benchmark", preset("party-96"),
        tuple(Official(f"Nguyễn Văn Thử {i}", "Ủy viên") for i in range(officials)))
    numbers = Numbers(ballots + 10, ballots + 10, ballots, ballots, ballots)
    service = CountService.create(path, definition, numbers)
    items = demo_ballots(officials, ballots, seed=1)
    commit_ms = []
    for item in items:
        start = time.perf_counter()
        service.record_many([item])  # one durable transaction per ballot, as the window does
        commit_ms.append((time.perf_counter() - start) * 1000)
    service.close()

    start = time.perf_counter()
    service = CountService.open(path)
    open_s = time.perf_counter() - start
    assert service.entered == ballots

    start = time.perf_counter()
    problems = service.verify()
    verify_s = time.perf_counter() - start
    assert problems == [], problems
    service.close()
    size = path.stat().st_size + sum(
        p.stat().st_size for p in folder.glob("bench.kiemphieu-*"))
    commit_ms.sort()
    return {
        "ballots": ballots,
        "officials": officials,
        "commit_median_ms": statistics.median(commit_ms),
        "commit_p99_ms": commit_ms[min(len(commit_ms) - 1, int(len(commit_ms) * 0.99))],
        "commit_max_ms": commit_ms[-1],
        "open_s": open_s,
        "verify_s": verify_s,
        "file_mb": size / 1e6,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    if len(sys.argv) == 3:
        print(json.dumps(run_case(int(sys.argv[1]), int(sys.argv[2]))))
        return
    print(f"{'case':>10} {'commit p50':>10} {'p99':>7} {'max':>7} {'open':>7} "
          f"{'verify':>7} {'file':>8} {'peak RSS':>9}")
    for ballots, officials in CASES:
        done = subprocess.run(
            [sys.executable, __file__, str(ballots), str(officials)],
            capture_output=True, text=True, check=True, env={**os.environ})
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{ballots:>5}×{officials:<4} {r['commit_median_ms']:>8.2f}ms "
              f"{r['commit_p99_ms']:>5.2f}ms {r['commit_max_ms']:>5.1f}ms {r['open_s']:>6.3f}s "
              f"{r['verify_s']:>6.3f}s {r['file_mb']:>6.2f}MB {r['peak_rss_mb']:>7.1f}MB")


if __name__ == "__main__":
    main()
