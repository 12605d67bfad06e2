"""The numbers of the minutes, a confidence vote's and an election's: members, those summoned
and present, ballots issued and collected, valid and invalid with their reasons (the committee's
note of each "other" one), what is not counted yet; the counting tables' subtotals and the
stacks counted by hand. An election adds its excluded categories and shares
(``election_body``) to the same rows."""

from __future__ import annotations

from desktop.domain.ballot import InvalidReason
from desktop.domain.minutes import MinutesData
from desktop.domain.words import Lang, Term, say
from desktop.render.minutes_parts import Units, e, para, w


def item(label: str, value: str, tail: str = "") -> str:
    return para(f"– {label}: <b>{value}</b>{tail}", "margin-bottom: 0pt; text-indent: 0pt;")


def _reasons(data: MinutesData, lang: Lang) -> str:
    parts = []
    for reason, count in data.snapshot.invalid_reasons:
        words = Term(f"reason.{reason.value}")
        if reason is InvalidReason.OTHER and data.other_notes:
            parts.append(say("minutes.other_notes", lang, reason=words, count=count,
                             notes="; ".join(data.other_notes)))
        else:
            parts.append(say("minutes.reason_count", lang, reason=words, count=count))
    return "; ".join(parts)


Row = tuple[str, str, str]  # (the label's code, the value, what follows it)


def number_rows(data: MinutesData, lang: Lang) -> list[Row]:
    """The numbers in order, each with its label's code (an election adds its own rows)."""
    s = data.snapshot
    n = s.numbers

    def v(x: int | None) -> str:
        return "…" if x is None else str(x)

    present, quorum = v(n.present), ""
    if n.summoned is not None and n.present is not None:
        present = say("minutes.absent", lang, present=n.present, absent=n.summoned - n.present)
        if s.definition.rules.quorum_two_thirds:
            met = 3 * n.present >= 2 * n.summoned
            quorum = "; " + w("minutes.quorum_met" if met else "minutes.quorum_short", lang,
                              present=n.present, summoned=n.summoned)
    reasons = _reasons(data, lang)
    invalid = str(s.invalid) + (f" ({reasons})" if reasons else "")
    # those on the roll: a Party body's members, an assembly's deputies, an electorate's voters
    members = ("minutes.members" if s.definition.rules.party
               else "minutes.voters" if s.definition.rules.code == "state-election"
               else "minutes.deputies")
    rows = [(members, v(n.members), ""), ("minutes.summoned", v(n.summoned), ""),
            ("minutes.present", present, quorum), ("minutes.issued", v(n.issued), ""),
            ("minutes.collected", v(n.collected), ""), ("minutes.valid", str(s.valid), ""),
            ("minutes.invalid", invalid, "")]
    entered = s.valid + s.invalid
    if n.collected is None or entered != n.collected:  # a draft: say what is not counted yet
        left = None if n.collected is None else n.collected - entered
        rows.append(("minutes.entered", str(entered) if left is None or left < 0 else say(
            "minutes.not_entered", lang, entered=entered, left=left), ""))
    return rows


def number_items(rows: list[Row], lang: Lang) -> str:
    return "".join(item(w(code, lang), e(value), tail) for code, value, tail in rows)


def numbers(data: MinutesData, lang: Lang, units: Units) -> str:
    return number_items(number_rows(data, lang), lang) + extras(data, lang, units)


def extras(data: MinutesData, lang: Lang, units: Units) -> str:
    """After the numbers: the counting tables and the stacks counted by hand."""
    return _tables(data, lang, units) + _hand(data, lang)


def _tables(data: MinutesData, lang: Lang, units: Units) -> str:
    """The counting tables and their subtotals, when the count was counted at several."""
    if not data.tables:
        return ""
    head = "<tr>" + "".join(f"<td align='center'><b>{w(code, lang)}</b></td>" for code in (
        "minutes.table", "minutes.table_numbers", "minutes.table_ballots",
        "minutes.table_valid", "minutes.table_invalid")) + "</tr>"
    rows = "".join(f"<tr><td>{e(t.name)}</td><td align='center'>{t.first}–{t.last}</td>"
                   f"<td align='right'>{t.ballots}</td><td align='right'>{t.valid}</td>"
                   f"<td align='right'>{t.invalid}</td></tr>" for t in data.tables)
    return (para(w("minutes.tables", lang), "margin-top: 6pt; margin-bottom: 2pt;")
            + f"<table class='figures' border='1' cellspacing='0' cellpadding='{units.mm(1)}'>"
            f"<thead>{head}</thead>{rows}</table>")


def _hand(data: MinutesData, lang: Lang) -> str:
    """Stacks counted by hand are named as such."""
    return "".join(
        para("– " + w("minutes.hand_counted", lang, stack=s.stack, ballots=s.ballots,
                      valid=s.valid, invalid=s.invalid), "margin-bottom: 0pt; text-indent: 0pt;")
        for s in data.hand_tallies)
