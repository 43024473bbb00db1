"""Verifying a signed report: VALID only when integrity, trust and "nothing changed
after signing" all hold.

pyHanko's ``intact`` and ``valid`` are not enough on their own: an incremental update
can add a form field whose appearance paints new text over the page while both stay
true. So a report is genuine only when

* the signature's digest and cryptographic signature check out (``altered`` if not),
* the signature covers the *whole* file - its byte range ends at the end of the file,
  pyHanko's coverage is ENTIRE_FILE, the modification level is NONE and DocMDP is
  respected (``modified_after_signing`` if not),
* the signer's certificate chains to a trusted certificate (``untrusted``; ``expired``
  when the certificate was not valid at the signing time; ``bad_certificate`` for other
  certificate problems).

Without a timestamp server the signing time is the one the signer's software wrote into
the signature; certificates are checked at that time (as PDF readers do by default), so
a report stays verifiable after the inspector's certificate has expired.

``verify_pdf`` never raises on bad input: anything that cannot be parsed is ``damaged``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from inspector.signing import sha256_hex

REASONS = {
    "valid": "the signature is intact, the signer is trusted and nothing was changed "
             "after signing",
    "not_signed": "the file carries no signature",
    "damaged": "the file is damaged or not a readable PDF",
    "altered": "the signed content was altered after signing (the signature does not match)",
    "modified_after_signing": "content was changed or added after signing",
    "untrusted": "the signer's certificate does not chain to a trusted certificate",
    "expired": "the signer's certificate was not valid at the signing time",
    "bad_certificate": "the signer's certificate cannot be used for signing",
}


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason_code: str
    reason: str  # English, for people
    signer: str | None
    signed_at: datetime | None
    sha256: str


def _verdict(code: str, data: bytes, signer: str | None = None,
             signed_at: datetime | None = None, detail: str | None = None) -> Verdict:
    reason = REASONS[code] + (f" ({detail})" if detail else "")
    return Verdict(code == "valid", code, reason, signer, signed_at, sha256_hex(data))


def _signer_name(cert: object) -> str | None:
    """"王建国 (区卫生健康局, WJ-001)" from CN, OU and serialNumber, else the full subject."""
    try:
        subject = cert.subject  # type: ignore[attr-defined]
        names = subject.native
        cn = names.get("common_name")
        extra = [names.get("organizational_unit_name"), names.get("serial_number")]
        extra = [str(e) for e in extra if e]
        if not cn:
            return subject.human_friendly
        return f"{cn} ({', '.join(extra)})" if extra else str(cn)
    except Exception:
        return None


def _container_untouched(data: bytes, byte_range: list[int], contents: bytes) -> bool:
    """The unsigned gap holds exactly the hex of the CMS container plus zero padding.

    The gap is not covered by the digest; without this check, changing the letter case
    of its hex digits or its padding would leave the signature "valid" while the file
    (and its SHA-256) differ from what was issued.
    """
    from asn1crypto import parser

    if len(byte_range) != 4:
        return False
    gap = data[byte_range[1]:byte_range[2]]
    hex_ = contents.hex().encode()
    if gap not in (b"<" + hex_ + b">", b"<" + hex_.upper() + b">"):
        return False
    _, _, _, header, content, trailer = parser.parse(contents)
    return not contents[len(header) + len(content) + len(trailer):].strip(b"\0")


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Whether ``issuer`` really signed ``cert`` (a name alone can be copied)."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def verify_pdf(data: bytes, trusted: list[x509.Certificate]) -> Verdict:
    """Check the (first, certifying) signature of a PDF against the trusted certificates."""
    try:
        return _verify(data, trusted)
    except Exception as exc:  # never raise on bad input
        return _verdict("damaged", data, detail=f"{type(exc).__name__}: {exc}"[:200])


def _verify(data: bytes, trusted: list[x509.Certificate]) -> Verdict:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from inspector.pki import to_asn1

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # we report, pyHanko need not
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        return _verdict("damaged", data, detail="no PDF header")
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except Exception as exc:
        return _verdict("damaged", data, detail=f"{type(exc).__name__}: {exc}"[:200])
    if not sigs:
        return _verdict("not_signed", data)
    sig = sigs[0]  # the earliest one: the certification signature of an issued report
    signer = _signer_name(sig.signer_cert)
    signed_at = sig.self_reported_timestamp
    context = ValidationContext(trust_roots=[to_asn1(c) for c in trusted],
                                allow_fetching=False, revocation_mode="soft-fail",
                                moment=signed_at)
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context)
    except Exception as exc:  # malformed signature container, unsupported algorithm, ...
        return _verdict("damaged", data, signer, signed_at,
                        detail=f"{type(exc).__name__}: {exc}"[:200])
    signed_at = status.signer_reported_dt or signed_at
    if not (status.intact and status.valid):
        return _verdict("altered", data, signer, signed_at)
    byte_range = list(sig.byte_range)
    if not _container_untouched(data, byte_range, bytes(sig.pkcs7_content)):
        return _verdict("altered", data, signer, signed_at,
                        detail="the signature container was changed")
    covers_file = len(byte_range) == 4 and byte_range[2] + byte_range[3] == len(data)
    if (len(sigs) > 1 or not covers_file
            or status.coverage != SignatureCoverageLevel.ENTIRE_FILE
            or status.modification_level != ModificationLevel.NONE
            or not status.docmdp_ok):
        extra = len(data) - (byte_range[2] + byte_range[3]) if len(byte_range) == 4 else None
        detail = f"{extra} bytes added after the signed revision" if extra else None
        return _verdict("modified_after_signing", data, signer, signed_at, detail=detail)
    # pyhanko_certvalidator does not check a trust anchor's own validity period, and a
    # self-signed inspector certificate *is* its trust anchor: check the signer here.
    moment = signed_at or datetime.now(UTC)
    cert_validity = sig.signer_cert["tbs_certificate"]["validity"]
    if not (cert_validity["not_before"].native <= moment <= cert_validity["not_after"].native):
        return _verdict("expired", data, signer, signed_at)
    if not status.trusted:
        indic = status.trust_problem_indic
        if indic in (AdESIndeterminate.OUT_OF_BOUNDS_NO_POE, AdESIndeterminate.EXPIRED,
                     AdESIndeterminate.NOT_YET_VALID, AdESFailure.NOT_YET_VALID,
                     AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED):
            return _verdict("expired", data, signer, signed_at)
        signer_cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
        anchored = any(signer_cert == c or _issued_by(signer_cert, c) for c in trusted)
        if status.validation_path is None or not anchored or indic in (
                AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND, None):
            # no path to a trust root (a self-signed signer shows up as a chain failure)
            return _verdict("untrusted", data, signer, signed_at)
        if indic == AdESFailure.REVOKED:
            return _verdict("bad_certificate", data, signer, signed_at, detail="revoked")
        return _verdict("bad_certificate", data, signer, signed_at,
                        detail=getattr(indic, "name", str(indic)).lower())
    return _verdict("valid", data, signer, signed_at)
