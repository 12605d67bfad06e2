"""The body of an election's minutes (ELECTIONS.md, "The minutes of an election"): what was
elected, the list in ballot order, the numbers with each excluded category, the table of
candidates (votes for and % of the base; on a list without surplus also against and the rows
counted for nobody), the base in words, the elected highest votes first with the bar they
passed, who is tied for how many seats, the seats left. The header, the opening, the
corrections, the closing and the signatures are the confidence minutes' own.

Who is elected comes from ``election.outcome`` through ``election_minutes.report``; nothing is
decided here."""

from __future__ import annotations

from desktop.domain import audit
from desktop.domain import minutes as minutes_
from desktop.domain.election import TieRule
from desktop.domain.election_minutes import Breakdown, CandidateLine, ElectionReport
from desktop.domain.minutes import MinutesData
from desktop.domain.rules import BaseKind
from desktop.domain.tally import format_percent
from desktop.domain.words import Lang, say
from desktop.render import minutes_numbers
from desktop.render.minutes_body import fit
from desktop.render.minutes_numbers import Row
from desktop.render.minutes_parts import Breaks, Units, e, paged_table, para, w


def what(data: MinutesData, report: ElectionReport, lang: Lang) -> str:
    """I. The body, the seats, the round, the list and the rules of the election."""
    d = data.snapshot.definition
    candidates, seats = len(report.lines), report.setup.seats
    listed = (say("election_minutes.list_no_surplus", lang, candidates=candidates)
              if report.without_surplus else
              say("election_minutes.list_surplus", lang, candidates=candidates,
                  surplus=candidates - seats))
    rows: list[Row] = [("election_minutes.body", d.sitting or d.body or "…", ""),
                       ("election_minutes.seats", str(seats), ""),
                       ("election_minutes.round", say("election_minutes.round_value", lang,
                                                      round=report.setup.round), ""),
                       ("election_minutes.list", listed, "")]
    names = "; ".join(say("election_minutes.list_entry", lang, position=c.position,
                          name=c.name) for c in report.lines)
    base = minutes_.base_term(d.rules, d.rules.base)
    rules = " ".join(report.rule.sentences(lang, say(base.code, lang)))
    return (minutes_numbers.number_items(rows, lang) + _previous(report, lang)
            + para(w("election_minutes.list_order", lang, names=names), "margin-top: 4pt;")
            + para(f"<i>{e(rules)}</i>"))


def _previous(report: ElectionReport, lang: Lang) -> str:
    """The rounds before this one, each with its file and fingerprint (which file it was,
    unchanged since) and whom it elected: the minutes of the election list every round."""
    return "".join(
        para(w("election_minutes.previous", lang, round=p.round, file=p.file,
               fingerprint=audit.format_fingerprint(p.fingerprint), seats=p.seats,
               elected=", ".join(p.elected) or say("election.nobody", lang)))
        for p in report.setup.previous)


def numbers(data: MinutesData, report: ElectionReport, lang: Lang, units: Units) -> str:
    """II. The confidence minutes' numbers, each excluded category after those convened, and
    the valid and invalid ballots with their share of those counted."""
    s = data.snapshot
    valid, invalid = report.valid_share
    items = []
    for code, value, tail in minutes_numbers.number_rows(data, lang):
        if code == "minutes.valid":
            value = say("election_minutes.share", lang, count=s.valid,
                        percent=format_percent(valid, lang))
        elif code == "minutes.invalid":  # the count, its share, then the reasons
            value = say("election_minutes.share", lang, count=s.invalid,
                        percent=format_percent(invalid, lang)) + value.removeprefix(
                            str(s.invalid))
        elif code in ("minutes.members", "minutes.deputies", "minutes.voters") \
                and s.numbers.members is None:
            continue  # a congress of delegates: those convened are the figure
        items.append(minutes_numbers.item(w(code, lang), e(value), tail))
        if code == "minutes.valid" and report.piles:
            piles = "; ".join(say("election_minutes.pile", lang, kept=p.kept, count=p.ballots,
                                  percent=format_percent(p.percent, lang))
                              for p in report.piles)
            items.append(minutes_numbers.item(w("election_minutes.piles", lang), e(piles)))
        if code == "minutes.summoned" and report.setup.exclusions:
            each = "; ".join(say("minutes.reason_count", lang, reason=x.label, count=x.count)
                             for x in report.setup.exclusions)
            items.append(minutes_numbers.item(w("election_minutes.excluded", lang),
                                           f"{report.setup.excluded} ({e(each)})"))
    return "".join(items) + minutes_numbers.extras(data, lang, units)


# what follows a tie, and seats left: a congress votes again; a State election's law decides
TIE = {TieRule.FURTHER_ROUND: "election_minutes.tie.further_round",
       TieRule.OLDER: "election_minutes.tie.older"}
UNFILLED = {TieRule.FURTHER_ROUND: "election_minutes.unfilled.further_round",
            TieRule.OLDER: "election_minutes.unfilled.older"}
BREAKDOWN = {Breakdown.BALLOTS: "election_minutes.breakdown.ballots",
             Breakdown.ROWS: "election_minutes.breakdown.rows",
             Breakdown.PILES: "election_minutes.breakdown.piles"}
CELL_PT = 11  # the table's letters (minutes.css, table.results td)


def _head(text: str, width: int | None = None, span: str = "") -> str:
    size = f" width='{width}%'" if width else ""
    return (f"<td align='center' valign='middle'{size}{span}><span class='head'><b>{text}</b>"
            "</span></td>")


