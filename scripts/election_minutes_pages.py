"""The minutes of two closed elections, PDF and ODT in both languages, and every page as PNG
(pdftoppm), with LibreOffice's PDF of each ODT beside them when soffice is installed.

    python scripts/election_minutes_pages.py [OUT_DIR]     (default screenshots/elections)

A Party committee of 15 from 19 (QĐ 190: two excluded categories, a ballot keeping 16 names,
three tied for the last two seats) and a State election of 3 from 5 (a ballot striking every
name, a seat left unfilled): the counts of tests/render/election_counts.py. Run from the
checkout. pdftoppm comes with Debian's poppler-utils; without it only the documents are
written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication

from desktop.domain.words import Lang
from desktop.render import fonts, minutes
from tests.render.election_counts import party_count, state_count


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots/elections")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    work = Path(tempfile.mkdtemp(prefix="kp-election-minutes-"))
    odts = []
    for name, make in (("party-190", party_count), ("state-election", state_count)):
        service = make(work / f"{name}.kiemphieu")
        data = service.minutes_data()
        for lang in Lang:
            stem = out / f"{name}-{lang.value}"
            pages = minutes.write_pdf(stem.with_suffix(".pdf"), data, lang)
            minutes.write_odt(stem.with_suffix(".odt"), data, lang)
            odts.append(stem.with_suffix(".odt"))
            print(f"{stem}.pdf: {pages} pages; {stem}.odt")
        service.close()
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice:
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out / "odt"),
                        *map(str, odts)], check=True, capture_output=True, timeout=300)
    if pdftoppm:
        for pdf in [*out.glob("*.pdf"), *(out / "odt").glob("*.pdf")]:
            prefix = pdf.with_suffix("") if pdf.parent == out else out / f"odt-{pdf.stem}"
            subprocess.run([pdftoppm, "-r", "60", "-png", str(pdf), str(prefix)], check=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
