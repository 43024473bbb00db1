"""``inspector pki ...`` and ``inspector verify``: signing keys, trust list, verification.

Wire into the root parser with ``cli_pki.register(sub)`` (``sub`` being the root's
``add_subparsers()`` action). Handlers return exit codes: 0 success, 1 refused (wrong
passphrase, invalid signature, ...; nothing was changed), 2 usage error (no passphrase
source, unreadable file for ``verify``).

Passphrases come from ``--passphrase-file``, else an environment variable
(``INSPECTOR_KEY_PASSPHRASE`` for inspector keys, ``INSPECTOR_CA_PASSPHRASE`` for the
office CA), else a prompt when stdin is a terminal.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector.localtime import format_local, local_date
from inspector.rules import MIN_PASSPHRASE

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
KEY_ENV = "INSPECTOR_KEY_PASSPHRASE"
CA_ENV = "INSPECTOR_CA_PASSPHRASE"
MIN_NEW_PASSPHRASE = MIN_PASSPHRASE  # inspector/rules.py

Handler = Callable[[argparse.Namespace], int]


class UsageProblem(Exception):
    """Print the message, exit 2."""


def _handler(func: Handler) -> Handler:
    """Turn the key store's refusals into a message and an exit code."""

    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        from inspector.pki import PkiError
        from inspector.signing import SigningError

        try:
            return func(args)
        except UsageProblem as exc:
            print(f"inspector: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except (PkiError, SigningError) as exc:
            print(f"inspector: {exc}; nothing was changed", file=sys.stderr)
            return EXIT_REFUSED

    return run


def _keystore(args: argparse.Namespace) -> Any:
    from inspector.paths import resolve_data_dir
    from inspector.pki import KeyStore

    return KeyStore.for_data_dir(resolve_data_dir(args.data_dir))


def read_passphrase(file: str | None, env: str, prompt: str, *, new: bool = False) -> str:
    """The passphrase from a file, else ``$env``, else a terminal prompt."""
    from inspector.pki import PkiError

    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageProblem(f"cannot read the passphrase file {file}: {exc}") from None
        value = text.removesuffix("\n").removesuffix("\r")
    elif os.environ.get(env):
        value = os.environ[env]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(f"{prompt}: ")
        if new and getpass.getpass("Repeat the passphrase: ") != value:
            raise PkiError("the two passphrases differ")
    else:
        raise UsageProblem(f"no passphrase: use --passphrase-file, set {env}, "
                           "or run on a terminal to be asked")
    if not value:
        raise PkiError("the passphrase is empty")
    if new and len(value) < MIN_NEW_PASSPHRASE:
        raise PkiError(f"the passphrase must have at least {MIN_NEW_PASSPHRASE} characters")
    return value


def _write(path: str, data: bytes) -> None:
    if path == "-":
        sys.stdout.buffer.write(data)
        return
    target = Path(path)
    if target.exists():
        from inspector.pki import PkiError

        raise PkiError(f"{path} already exists")
    target.write_bytes(data)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}") from None


def _show(info: Any) -> str:
    kind = "CA " if info.is_ca else ""
    return (f"{info.label:<16} {kind}{info.subject}  valid until "
            f"{local_date(info.not_after)}  SHA-256 {info.fingerprint[:16]}…")


# --- pki -------------------------------------------------------------------------

@_handler
def cmd_pki_create(args: argparse.Namespace) -> int:
    store = _keystore(args)
    label = args.label or store.default_label(args.badge)
    if store.exists(label):
        from inspector.pki import PkiError

        raise PkiError(f"a key labelled {label!r} already exists (use --label)")
    passphrase = read_passphrase(args.passphrase_file, KEY_ENV, "New key passphrase", new=True)
    info = store.create_self_signed(args.name, args.badge, args.department, passphrase, label)
    print(f"created {_show(info)}")
    print("its certificate was added to this computer's trust list")
    return EXIT_OK


