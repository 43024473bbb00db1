"""``inspector export``, ``inspector import`` and ``inspector conflicts``: sync by files.

Exit codes: 0 done (an import may still list rejected records, each with its reason),
1 refused (nothing changed: a damaged, hostile or untrusted bundle, a wrong
passphrase, ...), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from inspector.cli_pki import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    KEY_ENV,
    UsageProblem,
    read_passphrase,
)


def _workspace(args: argparse.Namespace) -> Any:
    from inspector.paths import resolve_data_dir
    from inspector.workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def _fail(message: str, code: int = EXIT_REFUSED) -> int:
    print(f"inspector: {message}", file=sys.stderr)
    return code


def _key_label(ws: Any, wanted: str | None) -> str:
    keys = [k for k in ws.sync.keys.list() if not k.is_ca]
    if wanted:
        return wanted
    if len(keys) == 1:
        return str(keys[0].label)
    if not keys:
        raise UsageProblem("no signing key here; create one with: inspector pki create")
    raise UsageProblem("several signing keys here; choose one with --key "
                       f"({', '.join(k.label for k in keys)})")


def cmd_export(args: argparse.Namespace) -> int:
    from inspector.pki import PkiError
    from inspector.sync.service import Exporter, ExportScope

    out = Path(args.output)
    if out.exists() and not args.force:
        return _fail(f"{out} already exists; use --force to replace it")
    if args.since and args.inspection:
        return _fail("give --since or --inspection, not both", EXIT_USAGE)
    try:
        since = date.fromisoformat(args.since) if args.since else None
        ids = tuple(uuid.UUID(i) for i in args.inspection or ())
    except ValueError as exc:
        return _fail(f"bad date or inspection id: {exc}", EXIT_USAGE)
    scope = ExportScope(inspection_ids=ids, since=since, everything=not ids and since is None)
    ws = _workspace(args)
    try:
        label = _key_label(ws, args.key)
        cert = ws.sync.keys.certificate(label)
        from cryptography.x509.oid import NameOID

        def attr(oid: Any) -> str:
            values = cert.subject.get_attributes_for_oid(oid)
            return str(values[0].value) if values else ""

        passphrase = read_passphrase(args.passphrase_file, KEY_ENV, f"Passphrase for {label}")
        signer = ws.sync.signer(label, passphrase)
        exporter = Exporter(name=attr(NameOID.COMMON_NAME), badge=attr(NameOID.SERIAL_NUMBER))
        try:
            result = ws.sync.export(out, scope, signer, exporter)
        except ValueError as exc:
            return _fail(str(exc))
    except UsageProblem as exc:
        return _fail(str(exc), EXIT_USAGE)
    except PkiError as exc:
        return _fail(f"{exc}; nothing was written")
    finally:
        ws.close()
    print(f"wrote {out}: {result.inspections} inspections, {result.facilities} facilities, "
          f"{result.inspectors} inspectors, {result.photos} photos, "
          f"{result.byte_size / 1e6:.1f} MB; bundle {result.bundle_id}, signed by "
          f"{exporter.name} ({exporter.badge})")
    return EXIT_OK


_WORDS = {"new": "new", "identical": "identical", "older": "older (kept ours)",
          "updated": "updated", "conflict": "conflict", "rejected": "rejected"}


def _print_summary(summary: Any) -> None:
    counts = summary.counts()
    head = "dry run — nothing was written. " if summary.dry_run else ""
    print(f"{head}bundle {summary.bundle_id} from {summary.exporter}, signed by "
          f"{summary.signer}, created {summary.created_at}")
    print("  " + ", ".join(f"{counts[k]} {_WORDS[k]}" for k in counts))
    for o in summary.outcomes:
        if o.outcome != "identical":
            print(f"  {o.outcome:<9} {o.entity:<10} {o.label}: {o.reason}")
    if summary.photos_added:
        print(f"  {summary.photos_added} photos added")
    if summary.newly_trusted:
        print(f"  the signer {summary.signer} is now trusted")
    if counts["conflict"]:
        print("  resolve conflicts in the app, or: inspector conflicts list")


def cmd_import(args: argparse.Namespace) -> int:
    from inspector.storage.database import Actor
    from inspector.sync.container import BundleRefused

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"cannot read {path}: no such file", EXIT_USAGE)
    ws = _workspace(args)
    try:
        summary = ws.sync.import_bundle(path, Actor("inspector import"), dry_run=args.dry_run,
                                        accept_signer=args.accept_signer)
    except BundleRefused as exc:
        if args.format == "json":
            print(json.dumps({"refused": True, "code": exc.code, "message": exc.message,
                              "signer_fingerprint": exc.signer.fingerprint
                              if exc.signer else None}, ensure_ascii=False))
        hint = ""
        if exc.code == "untrusted_signer" and exc.signer is not None:
            hint = (f"\n  signer: {exc.signer.subject}\n  SHA-256 fingerprint: "
                    f"{exc.signer.fingerprint}\n  if you know this inspector, import again "
                    f"with --accept-signer {exc.signer.fingerprint}")
        return _fail(f"bundle refused ({exc.code}): {exc.message}; nothing was changed{hint}")
    finally:
        ws.close()
    if args.format == "json":
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_summary(summary)
    return EXIT_OK


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        pending = ws.sync.pending_conflicts()
    finally:
        ws.close()
    for c in pending:
        print(f"{c.id}  {c.entity:<10} {c.label}  (other version from {c.signer}, "
              f"{c.created_at[:16]})")
    if not pending:
        print("no conflicts waiting for a decision")
    return EXIT_OK


def cmd_conflicts_show(args: argparse.Namespace) -> int:
    from inspector.sync.conflicts import ConflictError

    ws = _workspace(args)
    try:
        detail = ws.sync.conflict_detail(uuid.UUID(args.id))
    except (ValueError, ConflictError) as exc:
        return _fail(str(exc))
    finally:
        ws.close()
    print(f"{detail.info.entity} {detail.info.label}; other version from {detail.info.signer}")
    if detail.whole_only:
        print("the other version is signed: take it whole (--take '*') or keep ours")
    for u in detail.units:
        print(f"\n[{u.key}] {u.title['en']}\n  mine:   {u.mine}\n  theirs: {u.theirs}")
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from inspector.storage.database import Actor
    from inspector.sync.conflicts import ConflictError

    ws = _workspace(args)
    try:
        cid = uuid.UUID(args.id)
        detail = ws.sync.conflict_detail(cid)
        keys = {u.key for u in detail.units}
        take = set(args.take or ())
        if args.take_all:
            take = {"*"} if detail.whole_only else keys - {"*"}
        unknown = take - keys
        if unknown:
            return _fail(f"no unit {sorted(unknown)[0]!r} in this conflict (see: inspector "
                         "conflicts show)", EXIT_USAGE)
        choices = {k: ("theirs" if k in take else "mine") for k in keys}
        ws.sync.resolve(cid, choices, Actor("inspector conflicts resolve"))
    except (ValueError, ConflictError) as exc:
        return _fail(str(exc))
    finally:
        ws.close()
    print(f"resolved: took theirs for {len(take)} of {len(keys)} differing parts")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write a signed bundle for another laptop or the office",
                       description="Write a signed bundle (zip) of inspections with their "
                                   "facilities, inspectors, photos and history. Without "
                                   "--since or --inspection: everything.")
    p.set_defaults(func=cmd_export)
    p.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    p.add_argument("--since", metavar="DATE", help="inspections on or after DATE (YYYY-MM-DD)")
    p.add_argument("--inspection", action="append", metavar="ID",
                   help="this inspection (repeatable)")
    p.add_argument("--key", metavar="LABEL", help="the signing key (see: inspector pki list)")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help=f"read the key's passphrase from FILE (else ${KEY_ENV}, else a prompt)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = sub.add_parser("import", help="check a bundle, then apply it all or nothing",
                       description="Import a bundle. Every check runs before anything is "
                                   "written; exit 0 imported, 1 refused (nothing changed), "
                                   "2 usage.")
    p.set_defaults(func=cmd_import)
    p.add_argument("file", metavar="FILE.zip")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--accept-signer", metavar="SHA256",
                   help="trust this signer (by certificate fingerprint) and import")

    c = sub.add_parser("conflicts", help="edits made on two laptops, waiting for a decision")
    c.set_defaults(func=lambda a: (c.print_help(), EXIT_USAGE)[1])
    cs = c.add_subparsers(title="commands", metavar="COMMAND")
    p = cs.add_parser("list", help="conflicts waiting for a decision")
    p.set_defaults(func=cmd_conflicts_list)
    p = cs.add_parser("show", help="what differs, part by part")
    p.set_defaults(func=cmd_conflicts_show)
    p.add_argument("id", metavar="CONFLICT_ID")
    p = cs.add_parser("resolve", help="keep ours, except the parts named with --take")
    p.set_defaults(func=cmd_conflicts_resolve)
    p.add_argument("id", metavar="CONFLICT_ID")
    p.add_argument("--take", action="append", metavar="KEY",
                   help="take the other version of this part (see: show); repeatable")
    p.add_argument("--take-all", action="store_true", help="take every differing part")
