"""The words of watching an election live: the line above the results table, the chart's
guides and legend, the projector's ranked result ("kết quả bầu cử")."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- one candidate's outcome (the table's column, the chart's right-hand text) --------
    "elview.none": ("—", "—"),
    "elview.settled": ("đã chắc chắn", "settled"),
    "elview.votes": ("{votes} phiếu ({percent}%)", "{votes:vote|votes} ({percent}%)"),
    "elview.votes.bare": ("{votes} phiếu", "{votes:vote|votes}"),
    # -- the line above the table and under the projector's title ---------------------
    "elview.seats": ("Bầu {seats} người (lần bầu thứ {round})",
                     "{seats:seat|seats} (round {round})"),
    "elview.bar.gt": ("quá {fraction} của {base} = cần ít nhất {minimum} phiếu",
                      "more than {fraction} of {base} = at least {minimum} votes needed"),
    "elview.bar.ge": ("từ {fraction} của {base} trở lên = cần ít nhất {minimum} phiếu",
                      "{fraction} of {base} or more = at least {minimum} votes needed"),
    "elview.bar.unknown": ("quá {fraction} cơ số: chưa có cơ số",
                           "more than {fraction} of the base: the base is not known yet"),
    "elview.elected": ("Trúng cử đến nay ({count}/{seats}): {names}",
                       "Elected so far ({count}/{seats}): {names}"),
    "elview.elected.count": ("Trúng cử đến nay: {count}/{seats}",
                             "Elected so far: {count}/{seats}"),
    "elview.elected.closed": ("Trúng cử ({count}/{seats}): {names}",
                              "Elected ({count}/{seats}): {names}"),
    "elview.elected.closed.count": ("Trúng cử: {count}/{seats}", "Elected: {count}/{seats}"),
    "elview.tied": ("Bằng phiếu cho {seats} ghế cuối: {names}",
                    "Tied for the last {seats:seat|seats}: {names}"),
    "elview.tied.count": ("{count} người bằng phiếu cho {seats} ghế cuối",
                          "{count} tied for the last {seats:seat|seats}"),
    "elview.left": ("Còn {left} ghế", "{left:seat|seats} left"),
    "elview.full": ("Đủ {seats} ghế", "All {seats:seat|seats} filled"),
    # -- the chart ----------------------------------------------------------------------
    "elview.legend.votes": ("Bầu (% của cơ số)", "For (% of the base)"),
    "elview.legend.against": ("Không bầu", "Against"),
    "elview.legend.rows": ("Không tính", "Not counted"),
    "elview.legend.bar": ("mức trúng cử", "the bar"),
    "elview.legend.cut": ("ghế cuối", "last seat"),
    "elview.guide.bar": ("> {fraction}: {minimum}", "> {fraction}: {minimum}"),
    "elview.guide.bar_ge": ("≥ {fraction}: {minimum}", "≥ {fraction}: {minimum}"),
    "elview.guide.cut": ("ghế cuối: {votes}", "last seat: {votes}"),
    # -- the projector ------------------------------------------------------------------
    "elview.title": ("Kết quả bầu cử", "Election result"),
}
