"""The parts of the minutes around the figures: the header of a Party or a State document
(HD 36-HD/VPTW, ND 30/2020, with the sizes of DOCUMENTS.md), the legal basis, the opening
sentence with the committee and the witnesses, the closing sentence and the signatures."""

from __future__ import annotations

from desktop.domain.count import CommitteeMember, Role
from desktop.domain.minutes import MinutesData, date_words, meeting_day
from desktop.domain.words import Lang, say
from desktop.render.minutes_parts import (
    Units,
    clock_words,
    e,
    local,
    moment,
    para,
    w,
)
from desktop.render.page_marks import TEXT_WIDTH_MM

# (points, bold) of each header line
PARTY = {"superior": (14, False), "issuing": (14, True), "number": (14, False),
         "national": (15, True), "place": (14, False)}
STATE = {"superior": (13, False), "issuing": (13, True), "number": (13, False),
         "national": (12, True), "motto": (13, True), "place": (14, False)}


def _line(text: str, points: float, bold: bool = False, italic: bool = False) -> str:
    weight = "font-weight: bold; " if bold else ""
    style = "font-style: italic; " if italic else ""
    return (f"<p align='center' style='margin-top: 0pt; margin-bottom: 0pt; text-indent: 0pt; "
            f"font-size: {points}pt; {weight}{style}'>{text}</p>")


def _no_widow(text: str) -> str:
    """The last two words held together: a name too long for its line wraps as "BAN CHẤP
    HÀNH / TRUNG ƯƠNG", never leaving one word alone ("… TRUNG / ƯƠNG")."""
    head, _, last = text.rpartition(" ")
    return f"{head}\u00a0{last}" if head and " " in head else text


def _rule(width: int) -> str:
    """A solid drawn rule (a text underline would cut the dots of Ộ, Ệ)."""
    return f"<hr width='{width}' style='margin-top: 0pt; margin-bottom: 2pt;'/>"


def _place_date(data: MinutesData, lang: Lang) -> str:
    """The place and the date; a long place wraps before the date, never inside it ("ngày 02
    tháng 12 / năm 2026" would be split)."""
    d = data.snapshot.definition
    date = e(date_words(meeting_day(d), lang)).replace(" ", "&nbsp;")
    return say("minutes.place_date", lang, place=e(d.place or "…"), date=date)


