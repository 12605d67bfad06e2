"""Canary for the Qt binding: a count emits ``changed`` thousands of times in an evening.

PySide6-Essentials 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()``, so the
interpreter aborted ("bool_dealloc") after a few thousand ballots. This runs the emits in a
child process, so a crash fails this test instead of killing the test run.
"""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal(object)

source = Source()
seen = []
source.changed.connect(seen.append)
before = sys.getrefcount(True)
for i in range(20000):
    source.changed.emit((i,))
print(len(seen), sys.getrefcount(True) - before)
"""


def test_twenty_thousand_emits_leave_the_interpreter_intact() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    received, drift = map(int, done.stdout.split())
    assert received == 20000
    assert abs(drift) < 100  # a leak of one reference per emit would show as -20000
