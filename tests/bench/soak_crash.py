"""Crash soak: 500 random kills of a process recording ballots; prints the figures.

    python tests/bench/soak_crash.py [KILLS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.integrity.crash import run_kills


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    stats = run_kills(Path(tempfile.mkdtemp()) / "soak.kiemphieu", kills)
    print(f"kills {stats.kills}, acknowledged ballots {stats.acknowledged}, lost {stats.lost}, "
          f"half ballots {stats.half_ballots}, files failing verify {stats.verify_failures}, "
          f"{stats.seconds:.0f} s")


if __name__ == "__main__":
    main()
