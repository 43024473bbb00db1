"""PAdES signing of issued reports and notices.

Every issued PDF is signed with the inspector's key and *certified* (DocMDP "no
changes"), so any later incremental update is detectable. The signature field is
invisible: the handwritten signature images are drawn on the page by the report
itself (pyHanko's stamps mis-space glyphs of 2048-units-per-em fonts). No timestamp
server is used: the app works offline.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from io import BytesIO
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

# Enough room for an EC signature plus a short chain; passing it avoids a second pass.
BYTES_RESERVED = 16384


class SigningError(Exception):
    """The PDF could not be signed (unreadable PDF, already certified, ...)."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sign_pdf(pdf: bytes, signer: Signer, *, reason: str, location: str,
             field_name: str = "Signature1") -> bytes:
    """Sign and certify ``pdf``; returns the signed bytes (the input is left unchanged)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    validity = signer.signing_cert["tbs_certificate"]["validity"]
    now = datetime.now(UTC)
    if not (validity["not_before"].native <= now <= validity["not_after"].native):
        raise SigningError(f"the signing certificate is not valid now (valid "
                           f"{validity['not_before'].native:%Y-%m-%d} to "
                           f"{validity['not_after'].native:%Y-%m-%d})")
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, reason=reason, location=location,
        subfilter=fields.SigSeedSubFilter.PADES, certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES, md_algorithm="sha256")
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
        out = signers.PdfSigner(
            meta, signer, new_field_spec=fields.SigFieldSpec(sig_field_name=field_name)
        ).sign_pdf(writer, bytes_reserved=BYTES_RESERVED, in_place=False, output=BytesIO())
    except Exception as exc:  # pyHanko raises many types for unusable input
        raise SigningError(f"the PDF could not be signed: {exc}") from exc
    return out.getvalue()
