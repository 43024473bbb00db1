"""``inspector backup`` and ``inspector restore``: the whole data directory as one file.

Wire into the root parser with ``cli_backup.register(sub)``. Exit codes: 0 success,
1 refused (a damaged or foreign backup or database, a full or read-only disk, an unsafe
location, restore declined, certificates the backup would trust not confirmed; nothing
was changed), 2 usage error. Backing up never opens the workspace, so data in a folder
the app refuses to open (a network or cloud-synced folder) can still be backed up and
restored somewhere safe.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def describe(info: object) -> list[str]:
    """What a backup holds, as lines for the terminal."""
    from inspector.backup import BackupInfo

    assert isinstance(info, BackupInfo)
    lines = [
        f"backup:      {info.path} ({human_size(info.size)})",
        f"created:     {info.created_at.astimezone():%Y-%m-%d %H:%M:%S %Z} "
        f"by version {info.app_version}",
        f"schema:      {info.schema_revision}",
        f"contains:    {info.facilities} facilities, {info.inspections} inspections, "
        f"{info.photos} photos ({info.entries} files, {human_size(info.content_bytes)})",
    ]
    lines += [f"warning:     {w}" for w in info.warnings]
    return lines


def describe_trust(info: object) -> list[str]:
    """The certificates a restore of this backup would make trusted, as terminal lines."""
    from inspector.backup import BackupInfo

    assert isinstance(info, BackupInfo)
    if not info.new_trust:
        return []
    lines = [f"trust:       restoring makes {len(info.new_trust)} certificate(s) trusted that "
             "are not trusted here; whoever holds their keys can then sign reports and "
             "bundles this app shows as genuine. Compare each SHA-256 fingerprint with its "
             "owner:"]
    lines += [f"             {t.subject}\n             SHA-256 {t.fingerprint}  ({t.file})"
              for t in info.new_trust]
    return lines


def _data_dir(args: argparse.Namespace) -> Path:
    from inspector.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def cmd_backup(args: argparse.Namespace) -> int:
    from inspector.backup import create_backup, verify_backup
    from inspector.paths import DataPaths

    if args.verify:
        if args.output:
            print("inspector: --verify and -o cannot be used together", file=sys.stderr)
            return EXIT_USAGE
        data_dir = _data_dir(args)
        info = verify_backup(Path(args.verify), data_dir=data_dir if data_dir.is_dir() else None)
        print("\n".join(describe(info) + describe_trust(info)))
        print("the backup is complete and intact")
        return EXIT_OK
    info = create_backup(DataPaths(_data_dir(args)), Path(args.output) if args.output else None)
    print("\n".join(describe(info)))
    return EXIT_OK


def _confirm(question: str) -> bool:
    print(f"{question} [y/N] ", end="", flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, KeyboardInterrupt):
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from inspector.backup import previous_data_path, restore_backup, verify_backup
    from inspector.paths import check_data_dir

    path = Path(args.file)
    if not path.is_file():
        print(f"inspector: {path} is not a file", file=sys.stderr)
        return EXIT_USAGE
    data_dir = _data_dir(args)
    check_data_dir(data_dir)  # a data directory path that is a file is never replaced
    info = verify_backup(path, data_dir=data_dir if data_dir.is_dir() else None)
    print("\n".join(describe(info) + describe_trust(info)))
    if args.check:
        print("the backup is complete and intact; nothing was changed")
        return EXIT_OK
    aside = previous_data_path(data_dir)
    if data_dir.exists():
        print(f"restoring replaces the data in {data_dir}; the current data is kept in {aside}")
    trusted: tuple[str, ...] = ()
    if info.new_trust:
        if args.trust_certificates:
            trusted = tuple(t.fingerprint for t in info.new_trust)
        elif args.yes or not _confirm(f"Trust these {len(info.new_trust)} certificate(s)?"):
            print("inspector: restore refused: the certificates listed above would become "
                  "trusted, and that was not confirmed; if the fingerprints are right, run "
                  "the restore again with --trust-certificates. Nothing was changed",
                  file=sys.stderr)
            return EXIT_REFUSED
        else:
            trusted = tuple(t.fingerprint for t in info.new_trust)
    if not args.yes and not _confirm("Restore this backup?"):
        print("inspector: restore cancelled; nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    result = restore_backup(path, data_dir, previous=aside, trust=trusted)
    print(f"restored into {result.data_dir}")
    if result.previous is not None:
        print(f"the previous data is kept in {result.previous}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the root parser's subcommands."""
    help_ = ("back up the whole data directory (database, photos, keys, settings) into one "
             ".zip file, safely while the app runs; or check a backup with --verify")
    p = subparsers.add_parser("backup", help=help_, description=help_)
    p.set_defaults(func=cmd_backup)
    p.add_argument("-o", "--output", metavar="FILE|DIR",
                   help="the .zip to write, or a folder for it (default: <data dir>/backups/)")
    p.add_argument("--verify", metavar="FILE",
                   help="only check this backup (complete, intact, restorable); change nothing")
    help_ = ("replace the data directory with a backup, after checking it; the current data "
             "is kept in a folder next to it (close the app first)")
    p = subparsers.add_parser("restore", help=help_, description=help_)
    p.set_defaults(func=cmd_restore)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (certificates the backup would make "
                        "trusted still need --trust-certificates)")
    p.add_argument("--trust-certificates", action="store_true",
                   help="confirm that the certificates the restore lists (with their "
                        "fingerprints) become trusted for verifying reports and bundles")
    p.add_argument("--check", action="store_true", help="only check the backup; change nothing")
