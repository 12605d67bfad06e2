"""The command line: the same services as the window, for scripts and tests. Its commands
come from one table (COMMANDS), which also tells the program which first words are commands.

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

from desktop.cli import documents, election, output, verification
from desktop.cli.table import Command, build_parser, file_only, language_of
from desktop.domain import audit, election_rules, importers, rules
from desktop.domain import import_limits as limits
from desktop.domain.ballot import ELECTION_VERDICTS, BallotStatus
from desktop.domain.clock import DEFAULT_TIMEZONE
from desktop.domain.count import (
    NUMBER_FIELDS,
    CommitteeMember,
    CountDefinition,
    Numbers,
    Official,
    Role,
)
from desktop.domain.election import kept
from desktop.domain.words import Lang, Term, describe, os_reason, say
from desktop.errors import DesktopError, ValidationError
from desktop.services import demo
from desktop.services.count_service import CountService

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


def _numbers(parser: argparse.ArgumentParser) -> None:
    for name in NUMBER_FIELDS:
        parser.add_argument(f"--{name}", type=int, metavar="N")


def _new_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--rules", required=True, choices=election_rules.CODES)
    p.add_argument("--title", required=True)
    p.add_argument("--officials", required=True, type=Path, metavar="CSV|XLSX",
                   help=say("cli.help.officials", lang))
    _numbers(p)
    p.add_argument("--base", choices=[b.value for b in rules.BaseKind])
    p.add_argument("--levels", help=f'"{say("level.approve", lang)},'
                                    f'{say("level.disapprove", lang)}"')
    p.add_argument("--threshold", action="append", default=[], metavar="SPEC",
                   help='"2>1/2", "3>=2/3:…"')
    p.add_argument("--quorum", action="store_true")
    p.add_argument("--invalid-row-voids-ballot", action="store_true")
    p.add_argument("--double-entry", action="store_true")
    for name in ("body", "sitting", "place", "date"):
        p.add_argument(f"--{name}", default="")
    p.add_argument("--committee", action="append", default=[], metavar="NAME[;ROLE[;POST]]",
                   help=", ".join(r.value for r in Role))
    p.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="ZONE")
    p.add_argument("--copies", type=int, metavar="N")
    p.add_argument("--document-number", default="", metavar="TEXT")
    election.add_arguments(p, lang)


def _set_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    _numbers(p)


def _add_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("codes", nargs="?", help=say("cli.help.codes", lang))
    p.add_argument("--stack", default="")
    p.add_argument("--invalid", metavar="REASON", help=say("cli.help.invalid", lang))
    p.add_argument("--note", default="")


def _import_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("ballots", type=Path)


def _results_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--table", metavar="NAME")


def _demo_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--ballots", type=int, default=demo.DEMO_BALLOTS)


def read_ballots_text(path: Path) -> str:
    """A file of ballots as text; no more than its limit is read, so a huge file is refused
    without being held in memory."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limits.BALLOTS_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError("cli_unreadable", file=str(path), reason=os_reason(exc)) from None
    if len(data) > limits.BALLOTS_FILE_BYTES:
        raise ValidationError("ballots_file_too_large", file=str(path),
                              maximum=limits.BALLOTS_FILE_MEGABYTES)
    return importers.decode(data, str(path))


def _rule_set(args: argparse.Namespace) -> rules.RuleSet:
    base = rules.BaseKind(args.base) if args.base else None
    if args.rules == "custom":
        if not args.levels or not base:
            raise ValidationError("cli_custom_needs", field="rules")
        thresholds = tuple(rules.parse_threshold(s, i) for i, s in enumerate(args.threshold, 1))
        return replace(rules.custom(
            args.levels.split(","), base, thresholds, quorum_two_thirds=args.quorum,
            invalid_row_voids_ballot=args.invalid_row_voids_ballot),
            double_entry=args.double_entry)
    if args.rules == "custom-election":
        return replace(election.custom_rules(args, base), double_entry=args.double_entry)
    if args.levels or args.threshold or args.quorum:
        raise ValidationError("cli_custom_only", field="rules")
    chosen = election_rules.lookup(args.rules)
    if base:
        chosen = rules.with_base(chosen, base)
    return replace(chosen, invalid_row_voids_ballot=(args.invalid_row_voids_ballot
                                                     or chosen.invalid_row_voids_ballot),
                   double_entry=args.double_entry)


