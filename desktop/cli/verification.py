"""Verification commands: draw the ballots to re-key blind, record each re-key, and the
operator figures."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.domain import importers
from desktop.domain.ballot import format_codes
from desktop.services import spot_checks
from desktop.services.count_service import CountService
from desktop.services.operators import operator_figures


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("spot-check", help="draw ballots to re-key blind from the paper")
    p.add_argument("file", type=Path)
    p.add_argument("--k", type=int, help="how many (default 5%%, at least 20)")
    p.add_argument("--seed", type=int, help="the draw's seed (default: random, recorded)")

    p = sub.add_parser("spot-rekey", help="record the blind re-key of one drawn ballot")
    p.add_argument("file", type=Path)
    p.add_argument("number", type=int)
    p.add_argument("codes", nargs="?")
    p.add_argument("--invalid", metavar="REASON")
    p.add_argument("--note", default="")

    p = sub.add_parser("operators", help="keying speed and differences per operator")
    p.add_argument("file", type=Path)


def cmd_spot_check(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        check = spot_checks.start(service, args.k, args.seed)
    print(f"seed {check.seed}; re-key these {len(check.numbers)} ballots blind: "
          + " ".join(map(str, check.numbers)))
    return 0


def cmd_spot_rekey(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        d = service.definition
        item = importers.one_ballot(args.codes, args.invalid, args.note, len(d.on_ballot),
                                    d.rules.levels)
        matched, stored = spot_checks.rekey(service, args.number, item)
        check = spot_checks.current(service)
    first = format_codes(stored.marks) if stored.marks else f"invalid ({stored.reason})"
    print(f"ballot {args.number}: " + ("matches" if matched else
                                       f"DIFFERS — first entry {first}; check the paper"))
    if check is not None:
        print(f"{check.done} of {len(check.numbers)} re-keyed, {check.differences} "
              f"differences; 95% upper bound {check.bound():.2%}")
    return 0


def cmd_operators(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as service:
        lines, outside = operator_figures(service)
    header = ("operator", "stacks 1st", "ballots", "stacks 2nd", "ballots", "minutes",
              "per min", "differences", "own kept", "other kept", "spot diffs")
    rows = [header] + [(
        line.name or "(unnamed)", str(line.first_stacks), str(line.first_ballots),
        str(line.second_stacks), str(line.second_ballots),
        f"{line.seconds / 60:.1f}" if line.seconds else "-",
        f"{line.per_minute:.1f}" if line.per_minute is not None else "-",
        str(line.differences), str(line.own_kept), str(line.other_kept),
        str(line.spot_differences)) for line in lines]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    if outside:
        print(f"{outside} ballots were keyed outside any stack: no operator is recorded.")
    print("For organising the work, not for blame: times run from opening to closing a "
          "stack (pauses included).")
    return 0


HANDLERS = {"spot-check": cmd_spot_check, "spot-rekey": cmd_spot_rekey,
            "operators": cmd_operators}
