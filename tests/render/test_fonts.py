"""The bundled fonts win whatever the machine has installed (Debian's fonts-liberation 1.x has
the Liberation names and no Vietnamese letters), and the symbols they lack are drawn."""

from pathlib import Path

from PySide6.QtGui import QFont, QFontInfo

from desktop.domain.words import Lang
from desktop.render import fonts, minutes
from desktop.services import demo
from tests.render.pdf_read import embedded_fonts, spans

BUNDLED = {p.stem for p in Path("resources/fonts").glob("*.ttf")}


def test_the_bundled_families_are_the_ones_qt_uses(qapp: object) -> None:
    families = fonts.install_fonts()
    assert set(families) == {fonts.SERIF, fonts.SANS}
    for family in families:
        assert QFontInfo(QFont(family)).family() == family


def test_the_minutes_embed_the_bundled_fonts_only(qapp: object, tmp_path: Path) -> None:
    fonts.install_fonts()
    count = demo.create_demo(tmp_path / "demo.kiemphieu")
    data = count.minutes_data()
    assert any(data.snapshot.settled)  # the chart annex draws its check marks
    for lang in Lang:
        pdf = tmp_path / f"m-{lang.value}.pdf"
        minutes.write_pdf(pdf, data, lang)
        used = embedded_fonts(pdf)
        assert used and used <= BUNDLED, used - BUNDLED
        # whole words, not "KI Ể M": every letter of a heading comes from one font
        heading = [s for s in spans(pdf) if s.page == 1 and ("KIỂM PHIẾU" in s.text
                   or "COUNTING MINUTES" in s.text)]
        assert heading, [s.text for s in spans(pdf)[:12]]
    log = tmp_path / "log.pdf"
    minutes.write_log_pdf(log, data, count.events(), Lang.VI)
    assert embedded_fonts(log) <= BUNDLED
    count.close()
