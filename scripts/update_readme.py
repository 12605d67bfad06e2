"""Rewrite the parts of README.md made from the program's own tables.

    python scripts/update_readme.py

Between ``<!-- keys -->`` and ``<!-- /keys -->``: the keypad's table of keys, from
desktop.domain.keypad.BINDINGS (tests/domain/test_keypad.py fails when the README differs);
between ``<!-- strike-keys -->`` and ``<!-- /strike-keys -->`` a strike list's, from
desktop.domain.strike_keypad.BINDINGS (tests/domain/test_strike_keypad.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain import keypad, strike_keypad  # noqa: E402
from desktop.domain.words import Lang  # noqa: E402


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    for tag, bindings in (("keys", keypad.BINDINGS), ("strike-keys", strike_keypad.BINDINGS)):
        block = f"<!-- {tag} -->\n" + keypad.help_markdown(Lang.EN, bindings) + \
            f"<!-- /{tag} -->"
        text, found = re.subn(f"<!-- {tag} -->\n.*?<!-- /{tag} -->", lambda _, b=block: b, text,
                              flags=re.DOTALL)
        if not found:
            raise SystemExit(f"README.md has no <!-- {tag} --> … <!-- /{tag} --> block")
    readme.write_text(text, encoding="utf-8")
    print("README.md: key table written")


if __name__ == "__main__":
    main()
