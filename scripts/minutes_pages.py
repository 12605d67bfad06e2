"""The minutes of two closed counts as PDF, and page 1 and the last page as PNG (pdftoppm).

    python scripts/minutes_pages.py [OUT_DIR]     (default screenshots/out)

A 22-official Party count (the demo, all ballots keyed) and a 50-official State count.
pdftoppm comes with Debian's poppler-utils; without it only the PDFs are written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers, Official
from desktop.domain.rules import preset
from desktop.render import fonts, minutes
from desktop.services import demo
from desktop.services.count_service import CountService


def close(service: CountService) -> None:
    acks = [Acknowledgement(c.code, service.definition.committee[1].name,
                            "Ban kiểm phiếu đã đối chiếu lại với phiếu gốc")
            for c in service.checks() if c.severity.value == "warning"]
    service.close_count(acks)


def party(folder: Path) -> CountService:
    service = demo.create_demo(folder / "party.kiemphieu", ballots=196)
    close(service)
    return service


def state(folder: Path) -> CountService:
    base = demo.demo_definition()
    names = [o.name for o in base.officials]
    titles = ["Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng Chính phủ", "Bộ trưởng",
              "Chủ nhiệm Ủy ban", "Phó Chủ tịch Quốc hội"]
    officials = tuple(Official(f"{names[i % 22]}" + (f" ({i // 22 + 1})" if i >= 22 else ""),
                               titles[i % len(titles)]) for i in range(50))
    definition = replace(base, title="Lấy phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội "
                         "bầu (dữ liệu mẫu)", rules=preset("state-96"), officials=officials,
                         body="QUỐC HỘI KHÓA XV (dữ liệu mẫu)", sitting="Kỳ họp thứ 6")
    service = CountService.create(folder / "state.kiemphieu", definition,
                                  Numbers(480, 480, 470, 470, 470))
    service.record_many(demo.demo_ballots(50, 470, seed=15))
    close(service)
    return service


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-minutes-"))
    for name, make in (("party-22", party), ("state-50", state)):
        service = make(folder)
        pdf = out / f"minutes-{name}.pdf"
        pages = minutes.write_pdf(pdf, service.minutes_data(), "vi")
        service.close()
        print(pdf, pages, "pages")
        if shutil.which("pdftoppm"):
            for page in (1, pages):
                subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page),
                                "-singlefile", str(pdf), str(out / f"minutes-{name}-p{page}")],
                               check=True)
    del app


if __name__ == "__main__":
    main()
