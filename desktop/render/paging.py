"""Laying the minutes out on pages: no table row split across two pages, no section heading
alone at the foot of a page, the closing sentence and the signatures on one page.

Qt moves a table row to the next page only when none of its cells' first lines fits; a row
whose first line fits and whose second does not is split. ``split_rows`` finds such rows; the
HTML is then built again with each of them starting a new table on a new page (under the
repeated header), until no row is split.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.render.minutes_parts import Breaks

# each pass moves the first split row of each table, so a table gets as many passes as it
# has page breaks (a later row's place depends on the earlier ones: moving them all at once
# would leave breaks that the move of an earlier row has made needless)
MAX_PASSES = 80


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _page(doc: QTextDocument, block: QTextBlock, page_height: float, bottom: bool) -> int:
    rect = doc.documentLayout().blockBoundingRect(block)
    return int(((rect.bottom() - 1) if bottom else rect.top()) // page_height)


def split_rows(doc: QTextDocument, page_height: float) -> Breaks:
    """The first body row of each table laid out across a page break, per table (by its
    number of columns), named by its first cell's text."""
    found: dict[int, set[str]] = {}
    for table in _tables(doc):
        header = table.format().headerRowCount()
        if not header:
            continue  # only the paged tables (they repeat a header); the signatures are
            # kept on one page with the closing sentence (keep_together)
        for r in range(header, table.rows()):
            first = min(_page(doc, table.cellAt(r, c).firstCursorPosition().block(),
                              page_height, False) for c in range(table.columns()))
            last = max(_page(doc, table.cellAt(r, c).lastCursorPosition().block(),
                             page_height, True) for c in range(table.columns()))
            if first != last:
                cell = table.cellAt(r, 0)
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(),
                                   QTextCursor.MoveMode.KeepAnchor)
                found.setdefault(table.columns(), set()).add(cursor.selectedText().strip())
                break
    return {columns: frozenset(keys) for columns, keys in found.items()}


def lay_out(build: Callable[[Breaks], QTextDocument], page_height: float) -> QTextDocument:
    """Build the document, then build it again with the split rows moved, until none is."""
    breaks: dict[int, frozenset[str]] = {}
    doc = build(breaks)
    for _ in range(MAX_PASSES):
        split = split_rows(doc, page_height)
        if not split:
            break
        for columns, keys in split.items():
            breaks[columns] = breaks.get(columns, frozenset()) | keys
        doc = build(breaks)
    laid_out_whole(doc)
    return doc


def laid_out_whole(doc: QTextDocument) -> None:
    """Every block laid out now. Qt lays a document out lazily, as far as it was asked;
    a format changed later (a heading sent to the next page) then lays out again only the
    blocks it moves, and those never laid out stay without lines: drawn as nothing, though
    they keep their place (the minutes lost the text between a table and the signatures)."""
    doc.documentLayout().blockBoundingRect(doc.lastBlock())


HEADING = re.compile(r"^[IVX]+\. ")  # the template's section headings: "I. SỐ LIỆU", …


def keep_headings_with_text(doc: QTextDocument, page_height: float) -> None:
    """A section heading left alone at the foot of a page starts the next page instead."""
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if HEADING.match(block.text()) and following.isValid():
            here = _first_line_page(doc, block, page_height)
            there = _first_line_page(doc, following, page_height)
            if there > here:
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = following


def _first_line_page(doc: QTextDocument, block: QTextBlock, page_height: float) -> int:
    """The page of a block's first line (a block's own top can stay on the page before,
    when its first line is pushed to the next one)."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    first = lines.lineAt(0).y() if lines.lineCount() else 0.0
    return int((top + first + 1) // page_height)


def keep_together(doc: QTextDocument, page_height: float, text: str) -> None:
    """The paragraph starting with ``text`` and everything after it stay on one page: when
    they would straddle a page break, they start on a new page."""
    found = doc.find(text[:40])
    if found.isNull():
        return
    block = found.block()
    layout = doc.documentLayout()
    table = QTextCursor(block).currentTable()
    if table is not None:  # a table of signatures: the whole table moves
        rect = layout.frameBoundingRect(table)
        if int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height):
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
        return
    first = int(layout.blockBoundingRect(block).top() // page_height)
    last = int((layout.blockBoundingRect(doc.lastBlock()).bottom() - 1) // page_height)
    if first != last:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)



def split_paragraphs(doc: QTextDocument, page_height: float) -> None:
    """A paragraph running over a page break becomes two blocks, one on each page, the
    second without first-line indent or spacing above, so that it reads as one paragraph.
    Qt draws the last line above a page's clip too (clipped, invisible): a paragraph that
    straddled the break would put that line in the next page's text as well, and search or
    copy in the PDF would find it twice."""
    layout = doc.documentLayout()
    for _ in range(MAX_PASSES):
        block, split = doc.begin(), False
        while block.isValid():
            following = block.next()
            lines = block.layout()
            top = layout.blockBoundingRect(block).top()
            if QTextCursor(block).currentTable() is None and lines.lineCount() > 1:
                first_page = int((top + lines.lineAt(0).y()) // page_height)
                for k in range(1, lines.lineCount()):
                    if int((top + lines.lineAt(k).y() + 1) // page_height) > first_page:
                        _split_at(block, lines.lineAt(k).textStart())
                        split = True
                        break
            block = following
        if not split:
            return


def _split_at(block: QTextBlock, offset: int) -> None:
    first = block.blockFormat()
    second = QTextBlockFormat(first)
    second.setTextIndent(0)
    second.setTopMargin(0)
    second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    first.setBottomMargin(0)
    cursor = QTextCursor(block)
    cursor.setBlockFormat(first)
    cursor.setPosition(block.position() + offset)
    cursor.insertBlock(second, cursor.charFormat())
