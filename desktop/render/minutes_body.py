"""The figures of the minutes after the numbers (``minutes_numbers``): the table per person
(each row adds up to the ballots counted), the base with its legal citation and, where another
base is usual, the figures on it too; who crossed which threshold, with the rule quoted; the
corrections."""

from __future__ import annotations

from desktop.domain import minutes as minutes_
from desktop.domain.closing import Acknowledgement
from desktop.domain.minutes import MinutesData
from desktop.domain.rules import Comparison, Threshold
from desktop.domain.tally import OfficialResult, format_percent, percent
from desktop.domain.words import Lang, Term, format_decimal, say
from desktop.render.minutes_parts import Breaks, Units, e, local, moment, paged_table, para, w
from desktop.render.page_marks import TEXT_WIDTH_MM

HEAD_PT = 10  # the header cells' letters (the template's span.head)


def fit(units: Units, *texts: str, whole_at: float | None = None) -> int:
    """The % of the line a column needs so that none of its header words is broken (with
    ``whole_at``: none of ``texts`` at that size, each kept on one line)."""
    if whole_at is not None:
        word = max(units.text_width(t, whole_at) for t in texts)
    else:
        word = max(units.text_width(x, HEAD_PT, bold=True) for t in texts for x in t.split())
    room = word + units.device_mm(0.8) * 2 + units.device_mm(1.2)  # padding, borders
    return -(-room * 100 // units.device_mm(TEXT_WIDTH_MM))


def _widths(levels: int, lang: Lang, units: Units) -> tuple[int, int, int, int, int, int, int]:
    """(number, name, count, percent, row, whole ballot, total) column widths in % of the
    line: each at least as wide as its longest header word ("phiếu", "ballots") and the
    figures "100,00"; the name takes what is left."""
    count = max(7, fit(units, say("minutes.col_ballots", lang)))
    pct = max(8, fit(units, say("minutes.col_percent", lang)))
    row = max(10, fit(units, say("minutes.col_row", lang)))
    whole = max(9, fit(units, say("minutes.col_ballot", lang)))
    total = max(7, fit(units, say("minutes.col_total", lang)))
    number = max(5, fit(units, say("minutes.col_no", lang)))
    name = max(100 - number - levels * (count + pct) - row - whole - total, 12)
    return number, name, count, pct, row, whole, total


def results_table(data: MinutesData, lang: Lang, units: Units, breaks: Breaks) -> str:
    s = data.snapshot
    labels = s.definition.rules.level_labels(lang)
    no_w, name_w, count_w, pct_w, row_w, whole_w, total_w = _widths(len(labels), lang, units)

    def head(text: str, width: int | None = None, span: str = "") -> str:
        size = f" width='{width}%'" if width else ""
        return (f"<td align='center' valign='middle'{size}{span}><span class='head'>"
                f"<b>{text}</b></span></td>")

    top = [head(w("minutes.col_no", lang), no_w, " rowspan='2'"),
           head(w("minutes.col_name", lang), name_w, " rowspan='2'")]
    top += [head(e(label), None, " colspan='2'") for label in labels]
    top += [head(w("minutes.col_not_valid", lang), None, " colspan='2'"),
            head(w("minutes.col_total", lang), total_w, " rowspan='2'")]
    sub = []
    for _ in labels:
        sub += [head(w("minutes.col_ballots", lang), count_w),
                head(w("minutes.col_percent", lang), pct_w)]
    sub += [head(w("minutes.col_row", lang), row_w), head(w("minutes.col_ballot", lang), whole_w)]
    rows = [(str(r.position), _row(r, data, lang)) for r in s.results]
    columns = 2 + 2 * len(labels) + 3
    return paged_table(f"<table class='results' border='1' cellspacing='0' cellpadding="
                       f"'{units.mm(0.8)}' width='100%'>",
                       f"<tr>{''.join(top)}</tr><tr>{''.join(sub)}</tr>", rows,
                       breaks.get(columns, frozenset()))


def _row(r: OfficialResult, data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    title = f"<br/><span class='post'>{e(r.title)}</span>" if r.title else ""
    cells = [f"<td align='center'>{r.position}</td><td>{e(r.name)}{title}</td>"]
    for count, pct in zip(r.counts, r.percents, strict=True):
        cells.append(f"<td align='right'>{count}</td>"
                     f"<td align='right'>{format_percent(pct, lang)}</td>")
    total = sum(r.counts) + r.blank + r.multiple + s.invalid
    cells.append(f"<td align='right'>{r.blank + r.multiple}</td>"
                 f"<td align='right'>{s.invalid}</td><td align='right'>{total}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def base_sentence(data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    text = minutes_.base_sentence(s, lang)
    text += " " + say("minutes.rows_add_up", lang, entered=s.valid + s.invalid)
    text += " " + say("rules.invalid_row_voids" if s.definition.rules.invalid_row_voids_ballot
                      else "rules.invalid_row_alone", lang)
    return para(f"<i>{e(text)} {w('minutes.annex', lang)}</i>", "margin-top: 4pt;")


def comparison(data: MinutesData, lang: Lang, units: Units, breaks: Breaks) -> str:
    """The figures on the other usual base (State votes: total deputies), for comparison."""
    s = data.snapshot
    other = s.definition.rules.compare_base
    value = s.numbers.base_value(other) if other is not None else None
    if other is None or value is None or value <= 0:
        return ""
    labels = s.definition.rules.level_labels(lang)
    head = ("<tr><td align='center' width='6%'><b>" + w("minutes.col_no", lang) + "</b></td>"
            f"<td align='center'><b>{w('minutes.col_name_only', lang)}</b></td>"
            + "".join(f"<td align='center' width='14%'><b>{e(label)} (%)</b></td>"
                      for label in labels) + "</tr>")
    rows = [(str(r.position),
             f"<tr><td align='center'>{r.position}</td><td>{e(r.name)}</td>"
             + "".join(f"<td align='right'>{format_percent(percent(c, value), lang)}</td>"
                       for c in r.counts) + "</tr>") for r in s.results]
    return (para(w("minutes.compare_heading", lang, base=minutes_.base_term(s.definition.rules,
                                                                           other),
                   value=value), "margin-top: 6pt; margin-bottom: 2pt;")
            + paged_table(f"<table class='results' border='1' cellspacing='0' cellpadding="
                          f"'{units.mm(0.8)}' width='100%'>", head, rows,
                          breaks.get(2 + len(labels), frozenset())))


def _bands(thresholds: tuple[Threshold, ...]) -> list[tuple[Threshold, Threshold | None]]:
    """Each threshold with the next higher one on the same level (its band's upper end)."""
    out = []
    for t in thresholds:
        higher = sorted((u for u in thresholds if u.level == t.level and u.fraction > t.fraction),
                        key=lambda u: u.fraction)
        out.append((t, higher[0] if higher else None))
    return out


def _rule_words(t: Threshold, upper: Threshold | None, data: MinutesData, lang: Lang) -> str:
    rules = data.snapshot.definition.rules
    label = rules.level_labels(lang)[t.level - 1]
    base = minutes_.base_term(rules, rules.base)
    if upper is None:
        return say(f"minutes.rule.{t.comparison.name.lower()}", lang, fraction=t.fraction_text,
                   base=base, label=label)
    lower = say(f"minutes.band.{t.comparison.name.lower()}", lang, fraction=t.fraction_text)
    # below a "từ 2/3" (≥) the band ends "dưới 2/3"; below a "trên 2/3" (>) at 2/3 itself
    end = "minutes.band_end.lt" if upper.comparison is Comparison.GE else "minutes.band_end.le"
    return say("minutes.band", lang, lower=lower,
               upper=say(end, lang, fraction=upper.fraction_text), base=base, label=label)


def thresholds(data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    rules = s.definition.rules
    if not rules.thresholds:
        return para(w("minutes.no_threshold", lang))
    out = []
    for t, upper in _bands(rules.thresholds):
        crossed = [r for r in s.results
                   if t.code in r.flags and (upper is None or upper.code not in r.flags)]
        rule = _rule_words(t, upper, data, lang)
        if crossed:
            people = "; ".join(say("minutes.crossed_by", lang, name=r.name,
                                   votes=r.counts[t.level - 1],
                                   percent=format_percent(r.percents[t.level - 1], lang))
                               for r in crossed)
            out.append(para(w("minutes.crossed", lang, rule=rule, count=len(crossed),
                              people=people)))
        else:
            out.append(para(w("minutes.nobody", lang, rule=rule)))
        if any(t.quote):
            out.append(para("<i>" + w("minutes.quote", lang, citation=lang.pick(t.citation),
                                      text=lang.pick(t.quote)) + "</i>",
                            "margin-left: 10mm; text-indent: 0pt;"))
    return "".join(out)


def acknowledgement(a: Acknowledgement, lang: Lang) -> list[str]:
    """The acknowledged warnings in words (the minutes and the ballot-entry log)."""
    warnings = [Term(a.code, values) for values in a.warnings] or [
        Term("minutes.warning_unnamed")]
    return [say("minutes.acknowledged", lang, warning=warning, by=a.by, text=a.text)
            for warning in warnings]


def corrections(data: MinutesData, lang: Lang) -> str:
    items = []
    for c in data.corrections:
        if c.kind == "reopened":
            items.append(say("minutes.reopened", lang, at=moment(local(data, c.at), lang),
                             reason=c.reason))
        elif c.kind == "double_resolved":
            items.append(say("minutes.double_resolved", lang, number=c.number, stack=c.stack,
                             by=c.by))
        else:
            code = "minutes.voided" if c.kind == "voided" else "minutes.rekeyed"
            items.append(say(code, lang, number=c.number, reason=c.reason))
    for a in data.closure.acknowledged:
        items += acknowledgement(a, lang)
    for stack in data.stacks:
        if stack.close_reason:
            items.append(say("minutes.stack_short", lang, stack=stack.name,
                             expected=stack.expected, reason=stack.close_reason))
    double = _double_entry(data, lang)
    if double:
        items.append(double)
    spot = data.spot_check
    if spot is not None and spot.done:
        items.append(say("minutes.spot_check", lang, done=spot.done, population=spot.population,
                         differences=spot.differences,
                         bound=format_decimal(100 * spot.bound(), lang)))
    if not items:
        return para(w("minutes.no_corrections", lang))
    return "".join(para(f"– {e(item)}", "text-indent: 0pt;") for item in items)


def _double_entry(data: MinutesData, lang: Lang) -> str:
    d = data.double_entry
    if not d.stacks:
        return ""
    text = say("minutes.double_entry", lang, stacks=d.stacks, keyed_stacks=data.keyed_stacks,
               ballots=d.ballots, entered=data.snapshot.entered, differences=d.differences,
               resolved=d.resolved, kept_first=d.kept_first, kept_second=d.kept_second)
    if d.pending:
        text += "; " + say("minutes.double_pending", lang, pending=d.pending)
    return text + "."
