"""The minutes' content as HTML for QTextDocument, filled into resources/templates/minutes_*.html.

Every figure comes from MinutesData, which is recomputed from the stored ballots.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from string import Template

from desktop import resources
from desktop.domain.audit import Event
from desktop.domain.ballot import REASON_WORDS, InvalidReason, grouped_codes
from desktop.domain.count import ROLE_WORDS, Role
from desktop.domain.minutes import MinutesData
from desktop.domain.rules import BASE_WORDS, BaseKind
from desktop.domain.tally import format_decimal, format_percent
from desktop.errors import ValidationError

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
STATE = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/><b><u>Độc lập - Tự do - Hạnh phúc</u></b>")


def e(text: object) -> str:
    return html.escape(str(text))


def _t(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en


def local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None


def _place_date(data: MinutesData, lang: str) -> str:
    d = data.snapshot.definition
    when = None
    if d.date:
        try:
            when = datetime.fromisoformat(d.date)
        except ValueError:
            when = None
    place = d.place or "…"
    if when is None:
        return e(place) + (", ngày … tháng … năm …" if lang == "vi" else ", …")
    if lang == "vi":
        return f"{e(place)}, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}"
    return f"{e(place)}, {when:%d %B %Y}"


def _numbers(data: MinutesData, lang: str) -> str:
    s = data.snapshot
    n = s.numbers

    def v(x: int | None) -> str:
        return "…" if x is None else str(x)

    absent = None if n.summoned is None or n.present is None else n.summoned - n.present
    reasons = "; ".join(
        f"{REASON_WORDS[r][0 if lang == 'vi' else 1]}: {k}" for r, k in s.invalid_reasons)
    rows = [
        (_t(lang, "Tổng số thành viên", "Members in total"), v(n.members)),
        (_t(lang, "Số được triệu tập", "Summoned"), v(n.summoned)),
        (_t(lang, "Số có mặt", "Present"), f"{v(n.present)}" + (
            _t(lang, f" (vắng mặt: {absent})", f" (absent: {absent})") if absent is not None
            else "")),
        (_t(lang, "Số phiếu phát ra", "Ballots issued"), v(n.issued)),
        (_t(lang, "Số phiếu thu vào", "Ballots collected"), v(n.collected)),
        (_t(lang, "Số phiếu hợp lệ", "Valid ballots"), str(s.valid)),
        (_t(lang, "Số phiếu không hợp lệ", "Invalid ballots"), str(s.invalid) + (
            f" ({e(reasons)})" if reasons else "")),
    ]
    return "<table cellspacing='0' cellpadding='1'>" + "".join(
        f"<tr><td>– {e(k)}:&nbsp;</td><td><b>{val}</b></td></tr>" for k, val in rows
    ) + "</table>"


def _tables(data: MinutesData, lang: str) -> str:
    """The counting tables and their subtotals, when the count was counted at several."""
    if not data.tables:
        return ""
    head = _t(lang, "<tr><td><b>Bàn</b></td><td><b>Phiếu số</b></td><td><b>Số phiếu</b></td>"
                    "<td><b>Hợp lệ</b></td><td><b>Không hợp lệ</b></td></tr>",
              "<tr><td><b>Table</b></td><td><b>Ballot numbers</b></td><td><b>Ballots</b></td>"
              "<td><b>Valid</b></td><td><b>Invalid</b></td></tr>")
    rows = "".join(f"<tr><td>{e(t.name)}</td><td>{t.first}–{t.last}</td>"
                   f"<td align='right'>{t.ballots}</td><td align='right'>{t.valid}</td>"
                   f"<td align='right'>{t.invalid}</td></tr>" for t in data.tables)
    title = _t(lang, "Kiểm phiếu tại các bàn (đã gộp):", "Counted at these tables (merged):")
    return (f"<p>{title}</p><table border='1' cellspacing='0' cellpadding='2'>"
            f"{head}{rows}</table>")


def _hand(data: MinutesData, lang: str) -> str:
    """Stacks counted by hand are named as such."""
    if not data.hand_tallies:
        return ""
    items = "".join(
        "<p>– " + _t(lang, f"Tập {e(s.stack)} được kiểm đếm tay (nhập từ bảng kiểm đếm): "
                           f"{s.ballots} phiếu, hợp lệ {s.valid}, không hợp lệ {s.invalid}.",
                     f"Stack {e(s.stack)} was counted by hand (entered from the tally sheet): "
                     f"{s.ballots} ballots, {s.valid} valid, {s.invalid} invalid.") + "</p>"
        for s in data.hand_tallies)
    return items


def _results_table(data: MinutesData, lang: str) -> str:
    s = data.snapshot
    labels = s.definition.rules.level_labels(lang)
    # widths in % of the line: count columns narrow, "Không hợp lệ" wide enough for its
    # longest word, the rest to name and title, so that rows stay on one line
    count_w = min(6, 44 // (2 * len(labels)))
    rest = 100 - 5 - 9 - 2 * count_w * len(labels)
    name_w = rest * 47 // 100
    head1 = ("<tr><td rowspan='2' align='center' width='5%'><b>TT</b></td>"
             f"<td rowspan='2' align='center' width='{name_w}%'>"
             f"<b>{_t(lang, 'Họ và tên', 'Name')}</b></td>"
             f"<td rowspan='2' align='center' width='{rest - name_w}%'>"
             f"<b>{_t(lang, 'Chức vụ', 'Title')}</b></td>")
    head1 += "".join(f"<td colspan='2' align='center'><b>{e(label)}</b></td>"
                     for label in labels)
    head1 += (f"<td rowspan='2' align='center' width='9%'><b>"
              f"{_t(lang, 'Không hợp lệ', 'Invalid')}</b></td></tr>")
    head2 = "<tr>" + "".join(
        f"<td align='center' width='{count_w}%'>{_t(lang, 'Số phiếu', 'Ballots')}</td>"
        f"<td align='center' width='{count_w}%'>{_t(lang, 'Tỷ lệ %', '%')}</td>"
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


def _base_sentence(data: MinutesData, lang: str) -> str:
    rules = data.snapshot.definition.rules
    words = BASE_WORDS[rules.base][0 if lang == "vi" else 1]
    if rules.base is BaseKind.VALID:
        return e(_t(lang, f"Tỷ lệ % tính trên {words}.", f"Percentages are of {words}."))
    value = data.snapshot.base_value
    shown = "…" if value is None else str(value)
    return e(_t(lang, f"Tỷ lệ % tính trên {words}: {shown}.",
                f"Percentages are of {words}: {shown}."))


def _thresholds(data: MinutesData, lang: str) -> str:
    s = data.snapshot
    rules = s.definition.rules
    labels = rules.level_labels(lang)
    lines = []
    for t in rules.thresholds:
        crossed = [r for r in s.results if t.code in r.flags]
        rule_words = e(t.words(lang, labels))
        if not crossed:
            lines.append(f"<p>– {rule_words}: " + _t(lang, "không có ai.", "nobody.") + "</p>")
            continue
        people = "; ".join(
            f"{e(r.name)} ({r.counts[t.level - 1]} {_t(lang, 'phiếu', 'ballots')}, "
            f"{format_percent(r.percents[t.level - 1], lang)}%)" for r in crossed)
        lines.append(f"<p>– {rule_words}: <b>{people}</b>.</p>")
    if not lines:
        lines.append("<p>" + _t(lang, "Bộ quy tắc không có ngưỡng.",
                                "The rule set has no threshold.") + "</p>")
    return "".join(lines)


def _corrections(data: MinutesData, lang: str) -> str:
    items = []
    for c in data.corrections:
        if c.kind == "voided":
            items.append(_t(lang, f"Hủy phiếu số {c.number}: {e(c.reason)}.",
                            f"Ballot {c.number} voided: {e(c.reason)}."))
        elif c.kind == "rekeyed":
            items.append(_t(lang, f"Nhập lại phiếu số {c.number}: {e(c.reason)}.",
                            f"Ballot {c.number} keyed again: {e(c.reason)}."))
        else:
            when = local_time(c.at)
            stamp = f"{when:%H:%M %d/%m/%Y}" if when else "…"
            items.append(_t(lang, f"Mở lại cuộc kiểm phiếu lúc {stamp}: {e(c.reason)}.",
                            f"Count reopened at {stamp}: {e(c.reason)}."))
    for a in data.closure.acknowledged:
        items.append(_t(lang, f"Cảnh báo «{e(a.code)}» được đồng chí {e(a.by)} xác nhận: "
                        f"{e(a.text)}.", f"Warning «{e(a.code)}» acknowledged by {e(a.by)}: "
                        f"{e(a.text)}."))
    for stack in data.stacks:
        if stack.close_reason:
            items.append(_t(lang, f"Tập phiếu {e(stack.name)} đóng khi chưa đủ {stack.expected} "
                            f"phiếu: {e(stack.close_reason)}.", f"Stack {e(stack.name)} closed "
                            f"short of {stack.expected}: {e(stack.close_reason)}."))
    items.append(_double_entry(data, lang))
    spot = data.spot_check
    if spot is not None and spot.done:
        bound = format_decimal(100 * spot.bound(), lang)
        items.append(_t(
            lang,
            f"Kiểm tra chọn mẫu (nhập lại mù từ phiếu giấy): {spot.done} trên {spot.population} "
            f"phiếu, {spot.differences} khác biệt; với độ tin cậy 95%, tỷ lệ phiếu nhập sai "
            f"không quá {bound}% (Clopper–Pearson).",
            f"Blind spot check (re-keyed from the paper): {spot.done} of {spot.population} "
            f"ballots, {spot.differences} differences; 95% upper bound on the keying error "
            f"rate {bound}% (Clopper–Pearson)."))
    return "".join(f"<p>– {item}</p>" for item in items)


def _double_entry(data: MinutesData, lang: str) -> str:
    d = data.double_entry
    if not d.stacks:
        return _t(lang, "Nhập phiếu: mỗi phiếu được nhập một lần (không nhập hai lần).",
                  "Keying: each ballot keyed once (no double entry).")
    entered = data.snapshot.entered
    vi = (f"Nhập hai lần: {d.stacks} trên {data.keyed_stacks} tập phiếu ({d.ballots} trên "
          f"{entered} phiếu) được hai người nhập độc lập và đối chiếu từng phiếu; "
          f"{d.differences} khác biệt, Ban kiểm phiếu đã quyết định {d.resolved} "
          f"({d.kept_first} giữ bản nhập lần đầu, {d.kept_second} theo bản nhập lần hai)")
    en = (f"Double entry: {d.stacks} of {data.keyed_stacks} stacks ({d.ballots} of {entered} "
          f"ballots) keyed independently by two operators and compared ballot by ballot; "
          f"{d.differences} differences, {d.resolved} decided by the committee "
          f"({d.kept_first} first entry kept, {d.kept_second} second entry kept)")
    if d.pending:
        vi += f"; <b>{d.pending} khác biệt chưa quyết định</b>"
        en += f"; <b>{d.pending} differences undecided</b>"
    return _t(lang, vi + ".", en + ".")


def _closing(data: MinutesData, lang: str) -> str:
    when = local_time(data.closure.closed_at) if data.closure.closed else None
    if when is None:
        printed = local_time(data.printed_at)
        stamp = f"{printed:%H giờ %M, ngày %d/%m/%Y}" if printed and lang == "vi" else (
            f"{printed:%H:%M on %d/%m/%Y}" if printed else "…")
        return _t(lang, f"<b>DỰ THẢO</b>: cuộc kiểm phiếu chưa kết thúc; bản in lúc {stamp}.",
                  f"<b>DRAFT</b>: the count is not closed; printed at {stamp}.")
    if lang == "vi":
        return (f"Biên bản kết thúc lúc {when:%H} giờ {when:%M} phút, ngày {when:%d/%m/%Y}; "
                "đã đọc cho Ban kiểm phiếu cùng nghe và nhất trí ký tên.")
    return (f"The minutes were closed at {when:%H:%M} on {when:%d/%m/%Y}, read to the "
            "committee and signed.")


def closing_text(data: MinutesData, lang: str) -> str:
    """The closing sentence as plain text (to find it in the laid-out document)."""
    return html.unescape(re.sub(r"<[^>]+>", "", _closing(data, lang)))


def _committee(data: MinutesData, lang: str) -> str:
    members = data.snapshot.definition.committee
    if not members:
        return "<p>…</p>"
    i = 0 if lang == "vi" else 1
    return "".join(f"<p style='margin-left: 20px'>{k}. {e(m.name)}, {ROLE_WORDS[m.role][i]}</p>"
                   for k, m in enumerate(members, start=1))


def _signatures(data: MinutesData, lang: str) -> str:
    members = list(data.snapshot.definition.committee)
    chair = next((m for m in members if m.role is Role.CHAIR), None)
    others = [m for m in members if m is not chair]
    cells = []
    i = 0 if lang == "vi" else 1
    for m in others:
        cells.append(f"<td align='center' width='50%'><b>{ROLE_WORDS[m.role][i].upper()}</b>"
                     f"<br/><br/><br/><br/><b>{e(m.name)}</b></td>")
    rows = "".join("<tr>" + "".join(cells[k:k + 2]) + "</tr>"
                   for k in range(0, len(cells), 2))
    chair_block = ""
    if chair is not None:
        chair_block = ("<table width='100%'><tr><td width='50%'></td><td align='center'><b>"
                       + _t(lang, "T/M BAN KIỂM PHIẾU<br/>TRƯỞNG BAN",
                            "FOR THE COUNTING COMMITTEE<br/>CHAIR")
                       + f"</b><br/><br/><br/><br/><b>{e(chair.name)}</b></td></tr></table>")
    heading = _t(lang, "<p align='center'><b>CÁC THÀNH VIÊN BAN KIỂM PHIẾU</b></p>",
                 "<p align='center'><b>MEMBERS OF THE COMMITTEE</b></p>") if others else ""
    return (chair_block + heading + "<table width='100%' cellpadding='6'>" + rows
            + "</table>")


def build_html(data: MinutesData, lang: str) -> str:
    d = data.snapshot.definition
    path = resources.path("templates", f"minutes_{lang}.html")
    template = Template(path.read_text(encoding="utf-8"))
    legal = d.rules.sentence(lang, data.snapshot.base_value)
    try:
        return _fill(template, data, lang, legal)
    except (KeyError, ValueError) as exc:
        raise ValidationError(
            f"the template has a placeholder the program does not know ({exc}); "
            "see the placeholders listed in the other template", file=str(path)) from None


def _fill(template: Template, data: MinutesData, lang: str, legal: str) -> str:
    d = data.snapshot.definition
    return template.substitute(
        body_upper=f"<b>{e(d.body.upper())}</b>" if d.body else "…",
        sitting_upper=e(d.sitting.upper()),
        right_header=f"<b><u>{PARTY}</u></b>" if d.rules.code.startswith("party") else STATE,
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


LOG_KINDS = {
    "count_created": ("Tạo cuộc kiểm phiếu", "Count created"),
    "numbers_set": ("Sửa số liệu", "Numbers changed"),
    "definition_set": ("Sửa thông tin cuộc họp / danh sách", "Meeting or list changed"),
    "ballot_recorded": ("Nhập phiếu", "Ballot keyed"),
    "ballot_voided": ("Hủy phiếu", "Ballot voided"),
    "ballot_edited": ("Nhập lại phiếu", "Ballot keyed again"),
    "stack_opened": ("Mở tập phiếu", "Stack started"),
    "stack_closed": ("Đóng tập phiếu", "Stack closed"),
    "count_closed": ("Kết thúc kiểm phiếu", "Count closed"),
    "count_reopened": ("Mở lại kiểm phiếu", "Count reopened"),
}


def _log_detail(kind: str, data: dict[str, object], lang: str) -> tuple[str, str]:
    """(ballot number, what it says) for one event, without any per-ballot time."""
    if kind in ("ballot_recorded", "ballot_edited"):
        ballot = data.get("ballot", data)
        assert isinstance(ballot, dict)
        marks = str(ballot.get("marks") or "")
        grouped = grouped_codes(marks)
        reason = ballot.get("reason")
        if reason:
            words = REASON_WORDS[InvalidReason(str(reason))][0 if lang == "vi" else 1]
            grouped = (grouped + " — " if grouped else "") + words
        extra = f" ({data['reason']})" if kind == "ballot_edited" else ""
        return str(ballot.get("number", "")), e(grouped) + e(extra)
    if kind == "ballot_voided":
        return str(data.get("number", "")), e(data.get("reason", ""))
    if kind == "numbers_set":
        changes = data.get("changes", {})
        assert isinstance(changes, dict)
        return "", e(", ".join(f"{k} = {v}" for k, v in changes.items()))
    if kind in ("stack_opened", "stack_closed"):
        return "", e(f"{data.get('name', '')} {data.get('expected', '')} "
                     f"{data.get('reason', '')}".strip())
    if kind == "count_reopened":
        return "", e(data.get("reason", ""))
    if kind == "count_closed":
        acks = data.get("acknowledged", [])
        assert isinstance(acks, list)
        return "", e("; ".join(f"{a['code']}: {a['by']} — {a['text']}" for a in acks))
    return "", ""


def build_log_html(data: MinutesData, events: list[Event], lang: str) -> str:
    """The ballot-entry log (nhật ký nhập phiếu): every event in order; ballot events carry
    no time, so the log cannot link a ballot to a moment."""
    i = 0 if lang == "vi" else 1
    heading = _t(lang, "NHẬT KÝ NHẬP PHIẾU", "BALLOT-ENTRY LOG")
    cols = _t(lang, "<td><b>TT</b></td><td><b>Sự kiện</b></td><td><b>Phiếu số</b></td>"
                    "<td><b>Nội dung</b></td><td><b>Thời điểm</b></td>",
              "<td><b>No.</b></td><td><b>Event</b></td><td><b>Ballot</b></td>"
              "<td><b>Content</b></td><td><b>Time</b></td>")
    rows = []
    for ev in events:
        number, detail = _log_detail(ev.kind, ev.data, lang)
        when = local_time(ev.at)
        stamp = f"{when:%H:%M:%S %d/%m/%Y}" if when else ""
        rows.append(f"<tr><td align='right'>{ev.seq}</td><td>"
                    f"{e(LOG_KINDS.get(ev.kind, (ev.kind, ev.kind))[i])}</td>"
                    f"<td align='right'>{number}</td><td>{detail}</td><td>{stamp}</td></tr>")
    return ("<html><body style=\"font-family: 'Liberation Serif'; font-size: 10pt;\">"
            f"<p align='center' style='font-size: 14pt'><b>{heading}</b></p>"
            f"<p align='center'><b>{e(data.snapshot.definition.title)}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
            f"<thead><tr>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            "</body></html>")
