"""Commands that make documents and copies: chart, close, reopen, minutes, export, backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.domain import audit, closing, exports
from desktop.errors import DesktopError, ValidationError
from desktop.services import tables
from desktop.services.count_service import CountService

EXIT_OK = 0


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("table-file", help="a counting file for one table of a large count")
    p.add_argument("file", type=Path, help="the master count")
    p.add_argument("out", type=Path)
    p.add_argument("--table", required=True, metavar="NAME")

    p = sub.add_parser("merge", help="merge the tables' files into the master count")
    p.add_argument("file", type=Path, help="the master count")
    p.add_argument("tables", type=Path, nargs="+", metavar="TABLE")

    p = sub.add_parser("chart", help="draw the results chart as PNG and/or SVG")
    p.add_argument("file", type=Path)
    p.add_argument("--png", type=Path, metavar="OUT.png")
    p.add_argument("--svg", type=Path, metavar="OUT.svg")
    p.add_argument("--width", type=int, default=1600, metavar="PX")
    p.add_argument("--lang", choices=("vi", "en"), default="vi")

    p = sub.add_parser("close", help="close the count: errors block, warnings acknowledged")
    p.add_argument("file", type=Path)
    p.add_argument("--ack", action="append", default=[], metavar="CODE[:SENTENCE]",
                   help="acknowledge a warning (repeatable)")
    p.add_argument("--by", default="", metavar="NAME",
                   help="who acknowledges (default: the chair of the committee)")

    p = sub.add_parser("reopen", help="reopen a closed count, with a reason")
    p.add_argument("file", type=Path)
    p.add_argument("--reason", required=True)

    p = sub.add_parser("minutes", help="write the minutes (PDF and/or ODT)")
    p.add_argument("file", type=Path)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--odt", type=Path, metavar="OUT.odt")
    p.add_argument("--lang", choices=("vi", "en"), default="vi")

    p = sub.add_parser("export", help="results as CSV or XLSX, the audit log as JSON lines")
    p.add_argument("file", type=Path)
    p.add_argument("--csv", type=Path, metavar="OUT.csv")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--log", type=Path, metavar="OUT.jsonl")
    p.add_argument("--log-pdf", type=Path, metavar="OUT.pdf",
                   help="the ballot-entry log as a printable annex")
    p.add_argument("--shuffle", type=int, metavar="SEED",
                   help="mix the order of the ballot lines of the log")
    p.add_argument("--lang", choices=("vi", "en"), default="vi")

    p = sub.add_parser("backup", help="a consistent copy of the counting file, now")
    p.add_argument("file", type=Path)
    p.add_argument("dest", type=Path, help="a file, or a folder to put it in")


def cmd_chart(args: argparse.Namespace) -> int:
    if args.png is None and args.svg is None:
        raise ValidationError("give --png OUT.png, --svg OUT.svg or both", field="png")
    if not 200 <= args.width <= 10_000:
        raise ValidationError(f"--width must be 200 to 10000 pixels, not {args.width}",
                              field="width")
    from desktop.render import drawing  # Qt's painting needs an application object

    with CountService.open(args.file, read_only=True) as service:
        try:
            written = drawing.write_chart(service.snapshot(), args.png, args.svg, args.width,
                                          args.lang)
        except OSError as exc:
            raise ValidationError(str(exc), field="png") from None
    for path in written:
        print(path)
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        chair = next((m.name for m in service.definition.committee
                      if m.role.value == "chair"), "")
        by = args.by.strip() or chair or "Ban kiểm phiếu"
        acks = []
        for spec in args.ack:
            code, _, sentence = spec.partition(":")
            acks.append(closing.Acknowledgement(
                code.strip(), by, sentence.strip() or "đã xem xét và chấp nhận"))
        closure = service.close_count(acks)
        fingerprint = audit.format_fingerprint(service.fingerprint())
    print(f"{args.file}: closed at {closure.closed_at}; fingerprint {fingerprint}")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    with CountService.open(args.file) as service:
        service.reopen(args.reason)
    print(f"{args.file}: reopened")
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    if args.pdf is None and args.odt is None:
        raise ValidationError("give --pdf OUT.pdf, --odt OUT.odt or both", field="pdf")
    from desktop.render import drawing

    with CountService.open(args.file, read_only=True) as service:
        try:
            written = drawing.write_minutes(service.minutes_data(), args.pdf, args.odt, args.lang)
        except OSError as exc:
            raise ValidationError(str(exc), field="pdf") from None
    for path, pages in written:
        print(f"{path}" + (f" ({pages} pages)" if pages else ""))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.csv is None and args.xlsx is None and args.log is None and args.log_pdf is None:
        raise ValidationError("give --csv, --xlsx, --log or --log-pdf", field="csv")
    with CountService.open(args.file, read_only=True) as service:
        try:
            minutes = service.minutes_data()  # recomputed from the file once, for every output
            events = service.events() if args.log or args.log_pdf else []
            outputs = []
            if args.csv is not None:
                outputs.append((args.csv, exports.results_csv(minutes.snapshot, args.lang)))
            if args.xlsx is not None:
                outputs.append((args.xlsx, exports.results_xlsx(minutes.snapshot, args.lang)))
            if args.log is not None:
                outputs.append((args.log, exports.log_jsonl(events, args.shuffle)))
            if args.log_pdf is not None:
                from desktop.render import drawing

                drawing.write_log(minutes, events, args.log_pdf, args.lang)
                print(args.log_pdf)
        except OSError as exc:
            raise ValidationError(str(exc), field="log-pdf") from None
    for path, data in outputs:
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise ValidationError(f"cannot be written: {exc.strerror}", file=str(path)) from None
        print(path)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as service:
        written = service.backup_now(args.dest)
    for path in written:
        print(path)
    return EXIT_OK


def cmd_table_file(args: argparse.Namespace) -> int:
    with CountService.open(args.file, read_only=True) as master:
        tables.make_table_file(master, args.out, args.table)
    print(f"{args.out}: table {args.table.strip()!r}")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Each table file is merged whole or not at all; refusals are listed, exit 2."""
    refused = 0
    with CountService.open(args.file) as master:
        for path in args.tables:
            try:
                merged = tables.merge_table(master, path)
            except DesktopError as exc:
                refused += 1
                print(f"kiemphieu merge: {exc}", file=sys.stderr)
                continue
            print(f"{path}: table {merged.name!r}, {merged.ballots} ballots "
                  f"(numbers {merged.first}–{merged.last})")
    return EXIT_OK if not refused else 2


HANDLERS = {
    "chart": cmd_chart, "close": cmd_close, "reopen": cmd_reopen, "minutes": cmd_minutes,
    "export": cmd_export, "backup": cmd_backup, "table-file": cmd_table_file,
    "merge": cmd_merge,
}
