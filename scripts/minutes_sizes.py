"""Print what page 1 of a minutes PDF says, line by line, with each line's letter size,
typeface and place: the measured header of DOCUMENTS.md.

    python scripts/minutes_sizes.py MINUTES.pdf [LINES]

Make the PDF with `kiemphieu minutes FILE --pdf MINUTES.pdf` (or scripts/minutes_pages.py).
Run from the checkout: it reads the PDF with tests/render/pdf_read.py (pypdf, the test extra).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.pdf_read import spans


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 14
    print(f"{'size':>6}  {'typeface':<24} {'x mm':>6} {'y mm':>6}  text")
    for span in [s for s in spans(path) if s.page == 1][:count]:
        print(f"{span.size:>6.1f}  {span.font:<24} {span.x:>6.1f} {span.y:>6.1f}  {span.text[:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
