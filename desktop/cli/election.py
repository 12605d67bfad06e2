"""What the command line adds for an election (bầu cử): the seats, the round and the
excluded categories of ``new``, an election rule set of the body's own, and the elected, tied
and unfilled seats of ``results --format json``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.table import Command
from desktop.domain import election_rules, election_summary
from desktop.domain.election import AllStruck, ElectionSetup, Exclusion, TieRule
from desktop.domain.rules import BaseKind, RuleSet, fraction_of
from desktop.domain.words import Lang, say
from desktop.errors import ValidationError
from desktop.services import rounds
from desktop.services.count_service import CountService

OPTIONS = ("seats", "round", "excluded", "exclusion", "all_struck", "tie", "at_least",
           "fraction", "largest_remainder")
CUSTOM_ONLY = ("fraction", "at_least", "all_struck", "tie", "largest_remainder")


def add_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("--seats", type=int, metavar="N")
    p.add_argument("--round", type=int, metavar="N")
    p.add_argument("--excluded", type=int, metavar="N")
    p.add_argument("--exclusion", action="append", default=[], metavar="LABEL:N")
    p.add_argument("--all-struck", choices=[a.value for a in AllStruck])
    p.add_argument("--tie", choices=[t.value for t in TieRule])
    p.add_argument("--fraction", metavar="1/2")
    p.add_argument("--at-least", action="store_true")
    p.add_argument("--largest-remainder", action="store_true")


def _given(args: argparse.Namespace) -> list[str]:
    return [o for o in OPTIONS if getattr(args, o) not in (None, False, [])]


def custom_rules(args: argparse.Namespace, base: BaseKind | None) -> RuleSet:
    """``--rules custom-election``: any base, either boundary, the all-struck setting."""
    if base is None:
        raise ValidationError("cli_election_needs_base", field="base")
    return election_rules.custom_election(
        base, fraction=fraction_of(args.fraction or "1/2", field="fraction"),
        at_least=args.at_least, all_struck=AllStruck(args.all_struck or AllStruck.VALID),
        tie=TieRule(args.tie or TieRule.FURTHER_ROUND),
        largest_remainder=args.largest_remainder)


def setup(args: argparse.Namespace, rules: RuleSet, lang: Lang) -> ElectionSetup | None:
    """The round's seats and excluded categories; refused for a confidence vote."""
    if rules.election is None:
        if _given(args):
            raise ValidationError("seats_not_an_election", field=_given(args)[0],
                                  rules=rules.code)
        return None
    if args.seats is None:
        raise ValidationError("seats_needed", field="seats")
    own = [o for o in CUSTOM_ONLY if getattr(args, o) not in (None, False)]
    if own and rules.code != "custom-election":  # a preset's rules are its own
        raise ValidationError("election_custom_only", field=own[0], rules=rules.code)
    exclusions = [_exclusion(spec) for spec in args.exclusion]
    if args.excluded is not None:
        if args.excluded < 0:
            raise ValidationError("excluded_negative", field="excluded")
        exclusions.append(Exclusion(say("exclusion.default", lang), args.excluded))
    return ElectionSetup(args.seats, 1 if args.round is None else args.round, tuple(exclusions))


def _exclusion(spec: str) -> Exclusion:
    label, _, count = spec.rpartition(":")
    number = count.strip()
    if not label.strip() or not (number.isascii() and number.isdigit()) or len(number) > 7:
        raise ValidationError("exclusion_unreadable", field="exclusion", label=spec[:40])
    return Exclusion(label.strip(), int(count))


def results(service: CountService, data: dict[str, Any]) -> None:
    """The election's part of ``results --format json``: at the top the seats, the elected
    (positions, most votes first), the tied and the seats they hold, the seats left; per
    candidate whether they pass the bar, their rank, elected, tied, settled. Nothing for a
    confidence vote."""
    found = service.election_outcome()
    if found is None:
        return
    settled = service.election_settled()
    data.update({"seats": found.seats, "elected": list(found.elected),
                 "tied": list(found.tied), "tied_seats": found.tied_seats,
                 "unfilled": found.unfilled,
                 "piles": _piles(service.election_piles())})
    for entry, s in zip(data["officials"], found.standings, strict=True):
        entry.update({"passes": s.passes, "rank": s.rank, "elected": s.elected,
                      "tied": s.tied, "settled": settled[s.position - 1].value})


def _piles(found: dict[int, int]) -> dict[str, int]:
    """Every number of names kept from 0 to the most, with the valid ballots keeping it."""
    return {str(k): found.get(k, 0) for k in range(max(found, default=-1) + 1)}


def standing_words(service: CountService, lang: Lang) -> list[str]:
    """Each candidate's outcome as the sheets say it (empty: not an election)."""
    found = service.election_outcome()
    if found is None:
        return []
    return [election_summary.outcome_word(found, s.position, None, lang)
            for s in found.standings]


def summary_lines(service: CountService, lang: Lang) -> list[str]:
    """The lines the window's results say above the table (the seats and the bar, who is
    elected, who is tied for how many seats, the seats left), after a blank line."""
    snapshot = service.snapshot()
    found, setup = snapshot.outcome, snapshot.definition.election
    rule = snapshot.definition.rules.election
    if found is None or setup is None or rule is None:
        return []
    return ["", *election_summary.summary(
        setup, found, rule.bar, snapshot.base_value, tuple(r.name for r in snapshot.results),
        lang, closed=service.closed)]


def _next_round_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--candidates", required=True, metavar="2,5,…",
                   help=say("cli.help.candidates", lang))
    p.add_argument("--seats", type=int, metavar="N")


def cmd_next_round(args: argparse.Namespace) -> int:
    try:
        positions = [int(p) for p in args.candidates.replace(" ", "").split(",") if p]
    except ValueError:
        raise ValidationError("round_candidates_unreadable", field="candidates",
                              text=args.candidates[:40]) from None
    with CountService.open(args.file, read_only=True) as previous, \
            rounds.next_round(previous, args.out, positions, args.seats) as made:
        setup = made.definition.election
        assert setup is not None
        print(say("cli.next_round_made", args.lang, file=args.out, round=setup.round,
                  seats=setup.seats, candidates=len(made.definition.on_ballot)))
    return 0


COMMANDS = (Command("next-round", _next_round_arguments, cmd_next_round),)
