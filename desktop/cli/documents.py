"""Commands that make documents and copies, and the counting tables: chart, close, reopen,
minutes, export, backup, table-file, merge."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.table import Command, file_only
from desktop.domain import audit, clock, closing, exports
from desktop.domain.count import Role
from desktop.domain.words import Lang, say
from desktop.errors import ValidationError
from desktop.render import files
from desktop.services import safety, tables
from desktop.services.count_service import CountService

EXIT_OK = 0


def _table_file_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--table", required=True, metavar="NAME")


def _merge_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("tables", type=Path, nargs="+", metavar="TABLE")
    p.add_argument("--as", dest="name", metavar="NAME", help=say("cli.help.merge_as", lang))


def _chart_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--png", type=Path, metavar="OUT.png")
    p.add_argument("--svg", type=Path, metavar="OUT.svg")
    p.add_argument("--width", type=int, default=1600, metavar="PX")


def _close_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--ack", action="append", default=[], metavar="CODE[:SENTENCE]",
                   help=say("cli.help.ack", lang))
    p.add_argument("--by", default="", metavar="NAME")


def _reopen_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--reason", required=True)


def _minutes_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--odt", type=Path, metavar="OUT.odt")


def _export_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--csv", type=Path, metavar="OUT.csv")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--log", type=Path, metavar="OUT.jsonl")
    p.add_argument("--log-pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--shuffle", type=int, metavar="SEED")


def _backup_arguments(p: argparse.ArgumentParser, lang: Lang) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("dest", type=Path)


def cmd_chart(args: argparse.Namespace) -> int:
    if args.png is None and args.svg is None:
        raise ValidationError("cli_chart_outputs", field="png")
    if not 200 <= args.width <= 10_000:
        raise ValidationError("cli_width", field="width", width=args.width)
    from desktop.render import drawing  # Qt's painting needs an application object

    with CountService.open(args.file, read_only=True) as service:
        written = drawing.write_chart(service.snapshot(), args.png, args.svg, args.width,
                                      args.lang)
    for path in written:
        print(path)
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        chair = next((m.name for m in service.definition.committee if m.role is Role.CHAIR),
                     "")
        by = args.by.strip() or chair or say("cli.by_default", args.lang)
        acks = []
        for spec in args.ack:
            code, _, sentence = spec.partition(":")
            acks.append(closing.Acknowledgement(
                code.strip(), by, sentence.strip() or say("cli.ack_default", args.lang)))
        closure = service.close_count(acks)
        fingerprint = audit.format_fingerprint(service.fingerprint())
        when = clock.local(closure.closed_at, service.definition.timezone)
    # on the count's own clock, as the minutes print it: 09:41, 02/12/2026 (2026-12-02 in English)
    at = "" if when is None else f"{when:%H:%M}, " + (
        f"{when:%d/%m/%Y}" if args.lang is Lang.VI else f"{when:%Y-%m-%d}")
    print(say("cli.closed", args.lang, file=args.file, at=at, fingerprint=fingerprint))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        service.reopen(args.reason)
    print(say("cli.reopened", args.lang, file=args.file))
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    if args.pdf is None and args.odt is None:
        raise ValidationError("cli_minutes_outputs", field="pdf")
    from desktop.render import drawing

    with CountService.open(args.file, read_only=True) as service:
        written = drawing.write_minutes(service.minutes_data(), args.pdf, args.odt, args.lang)
    for path, pages in written:
        print(say("cli.pages", args.lang, path=path, pages=pages) if pages else path)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.csv is None and args.xlsx is None and args.log is None and args.log_pdf is None:
        raise ValidationError("cli_export_outputs", field="csv")
    with CountService.open(args.file, read_only=True) as service:
        minutes = service.minutes_data()  # recomputed from the file once, for every output
        events = service.events() if args.log or args.log_pdf else []
        outputs = []
        if args.csv is not None:
            outputs.append((args.csv, exports.results_csv(minutes, args.lang)))
        if args.xlsx is not None:
            outputs.append((args.xlsx, exports.results_xlsx(minutes, args.lang)))
        if args.log is not None:
            outputs.append((args.log, exports.log_jsonl(events, args.shuffle)))
        if args.log_pdf is not None:
            from desktop.render import drawing

            drawing.write_log(minutes, events, args.log_pdf, args.lang)
            print(args.log_pdf)
    for path, data in outputs:
        files.write_whole(path, data)
        print(path)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as service:
        written = service.backup_now(args.dest)
    for path in written:
        print(path)
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    holder = safety.take_over(args.file)
    print(say("file_unlocked", args.lang, name=args.file.name,
              holder=say(holder.code, args.lang, **holder.values)))
    return EXIT_OK


def cmd_table_file(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as master:
        tables.make_table_file(master, args.out, args.table)
    print(say("cli.table_file", args.lang, file=args.out, table=args.table.strip()))
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Each table file is merged whole or not at all; refusals are listed, exit 2."""
    if args.name is not None and len(args.tables) != 1:
        raise ValidationError("merge_as_one_table", field="as")
    with CountService.open(args.file) as master:
        report = tables.merge_files(master, args.tables, args.name)
    for outcome in report.outcomes:
        line = outcome.line(str(outcome.file))
        if not outcome.merged:
            print(say("cli.error", args.lang, command="merge",
                      message=say(line.code, args.lang, **line.values)), file=sys.stderr)
        else:
            print(say(line.code, args.lang, **line.values))
    summary = report.summary()
    print(say(summary.code, args.lang, **summary.values))
    return EXIT_OK if not report.refused else 2


COMMANDS = (
    Command("chart", _chart_arguments, cmd_chart),
    Command("close", _close_arguments, cmd_close),
    Command("reopen", _reopen_arguments, cmd_reopen),
    Command("minutes", _minutes_arguments, cmd_minutes),
    Command("export", _export_arguments, cmd_export),
    Command("backup", _backup_arguments, cmd_backup),
    Command("unlock", file_only, cmd_unlock),
    Command("table-file", _table_file_arguments, cmd_table_file),
    Command("merge", _merge_arguments, cmd_merge),
)
