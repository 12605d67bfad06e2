"""Give the bundled Liberation 2.x fonts a family name of the project's own.

Debian's fonts-liberation 1.x (which LibreOffice and Chromium pull in) has no Vietnamese
letters and the same family name, "Liberation Serif"; Qt then takes the system's letters for
some glyphs. Under the name "Kiem Phieu Serif" / "Kiem Phieu Sans" only the bundled files
answer. The SIL OFL 1.1 reserves the name "Liberation" for the original: a renamed copy is the
licence's own way to ship a modified font. Run once, with fontTools (a developer's tool, not a
dependency of the program):

    pip install fonttools
    python scripts/rename_fonts.py SOURCE_DIR resources/fonts

SOURCE_DIR holds the Liberation 2.x TTF files (LiberationSerif-Regular.ttf, ...).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

FAMILIES = {"Liberation Serif": "Kiem Phieu Serif", "Liberation Sans": "Kiem Phieu Sans"}


def rename(source: Path, target_dir: Path) -> Path:
    font = TTFont(source)
    names = font["name"]
    old_family = str(names.getName(1, 3, 1, 0x409))
    new_family = FAMILIES[old_family]
    style = str(names.getName(2, 3, 1, 0x409))
    postscript = new_family.replace(" ", "") + "-" + style.replace(" ", "")
    for record in names.names:
        text = str(record)
        if record.nameID in (1, 4, 16):
            record.string = text.replace(old_family, new_family)
        elif record.nameID == 3:
            record.string = f"{postscript} (renamed Liberation 2, {text})"
        elif record.nameID == 6:
            record.string = postscript
    target = target_dir / f"{postscript}.ttf"
    font.save(target)
    return target


def main(argv: list[str]) -> int:
    source_dir, target_dir = Path(argv[0]), Path(argv[1])
    for source in sorted(source_dir.glob("Liberation*.ttf")):
        print(source.name, "->", rename(source, target_dir).name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
