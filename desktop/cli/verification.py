"""Verification commands: draw the ballots to re-key blind, record each re-key, and the
operator figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.table import Command, file_only
from desktop.domain import importers
from desktop.domain.ballot import format_codes
from desktop.domain.words import Lang, format_decimal, invalid_reason, say
from desktop.services import spot_checks
from desktop.services.count_service import CountService
from desktop.services.operators import operator_figures


def _spot_check_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--k", type=int)
    p.add_argument("--seed", type=int)


def _spot_rekey_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("number", type=int)
    p.add_argument("codes", nargs="?", help=say("cli.help.codes", lang))
    p.add_argument("--invalid", metavar="REASON", help=say("cli.help.invalid", lang))
    p.add_argument("--note", default="")


def cmd_spot_check(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        check = spot_checks.start(service, args.k, args.seed)
    print(say("cli.spot_drawn", args.lang, seed=check.seed, k=len(check.numbers),
              numbers=" ".join(map(str, check.numbers))))
    return 0


def cmd_spot_rekey(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        d = service.definition
        item = importers.one_ballot(args.codes, args.invalid, args.note, len(d.on_ballot),
                                    d.rules.levels)
        matched, stored = spot_checks.rekey(service, args.number, item)
        check = service.spot_check
    lang = args.lang
    if matched:
        print(say("cli.spot_match", lang, number=args.number))
    else:
        first = format_codes(stored.marks) if stored.marks else say(
            "status.invalid", lang) + f" ({invalid_reason(stored.reason, stored.note, lang)})"
        print(say("cli.spot_differs", lang, number=args.number, first=first))
    if check is not None:
        print(say("cli.spot_progress", lang, done=check.done, k=len(check.numbers),
                  differences=check.differences, bound=format_decimal(100 * check.bound(),
                                                                      lang)))
    return 0


def cmd_operators(args: argparse.Namespace) -> int:
    lang = args.lang
    with CountService.open(args.file, read_only=True) as service:
        lines, outside = operator_figures(service)
    header = tuple(say("cli.operators_head", lang).split("|"))
    rows = [header] + [(
        line.name or say("cli.unnamed", lang), str(line.first_stacks), str(line.first_ballots),
        str(line.second_stacks), str(line.second_ballots),
        format_decimal(line.seconds / 60, lang, 1) if line.seconds else "-",
        format_decimal(line.per_minute, lang, 1) if line.per_minute is not None else "-",
        str(line.differences), str(line.own_kept), str(line.other_kept),
        str(line.spot_differences)) for line in lines]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    if outside:
        print(say("cli.operators_outside", lang, ballots=outside))
    print(say("cli.operators_note", lang))
    return 0


COMMANDS = (
    Command("spot-check", _spot_check_arguments, cmd_spot_check),
    Command("spot-rekey", _spot_rekey_arguments, cmd_spot_rekey),
    Command("operators", file_only, cmd_operators),
)


