"""ODT benchmark: the time to write the ODT, and LibreOffice's round trip (the ODT converted
to PDF headless, the way a committee opens it), with the pages of our PDF and of LibreOffice's,
for 22 and for 200 officials, in Vietnamese and in English.

    python tests/bench/bench_odt.py

Needs ``soffice`` on PATH for the round trip (without it, only the writing is timed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import minutes_count
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from desktop.domain.words import Lang
from desktop.render import fonts, minutes

CASES = [(200, 22), (1500, 200)]


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-odt-bench-"))
    soffice = shutil.which("soffice")
    profile = (folder / "profile").as_uri()  # a private profile: runs do not clash
    for ballots, officials in CASES:
        service = minutes_count(folder / f"c{officials}.kiemphieu", ballots, officials)
        data = service.minutes_data()
        for lang in (Lang.VI, Lang.EN):
            stem = folder / f"m{officials}-{lang.value}"
            ours = minutes.write_pdf(stem.with_suffix(".pdf"), data, lang)
            start = time.perf_counter()
            minutes.write_odt(stem.with_suffix(".odt"), data, lang)
            written = time.perf_counter() - start
            size = stem.with_suffix(".odt").stat().st_size
            line = (f"{ballots:>5}×{officials:<4} {lang.value}: ODT {written:.2f} s, "
                    f"{size / 1e3:.0f} kB; our PDF {ours} pages")
            if soffice is not None:
                out = folder / "lo"
                start = time.perf_counter()
                subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                                "--convert-to", "pdf", "--outdir", str(out),
                                str(stem.with_suffix(".odt"))],
                               check=True, capture_output=True, timeout=300)
                converted = time.perf_counter() - start
                theirs = len(PdfReader(str(out / f"{stem.name}.pdf")).pages)
                line += f"; LibreOffice's PDF {theirs} pages in {converted:.1f} s"
            print(line, flush=True)
        service.close()
    if soffice is None:
        print("soffice is not on PATH: no LibreOffice round trip")
    del app


if __name__ == "__main__":
    main()
