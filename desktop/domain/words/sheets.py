"""The words of the results as spreadsheets (CSV, XLSX), beyond those the minutes already
have."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- the results CSV: its first column says whether the count is closed -----------------
    "sheet.status": ("Tình trạng", "Status"),
    "sheet.closed": ("Đã kết thúc", "Closed"),
}