def table(data: MinutesData, report: ElectionReport, lang: Lang, units: Units,
          breaks: Breaks) -> str:
    """III. Each candidate in ballot order."""
    number = max(5, fit(units, say("minutes.col_no", lang)))
    count = max(8, fit(units, say("minutes.col_ballots", lang),
                       say("election_minutes.col_votes", lang)))
    pct = max(8, fit(units, say("minutes.col_percent", lang)))
    outcome = max(fit(units, say("election_minutes.col_outcome", lang)),
                  fit(units, say("election.elected", lang), say("election.tied", lang),
                      whole_at=CELL_PT))
    if report.without_surplus:
        name = max(100 - number - 3 * (count + pct) - outcome, 12)
        top = [_head(w("minutes.col_no", lang), number, " rowspan='2'"),
               _head(w("minutes.col_name", lang), name, " rowspan='2'")]
        top += [_head(w(code, lang), None, " colspan='2'") for code in (
            "election_minutes.col_agree", "election_minutes.col_disagree",
            "election_minutes.col_not_counted")]
        top.append(_head(w("election_minutes.col_outcome", lang), outcome, " rowspan='2'"))
        sub = [_head(w(code, lang), width) for _ in range(3) for code, width in (
            ("minutes.col_ballots", count), ("minutes.col_percent", pct))]
        head, columns = f"<tr>{''.join(top)}</tr><tr>{''.join(sub)}</tr>", 9
    else:
        name = max(100 - number - count - pct - outcome, 12)
        head = "<tr>" + "".join(_head(w(code, lang), width) for code, width in (
            ("minutes.col_no", number), ("minutes.col_name", name),
            ("election_minutes.col_votes", count), ("minutes.col_percent", pct),
            ("election_minutes.col_outcome", outcome))) + "</tr>"
        columns = 5
    rows = [(str(c.position), _row(c, report, lang)) for c in report.lines]
    return paged_table(f"<table class='results' border='1' cellspacing='0' cellpadding="
                       f"'{units.mm(0.8)}' width='100%'>", head, rows,
                       breaks.get(columns, frozenset()))


def _row(c: CandidateLine, report: ElectionReport, lang: Lang) -> str:
    standing = report.outcome.standings[c.position - 1]
    result = (w("election.elected", lang) if standing.elected
              else w("election.tied", lang) if standing.tied else "").replace(" ", "&nbsp;")
    title = f"<br/><span class='post'>{e(c.title)}</span>" if c.title else ""
    cells = [f"<td align='center'>{c.position}</td><td>{e(c.name)}{title}</td>",
             f"<td align='right'>{c.votes}</td>"
             f"<td align='right'>{format_percent(c.percents[0], lang)}</td>"]
    if report.without_surplus:
        cells += [f"<td align='right'>{n}</td><td align='right'>{format_percent(p, lang)}</td>"
                  for n, p in ((c.against, c.percents[1]), (c.not_counted, c.percents[2]))]
    cells.append(f"<td align='center'>{result}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def base_sentence(data: MinutesData, report: ElectionReport, lang: Lang) -> str:
    """The base in words (and how it is made, for convened less excluded); the breakdowns the
    largest remainder made add up to 100; the annex."""
    s = data.snapshot
    parts = [minutes_.base_sentence(s, lang)]
    if s.definition.rules.base is BaseKind.SUMMONED_LESS_EXCLUDED and report.base is not None:
        parts.append(say("election_minutes.base_less", lang, value=report.base,
                         summoned=s.numbers.summoned, excluded=report.setup.excluded))
    if report.adjusted:
        parts.append(say("election_minutes.largest_remainder", lang, breakdowns="; ".join(
            say(BREAKDOWN[b], lang) for b in report.adjusted)))
    return para(f"<i>{e(' '.join(parts))} {w('minutes.annex', lang)}</i>", "margin-top: 4pt;")


def result(data: MinutesData, report: ElectionReport, lang: Lang) -> str:
    """IV. The bar with its figure; the elected, most votes first; the tied and the seats
    they hold; the seats left."""
    rules = data.snapshot.definition.rules
    bar = report.rule.bar
    fraction = f"{bar.fraction.numerator}/{bar.fraction.denominator}"
    base = minutes_.base_term(rules, rules.base)
    if report.least is None:
        out = [para(w("election_minutes.bar.unknown", lang, fraction=fraction, base=base))]
    else:
        code = "election_minutes.bar.ge" if bar.at_least else "election_minutes.bar.gt"
        out = [para(w(code, lang, fraction=fraction, base=base, value=report.base,
                      least=report.least))]
    found = report.outcome
    by_position = {c.position: c for c in report.lines}
    if found.elected:
        out.append(para(w("election_minutes.elected_heading", lang, count=len(found.elected),
                          seats=found.seats)))
        out += [para(w("election_minutes.elected_entry", lang, number=k, name=c.name,
                       votes=c.votes, percent=format_percent(c.percents[0], lang)),
                     "margin-bottom: 0pt; text-indent: 0pt; margin-left: 10mm;")
                for k, c in enumerate((by_position[p] for p in found.elected), start=1)]
    else:
        out.append(para(w("election_minutes.elected_none", lang)))
    if found.tied:
        first = by_position[found.tied[0]]
        out.append(para(w("election_minutes.tied", lang, seats=found.tied_seats,
                          names=", ".join(by_position[p].name for p in found.tied),
                          votes=first.votes, percent=format_percent(first.percents[0], lang),
                          rule=say(TIE[report.rule.tie], lang)),
                        "margin-top: 6pt;"))
    out.append(para(w(UNFILLED[report.rule.tie], lang, seats=found.unfilled)
                    if found.unfilled else
                    w("election_minutes.filled", lang, seats=found.seats), "margin-top: 6pt;"))
    return "".join(out)
