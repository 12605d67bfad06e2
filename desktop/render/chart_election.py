"""What the chart draws for an election (bầu cử), on the same rows as a confidence vote's:
each candidate's bar is the votes, then the names struck, then the rows counted for nobody, of
the rule set's base; a dashed line at the bar (more than half), a solid line at the seat cut
(the votes of the last seat held); the elected marked ✔ and the tied marked =, beside their
votes. Who is elected, tied or settled is the snapshot's outcome (election.outcome): nothing
is decided here."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from desktop.domain import election_summary
from desktop.domain.snapshot import Snapshot
from desktop.domain.tally import OfficialResult, format_percent
from desktop.domain.words import Lang, say
from desktop.render import symbols
from desktop.render.chart_style import CUT, ELECTED, FLAG, letters

if TYPE_CHECKING:
    from desktop.render.chart import ChartLayout, Segment


_scale: list[tuple[Snapshot, int]] = []  # the last snapshot's: every row asks for it


def scale(snapshot: Snapshot) -> int:
    """What a full bar stands for: the base, or the most rows one candidate has if more
    (a base not known yet: the valid ballots)."""
    if _scale and _scale[0][0] is snapshot:
        return _scale[0][1]
    counted = max((sum(r.counts) + r.blank + r.multiple for r in snapshot.results), default=0)
    whole = max(snapshot.base_value or 0, counted, 1)
    _scale[:] = [(snapshot, whole)]
    return whole


def segments(result: OfficialResult, snapshot: Snapshot) -> list[Segment]:
    from desktop.render.chart import Segment

    whole = scale(snapshot)
    votes, against = result.counts[0], sum(result.counts[1:])
    rows = result.blank + result.multiple
    return [Segment("1", 0.0, votes / whole), Segment("2", votes / whole, against / whole),
            Segment("invalid", (votes + against) / whole, rows / whole)]


def paint_guides(p: QPainter, lay: ChartLayout, snapshot: Snapshot, lang: Lang,
                 text_scale: float) -> None:
    """The bar (dashed) and the seat cut (solid), each labelled above the rows: the bar's
    label to the left of its line, the cut's to the right (the cut is never below the
    bar, so the two never overlap)."""
    found, rule = snapshot.outcome, snapshot.definition.rules.election
    base = snapshot.base_value
    if not lay.rows or found is None or rule is None or base is None or base <= 0:
        return  # no base yet (or none at all): no bar to draw, nor a "None" to print
    whole = scale(snapshot)
    top = lay.header.bottom() - lay.row_height * 0.05
    bottom = lay.rows[-1][1].bottom()
    font = letters(lay.row_height * 0.8, bold=True, scale=text_scale)
    p.setFont(font)
    fm = QFontMetricsF(font)
    pen_width = max(1.0, lay.row_height / 18)
    f = rule.bar.fraction
    minimum = rule.bar.least_votes(base)
    # at the fewest votes that pass, not at the fraction itself: a bar that reaches the line
    # passes, as one that reaches the seat cut holds a seat (at exactly half it would look in)
    bar_x = round(lay.bar_left + (minimum if minimum is not None else float(f) * base)
                  / whole * lay.bar_width)
    p.setPen(QPen(QColor("#222222"), pen_width, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(bar_x, top), QPointF(bar_x, bottom))
    text = say("elview.guide.bar_ge" if rule.bar.at_least else "elview.guide.bar", lang,
               fraction=f"{f.numerator}/{f.denominator}", minimum=minimum)
    x = max(bar_x - fm.horizontalAdvance(text) - pen_width * 2, lay.label_left)
    p.drawText(QPointF(x, top - fm.descent()), text)
    cut = election_summary.seat_cut(found)
    if cut is None:
        return
    cut_x = round(lay.bar_left + cut / whole * lay.bar_width)
    p.setPen(QPen(CUT, pen_width * 1.5))
    p.drawLine(QPointF(cut_x, top), QPointF(cut_x, bottom))
    text = say("elview.guide.cut", lang, votes=cut)
    right = lay.rows[-1][1].right()
    x = min(cut_x + pen_width * 3, right - fm.horizontalAdvance(text))
    p.drawText(QPointF(max(x, bar_x + pen_width * 2), top - fm.descent()), text)


def paint_numbers(p: QPainter, lay: ChartLayout, row: QRectF, result: OfficialResult,
                  snapshot: Snapshot, lang: Lang, baseline: float, fm: QFontMetricsF) -> None:
    """"✔ 118 phiếu (79,73%) · Trúng cử" right of the bar; in a shorter form, the same
    for every row, when the room is short (the mark and its colour still say the outcome)."""
    found = snapshot.outcome
    assert found is not None
    standing = found.standings[result.position - 1]
    share = result.percents[0]
    percent = None if share is None else format_percent(share, lang)
    word = election_summary.outcome_word(found, result.position, None, lang)
    x, room = lay.text_left, row.right() - lay.text_left
    mark = symbols.box_before(baseline, x, fm.ascent())
    if standing.elected:
        symbols.check(p, mark, ELECTED)
    elif standing.tied:
        symbols.equals(p, mark, FLAG)
    x = mark.right() + mark.width() * 0.4
    room -= x - lay.text_left
    form = _form(scale(snapshot), lang, p.font().pixelSize(), int(room), percent is not None)
    text = _texts(result.counts[0], percent, word, lang)[form]
    p.setPen(ELECTED if standing.elected else FLAG if standing.tied else QColor("black"))
    p.drawText(QPointF(x, baseline), text)


def _texts(votes: int, percent: str | None, word: str, lang: Lang) -> list[str]:
    """A candidate's text in its four forms, longest first (no percentage while the base
    is not known)."""
    with_word = "" if word == say("elview.none", lang) else " · " + word
    if percent is None:
        votes_text = say("elview.votes.bare", lang, votes=votes)
        return [votes_text + with_word, votes_text, str(votes), str(votes)]
    votes_text = say("elview.votes", lang, votes=votes, percent=percent)
    return [votes_text + with_word, votes_text, f"{votes} ({percent}%)", str(votes)]


@lru_cache(maxsize=64)
def _form(whole: int, lang: Lang, pixels: int, room: int, with_percent: bool) -> int:
    """The longest form every row's text fits in (measured on the widest a row can say:
    the most votes, 100 %, the longer outcome word), so the column reads the same down the
    chart; once per size, not per row."""
    font = letters(1)
    font.setPixelSize(pixels)
    fm = QFontMetricsF(font)
    widest = max((say(w, lang) for w in ("election.elected", "election.tied")), key=len)
    texts = _texts(whole, format_percent(Decimal(100), lang) if with_percent else None, widest,
                   lang)
    return next((i for i, t in enumerate(texts) if fm.horizontalAdvance(t) <= room),
                len(texts) - 1)


def legend_items(lang: Lang, closed: bool) -> list[tuple[str, str]]:
    """The keys of an election's chart, in the legend's order."""
    items = [("1", say("elview.legend.votes", lang)), ("2", say("elview.legend.against", lang)),
             ("invalid", say("elview.legend.rows", lang)),
             ("remaining", say("chart.absent" if closed else "chart.remaining", lang))]
    if not closed:
        items.append(("settled_lock", say("elview.settled", lang)))
    return [*items, ("bar", say("elview.legend.bar", lang)),
            ("cut", say("elview.legend.cut", lang)), ("elected", say("election.elected", lang)),
            ("tied", say("election.tied", lang))]
