"""Refresh the Qt Linguist files and build the .qm files the program loads.

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # lrelease only

The source strings are Vietnamese (in the code); translate new English entries of
resources/i18n/kiemphieu_en.ts in Qt Linguist (pyside6-linguist), then run this again.
kiemphieu_vi.ts holds Qt's own strings in Vietnamese (file and print dialogs, message boxes,
context menus …), which Qt does not ship; it is edited by hand, and
tests/ui/test_qt_vietnamese.py fails when one of the dialogs the program shows has English
left. What comes from below the window (errors, checks, reasons) has its words in the
catalogue, desktop/domain/words/, not here. tests/ui/test_translations.py fails when a string is
untranslated or a .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (a venv's bin/ or Scripts\\), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def sources() -> list[str]:
    files = [ROOT / "desktop" / "app.py", *sorted((ROOT / "desktop" / "ui").glob("*.py"))]
    return [str(f) for f in files]


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete",
                    "-locations", "none", "-silent"], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    if "--release" not in sys.argv:
        lupdate(I18N / "kiemphieu_en.ts")
    for ts in sorted(I18N.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))


if __name__ == "__main__":
    main()
