"""What watching an election shows beside each candidate's votes, from an ``Outcome`` the
domain already decided (election.outcome): the fewest votes that pass the bar, the votes of
the last seat, the ranked order of the projector, the line said above the table. Nothing
here decides who is elected."""

from __future__ import annotations

from desktop.domain.election import Bar, ElectionSetup, Outcome, Settled
from desktop.domain.words import Lang, say

MOST_NAMED = 20  # more names than this are counted, not listed: the table's outcome names them


def seat_cut(outcome: Outcome) -> int | None:
    """The votes of the last seat held: the tied candidates' when a tie holds it, else the
    last elected candidate's (None: nobody holds a seat yet)."""
    votes = {s.position: s.votes for s in outcome.standings}
    holders = outcome.tied or outcome.elected
    return votes[holders[-1]] if holders else None


def ranked(outcome: Outcome) -> list[int]:
    """Positions (1-based) as the projector lists them: the elected highest votes first,
    then the tied, then everyone else by votes (equal votes in ballot order)."""
    first = [*outcome.elected, *outcome.tied]
    taken = set(first)
    rest = sorted((s for s in outcome.standings if s.position not in taken),
                  key=lambda s: (-s.votes, s.position))
    return first + [s.position for s in rest]


def outcome_word(outcome: Outcome, position: int, settled: Settled | None,
                 lang: Lang) -> str:
    """One candidate's outcome as the table and the chart say it: "Trúng cử", "Bằng
    phiếu" or "—", and "đã chắc chắn" once no ballot left can change it."""
    standing = outcome.standings[position - 1]
    word = say("election.elected" if standing.elected else "election.tied"
               if standing.tied else "elview.none", lang)
    if settled is not None and settled is not Settled.OPEN:
        word += " · " + say("elview.settled", lang)
    return word


def bar_line(bar: Bar, base: int | None, lang: Lang) -> str:
    """"quá 1/2 của 150 = cần ít nhất 76 phiếu"."""
    fraction = f"{bar.fraction.numerator}/{bar.fraction.denominator}"
    minimum = bar.least_votes(base)
    if minimum is None:
        return say("elview.bar.unknown", lang, fraction=fraction)
    return say("elview.bar.ge" if bar.at_least else "elview.bar.gt", lang,
               fraction=fraction, base=base, minimum=minimum)


def summary(setup: ElectionSetup, outcome: Outcome, bar: Bar, base: int | None,
            names: tuple[str, ...], lang: Lang, *, with_names: bool = True,
            closed: bool = False) -> list[str]:
    """The lines said above the results: the seats and the bar, who is elected so far, who
    is tied for how many seats, the seats left. ``names``: the candidates in ballot order;
    without ``with_names`` (the projector, whose ranking names them), or past MOST_NAMED
    names (a congress electing 45 would fill the window), only how many."""

    def named(positions: tuple[int, ...]) -> str:
        if not positions:
            return say("election.nobody", lang)
        return ", ".join(f"{p}. {names[p - 1]}" for p in positions)

    lines = [say("elview.seats", lang, seats=setup.seats, round=setup.round) + "; "
             + bar_line(bar, base, lang)]
    count = len(outcome.elected)
    # no "so far" once the count is closed
    named_code, counted_code = (("elview.elected.closed", "elview.elected.closed.count")
                                if closed else ("elview.elected", "elview.elected.count"))
    if with_names and count <= MOST_NAMED:
        lines.append(say(named_code, lang, count=count, seats=setup.seats,
                         names=named(outcome.elected)))
    else:
        lines.append(say(counted_code, lang, count=count, seats=setup.seats))
    if outcome.tied:
        lines.append(say("elview.tied", lang, seats=outcome.tied_seats,
                         names=named(outcome.tied))
                     if with_names and len(outcome.tied) <= MOST_NAMED else
                     say("elview.tied.count", lang, count=len(outcome.tied),
                         seats=outcome.tied_seats))
    lines.append(say("elview.left", lang, left=outcome.unfilled) if outcome.unfilled
                 else say("elview.full", lang, seats=setup.seats))
    return lines
