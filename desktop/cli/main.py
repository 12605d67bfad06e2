"""The command line: the same services as the window, for scripts and tests.

Exit codes: 0 done; 1 ``verify`` found problems; 2 bad input or an unusable file (the message
names the file, line and field, and nothing was written).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop import __version__
from desktop.cli import documents, output, verification
from desktop.domain import audit, importers, rules
from desktop.domain.ballot import InvalidInput
from desktop.domain.count import NUMBER_FIELDS, CommitteeMember, CountDefinition, Numbers, Role
from desktop.errors import DesktopError, ValidationError
from desktop.services import demo
from desktop.services.count_service import CountService

log = logging.getLogger(__name__)

COMMANDS = ("new", "set", "add", "import", "results", "verify", "demo", "chart", "close",
            "reopen", "minutes", "export", "backup", "table-file", "merge", "spot-check",
            "spot-rekey")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _numbers(parser: argparse.ArgumentParser) -> None:
    for name in NUMBER_FIELDS:
        parser.add_argument(f"--{name}", type=int, metavar="N")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiemphieu", description="Kiểm Phiếu: count confidence-vote ballots.")
    parser.add_argument("--version", action="version", version=f"kiemphieu {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("new", help="create a counting file")
    p.add_argument("file", type=Path)
    p.add_argument("--rules", required=True, choices=rules.RULE_CODES)
    p.add_argument("--title", required=True)
    p.add_argument("--officials", required=True, type=Path, metavar="CSV",
                   help="UTF-8 CSV with header name,title, in ballot order")
    _numbers(p)
    p.add_argument("--base", choices=[b.value for b in rules.BaseKind])
    p.add_argument("--levels", help='custom scale, e.g. "Đồng ý,Không đồng ý"')
    p.add_argument("--threshold", action="append", default=[], metavar="SPEC",
                   help='custom threshold, e.g. "2>1/2" or "3>=2/3:consequence" (repeatable)')
    p.add_argument("--quorum", action="store_true", help="custom: need 2/3 of summoned present")
    p.add_argument("--invalid-row-voids-ballot", action="store_true",
                   help="a blank or multiple row makes the whole ballot invalid")
    p.add_argument("--double-entry", action="store_true",
                   help="every stack must be keyed twice before the count can close")
    for name in ("body", "sitting", "place", "date"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--committee", action="append", default=[], metavar="NAME[;ROLE]",
                   help="committee member; ROLE is chair, deputy or member (repeatable)")

    p = sub.add_parser("set", help="change the numbers (summoned, present, …)")
    p.add_argument("file", type=Path)
    _numbers(p)

    p = sub.add_parser("add", help="add one ballot")
    p.add_argument("file", type=Path)
    p.add_argument("codes", nargs="?", help="one character per official: 1..9, 0 blank, x")
    p.add_argument("--stack", default="")
    p.add_argument("--invalid", metavar="REASON", help="the whole ballot is invalid")
    p.add_argument("--note", default="", help="what the reason 'other' is")

    p = sub.add_parser("import", help="add ballots from a file, all or none")
    p.add_argument("file", type=Path)
    p.add_argument("ballots", type=Path)

    p = sub.add_parser("results", help="print the results")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--table", metavar="NAME", help="only the counts of one merged table")

    p = sub.add_parser("verify", help="check the file against its audit log")
    p.add_argument("file", type=Path)

    documents.add_parsers(sub)
    verification.add_parsers(sub)

    p = sub.add_parser("demo", help="create a demo count of fictitious officials")
    p.add_argument("file", type=Path)
    p.add_argument("--ballots", type=int, default=demo.DEMO_BALLOTS)
    return parser


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot be read: {exc.strerror}", file=str(path)) from None
    return importers.decode(data, str(path))


def _rule_set(args: argparse.Namespace) -> rules.RuleSet:
    base = rules.BaseKind(args.base) if args.base else None
    if args.rules == "custom":
        if not args.levels or not base:
            raise ValidationError("a custom rule set needs --levels and --base", field="rules")
        thresholds = tuple(rules.parse_threshold(s, i) for i, s in enumerate(args.threshold, 1))
        return replace(rules.custom(
            args.levels.split(","), base, thresholds, quorum_two_thirds=args.quorum,
            invalid_row_voids_ballot=args.invalid_row_voids_ballot),
            double_entry=args.double_entry)
    if args.levels or args.threshold or args.quorum:
        raise ValidationError(
            "--levels, --threshold and --quorum go with --rules custom", field="rules")
    chosen = rules.preset(args.rules)
    if base:
        chosen = rules.with_base(chosen, base)
    return replace(chosen, invalid_row_voids_ballot=(args.invalid_row_voids_ballot
                                                     or chosen.invalid_row_voids_ballot),
                   double_entry=args.double_entry)


def _committee(specs: list[str]) -> tuple[CommitteeMember, ...]:
    members = []
    for spec in specs:
        name, _, role = spec.partition(";")
        try:
            members.append(CommitteeMember(name.strip(), Role(role.strip() or "member")))
        except ValueError:
            raise ValidationError(
                f"role {role.strip()!r} is not chair, deputy or member", field="committee"
            ) from None
    return tuple(members)


def _given_numbers(args: argparse.Namespace) -> dict[str, int | None]:
    return {n: getattr(args, n) for n in NUMBER_FIELDS if getattr(args, n) is not None}


def cmd_new(args: argparse.Namespace) -> int:
    officials = importers.parse_officials_csv(_read(args.officials), str(args.officials))
    definition = CountDefinition(
        title=args.title, rules=_rule_set(args), officials=officials, body=args.body,
        sitting=args.sitting, place=args.place, date=args.date,
        committee=_committee(args.committee))
    numbers = Numbers().updated(**_given_numbers(args))
    CountService.create(args.file, definition, numbers).close()
    print(f"{args.file}: {len(officials)} officials, rules {definition.rules.code}")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    changes = _given_numbers(args)
    if not changes:
        raise ValidationError("give at least one of " + ", ".join(f"--{n}" for n in NUMBER_FIELDS))
    with CountService.open(args.file) as service:
        new = service.set_numbers(**changes)
    print(", ".join(f"{k}={'—' if v is None else v}" for k, v in new.to_dict().items()))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        d = service.definition
        item = importers.one_ballot(args.codes, args.invalid, args.note, len(d.on_ballot),
                                    d.rules.levels, args.stack)
        ballot = service.record_many([item])[0]
    print(f"ballot {ballot.number} saved ({ballot.status.value})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        d = service.definition
        items = importers.parse_ballots(
            _read(args.ballots), len(d.on_ballot), d.rules.levels, str(args.ballots))
        saved = service.record_many(items)
    invalid = sum(isinstance(i, InvalidInput) for i in items)
    print(f"{len(saved)} ballots saved ({invalid} invalid), "
          f"numbers {saved[0].number}–{saved[-1].number}")
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as service:
        if args.table is not None:
            sys.stdout.write(output.table_counts(service, args.table, args.format, args.lang))
            return EXIT_OK
        writer = {"table": output.results_table, "csv": output.results_csv,
                  "json": output.results_json}[args.format]
        sys.stdout.write(writer(service, args.lang))
        if args.format == "json":
            sys.stdout.write("\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as service:
        problems = service.verify()
        fingerprint = audit.format_fingerprint(service.fingerprint())
    for problem in problems:
        print(f"{args.file}: {problem}")
    if problems:
        return EXIT_PROBLEMS
    print(f"{args.file}: intact; fingerprint {fingerprint}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    with demo.create_demo(args.file, args.ballots) as service:
        print(f"{args.file}: demo count with {service.entered} ballots")
    return EXIT_OK


HANDLERS = {
    "new": cmd_new, "set": cmd_set, "add": cmd_add, "import": cmd_import,
    "results": cmd_results, "verify": cmd_verify, "demo": cmd_demo,
    **documents.HANDLERS,
    **verification.HANDLERS,
}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except DesktopError as exc:
        print(f"kiemphieu {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # a bug: say so in one line, keep the details in a file
        report = Path(tempfile.gettempdir()) / "kiemphieu-error.log"
        report.write_text(traceback.format_exc(), encoding="utf-8")
        print(f"kiemphieu {args.command}: internal error (a bug); details in {report}",
              file=sys.stderr)
        return 70
