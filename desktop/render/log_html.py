"""The ballot-entry log (nhật ký nhập phiếu) as HTML: a header (body, meeting, date), every
event in order, and lines for the signatures. Ballot events carry no time, so the log cannot
link a ballot to a moment; the other events print on the count's own clock."""

from __future__ import annotations

from desktop.domain.audit import Event, kind_term
from desktop.domain.minutes import MinutesData, decided_rekeys, place_date
from desktop.domain.words import Lang, Term, say
from desktop.render import log_details
from desktop.render.minutes_parts import (
    Breaks,
    Units,
    e,
    local,
    paged_table,
    w,
)

# widths in % of the line: the event's words wrap rather than the content
COLUMNS = (("log.col_no", 6), ("log.col_event", 22), ("log.col_ballot", 8),
           ("log.col_content", 46), ("log.col_time", 18))


def _header(data: MinutesData, lang: Lang) -> str:
    d = data.snapshot.definition
    lines = [x for x in (d.body.upper(), d.sitting.upper()) if x]
    meeting = "<br/>".join(e(x) for x in lines)
    return (f"<p align='center' style='margin: 0pt;'><b>{meeting}</b></p>" if meeting else "") + (
        f"<p align='center' style='margin-top: 6pt; font-size: 14pt;'><b>"
        f"{w('log.heading', lang)}</b></p>"
        f"<p align='center' style='margin: 0pt;'><b>{e(d.title)}</b></p>"
        f"<p align='center' style='margin-bottom: 4pt;'><i>"
        + e(place_date(d, lang))
        + "</i></p>"
        f"<p align='justify' style='margin-bottom: 6pt;'>{_key(data, lang)}</p>")


def _key(data: MinutesData, lang: Lang) -> str:
    """How to read a ballot's codes, and why ballots carry no time."""
    labels = data.snapshot.definition.rules.level_labels(lang)
    levels = ", ".join(f"{k} = {label}" for k, label in enumerate(labels, start=1))
    return w("log.key", lang, levels=levels)


def _signatures(lang: Lang) -> str:
    """Who keyed and the committee sign the log, with room to sign (four lines)."""
    titles = ([say("log.keyed_by", lang)],
              [say("minutes.for_the_committee", lang), say("role.chair", lang).upper()])
    cells = "".join(
        f"<td align='center' width='50%'><p align='center' style='margin: 0pt;'><b>"
        f"{'<br/>'.join(e(t) for t in lines)}</b><br/><i>{w('log.sign', lang)}</i></p>"
        f"<p style='margin-top: 48pt; margin-bottom: 0pt;'>&nbsp;</p></td>"
        for lines in titles)
    return f"<table width='100%' style='margin-top: 8pt;'><tr>{cells}</tr></table>"


def build_log_html(data: MinutesData, events: list[Event], lang: Lang, units: Units,
                   breaks: Breaks | None = None) -> str:
    cols = "".join(f"<td align='center' width='{width}%'><b>{w(code, lang)}</b></td>"
                   for code, width in COLUMNS)
    rows: list[tuple[str, str]] = []
    decided = decided_rekeys(events)
    for ev in events:
        number, detail = log_details.detail(ev, lang, decided)
        when = local(data, ev.at)
        # 02/12/2026 reads as 2 December in Vietnam; an English reader gets 2026-12-02
        stamp = "" if when is None else (f"{when:%H:%M:%S}<br/>" + (
            f"{when:%d/%m/%Y}" if lang is Lang.VI else f"{when:%Y-%m-%d}"))
        kind = kind_term(ev.kind)
        name = say(kind.code, lang) if isinstance(kind, Term) else kind
        rows.append((str(ev.seq), f"<tr><td align='right'>{ev.seq}</td><td>{e(name)}</td>"
                     f"<td align='right'>{number}</td><td>{detail}</td>"
                     f"<td align='center'>{stamp}</td></tr>"))
    pad = units.mm(0.6)
    return ("<html><body style=\"font-family: 'Kiem Phieu Serif'; font-size: 10pt;\">"
            + _header(data, lang)
            + paged_table(f"<table border='1' cellspacing='0' cellpadding='{pad}' "
                          "width='100%'>", f"<tr>{cols}</tr>", rows,
                          (breaks or {}).get(len(COLUMNS), frozenset()))
            + _signatures(lang) + "</body></html>")
