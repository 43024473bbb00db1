"""``inspector export-table``: the registry and the inspections as XLSX or CSV tables.

Wire into the root parser with ``cli_office.register(sub)``. Exit codes: 0 written,
1 refused (a file exists without ``--force``, a folder cannot be written; nothing was
written), 2 usage error. The tables, columns and file layout are described in
``inspector.office_export``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
TABLES = ("facilities", "inspections", "answers", "findings")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_export_table(args: argparse.Namespace) -> int:
    from inspector.office_export import ExportOptions, ExportRefused, export_tables
    from inspector.paths import resolve_data_dir
    from inspector.workspace import Workspace

    target = Path(args.output)
    fmt = args.format or {".xlsx": "xlsx", ".csv": "csv"}.get(target.suffix.lower())
    if fmt is None:
        print("inspector: give --format csv or xlsx (the output name does not say which)",
              file=sys.stderr)
        return EXIT_USAGE
    tables = tuple(args.table) if args.table else TABLES
    options = ExportOptions(format=fmt, tables=tables, since=args.since, until=args.until,
                            status=args.status, lang=args.lang, headers=args.headers,
                            force=args.force)
    try:
        options.check()
    except ExportRefused as exc:  # contradictory options: a usage error
        print(f"inspector: {exc}", file=sys.stderr)
        return EXIT_USAGE
    ws = Workspace.open(resolve_data_dir(args.data_dir))
    try:
        result = export_tables(ws, target, options)
    except ExportRefused as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        ws.close()
    if options.to_folder:
        for table, path in zip(options.ordered_tables, result.files, strict=True):
            print(f"{path}: {result.rows[table]} rows ({table})")
    else:
        counts = ", ".join(f"{table} {result.rows[table]} rows"
                           for table in options.ordered_tables)
        print(f"{target}: {counts}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-table`` to the root parser's subcommands."""
    help_ = ("export facilities, inspections, answers (one row per item) and findings "
             "as an Excel workbook or CSV files")
    p = subparsers.add_parser(
        "export-table", help=help_, description=help_ + ".",
        epilog="Values in words, codes in <column>_code columns, times in local time. "
               "XLSX: one sheet per table. CSV: UTF-8 with BOM; several tables go into the "
               "folder -o as facilities.csv, inspections.csv, answers.csv, findings.csv; "
               "one table (--table) goes to the file -o. Exit codes: 0 written, 1 refused "
               "(nothing written), 2 usage error.")
    p.set_defaults(func=cmd_export_table)
    p.add_argument("--format", choices=["csv", "xlsx"],
                   help="default: from the suffix of -o (.xlsx or .csv)")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="the workbook, the CSV file (one table) or the folder (CSV tables)")
    p.add_argument("--table", action="append", choices=TABLES,
                   help="export only this table (repeatable; default: all four)")
    p.add_argument("--since", type=_iso_date, metavar="DATE",
                   help="only inspections on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", type=_iso_date, metavar="DATE",
                   help="only inspections on or before DATE (YYYY-MM-DD)")
    p.add_argument("--status", choices=["draft", "completed", "signed"],
                   help="only inspections in this state (facilities are always all)")
    p.add_argument("--lang", choices=["zh", "en"], default="zh",
                   help="language of the header labels and of the values in words "
                        "(default zh); the codes are in the <column>_code columns")
    p.add_argument("--headers", choices=["labels", "keys"], default="labels",
                   help="header row: labels in --lang (default) or the English "
                        "snake_case keys, for scripts")
    p.add_argument("--force", action="store_true", help="replace existing files")
