"""The minutes' content as HTML for QTextDocument, filled into resources/templates/minutes_*.html.

Every figure comes from MinutesData, which is recomputed from the stored ballots; every word
from the catalogue (``desktop.domain.words``), so no code reaches the paper.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from string import Template

from desktop import resources
from desktop.domain import minutes as minutes_
from desktop.domain.audit import Event, kind_term
from desktop.domain.ballot import InvalidReason, grouped_codes
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Role
from desktop.domain.minutes import MinutesData
from desktop.domain.tally import format_percent
from desktop.domain.words import Lang, Term, format_decimal, invalid_reason, say
from desktop.errors import ValidationError


def e(text: object) -> str:
    return html.escape(str(text))


def w(code: str, lang: Lang, **values: object) -> str:
    """The catalogue's words, escaped for HTML (values are filled in before escaping)."""
    return e(say(code, lang, **values))


def local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None


def _place_date(data: MinutesData, lang: Lang) -> str:
    return e(minutes_.place_date(data.snapshot.definition, lang))


def _numbers(data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    n = s.numbers

    def v(x: int | None) -> str:
        return "…" if x is None else str(x)

    absent = None if n.summoned is None or n.present is None else n.summoned - n.present
    reasons = "; ".join(say("minutes.reason_count", lang, reason=Term(f"reason.{r.value}"),
                            count=k) for r, k in s.invalid_reasons)
    present = v(n.present) + (say("minutes.absent", lang, absent=absent)
                              if absent is not None else "")
    invalid = str(s.invalid) + (f" ({reasons})" if reasons else "")
    rows = [("minutes.members", v(n.members)), ("minutes.summoned", v(n.summoned)),
            ("minutes.present", present), ("minutes.issued", v(n.issued)),
            ("minutes.collected", v(n.collected)), ("minutes.valid", str(s.valid)),
            ("minutes.invalid", invalid)]
    return "<table cellspacing='0' cellpadding='1'>" + "".join(
        f"<tr><td>– {w(k, lang)}:&nbsp;</td><td><b>{e(val)}</b></td></tr>" for k, val in rows
    ) + "</table>"


def _tables(data: MinutesData, lang: Lang) -> str:
    """The counting tables and their subtotals, when the count was counted at several."""
    if not data.tables:
        return ""
    head = "<tr>" + "".join(f"<td><b>{w(code, lang)}</b></td>" for code in (
        "minutes.table", "minutes.table_numbers", "minutes.table_ballots",
        "minutes.table_valid", "minutes.table_invalid")) + "</tr>"
    rows = "".join(f"<tr><td>{e(t.name)}</td><td>{t.first}–{t.last}</td>"
                   f"<td align='right'>{t.ballots}</td><td align='right'>{t.valid}</td>"
                   f"<td align='right'>{t.invalid}</td></tr>" for t in data.tables)
    return (f"<p>{w('minutes.tables', lang)}</p><table border='1' cellspacing='0' "
            f"cellpadding='2'>{head}{rows}</table>")


def _hand(data: MinutesData, lang: Lang) -> str:
    """Stacks counted by hand are named as such."""
    return "".join(
        "<p>– " + w("minutes.hand_counted", lang, stack=s.stack, ballots=s.ballots,
                    valid=s.valid, invalid=s.invalid) + "</p>"
        for s in data.hand_tallies)


def _results_table(data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    labels = s.definition.rules.level_labels(lang)
    # widths in % of the line: count columns narrow, "Không hợp lệ" wide enough for its
    # longest word, the rest to name and title, so that rows stay on one line
    count_w = min(6, 44 // (2 * len(labels)))
    rest = 100 - 5 - 9 - 2 * count_w * len(labels)
    name_w = rest * 47 // 100
    head1 = (f"<tr><td rowspan='2' align='center' width='5%'><b>{w('minutes.col_no', lang)}"
             f"</b></td><td rowspan='2' align='center' width='{name_w}%'>"
             f"<b>{w('minutes.col_name', lang)}</b></td>"
             f"<td rowspan='2' align='center' width='{rest - name_w}%'>"
             f"<b>{w('minutes.col_title', lang)}</b></td>")
    head1 += "".join(f"<td colspan='2' align='center'><b>{e(label)}</b></td>"
                     for label in labels)
    head1 += (f"<td rowspan='2' align='center' width='9%'><b>"
              f"{w('minutes.col_invalid', lang)}</b></td></tr>")
    head2 = "<tr>" + "".join(
        f"<td align='center' width='{count_w}%'>{w('minutes.col_ballots', lang)}</td>"
        f"<td align='center' width='{count_w}%'>{w('minutes.col_percent', lang)}</td>"
        for _ in labels) + "</tr>"
    body = []
    for r in s.results:
        cells = [f"<td align='center'>{r.position}</td><td>{e(r.name)}</td><td>{e(r.title)}</td>"]
        for count, pct in zip(r.counts, r.percents, strict=True):
            cells.append(f"<td align='right'>{count}</td>"
                         f"<td align='right'>{format_percent(pct, lang)}</td>")
        cells.append(f"<td align='right'>{r.blank + r.multiple}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table class='results' border='1' cellspacing='0' cellpadding='2' width='100%'>"
            "<thead>" + head1 + head2 + "</thead><tbody>" + "".join(body) + "</tbody></table>")


def _base_sentence(data: MinutesData, lang: Lang) -> str:
    return e(minutes_.base_sentence(data.snapshot, lang))


def _thresholds(data: MinutesData, lang: Lang) -> str:
    s = data.snapshot
    rules = s.definition.rules
    labels = rules.level_labels(lang)
    lines = []
    for t in rules.thresholds:
        crossed = [r for r in s.results if t.code in r.flags]
        rule_words = e(t.words(lang, labels))
        if not crossed:
            lines.append(f"<p>– {rule_words}: {w('minutes.nobody', lang)}</p>")
            continue
        people = "; ".join(
            w("minutes.crossed_by", lang, name=r.name, count=r.counts[t.level - 1],
              percent=format_percent(r.percents[t.level - 1], lang)) for r in crossed)
        lines.append(f"<p>– {rule_words}: <b>{people}</b>.</p>")
    if not lines:
        lines.append(f"<p>{w('minutes.no_threshold', lang)}</p>")
    return "".join(lines)


def _acknowledgement(a: Acknowledgement, lang: Lang) -> list[str]:
    warnings = [Term(a.code, values) for values in a.warnings] or [
        Term("minutes.warning_unnamed", {"code": a.code})]
    return [w("minutes.acknowledged", lang, warning=warning, by=a.by, text=a.text)
            for warning in warnings]


def _corrections(data: MinutesData, lang: Lang) -> str:
    items = []
    for c in data.corrections:
        if c.kind == "voided":
            items.append(w("minutes.voided", lang, number=c.number, reason=c.reason))
        elif c.kind == "rekeyed":
            items.append(w("minutes.rekeyed", lang, number=c.number, reason=c.reason))
        else:
            when = local_time(c.at)
            stamp = f"{when:%H:%M %d/%m/%Y}" if when else "…"
            items.append(w("minutes.reopened", lang, at=stamp, reason=c.reason))
    for a in data.closure.acknowledged:
        items += _acknowledgement(a, lang)
    for stack in data.stacks:
        if stack.close_reason:
            items.append(w("minutes.stack_short", lang, stack=stack.name,
                           expected=stack.expected, reason=stack.close_reason))
    items.append(_double_entry(data, lang))
    spot = data.spot_check
    if spot is not None and spot.done:
        items.append(w("minutes.spot_check", lang, done=spot.done, population=spot.population,
                       differences=spot.differences,
                       bound=format_decimal(100 * spot.bound(), lang)))
    return "".join(f"<p>– {item}</p>" for item in items)


def _double_entry(data: MinutesData, lang: Lang) -> str:
    d = data.double_entry
    if not d.stacks:
        return w("minutes.single_entry", lang)
    text = w("minutes.double_entry", lang, stacks=d.stacks, keyed_stacks=data.keyed_stacks,
             ballots=d.ballots, entered=data.snapshot.entered, differences=d.differences,
             resolved=d.resolved, kept_first=d.kept_first, kept_second=d.kept_second)
    if d.pending:
        text += f"; <b>{w('minutes.double_pending', lang, pending=d.pending)}</b>"
    return text + "."


def _closing(data: MinutesData, lang: Lang) -> str:
    when = local_time(data.closure.closed_at) if data.closure.closed else None
    if when is None:
        printed = local_time(data.printed_at)
        stamp = (say("minutes.time", lang, hour=f"{printed:%H}", minute=f"{printed:%M}",
                     date=f"{printed:%d/%m/%Y}") if printed else "…")
        draft = w("minutes.draft_closing", lang, at=stamp)
        return f"<b>{w('minutes.draft_word', lang)}</b>: {draft}"
    return w("minutes.closing", lang, hour=f"{when:%H}", minute=f"{when:%M}",
             date=f"{when:%d/%m/%Y}")


def closing_text(data: MinutesData, lang: Lang) -> str:
    """The closing sentence as plain text (to find it in the laid-out document)."""
    return html.unescape(re.sub(r"<[^>]+>", "", _closing(data, lang)))


def _role(role: Role, lang: Lang) -> str:
    return say(f"role.{role.value}", lang)


def _committee(data: MinutesData, lang: Lang) -> str:
    members = data.snapshot.definition.committee
    if not members:
        return "<p>…</p>"
    return "".join(f"<p style='margin-left: 20px'>{k}. {e(m.name)}, {e(_role(m.role, lang))}</p>"
                   for k, m in enumerate(members, start=1))


def _signatures(data: MinutesData, lang: Lang) -> str:
    members = list(data.snapshot.definition.committee)
    chair = next((m for m in members if m.role is Role.CHAIR), None)
    others = [m for m in members if m is not chair]
    cells = [f"<td align='center' width='50%'><b>{e(_role(m.role, lang).upper())}</b>"
             f"<br/><br/><br/><br/><b>{e(m.name)}</b></td>" for m in others]
    rows = "".join("<tr>" + "".join(cells[k:k + 2]) + "</tr>"
                   for k in range(0, len(cells), 2))
    chair_block = ""
    if chair is not None:
        chair_block = ("<table width='100%'><tr><td width='50%'></td><td align='center'><b>"
                       + w("minutes.for_the_committee", lang) + "<br/>"
                       + e(_role(Role.CHAIR, lang).upper())
                       + f"</b><br/><br/><br/><br/><b>{e(chair.name)}</b></td></tr></table>")
    heading = (f"<p align='center'><b>{w('minutes.members_heading', lang)}</b></p>"
               if others else "")
    return (chair_block + heading + "<table width='100%' cellpadding='6'>" + rows
            + "</table>")


def _right_header(data: MinutesData, lang: Lang) -> str:
    if data.snapshot.definition.rules.code.startswith("party"):
        return f"<b><u>{w('minutes.party', lang)}</u></b>"
    return (f"{w('minutes.state', lang)}<br/><b><u>{w('minutes.motto', lang)}</u></b>")


def build_html(data: MinutesData, lang: Lang) -> str:
    d = data.snapshot.definition
    path = resources.path("templates", f"minutes_{lang.value}.html")
    template = Template(path.read_text(encoding="utf-8"))
    legal = d.rules.sentence(lang, data.snapshot.base_value)
    try:
        return template.substitute(
            body_upper=f"<b>{e(d.body.upper())}</b>" if d.body else "…",
            sitting_upper=e(d.sitting.upper()),
            right_header=_right_header(data, lang),
            place_date=_place_date(data, lang),
            title=e(d.title),
            legal_basis=e(legal),
            committee=_committee(data, lang),
            numbers=_numbers(data, lang) + _tables(data, lang) + _hand(data, lang),
            results_table=_results_table(data, lang),
            base_sentence=_base_sentence(data, lang),
            thresholds=_thresholds(data, lang),
            corrections=_corrections(data, lang),
            closing=_closing(data, lang),
            signatures=_signatures(data, lang),
        )
    except (KeyError, ValueError) as exc:
        raise ValidationError("template_placeholder", file=str(path),
                              placeholder=str(exc)) from None


def _log_detail(kind: str, data: dict[str, object], lang: Lang) -> tuple[str, str]:
    """(ballot number, what it says) for one event, without any per-ballot time."""
    if kind in ("ballot_recorded", "ballot_edited"):
        ballot = data.get("ballot", data)
        assert isinstance(ballot, dict)
        grouped = grouped_codes(str(ballot.get("marks") or ""))
        reason = ballot.get("reason")
        if reason:
            words = invalid_reason(InvalidReason(str(reason)), str(ballot.get("note") or ""),
                                   lang)
            grouped = (grouped + " — " if grouped else "") + words
        extra = f" ({data['reason']})" if kind == "ballot_edited" else ""
        return str(ballot.get("number", "")), e(grouped) + e(extra)
    if kind == "ballot_voided":
        return str(data.get("number", "")), e(data.get("reason", ""))
    if kind == "numbers_set":
        changes = data.get("changes", {})
        assert isinstance(changes, dict)
        return "", e(", ".join(f"{say(f'number.{k}', lang)} = {'…' if v is None else v}"
                               for k, v in changes.items()))
    if kind in ("stack_opened", "stack_closed"):
        return "", e(f"{data.get('name', '')} {data.get('expected', '')} "
                     f"{data.get('reason', '')}".strip())
    if kind == "count_reopened":
        return "", e(data.get("reason", ""))
    if kind == "count_closed":
        acks = data.get("acknowledged", [])
        assert isinstance(acks, list)
        return "", "; ".join(text for a in acks
                             for text in _acknowledgement(Acknowledgement.from_dict(a), lang))
    return "", ""


def build_log_html(data: MinutesData, events: list[Event], lang: Lang) -> str:
    """The ballot-entry log (nhật ký nhập phiếu): every event in order; ballot events carry
    no time, so the log cannot link a ballot to a moment."""
    cols = "".join(f"<td><b>{w(code, lang)}</b></td>" for code in (
        "log.col_no", "log.col_event", "log.col_ballot", "log.col_content", "log.col_time"))
    rows = []
    for ev in events:
        number, detail = _log_detail(ev.kind, ev.data, lang)
        when = local_time(ev.at)
        stamp = f"{when:%H:%M:%S %d/%m/%Y}" if when else ""
        kind = kind_term(ev.kind)
        rows.append(f"<tr><td align='right'>{ev.seq}</td>"
                    f"<td>{e(say(kind.code, lang) if isinstance(kind, Term) else kind)}</td>"
                    f"<td align='right'>{number}</td><td>{detail}</td><td>{stamp}</td></tr>")
    return ("<html><body style=\"font-family: 'Liberation Serif'; font-size: 10pt;\">"
            f"<p align='center' style='font-size: 14pt'><b>{w('log.heading', lang)}</b></p>"
            f"<p align='center'><b>{e(data.snapshot.definition.title)}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
            f"<thead><tr>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            "</body></html>")
