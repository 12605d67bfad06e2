"""Every string of the window is translated, and the .qm files are built from the .ts files."""

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop import resources
from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out[(name, message.findtext("source", ""))] = message
    return out


def test_every_source_string_has_an_english_translation(tmp_path: Path) -> None:
    committed = resources.path("i18n", "kiemphieu_en.ts")
    fresh = tmp_path / "en.ts"
    shutil.copy(committed, fresh)
    update_translations.lupdate(fresh)  # what the code says now, merged with what we have
    found = messages(fresh)
    untranslated = [source for (_, source), m in found.items()
                    if m.find("translation") is None
                    or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                    or not (m.findtext("translation") or "").strip()]
    assert untranslated == [], "run scripts/update_translations.py and translate these"
    assert set(found) == set(messages(committed)), "kiemphieu_en.ts is out of date"


def test_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for ts in sorted(resources.path("i18n").glob("*.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        update_translations.lrelease(ts, qm)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name}: run scripts/update_translations.py --release"


def test_the_translators_are_used(qtbot: QtBot) -> None:
    i18n.install_translator("en")
    assert QCoreApplication.translate("BallotForm", "STT") == "No."
    i18n.install_translator("vi")
    assert QCoreApplication.translate("BallotForm", "STT") == "STT"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy bỏ"

