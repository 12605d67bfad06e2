"""The minutes' content as HTML for QTextDocument, filled into resources/templates/minutes_*.html.

Every figure comes from MinutesData, which is recomputed from the stored ballots; every word
from the catalogue (``desktop.domain.words``), so no code reaches the paper. The header and the
signatures are built in ``minutes_head``, the body in ``minutes_body`` (an election's in
``election_body``).

QTextDocument reads CSS lengths in pixels only (a margin in pt is dropped) and ignores
``text-align: justify``: the template writes its lengths in pt and mm, ``to_device`` turns them
into CSS pixels (1/96 inch, which Qt scales to the device the text is laid out for), and body
paragraphs carry ``align='justify'``.
"""

from __future__ import annotations

import html
import re
from string import Template

from desktop import resources
from desktop.domain import election_minutes
from desktop.domain.minutes import MinutesData
from desktop.domain.words import Lang
from desktop.errors import ValidationError
from desktop.render import election_body, minutes_body, minutes_head, minutes_numbers
from desktop.render.minutes_parts import Breaks, Units, e

__all__ = ["Breaks", "Units", "build_html", "closing_text", "to_device"]

_LENGTH = re.compile(r"((margin(?:-[a-z]+)?|padding(?:-[a-z]+)?|text-indent)\s*:\s*)"
                     r"(-?[\d.]+)(pt|mm|cm)")


def to_device(text: str, units: Units) -> str:
    """Margins, paddings and indents in pt / mm / cm, as the pixels Qt reads them in."""

    def px(match: re.Match[str]) -> str:
        value, unit = float(match.group(3)), match.group(4)
        points = value if unit == "pt" else value * (10 if unit == "cm" else 1) * 72 / 25.4
        device = match.group(2) in ("text-indent", "margin-left", "margin-right")
        pixels = units.device_pt(points) if device else units.pt(points)
        return f"{match.group(1)}{pixels}px"

    return _LENGTH.sub(px, text)


def build_html(data: MinutesData, lang: Lang, units: Units, breaks: Breaks | None = None
               ) -> str:
    """The minutes as HTML; ``breaks``: the table rows that must start a new page. An
    election's minutes (``election_minutes_*.html``) share the header, the opening, the
    numbers' rows, the corrections, the closing and the signatures with a confidence vote's,
    and have a body of their own (``election_body``)."""
    breaks = breaks or {}
    d = data.snapshot.definition
    report = election_minutes.report(data.snapshot, data.kept_piles)
    name = "minutes" if report is None else "election_minutes"
    path = resources.path("templates", f"{name}_{lang.value}.html")
    template = Template(path.read_text(encoding="utf-8"))
    shared = {
        "style": resources.path("templates", "minutes.css").read_text(encoding="utf-8"),
        "header": minutes_head.header(data, lang, units),
        "title": e(d.title),
        "legal_basis": minutes_head.legal_basis(data, lang),
        "opening": minutes_head.opening(data, lang),
        "corrections": minutes_body.corrections(data, lang),
        "closing": minutes_head.closing(data, lang),
        "signatures": minutes_head.signatures(data, lang, units),
    }
    if report is None:
        body = {
            "numbers": minutes_numbers.numbers(data, lang, units),
            "results_table": minutes_body.results_table(data, lang, units, breaks),
            "base_sentence": minutes_body.base_sentence(data, lang),
            "comparison": minutes_body.comparison(data, lang, units, breaks),
            "thresholds": minutes_body.thresholds(data, lang),
        }
    else:
        body = {
            "election": election_body.what(data, report, lang),
            "numbers": election_body.numbers(data, report, lang, units),
            "results_table": election_body.table(data, report, lang, units, breaks),
            "base_sentence": election_body.base_sentence(data, report, lang),
            "elected": election_body.result(data, report, lang),
        }
    try:
        filled = template.substitute(shared | body)
    except (KeyError, ValueError) as exc:
        raise ValidationError("template_placeholder", file=str(path),
                              placeholder=str(exc)) from None
    return to_device(filled, units)


def closing_text(data: MinutesData, lang: Lang) -> str:
    """The closing sentence as plain text (to find it in the laid-out document)."""
    return html.unescape(re.sub(r"<[^>]+>", "", minutes_head.closing(data, lang)))