def _committee(specs: list[str]) -> tuple[CommitteeMember, ...]:
    members = []
    for spec in specs:
        name, _, rest = spec.partition(";")
        role, _, post = rest.partition(";")
        try:
            members.append(CommitteeMember(name.strip(), Role(role.strip() or "member"),
                                           post.strip()))
        except ValueError:
            raise ValidationError("cli_role", field="committee", role=role.strip(),
                                  roles=", ".join(r.value for r in Role)) from None
    return tuple(members)


def _given_numbers(args: argparse.Namespace) -> dict[str, int | None]:
    return {n: getattr(args, n) for n in NUMBER_FIELDS if getattr(args, n) is not None}


def read_officials(path: Path) -> tuple[Official, ...]:
    """The officials file, no more of it read than the limit (a huge file is refused)."""
    try:
        with path.open("rb") as stream:
            return importers.read_officials(stream, str(path))
    except OSError as exc:
        raise ValidationError("cli_unreadable", file=str(path), reason=os_reason(exc)) from None


def cmd_new(args: argparse.Namespace) -> int:
    officials = read_officials(args.officials)
    chosen = _rule_set(args)
    definition = CountDefinition(
        title=args.title, rules=chosen, officials=officials, body=args.body,
        sitting=args.sitting, place=args.place, date=args.date,
        committee=_committee(args.committee), timezone=args.timezone, copies=args.copies,
        document_number=args.document_number,
        election=election.setup(args, chosen, args.lang))
    numbers = Numbers().updated(**_given_numbers(args))
    CountService.create(args.file, definition, numbers).close()
    print(say("cli.created", args.lang, file=args.file, officials=len(officials),
              rules=definition.rules.code))
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    changes = _given_numbers(args)
    if not changes:
        raise ValidationError("cli_numbers_missing",
                              options=", ".join(f"--{n}" for n in NUMBER_FIELDS))
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
        seats = d.election.seats if d.election else 0
    print(say("cli.saved", args.lang, number=ballot.number,
              status=Term(f"status.{ballot.status.value}")))
    if ballot.reason in ELECTION_VERDICTS:
        print(say(f"verdict.{ballot.reason.value}", args.lang, seats=seats,
                  kept=kept(ballot.marks)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        d = service.definition
        items = importers.parse_ballots(
            read_ballots_text(args.ballots), len(d.on_ballot), d.rules.levels, str(args.ballots))
        saved = service.record_many(items)
    print(say("cli.imported", args.lang, count=len(saved),
              invalid=sum(b.status is BallotStatus.INVALID for b in saved),
              first=saved[0].number, last=saved[-1].number))
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
        print(say("cli.problem", args.lang, file=args.file, problem=problem))
    if problems:
        return EXIT_PROBLEMS
    print(say("cli.intact", args.lang, file=args.file, fingerprint=fingerprint))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    with demo.create_demo(args.file, args.ballots) as service:
        print(say("cli.demo", args.lang, file=args.file, ballots=service.entered))
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("new", _new_arguments, cmd_new),
    Command("set", _set_arguments, cmd_set),
    Command("add", _add_arguments, cmd_add),
    Command("import", _import_arguments, cmd_import),
    Command("results", _results_arguments, cmd_results),
    Command("verify", file_only, cmd_verify),
    *documents.COMMANDS,
    *verification.COMMANDS,
    *election.COMMANDS,
    Command("demo", _demo_arguments, cmd_demo),
)
NAMES = frozenset(c.name for c in COMMANDS)


LOG_FILE = "kiemphieu.log"


def _log_to_file() -> None:
    """The program's own log (in English, for whoever looks into a problem) goes to a file in
    the temporary folder, never to the terminal, where a person reads the catalogue's
    sentences in the language chosen. Left alone when a host (a test runner) set one up."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler = logging.FileHandler(Path(tempfile.gettempdir()) / LOG_FILE, encoding="utf-8",
                                  delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    logging.raiseExceptions = False  # an unwritable log file says nothing on the terminal


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    argv = list(sys.argv[1:] if argv is None else argv)
    _log_to_file()
    parser = build_parser(COMMANDS, language_of(argv))
    args = parser.parse_args(argv)
    args.lang = Lang(args.lang)
    run = next(c.run for c in COMMANDS if c.name == args.command)
    try:
        return run(args)
    except DesktopError as exc:
        message = describe(exc, args.lang, fields=True)
        print(say("cli.error", args.lang, command=args.command, message=message),
              file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # a bug: say so in one line, keep the details in a file
        report = Path(tempfile.gettempdir()) / "kiemphieu-error.log"
        report.write_text(traceback.format_exc(), encoding="utf-8")
        print(say("cli.error", args.lang, command=args.command,
                  message=say("cli.bug", args.lang, report=report)), file=sys.stderr)
        return EXIT_BUG
