"""The minutes and the exports from the window: preview and print, PDF, ODT, CSV, XLSX, log.

The preview, the printer and the PDF all call render.minutes.render, so they cannot differ.
Files are offered beside the counting file; a failure is said, never raised into the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain import exports
from desktop.domain.words import os_reason
from desktop.errors import DesktopError, StorageError
from desktop.render import files, minutes
from desktop.services.count_service import CountService
from desktop.ui import i18n, settings

CHOICES = {  # kind → (file name after the count's, filter)
    "pdf": ("bien-ban.pdf", "PDF (*.pdf)"),
    "odt": ("bien-ban.odt", "OpenDocument (*.odt)"),
    "csv": ("ket-qua.csv", "CSV (*.csv)"),
    "xlsx": ("ket-qua.xlsx", "Excel (*.xlsx)"),
    "log": ("nhat-ky.jsonl", "JSON lines (*.jsonl)"),
    "log_pdf": ("nhat-ky.pdf", "PDF (*.pdf)"),
}


def _title(kind: str) -> str:
    """The save dialog's title: what is being saved, in the window's language."""
    titles = {
        "pdf": QCoreApplication.translate("outputs", "Lưu biên bản kiểm phiếu (PDF)"),
        "odt": QCoreApplication.translate("outputs", "Lưu biên bản kiểm phiếu (ODT)"),
        "csv": QCoreApplication.translate("outputs", "Lưu bảng kết quả (CSV)"),
        "xlsx": QCoreApplication.translate("outputs", "Lưu bảng kết quả (XLSX)"),
        "log": QCoreApplication.translate("outputs", "Lưu nhật ký (JSON lines)"),
        "log_pdf": QCoreApplication.translate("outputs", "Lưu nhật ký (PDF)"),
    }
    return titles[kind]


def preview_and_print(service: CountService, parent: QWidget | None) -> None:
    data = service.minutes_data()
    lang = i18n.language()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("minutesPreview")
    dialog.paintRequested.connect(lambda p: minutes.render(p, data, lang))
    screen = (parent.screen() if parent is not None else None) or dialog.screen()
    area = screen.availableGeometry()  # the whole preview on the screen, buttons included
    dialog.resize(min(1000, area.width() * 9 // 10), min(800, area.height() * 9 // 10))
    dialog.exec()


def save(service: CountService, kind: str, parent: QWidget | None) -> Path | None:
    """Ask where (beside the count), write one output; returns where it was written."""
    name, pattern = CHOICES[kind]
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _title(kind),
        str(settings.beside(service.path) / f"{service.path.stem}-{name}"), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    try:
        write(service, kind, path)
    except DesktopError as exc:
        QMessageBox.warning(parent, "Kiểm Phiếu", i18n.alone(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(parent, "Kiểm Phiếu", i18n.alone(StorageError(
            "document_unwritable", path=str(path), detail=os_reason(exc))))
        return None
    return path


def write(service: CountService, kind: str, path: Path) -> None:
    lang = i18n.language()
    if kind == "pdf":
        minutes.write_pdf(path, service.minutes_data(), lang)
    elif kind == "odt":
        minutes.write_odt(path, service.minutes_data(), lang)
    elif kind == "csv":
        files.write_whole(path, exports.results_csv(service.minutes_data(), lang))
    elif kind == "xlsx":
        files.write_whole(path, exports.results_xlsx(service.minutes_data(), lang))
    elif kind == "log_pdf":
        minutes.write_log_pdf(path, service.minutes_data(), service.events(), lang)
    else:
        files.write_whole(path, exports.log_jsonl(service.events()))