@_handler
def cmd_pki_list(args: argparse.Namespace) -> int:
    store = _keystore(args)
    keys = store.list()
    if args.format == "json":
        json.dump([{**vars(k), "not_after": k.not_after.isoformat()} for k in keys],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for info in keys:
        print(_show(info))
    if not keys:
        print("no signing keys (create one: inspector pki create ...)")
    return EXIT_OK


@_handler
def cmd_pki_import(args: argparse.Namespace) -> int:
    store = _keystore(args)
    data = _read(args.file)
    passphrase = read_passphrase(args.passphrase_file, KEY_ENV, "Passphrase of the PKCS#12")
    info = store.import_p12(data, passphrase, args.label)
    print(f"imported {_show(info)}")
    return EXIT_OK


@_handler
def cmd_pki_export_cert(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives import serialization

    cert = _keystore(args).certificate(args.label)
    _write(args.output, cert.public_bytes(serialization.Encoding.PEM))
    if args.output != "-":
        print(f"wrote {args.output}")
    return EXIT_OK


@_handler
def cmd_pki_trust(args: argparse.Namespace) -> int:
    added = _keystore(args).trust(_read(args.cert))
    for info in added:
        print(f"trusted {info.subject}  SHA-256 {info.fingerprint[:16]}…")
    return EXIT_OK


@_handler
def cmd_pki_ca_create(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives import serialization

    from inspector.pki import ca_certificate, create_ca

    if Path(args.output).exists():
        from inspector.pki import PkiError

        raise PkiError(f"{args.output} already exists")
    passphrase = read_passphrase(args.passphrase_file, CA_ENV, "New CA passphrase", new=True)
    p12 = create_ca(args.name, passphrase)
    cert = ca_certificate(p12, passphrase)
    pem = cert.public_bytes(serialization.Encoding.PEM)
    if args.cert_out:
        _write(args.cert_out, pem)
    _write(args.output, p12)
    _keystore(args).trust(pem)
    print(f"created the CA {cert.subject.rfc4514_string()} in {args.output}; "
          "its certificate was added to this computer's trust list")
    return EXIT_OK


@_handler
def cmd_pki_ca_issue(args: argparse.Namespace) -> int:
    from inspector.pki import PkiError, issue

    if Path(args.output).exists():
        raise PkiError(f"{args.output} already exists")
    ca_p12 = _read(args.ca)
    ca_pass = read_passphrase(args.ca_passphrase_file, CA_ENV, "CA passphrase")
    new_pass = read_passphrase(args.passphrase_file, KEY_ENV, "Passphrase for the new key",
                               new=True)
    _write(args.output, issue(ca_p12, ca_pass, args.name, args.badge, args.department,
                              new_pass))
    print(f"issued a certificate for {args.name} ({args.badge}) in {args.output}")
    return EXIT_OK


# --- verify ----------------------------------------------------------------------

@_handler
def cmd_verify(args: argparse.Namespace) -> int:
    from inspector.pki import load_pem_certificates
    from inspector.verification import verify_pdf

    data = _read(args.file)
    trusted = list(_keystore(args).trusted_certs())
    for path in args.trust or []:
        try:
            trusted.extend(load_pem_certificates(_read(path)))
        except Exception as exc:
            raise UsageProblem(f"{path}: {exc}") from None
    verdict = verify_pdf(data, trusted)
    recognised = _issued_here(args, data)
    issued = recognised.issued if recognised else None
    superseded = recognised.superseded if recognised else None
    if args.format == "json":
        json.dump({"valid": verdict.valid, "reason_code": verdict.reason_code,
                   "reason": verdict.reason, "signer": verdict.signer,
                   "signed_at": verdict.signed_at.isoformat() if verdict.signed_at else None,
                   "sha256": verdict.sha256,
                   "issued_here": None if issued is None else {
                       "inspection_id": issued.inspection_id, "kind": issued.kind,
                       "report_number": issued.report_number,
                       "issued_at": issued.created_at.isoformat()},
                   "superseded": None if superseded is None else {
                       "amended_at": superseded.amended_at.isoformat(),
                       "reason": superseded.reason,
                       "by": None if superseded.by is None else {
                           "report_number": superseded.by.report_number,
                           "issued_at": superseded.by.created_at.isoformat()}}},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{'VALID' if verdict.valid else 'INVALID'}: {verdict.reason_code} — "
              f"{verdict.reason}")
        if superseded is not None:
            print("SUPERSEDED: " + superseded_text(superseded))
        if verdict.signer:
            print(f"signer: {verdict.signer}")
        if verdict.signed_at:
            print(f"signed at: {format_local(verdict.signed_at, 'en', seconds=True, zone=True)}"
                  " (as stated by the signer)")
        print(f"sha256: {verdict.sha256}")
        if issued is not None:
            print(f"issued by this database: {issued.kind} {issued.report_number} of "
                  f"inspection {issued.inspection_id}, "
                  f"{format_local(issued.created_at, 'en', zone=True)}")
        else:
            print("not a file this database issued (no issued document has this SHA-256)")
    return EXIT_OK if verdict.valid else EXIT_REFUSED


def superseded_text(superseded: Any) -> str:
    """In English, for the command line: what replaced a document and why."""
    when = format_local(superseded.amended_at, "en", zone=True)
    text = (f"the record was amended after this document was issued ({when}, reason: "
            f"{superseded.reason}); ")
    if superseded.by is not None:
        text += (f"it is superseded by {superseded.by.report_number}, issued "
                 f"{format_local(superseded.by.created_at, 'en', zone=True)}")
    else:
        text += "the corrected document has not been issued yet"
    return text


def _issued_here(args: argparse.Namespace, data: bytes) -> Any:
    """What this data directory's database knows of these exact bytes (Recognised:
    the issued document and what superseded it); None when it did not issue them
    (or there is no database: verifying creates nothing)."""
    from inspector.paths import DataPaths, resolve_data_dir
    from inspector.workspace import Workspace

    root = resolve_data_dir(args.data_dir)
    if not DataPaths(root).database.is_file():
        return None
    ws = Workspace.open(root)
    try:
        return ws.documents.recognise(data)
    finally:
        ws.close()


# --- registration ----------------------------------------------------------------

def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``pki`` and ``verify`` to the root parser's subcommands."""

    def group(parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
              help_: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        p = parent.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=lambda a: (p.print_help(), EXIT_USAGE)[1])
        return p.add_subparsers(title="commands", metavar="COMMAND")

    def command(parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                func: Handler, help_: str) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    def passphrase_file(p: argparse.ArgumentParser, env: str = KEY_ENV,
                        flag: str = "--passphrase-file") -> None:
        p.add_argument(flag, metavar="FILE",
                       help=f"read the passphrase from FILE (else ${env}, else a prompt)")

    pki = group(subparsers, "pki", "signing keys, the office CA and the trust list")
    p = command(pki, "create", cmd_pki_create,
                "create a signing key with a self-signed certificate (EC P-256, 5 years)")
    p.add_argument("--name", required=True)
    p.add_argument("--badge", required=True, help="badge number")
    p.add_argument("--department", required=True)
    p.add_argument("--label", help="key label (default: from the badge number)")
    passphrase_file(p)
    p = command(pki, "list", cmd_pki_list, "list the signing keys")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p = command(pki, "import", cmd_pki_import, "import a PKCS#12 issued by the office")
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--label", required=True)
    passphrase_file(p)
    p = command(pki, "export-cert", cmd_pki_export_cert, "write a key's certificate (PEM)")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pem", help="'-' for stdout")
    p = command(pki, "trust", cmd_pki_trust,
                "trust a certificate (an office CA or an inspector's) when verifying")
    p.add_argument("cert", metavar="CERT.pem")

    ca = group(pki, "ca", "the office certificate authority")
    p = command(ca, "create", cmd_pki_ca_create, "create an office CA (EC P-256, 10 years)")
    p.add_argument("--name", required=True)
    p.add_argument("-o", "--output", required=True, metavar="CA.p12")
    p.add_argument("--cert-out", metavar="CA.pem", help="also write the CA certificate")
    passphrase_file(p, CA_ENV)
    p = command(ca, "issue", cmd_pki_ca_issue, "issue an inspector key and certificate")
    p.add_argument("--ca", required=True, metavar="CA.p12")
    p.add_argument("--name", required=True)
    p.add_argument("--badge", required=True)
    p.add_argument("--department", required=True)
    p.add_argument("-o", "--output", required=True, metavar="OUT.p12")
    passphrase_file(p, CA_ENV, "--ca-passphrase-file")
    passphrase_file(p)

    p = command(subparsers, "verify", cmd_verify,
                "verify a signed report or notice (exit 0 valid, 1 invalid, 2 unreadable)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust", action="append", metavar="CERT",
                   help="also trust this certificate (repeatable)")
    p.add_argument("--format", choices=["text", "json"], default="text")
