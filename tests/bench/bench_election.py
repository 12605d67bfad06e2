"""Election engine benchmark: a durable commit per strike ballot with the program's verdict,
then who is elected and what is settled after each ballot (what every refresh of the window
asks), open and verify, at a congress's sizes.

    python tests/bench/bench_election.py

The ballots: most voters strike few names beyond what the seats force. 1 ballot in 50 keeps
every name (too many kept, invalid), as committees see it; of the others, 1 in 10 strikes
exactly the surplus (the candidates above the seats), the rest 0 to 4 names (weights
30/30/20/12/8), raised to the surplus where fewer would keep too many (with 19 candidates for
15 seats every valid ballot strikes at least 4). Names are struck with a slight preference
for the end of the list, as a real field has its favourites.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain import election_rules
from desktop.domain.ballot import KeyedInput
from desktop.domain.count import CountDefinition, Numbers, Official
from desktop.domain.election import KEPT, STRUCK, ElectionSetup
from desktop.services.count_service import CountService
from tests.bench.common import percentile

CASES = [(500, 19, 15), (500, 60, 45), (1500, 200, 150)]


def strike_ballot(rng: random.Random, candidates: int, seats: int) -> tuple[int, ...]:
    surplus = candidates - seats
    if rng.random() < 0.02:
        return (KEPT,) * candidates  # keeps every name: too many
    if rng.random() < 0.1:
        struck = surplus
    else:
        struck = max(rng.choices(range(5), weights=(30, 30, 20, 12, 8))[0], surplus)
    weights = [1 + i / candidates for i in range(candidates)]
    names: set[int] = set()
    while len(names) < min(struck, candidates):
        names.add(rng.choices(range(candidates), weights=weights)[0])
    return tuple(STRUCK if i in names else KEPT for i in range(candidates))


def run(ballots: int, candidates: int, seats: int) -> str:
    rng = random.Random(1)
    path = Path(tempfile.mkdtemp(prefix="kp-bench-el-")) / "e.kiemphieu"
    definition = CountDefinition(
        "Benchmark", election_rules.lookup("party-190"),
        tuple(Official(f"Ứng cử viên {i}", "") for i in range(candidates)),
        election=ElectionSetup(seats))
    service = CountService.create(path, definition, Numbers(ballots, ballots, ballots,
                                                             ballots, ballots))
    commit, decide = [], []
    for _ in range(ballots):
        item = KeyedInput(strike_ballot(rng, candidates, seats))
        start = time.perf_counter()
        service.record_many([item])
        commit.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        service.election_outcome()
        service.election_settled()
        decide.append((time.perf_counter() - start) * 1000)
    found = service.election_outcome()
    assert found is not None
    service.close()
    start = time.perf_counter()
    service = CountService.open(path, read_only=True)
    opened = time.perf_counter() - start
    start = time.perf_counter()
    assert service.verify() == []
    verified = time.perf_counter() - start
    invalid = service.tally.invalid
    service.close()
    return (f"{ballots} ballots x {candidates} candidates for {seats} seats: commit median "
            f"{statistics.median(commit):.2f} ms, p99 {percentile(commit, 0.99):.2f} ms; "
            f"outcome + settled median {statistics.median(decide):.2f} ms, p99 "
            f"{percentile(decide, 0.99):.2f} ms; open {opened:.2f} s, verify {verified:.2f} s; "
            f"{invalid} invalid (too many kept), {len(found.elected)} elected, "
            f"{len(found.tied)} tied, {found.unfilled} unfilled")


def main() -> None:
    for case in CASES:
        print(run(*case), flush=True)


if __name__ == "__main__":
    main()
