"""Opening a count after a kill, when its -wal still holds acknowledged ballots: the -wal is
judged (storage.wal) before SQLite folds it in. Prints the time to open for writing and for
reading, with and without a -wal, at 1,500 ballots x 200 officials.

    python tests/bench/bench_wal_open.py [BALLOTS] [OFFICIALS]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services.count_service import CountService
from tests.bench.common import minutes_count
from tests.integrity.wal_files import keyed_then_killed, wal


def timed(path: Path, read_only: bool) -> float:
    start = time.perf_counter()
    CountService.open(path, read_only=read_only).close()
    return time.perf_counter() - start


def main() -> None:
    ballots = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    officials = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    folder = Path(tempfile.mkdtemp(prefix="bench-wal-"))
    path = folder / "c.kiemphieu"
    service = minutes_count(path, ballots - 50, officials)
    service.set_numbers(members=ballots, summoned=ballots, present=ballots, issued=ballots,
                        collected=ballots)  # room for the 50 keyed before the kill
    service.close()
    print(f"{ballots} ballots x {officials} officials: file {path.stat().st_size / 1e6:.1f} MB")
    print(f"no -wal: open to write {timed(path, False):.3f} s, to read {timed(path, True):.3f} s")
    kept = folder / "kept"
    kept.mkdir()
    keyed_then_killed(path, 50)
    shutil.copyfile(path, kept / path.name)
    shutil.copyfile(wal(path), kept / wal(path).name)
    size = wal(path).stat().st_size / 1e6
    for read_only in (True, False):
        shutil.copyfile(kept / path.name, path)
        shutil.copyfile(kept / wal(path).name, wal(path))
        print(f"-wal of {size:.1f} MB: open to {'read' if read_only else 'write'} "
              f"{timed(path, read_only):.3f} s")


if __name__ == "__main__":
    main()
