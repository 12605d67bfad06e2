"""Rewrite the parts of README.md made from the program's own tables.

    python scripts/update_readme.py

Between ``<!-- keys -->`` and ``<!-- /keys -->``: the keypad's table of keys, from
desktop.domain.keypad.BINDINGS (tests/domain/test_keypad.py fails when the README differs).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain import keypad  # noqa: E402
from desktop.domain.words import Lang  # noqa: E402


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "<!-- keys -->\n" + keypad.help_markdown(Lang.EN) + "<!-- /keys -->"
    new, found = re.subn(r"<!-- keys -->\n.*?<!-- /keys -->", lambda _: block, text,
                         flags=re.DOTALL)
    if not found:
        raise SystemExit("README.md has no <!-- keys --> … <!-- /keys --> block")
    readme.write_text(new, encoding="utf-8")
    print("README.md: key table written")


if __name__ == "__main__":
    main()