def header(data: MinutesData, lang: Lang, units: Units) -> str:
    d = data.snapshot.definition
    party = d.rules.party
    sizes = PARTY if party else STATE
    issuing = [x for x in (d.sitting.upper(), say("minutes.committee_name", lang)) if x]
    number = d.document_number or "…"
    left = [_line(e(_no_widow(d.body.upper())) or "…", *sizes["superior"])]
    left.append(_line("<br/>".join(e(x) for x in issuing), *sizes["issuing"]))
    if party:
        left.append(_line("*", *sizes["number"]))
        left.append(_line(w("minutes.number_party", lang, number=number), *sizes["number"]))
    else:
        widest = max(units.text_width(x, sizes["issuing"][0], True) for x in issuing)
        left.append(_rule(round(widest * 0.4)))  # 1/3 to 1/2 of the issuing body's line
        left.append(_line(w("minutes.number_state", lang, number=number), *sizes["number"]))
    right = []
    if party:
        national = say("minutes.party", lang)
        right.append(_line(e(national), *sizes["national"]))
        right.append(_rule(units.text_width(national, *sizes["national"])))
    else:
        motto = say("minutes.motto", lang)
        right.append(_line(w("minutes.state", lang), *sizes["national"]))
        right.append(_line(e(motto), *sizes["motto"]))
        right.append(_rule(units.text_width(motto, *sizes["motto"])))
    right.append(_line(_place_date(data, lang), sizes["place"][0], italic=True))
    # each side as wide as its longest line when both fit (the national side never wraps;
    # a body's name too long for what is left wraps, as on printed forms)
    lines = [say("minutes.party", lang)] if party else [say("minutes.state", lang),
                                                        say("minutes.motto", lang)]
    line = units.device_mm(TEXT_WIDTH_MM)
    pad = units.device_mm(4)
    right_need = max(units.text_width(x, 15 if party else 13, True) for x in lines) + pad
    left_need = max([units.text_width(d.body.upper(), sizes["superior"][0])]
                    + [units.text_width(x, sizes["issuing"][0], True) for x in issuing]) + pad
    if left_need + right_need <= line:
        right_need += (line - left_need - right_need) * right_need // (left_need + right_need)
    right_pct = min(-(-right_need * 100 // line), 60)
    return ("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='{100 - right_pct}%' align='center' valign='top'>{''.join(left)}</td>"
            f"<td width='{right_pct}%' align='center' valign='top'>{''.join(right)}</td>"
            "</tr></table>")


def legal_basis(data: MinutesData, lang: Lang) -> str:
    basis = lang.pick(data.snapshot.definition.rules.legal_basis)
    return para(e(basis) + ";") if basis else ""


def _person(m: CommitteeMember, lang: Lang, number: int) -> str:
    role = say(f"role.{m.role.value}", lang)
    if m.role is Role.WITNESS:
        text = (say("minutes.witness_post", lang, name=m.name, post=m.post) if m.post
                else say("minutes.witness", lang, name=m.name))
    elif m.post:
        text = say("minutes.member_post", lang, name=m.name, post=m.post, role=role)
    else:
        text = say("minutes.member", lang, name=m.name, role=role)
    return para(f"{number}. {e(text)}", "margin-bottom: 0pt; text-indent: 0pt; "
                                        "margin-left: 10mm;")


def opening(data: MinutesData, lang: Lang) -> str:
    """"Hôm nay, vào hồi … giờ … phút, ngày …, tại …, Ban kiểm phiếu gồm các đồng chí: …"."""
    d = data.snapshot.definition
    started = local(data, data.started_at)
    meeting = meeting_day(data.snapshot.definition)
    if started is not None and meeting is not None and started.date() != meeting:
        started = None  # stacks opened another day (a rehearsal): the committee writes it in
    day = started.date() if started else meeting
    members = [m for m in d.committee if m.role is not Role.WITNESS]
    witnesses = [m for m in d.committee if m.role is Role.WITNESS]
    parts = [para(w("minutes.opening", lang, clock=clock_words(started, lang),
                    date=date_words(day, lang), place=d.place or "…"))]
    parts += [_person(m, lang, k) for k, m in enumerate(members, start=1)] or [para("…")]
    if witnesses:
        parts.append(para(w("minutes.witnesses", lang), "margin-top: 6pt;"))
        parts += [_person(m, lang, k) for k, m in enumerate(witnesses, start=1)]
    parts.append(para(w("minutes.counted", lang), "margin-top: 6pt;"))
    return "".join(parts)


def closing(data: MinutesData, lang: Lang) -> str:
    if not data.closure.closed:
        printed = moment(local(data, data.printed_at), lang)
        return (f"<b>{w('minutes.draft_word', lang)}</b>: "
                + w("minutes.draft_closing", lang, at=printed))
    when = local(data, data.closure.closed_at)
    copies = data.snapshot.definition.copies
    return w("minutes.closing", lang, clock=clock_words(when, lang),
             date=date_words(when.date() if when else None, lang),
             copies="…" if copies is None else copies)


def _signature(titles: list[str], name: str) -> str:
    """A title, room to sign (four lines of 14 pt) and the name, centred."""
    return (f"<td align='center' width='50%'><p align='center' style='margin: 0pt; "
            f"text-indent: 0pt;'><b>{'<br/>'.join(e(t) for t in titles)}</b></p>"
            f"<p align='center' style='margin-top: 64pt; margin-bottom: 6pt; "
            f"text-indent: 0pt;'><b>{e(name)}</b></p></td>")


def _grid(people: list[CommitteeMember], lang: Lang, units: Units) -> str:
    cells = [_signature([say(f"role.{m.role.value}", lang).upper()], m.name)
             for m in people]
    rows = "".join("<tr>" + "".join(cells[k:k + 2]) + "</tr>" for k in range(0, len(cells), 2))
    return f"<table width='100%' cellspacing='0' cellpadding='{units.mm(2)}'>{rows}</table>"


def signatures(data: MinutesData, lang: Lang, units: Units) -> str:
    """"T/M BAN KIỂM PHIẾU / TRƯỞNG BAN", then the other members, then the witnesses."""
    people = list(data.snapshot.definition.committee)
    chair = next((m for m in people if m.role is Role.CHAIR), None)
    members = [m for m in people if m is not chair and m.role is not Role.WITNESS]
    witnesses = [m for m in people if m.role is Role.WITNESS]
    out = []
    if chair is not None:
        titles = [say("minutes.for_the_committee", lang), say("role.chair", lang).upper()]
        out.append("<table width='100%' style='margin-top: 6pt;'><tr><td width='50%'></td>"
                   + _signature(titles, chair.name) + "</tr></table>")
    if members:
        out.append(f"<p align='center' style='margin-top: 6pt; text-indent: 0pt;'><b>"
                   f"{w('minutes.members_heading', lang)}</b></p>" + _grid(members, lang, units))
    if witnesses:  # each under its role's words, "NGƯỜI CHỨNG KIẾN"
        out.append(_grid(witnesses, lang, units))
    return "".join(out)
