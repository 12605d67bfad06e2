"""The minutes and the exports from the window: preview and print, PDF, ODT, CSV, XLSX, log.

The preview, the printer and the PDF all call render.minutes.render, so they cannot differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain import exports
from desktop.render import minutes
from desktop.services.count_service import CountService


def preview_and_print(service: CountService, lang: str, parent: QWidget | None) -> None:
    data = service.minutes_data()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("minutesPreview")
    dialog.paintRequested.connect(lambda p: minutes.render(p, data, lang))
    dialog.resize(1000, 800)
    dialog.exec()


def _ask(parent: QWidget | None, title: str, name: str, pattern: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return Path(chosen) if chosen else None


def save(service: CountService, lang: str, kind: str, parent: QWidget | None) -> Path | None:
    """Ask where, write one output; a failure is said, never raised into the window."""
    stem = service.path.stem
    choices = {
        "pdf": (f"{stem}-bien-ban.pdf", "PDF (*.pdf)"),
        "odt": (f"{stem}-bien-ban.odt", "OpenDocument (*.odt)"),
        "csv": (f"{stem}-ket-qua.csv", "CSV (*.csv)"),
        "xlsx": (f"{stem}-ket-qua.xlsx", "Excel (*.xlsx)"),
        "log": (f"{stem}-nhat-ky.jsonl", "JSON lines (*.jsonl)"),
        "log_pdf": (f"{stem}-nhat-ky.pdf", "PDF (*.pdf)"),
    }
    name, pattern = choices[kind]
    path = _ask(parent, "Kiểm Phiếu", name, pattern)
    if path is None:
        return None
    try:
        write(service, lang, kind, path)
    except OSError as exc:
        QMessageBox.warning(parent, "Kiểm Phiếu", f"{path.name}: {exc}")
        return None
    return path


def write(service: CountService, lang: str, kind: str, path: Path) -> None:
    if kind == "pdf":
        minutes.write_pdf(path, service.minutes_data(), lang)
    elif kind == "odt":
        minutes.write_odt(path, service.minutes_data(), lang)
    elif kind == "csv":
        path.write_bytes(exports.results_csv(service.minutes_data().snapshot, lang))
    elif kind == "xlsx":
        path.write_bytes(exports.results_xlsx(service.minutes_data().snapshot, lang))
    elif kind == "log_pdf":
        minutes.write_log_pdf(path, service.minutes_data(), service.events(), lang)
    else:
        path.write_bytes(exports.log_jsonl(service.events()))
