"""The ``inspector`` command line: scripting and tests use the core through it.

Exit codes: 0 success, 1 refused input (the message says what is wrong and
nothing was changed), 2 usage error. Heavy modules are imported inside the
commands that need them so ``--help`` and simple commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspector import __version__

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class Refused(Exception):
    """Input refused: print the message, exit 1."""


def _workspace(args: argparse.Namespace) -> Any:
    from inspector.paths import resolve_data_dir
    from inspector.workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- checklists ------------------------------------------------------------------

def cmd_checklists_validate(args: argparse.Namespace) -> int:
    from inspector.checklists.loader import bundled_files, load_checklists

    paths = [Path(p) for p in args.paths] if args.paths else bundled_files()
    if not paths:
        raise Refused("no checklist files found")
    result = load_checklists(paths)
    for c in result.checklists:
        print(f"ok: {c.id} {c.version} — {c.title.zh} / {c.title.en} "
              f"({len(c.sections)} sections, {len(c.items)} items)")
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        bad = len({p.file for p in result.problems})
        print(f"{bad} file(s) refused", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def cmd_checklists_list(args: argparse.Namespace) -> int:
    from inspector.checklists.loader import load_checklists

    result = load_checklists()
    for p in result.problems:
        print(p, file=sys.stderr)
    for c in result.checklists:
        kinds = ",".join(k.value for k in c.kinds)
        print(f"{c.id:<20} {c.version:<6} {len(c.items):>3} items  [{kinds}]  "
              f"{c.title.zh} / {c.title.en}")
    return EXIT_REFUSED if result.problems else EXIT_OK


def cmd_checklists_export(args: argparse.Namespace) -> int:
    from inspector.checklists.loader import load_checklists
    from inspector.checklists.sources import load_sources

    result = load_checklists()
    if result.problems:
        for p in result.problems:
            print(p, file=sys.stderr)
        return EXIT_REFUSED
    sources = [{"id": d.id, "issuer": d.issuer, "number": d.number, "date": d.date,
                "title": d.title} for d in load_sources().values()]
    _print_json({
        "format": "inspector-checklists/1",
        "app_version": __version__,
        "sources": sources,
        "checklists": [c.model_dump(mode="json") for c in result.checklists],
    })
    return EXIT_OK


# --- facilities and inspectors ---------------------------------------------------

def cmd_facilities_import(args: argparse.Namespace) -> int:
    from inspector.storage.database import Actor

    ws = _workspace(args)
    report = ws.facilities.import_sheet(Path(args.file), Actor("cli: facilities import"),
                                        skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    if report.problem:
        raise Refused(f"{args.file}: {report.problem}")
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in report.errors:
        print(f"{args.file}: line {e.line}, column {e.column}: {e.message}", file=sys.stderr)
    if report.errors and not args.skip_invalid:
        print(f"{len(report.errors)} problem(s) found; nothing was imported "
              "(fix the rows, or use --skip-invalid to import the good rows only)",
              file=sys.stderr)
        return EXIT_REFUSED
    verb = "would be" if args.dry_run else "were"
    print(f"{len(report.added)} facilities {verb} added, {len(report.updated)} updated, "
          f"{len(report.unchanged)} unchanged"
          + (f", {len({e.line for e in report.errors})} bad row(s) skipped"
             if report.errors else ""))
    return EXIT_OK


def cmd_facilities_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    facilities = ws.facilities.list(args.search)
    if args.format == "json":
        _print_json([asdict(f) for f in facilities])
    else:
        for f in facilities:
            print(f"{f.id}  {f.credit_code}  {f.township:<8} {f.name}")
    return EXIT_OK


def cmd_inspectors_add(args: argparse.Namespace) -> int:
    from inspector.storage.database import Actor

    ws = _workspace(args)
    print(ws.inspectors.create(args.name, args.department, args.badge,
                               Actor("cli: inspectors add")))
    return EXIT_OK


def cmd_inspectors_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    people = ws.inspectors.list()
    if args.format == "json":
        _print_json([asdict(p) for p in people])
    else:
        for p in people:
            print(f"{p.id}  {p.badge_number:<10} {p.name}  {p.department}")
    return EXIT_OK


# --- inspections -----------------------------------------------------------------

def cmd_inspections_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    rows = ws.inspections.list(status=args.status, kind=args.kind, township=args.township,
                               verdict=args.verdict, limit=args.limit)
    if args.format == "json":
        _print_json([{"id": r.id, "facility": r.facility, "facility_id": r.facility_id,
                      "kind": r.kind, "date": r.date, "status": r.status, "score": r.score,
                      "verdict": r.verdict, "fail_count": r.fail_count,
                      "critical_fail_count": r.critical_fail_count,
                      "answered": r.answered, "applicable": r.applicable} for r in rows])
    else:
        for r in rows:
            score = "" if r.score is None else f"{r.score:5.1f}"
            print(f"{r.id}  {r.date}  {r.kind:<9} {r.status:<9} {score:>5} "
                  f"{r.verdict or '':<10} {r.facility}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """Render the report (or, with --notice, the rectification notice) to a file;
    with --sign, sign it with an inspector's key and record it as issued."""
    import uuid as _uuid

    from inspector.issuing import DeliveryError, deliver, render
    from inspector.storage.database import Actor

    ws = _workspace(args)
    try:
        iid = _uuid.UUID(args.inspection)
    except ValueError:
        print(f"inspector: {args.inspection!r} is not an inspection id "
              "(see: inspector inspections list)", file=sys.stderr)
        return EXIT_USAGE
    target = Path(args.output)
    if target.exists() and not args.force:
        print(f"inspector: {target} exists; use --force to replace it", file=sys.stderr)
        return EXIT_REFUSED
    signer = signer_name = None
    kind = "notice" if args.notice else "report"
    if args.sign:
        from inspector.cli_pki import KEY_ENV, UsageProblem, read_passphrase
        from inspector.pki import KeyStore, PkiError

        detail = ws.inspections.detail(iid)
        store = KeyStore.for_data_dir(ws.paths.root)
        label = args.key or (KeyStore.default_label(detail.team[0].inspector.badge_number)
                             if detail.team else "")
        try:
            passphrase = read_passphrase(args.passphrase_file, KEY_ENV,
                                         f"Passphrase of the key {label}")
            signer = store.load_signer(label, passphrase)
            signer_name = store.certificate(label).subject.rfc4514_string()
        except UsageProblem as exc:
            print(f"inspector: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except PkiError as exc:
            print(f"inspector: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    actor = Actor("cli: report")
    try:
        document = render(ws, iid, kind, args.lang, actor, signer, signer_name)
        record = deliver(ws, document, target, actor)  # recorded only once written
    except DeliveryError as exc:
        print(f"inspector: {exc}; nothing was recorded as issued", file=sys.stderr)
        return EXIT_REFUSED
    if record is not None:
        what = f"{kind} {record.report_number}, signed and recorded as issued"
    elif document.state == "copy":
        what = (f"copy of {kind} {document.number}" if document.number else f"copy of the {kind}")
        what += " (not digitally signed: marked COPY on every page, not recorded as issued; " \
                "use --sign to issue it)"
    else:
        what = f"draft {kind} (the inspection is not signed: marked DRAFT, not issued)"
    print(f"{target}: {what}, {len(document.pdf):,} bytes")
    return EXIT_OK


# --- demo, database, settings ----------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from inspector.demo import DEMO_KEY_PASSPHRASE, MARKER, ensure_demo_keys, load_demo
    from inspector.storage.models import Setting

    ws = _workspace(args)
    summary = load_demo(ws)
    print(summary)
    with ws.db.read() as s:
        is_demo = s.get(Setting, MARKER) is not None
    if is_demo:  # signing keys for the demo inspectors (not for data of one's own)
        made = ensure_demo_keys(ws)
        if made:
            print(f"demo signing keys created: {', '.join(made)}")
        print(f"passphrase of the demo signing keys: {DEMO_KEY_PASSPHRASE}")
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    r = ws.upgraded
    if r.from_revision is None:
        print(f"created {ws.paths.database} at schema {r.to_revision}")
    elif r.changed:
        print(f"upgraded {ws.paths.database} from {r.from_revision} to {r.to_revision}; "
              f"the old file was copied to {r.backup}")
    else:
        print(f"{ws.paths.database} is up to date (schema {r.to_revision})")
    return EXIT_OK


def cmd_settings_show(args: argparse.Namespace) -> int:
    from inspector.settings import load_policy

    ws = _workspace(args)
    for key, value in load_policy(ws.db).as_dict().items():
        print(f"{key} = {value}")
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    from inspector.settings import set_policy_value
    from inspector.storage.database import Actor

    ws = _workspace(args)
    try:
        policy = set_policy_value(ws.db, args.key, args.value, Actor("cli: settings set"))
    except ValueError as exc:
        raise Refused(str(exc)) from None
    print(f"{args.key} = {policy.as_dict()[args.key]}")
    return EXIT_OK


def cmd_overview(args: argparse.Namespace) -> int:
    """No command: open the desktop window (exit 1 with the reason when it cannot)."""
    try:
        from inspector.ui.app import platform_problem, run
    except ImportError as exc:  # Qt or a system library it needs is missing
        raise Refused(f"the desktop window cannot start: {exc}. "
                      "The command line still works: inspector --help") from None
    problem = platform_problem()
    if problem:
        raise Refused(f"the desktop window cannot start: {problem}")
    return run(sys.argv[:1], data_dir=args.data_dir)


# --- parser ----------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector",
        description="托育机构安全卫生检查 — Childcare Safety & Hygiene Inspector.",
        epilog="Exit codes: 0 success, 1 input refused (nothing changed), 2 usage error.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data directory (default: $INSPECTOR_DATA_DIR or the per-user "
                             "data folder)")
    parser.set_defaults(func=cmd_overview)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def group(name: str, help_: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=lambda a: (p.print_help(), EXIT_USAGE)[1])
        return p.add_subparsers(title="commands", metavar="COMMAND")

    def command(parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                func: Callable[[argparse.Namespace], int], help_: str
                ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    cl = group("checklists", "validate, list and export the checklists")
    p = command(cl, "validate", cmd_checklists_validate,
                "validate checklist files (default: the bundled ones)")
    p.add_argument("paths", nargs="*", metavar="PATH")
    command(cl, "list", cmd_checklists_list, "list the bundled checklists")
    p = command(cl, "export", cmd_checklists_export,
                "print all checklists, normalised, with their citations")
    p.add_argument("--format", choices=["json"], default="json")

    fa = group("facilities", "the facility registry")
    p = command(fa, "import", cmd_facilities_import,
                "import facilities from a CSV or XLSX sheet (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the good rows even if some rows are bad")
    p.add_argument("--dry-run", action="store_true", help="check only; save nothing")
    p = command(fa, "list", cmd_facilities_list, "list facilities")
    p.add_argument("--search", help="part of a name, credit code, address or township")
    p.add_argument("--format", choices=["table", "json"], default="table")

    ip = group("inspectors", "inspector profiles")
    p = command(ip, "add", cmd_inspectors_add, "add an inspector profile")
    p.add_argument("--name", required=True)
    p.add_argument("--department", required=True)
    p.add_argument("--badge", required=True, help="badge number")
    p = command(ip, "list", cmd_inspectors_list, "list inspector profiles")
    p.add_argument("--format", choices=["table", "json"], default="table")

    p = command(sub, "report", cmd_report,
                "write the inspection report (or --notice: the rectification notice) as PDF")
    p.add_argument("inspection", metavar="INSPECTION_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=["zh", "en", "both"], default="zh")
    p.add_argument("--notice", action="store_true", help="the rectification notice (整改通知书)")
    p.add_argument("--sign", action="store_true",
                   help="sign with the lead inspector's key (PAdES) and record it as issued")
    p.add_argument("--key", metavar="LABEL", help="the key to sign with (see: inspector pki list)")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    ins = group("inspections", "inspections")
    p = command(ins, "list", cmd_inspections_list, "list inspections, newest first")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--status", choices=["draft", "completed", "signed"])
    p.add_argument("--kind", choices=["routine", "special", "complaint", "followup", "joint"])
    p.add_argument("--verdict", choices=["pass", "basic_pass", "fail"])
    p.add_argument("--township")
    p.add_argument("--limit", type=int)

    command(sub, "demo", cmd_demo,
            "fill the data directory with demo facilities, inspectors and inspections "
            "(does nothing if demo data is already there)")

    db = group("db", "the database file")
    command(db, "upgrade", cmd_db_upgrade,
            "create the database or upgrade it to this version (the old file is copied aside)")

    st = group("settings", "inspection policy: deadlines and verdict thresholds")
    command(st, "show", cmd_settings_show, "show the policy values")
    p = command(st, "set", cmd_settings_set, "change one policy value")
    p.add_argument("key")
    p.add_argument("value")
    from inspector import cli_office

    cli_office.register(sub)
    from inspector import cli_backup

    cli_backup.register(sub)
    from inspector import cli_pki, cli_sync

    cli_pki.register(sub)
    cli_sync.register(sub)
    return parser


def _quiet_storage_faults() -> None:
    """After a storage fault was reported, an object dropped half-written (a zip file
    closing on a full disk) fails again when it is collected; Python would print that as
    a traceback. The user has the message already: say nothing more for those."""
    from inspector.faults import classify

    default = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if unraisable.exc_value is not None and classify(unraisable.exc_value) is not None:
            return
        default(unraisable)

    sys.unraisablehook = hook


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from inspector.errors import refusal

    try:
        return int(args.func(args))
    except Refused as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into head, less, ...: not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # A refusal of the core, or a full disk / read-only folder / damaged database
        # behind a system error: the message, never a traceback. A write error that
        # names no file is about the command's output file (-o), if it has one.
        output = getattr(args, "output", None)
        shown = refusal(exc, Path(output) if output else None)
        if shown is not None:
            _quiet_storage_faults()
            print(f"inspector: {shown}", file=sys.stderr)
            return EXIT_REFUSED
        if isinstance(exc, OSError):
            print(f"inspector: {exc.strerror or exc}"
                  + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr)
            return EXIT_REFUSED
        raise


if __name__ == "__main__":
    sys.exit(main())
