"""Signing and verifying real PDFs: every way a report can stop being genuine.

The CLI tests at the end run the real ``inspector`` command; they need
``cli_pki.register`` wired into ``inspector.cli.build_parser``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from reportlab.pdfgen import canvas

from inspector.pki import KeyStore, ca_certificate, create_ca, issue, make_signer
from inspector.signing import SigningError, sha256_hex, sign_pdf
from inspector.verification import verify_pdf

ROOT = Path(__file__).resolve().parent.parent
PASS = "correct horse battery"
MARKER = b"Kitchen hygiene: PASS"


def make_pdf(text: bytes = MARKER) -> bytes:
    buf = BytesIO()
    c = canvas.Canvas(buf, pageCompression=0)  # uncompressed: the test can find the text
    c.setFont("Helvetica", 14)
    c.drawString(72, 720, "Inspection report")
    c.drawString(72, 700, text.decode())
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def store(data_dir: Path) -> KeyStore:
    ks = KeyStore.for_data_dir(data_dir)
    ks.create_self_signed("王建国", "WJ-001", "区卫生健康局", PASS)
    return ks


@pytest.fixture(scope="module")
def signed(store: KeyStore) -> bytes:
    return sign_pdf(make_pdf(), store.load_signer("WJ-001", PASS), reason="检查报告",
                    location="江阴市")


def test_signed_report_verifies(store: KeyStore, signed: bytes) -> None:
    verdict = verify_pdf(signed, store.trusted_certs())
    assert verdict.valid and verdict.reason_code == "valid", verdict
    assert verdict.signer and "王建国" in verdict.signer
    assert verdict.signed_at and abs(datetime.now(UTC) - verdict.signed_at) < timedelta(
        minutes=5)
    assert verdict.sha256 == sha256_hex(signed)


def test_signing_is_fast(store: KeyStore) -> None:
    signer = store.load_signer("WJ-001", PASS)
    pdf = make_pdf()
    start = time.perf_counter()
    out = sign_pdf(pdf, signer, reason="r", location="l")
    verdict = verify_pdf(out, store.trusted_certs())
    assert verdict.valid and time.perf_counter() - start < 1.0


def test_flipped_byte_in_signed_content(store: KeyStore, signed: bytes) -> None:
    at = signed.index(MARKER) + len(b"Kitchen hygiene: ")
    tampered = signed[:at] + b"F" + signed[at + 1:]  # "PASS" -> "FASS"
    verdict = verify_pdf(tampered, store.trusted_certs())
    assert not verdict.valid and verdict.reason_code in {"altered", "damaged"}
    assert verdict.reason_code == "altered"


def test_changes_inside_the_unsigned_signature_gap(store: KeyStore, signed: bytes) -> None:
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    gap = signed[start:end]
    assert gap.rstrip(b"0") != gap  # zero padding after the container
    padded = signed[:end - 1] + b"1" + signed[end:]
    letter = start + next(i for i, ch in enumerate(gap) if chr(ch) in "ABCDEF")
    lower = signed[:letter] + signed[letter:letter + 1].lower() + signed[letter + 1:]
    for tampered in (padded, lower):  # padding changed; one hex digit's case changed
        verdict = verify_pdf(tampered, store.trusted_certs())
        assert verdict.reason_code == "altered" and "container" in verdict.reason, verdict


def test_incremental_update_adding_text(store: KeyStore, signed: bytes) -> None:
    w = IncrementalPdfFileWriter(BytesIO(signed))
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 600 Td (FORGED) Tj ET")
    w.add_stream_to_page(0, w.add_object(stream))
    out = BytesIO()
    w.write(out)
    verdict = verify_pdf(out.getvalue(), store.trusted_certs())
    assert not verdict.valid and verdict.reason_code == "modified_after_signing", verdict


def test_form_field_added_after_signing(store: KeyStore, signed: bytes) -> None:
    w = IncrementalPdfFileWriter(BytesIO(signed))
    fields.append_signature_field(
        w, fields.SigFieldSpec("Overlay", on_page=0, box=(72, 500, 300, 560)))
    out = BytesIO()
    w.write(out)
    verdict = verify_pdf(out.getvalue(), store.trusted_certs())
    assert not verdict.valid and verdict.reason_code == "modified_after_signing", verdict


def test_bytes_appended_after_signing(store: KeyStore, signed: bytes) -> None:
    verdict = verify_pdf(signed + b"\n% trailing junk\n", store.trusted_certs())
    assert not verdict.valid and verdict.reason_code == "modified_after_signing"


def test_untrusted_signer(signed: bytes, tmp_path: Path) -> None:
    other = KeyStore(tmp_path / "keys")
    other.create_self_signed("李四", "LS-009", "某局", PASS)
    verdict = verify_pdf(signed, other.trusted_certs())
    assert not verdict.valid and verdict.reason_code == "untrusted", verdict
    assert verify_pdf(signed, []).reason_code == "untrusted"


def test_a_lookalike_certificate_is_not_trusted(signed: bytes, tmp_path: Path) -> None:
    """Another key made with the same name, badge and department (its certificate
    has the very same subject) does not make the real signer's reports trusted,
    nor the other way round."""
    twin = KeyStore(tmp_path / "keys")
    twin.create_self_signed("王建国", "WJ-001", "区卫生健康局", PASS)
    verdict = verify_pdf(signed, twin.trusted_certs())
    assert not verdict.valid and verdict.reason_code == "untrusted", verdict


def test_unsigned_truncated_and_random_files(store: KeyStore, signed: bytes) -> None:
    trusted = store.trusted_certs()
    assert verify_pdf(make_pdf(), trusted).reason_code == "not_signed"
    assert verify_pdf(signed[: len(signed) // 2], trusted).reason_code == "damaged"
    assert verify_pdf(os.urandom(5000), trusted).reason_code == "damaged"
    assert verify_pdf(b"", trusted).reason_code == "damaged"
    assert verify_pdf(b"%PDF-1.7\n" + os.urandom(3000), trusted).reason_code == "damaged"
    for verdict in (verify_pdf(b"", trusted), verify_pdf(make_pdf(), trusted)):
        assert not verdict.valid and verdict.reason and verdict.signer is None


def test_cannot_sign_garbage_or_sign_twice(store: KeyStore, signed: bytes) -> None:
    signer = store.load_signer("WJ-001", PASS)
    with pytest.raises(SigningError):
        sign_pdf(b"not a pdf", signer, reason="r", location="l")
    with pytest.raises(SigningError):  # a certified report cannot be certified again
        sign_pdf(signed, signer, reason="r", location="l", field_name="Signature2")


def test_ca_issued_certificate_verifies_with_only_the_ca_trusted(tmp_path: Path) -> None:
    ca_p12 = create_ca("江阴市卫生健康局 CA", "ca passphrase")
    p12 = issue(ca_p12, "ca passphrase", "刘洋", "XF-002", "消防救援大队", PASS)
    ks = KeyStore(tmp_path / "keys")
    ks.import_p12(p12, PASS, "liu")
    out = sign_pdf(make_pdf(), ks.load_signer("liu", PASS), reason="r", location="l")
    ca_cert = ca_certificate(ca_p12, "ca passphrase")
    verdict = verify_pdf(out, [ca_cert])
    assert verdict.valid, verdict
    assert "刘洋" in (verdict.signer or "")
    assert verify_pdf(out, []).reason_code == "untrusted"
    other_ca = ca_certificate(create_ca("Other CA", "x passphrase"), "x passphrase")
    assert verify_pdf(out, [other_ca]).reason_code == "untrusted"


def test_expired_certificate(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Old Key")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - timedelta(days=800)).not_valid_after(now - timedelta(days=1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    signer = make_signer(key, cert, [])
    with pytest.raises(SigningError, match="not valid now"):
        sign_pdf(make_pdf(), signer, reason="r", location="l")
    # signed anyway (another program, or a clock set back): verification says expired
    meta = signers.PdfSignatureMetadata(field_name="Signature1", certify=True,
                                        subfilter=fields.SigSeedSubFilter.PADES)
    buf = signers.PdfSigner(meta, signer).sign_pdf(
        IncrementalPdfFileWriter(BytesIO(make_pdf())), bytes_reserved=16384)
    verdict = verify_pdf(buf.getvalue(), [cert])
    assert not verdict.valid and verdict.reason_code == "expired", verdict


# --- the command line (needs cli_pki.register wired into inspector.cli) -------------

def run(*args: str, data_dir: Path, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("INSPECTOR_KEY_PASSPHRASE", "INSPECTOR_CA_PASSPHRASE")}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "inspector.cli", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env=environ, stdin=subprocess.DEVNULL)


def test_cli_verify_exit_codes(store: KeyStore, data_dir: Path, signed: bytes,
                               tmp_path: Path) -> None:
    good = tmp_path / "report.pdf"
    good.write_bytes(signed)
    ok = run("verify", str(good), data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("VALID") and "王建国" in ok.stdout

    stranger = tmp_path / "stranger"
    bad = run("verify", str(good), data_dir=stranger)
    assert bad.returncode == 1 and "INVALID: untrusted" in bad.stdout
    cert = tmp_path / "wj.pem"
    exported = run("pki", "export-cert", "WJ-001", "-o", str(cert), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    trusted = run("verify", str(good), "--trust", str(cert), data_dir=stranger)
    assert trusted.returncode == 0, trusted.stdout

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed + b"\n% added\n")
    proc = run("verify", str(tampered), data_dir=data_dir)
    assert proc.returncode == 1 and "modified_after_signing" in proc.stdout
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(make_pdf())
    assert run("verify", str(unsigned), data_dir=data_dir).returncode == 1

    missing = run("verify", str(tmp_path / "nope.pdf"), data_dir=data_dir)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert run("verify", data_dir=data_dir).returncode == 2  # usage: no file


def test_cli_keys_and_ca(tmp_path: Path) -> None:
    data = tmp_path / "data"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    made = run("pki", "create", "--name", "王建国", "--badge", "WJ-001", "--department",
               "区卫生健康局", "--passphrase-file", str(pw), data_dir=data)
    assert made.returncode == 0, made.stderr
    assert "WJ-001" in run("pki", "list", data_dir=data).stdout

    no_pass = run("pki", "create", "--name", "A", "--badge", "B-1", "--department", "D",
                  data_dir=data)
    assert no_pass.returncode == 2 and "passphrase" in no_pass.stderr

    ca = tmp_path / "ca.p12"
    made_ca = run("pki", "ca", "create", "--name", "Office CA", "-o", str(ca),
                  data_dir=tmp_path / "office", env={"INSPECTOR_CA_PASSPHRASE": "ca secret!"})
    assert made_ca.returncode == 0, made_ca.stderr
    out = tmp_path / "liu.p12"
    wrong = run("pki", "ca", "issue", "--ca", str(ca), "--name", "刘洋", "--badge", "XF-002",
                "--department", "消防", "-o", str(out), data_dir=tmp_path / "office",
                env={"INSPECTOR_CA_PASSPHRASE": "wrong!!!", "INSPECTOR_KEY_PASSPHRASE": PASS})
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    assert not out.exists()
    issued = run("pki", "ca", "issue", "--ca", str(ca), "--name", "刘洋", "--badge", "XF-002",
                 "--department", "消防", "-o", str(out), data_dir=tmp_path / "office",
                 env={"INSPECTOR_CA_PASSPHRASE": "ca secret!", "INSPECTOR_KEY_PASSPHRASE": PASS})
    assert issued.returncode == 0, issued.stderr
    bad_import = run("pki", "import", str(out), "--label", "liu", data_dir=data,
                     env={"INSPECTOR_KEY_PASSPHRASE": "nope nope"})
    assert bad_import.returncode == 1 and "wrong passphrase" in bad_import.stderr
    imported = run("pki", "import", str(out), "--label", "liu", data_dir=data,
                   env={"INSPECTOR_KEY_PASSPHRASE": PASS})
    assert imported.returncode == 0, imported.stderr
    assert "liu" in run("pki", "list", data_dir=data).stdout
    garbage = tmp_path / "garbage.pem"
    garbage.write_bytes(b"junk")
    assert run("pki", "trust", str(garbage), data_dir=data).returncode == 1
