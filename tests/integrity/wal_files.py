"""Counting files with acknowledged ballots still in their write-ahead log (a program killed
before it closed the file), and a way to run the command line on a read-only folder (a
write-protected stick) even as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import os, sys
from desktop.services.count_service import CountService
service = CountService.open(sys.argv[1])
marks = tuple(1 + i % 3 for i in range(len(service.definition.officials)))
for _ in range(int(sys.argv[2])):
    service.record_ballot(marks)
os._exit(0)  # killed: the ballots are acknowledged, the file never closed
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def keyed_then_killed(path: Path, ballots: int) -> None:
    """``ballots`` acknowledged ballots keyed into ``path`` by a program that was then killed,
    so they sit in ``path``-wal, not yet in the file itself."""
    subprocess.run([sys.executable, "-c", CHILD, str(path), str(ballots)], check=True,
                   env=_env(), cwd=ROOT, timeout=120)
    assert wal(path).stat().st_size > 0


def wal(path: Path) -> Path:
    return path.with_name(f"{path.name}-wal")


def shm(path: Path) -> Path:
    return path.with_name(f"{path.name}-shm")


def cli_on_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``kiemphieu ARGS`` with ``folder`` read-only: for root (who writes through chmod) a
    read-only bind mount in a mount namespace of the command's own."""
    command = [sys.executable, "-m", "desktop", *args]
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=_env(),
                                  cwd=ROOT, timeout=120)
        finally:
            folder.chmod(mode)
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "true"], capture_output=True).returncode != 0:
        pytest.skip("root without mount namespaces cannot make a read-only folder")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), *command],
                          capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120)
