"""The minutes of two closed counts as PDF, and page 1 and the last page as PNG (pdftoppm).

    python scripts/minutes_pages.py [OUT_DIR]     (default screenshots/out)

A 22-official Party count (the demo, all ballots keyed), a 50-official State count, and a
verified count: keyed in four stacks, each keyed twice (differences decided both ways),
then a blind spot check.
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

from desktop.domain.ballot import BallotInput, InvalidInput, InvalidReason, KeyedInput
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers, Official
from desktop.domain.doubleentry import Kept
from desktop.domain.rules import preset
from desktop.domain.words import Lang
from desktop.render import fonts, minutes
from desktop.services import demo, double_entry, spot_checks
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
                         body="QUỐC HỘI KHÓA XV", sitting="Kỳ họp thứ 6")
    service = CountService.create(folder / "state.kiemphieu", definition,
                                  Numbers(480, 480, 470, 470, 470))
    service.record_many(demo.demo_ballots(50, 470, seed=15))
    close(service)
    return service


def verified(folder: Path) -> CountService:
    base = demo.demo_definition()
    definition = replace(base, rules=replace(base.rules, double_entry=True))
    service = CountService.create(folder / "verified.kiemphieu", definition, demo.DEMO_NUMBERS)
    paper = demo.demo_ballots(22, 196, seed=8)
    chair = definition.committee[0].name
    for i, (first, second) in enumerate((("Nguyễn Thị Lan", "Trần Văn Minh"),
                                         ("Trần Văn Minh", "Nguyễn Thị Lan")) * 2):
        name = str(i + 1)
        service.open_stack(name, 49, operator=first)
        stack = paper[49 * i: 49 * (i + 1)]
        service.record_many(stack)
        double_entry.start(service, name, second)
        for j, item in enumerate(stack):
            if j in (7, 30) and isinstance(item, KeyedInput):  # read differently once
                item = KeyedInput(tuple(3 if m == 1 else 1 for m in item.marks[:3])
                                  + item.marks[3:])
            double_entry.key(service, name, item)
        entry = double_entry.entry(service, name)
        assert entry is not None
        for k, position in enumerate(entry.pending):
            double_entry.resolve(service, name, position,
                                 Kept.FIRST if (i + k) % 3 else Kept.SECOND, chair)
    check = spot_checks.start(service, seed=20261128)
    for number in check.numbers:
        stored = service.ballot(number)
        assert stored is not None
        item: BallotInput = (KeyedInput(stored.marks) if stored.marks
                             else InvalidInput(stored.reason or InvalidReason.OTHER, "x"))
        spot_checks.rekey(service, number, item)
    close(service)
    return service


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-minutes-"))
    for name, make in (("party-22", party), ("state-50", state), ("verified", verified)):
        service = make(folder)
        pdf = out / f"minutes-{name}.pdf"
        pages = minutes.write_pdf(pdf, service.minutes_data(), Lang.VI)
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
