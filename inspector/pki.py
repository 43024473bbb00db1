"""Signing keys: the inspector's key store, a small office CA, and the trust list.

Layout under the data directory::

    keys/<label>.p12      private key + certificate chain, PKCS#12, passphrase-encrypted
                          (PBES2 / AES-256-CBC, PBKDF2-SHA256 with 600,000 rounds,
                          HMAC-SHA256 MAC with 1,200,000 rounds)
    keys/<label>.pem      the certificate in clear, so listing needs no passphrase
    keys/trusted/*.pem    certificates trusted when verifying (self-signed inspector
                          certificates, office CA certificates)

Keys are EC P-256: they are small and sign in milliseconds. A wrong passphrase raises
``PassphraseError`` (pyHanko's own ``load_pkcs12`` would silently return None).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from inspector.paths import DataPaths, open_private, private_dir
from inspector.rules import MIN_PASSPHRASE

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

KDF_ROUNDS = 600_000  # PBKDF2-HMAC-SHA256 rounds protecting the key and certificate
# The PKCS#12 MAC key comes from the passphrase too (RFC 7292 KDF: one SHA-256 per
# round, PBKDF2-HMAC costs two), so it gets twice the rounds: no cheaper guessing oracle.
MAC_ROUNDS = 2 * KDF_ROUNDS
CERT_YEARS = 5
CA_YEARS = 10
_LABEL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class PkiError(Exception):
    """A key-store operation was refused (bad label, unreadable file, ...)."""


class PassphraseError(PkiError):
    """The passphrase does not open the key file."""


@dataclass(frozen=True)
class KeyInfo:
    label: str
    subject: str
    badge: str | None
    not_after: datetime
    fingerprint: str  # SHA-256 of the DER certificate, hex
    is_ca: bool


def keys_dir(data_root: Path) -> Path:
    """The key store folder of a data directory (``DataPaths(root).root / "keys"``)."""
    return DataPaths(Path(data_root)).root / "keys"


# --- certificates ------------------------------------------------------------------

def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    if not data:
        raise PassphraseError("the passphrase must not be empty")
    return data


def _name(name: str, badge: str | None = None, department: str | None = None) -> x509.Name:
    if not name.strip():
        raise PkiError("the name must not be empty")
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if department:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, department.strip()))
    if badge:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, badge.strip()))
    return x509.Name(attrs)


def _signer_extensions(builder: x509.CertificateBuilder) -> x509.CertificateBuilder:
    return builder.add_extension(
        x509.BasicConstraints(ca=False, path_length=None), critical=True
    ).add_extension(
        x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                      data_encipherment=False, key_agreement=False, key_cert_sign=False,
                      crl_sign=False, encipher_only=False, decipher_only=False),
        critical=True)


def _build(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
           issuer_key: ec.EllipticCurvePrivateKey, years: int, *, ca: bool,
           issuer_cert: x509.Certificate | None = None) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(minutes=5))
               .not_valid_after(now + timedelta(days=365 * years + years // 4)))
    builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key),
                                    critical=False)
    if issuer_cert is not None:
        ski = issuer_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski.value),
            critical=False)
    if ca:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=True, path_length=0), critical=True
        ).add_extension(
            x509.KeyUsage(digital_signature=False, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=True, crl_sign=True, encipher_only=False,
                          decipher_only=False), critical=True)
    else:
        builder = _signer_extensions(builder)
    return builder.sign(issuer_key, hashes.SHA256())


def _p12(key: ec.EllipticCurvePrivateKey, cert: x509.Certificate,
         chain: list[x509.Certificate], passphrase: str | bytes, friendly: str) -> bytes:
    if len(_passphrase_bytes(passphrase).decode("utf-8", "replace")) < MIN_PASSPHRASE:
        raise PassphraseError(f"a new key's passphrase needs at least {MIN_PASSPHRASE} "
                              "characters")
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(KDF_ROUNDS)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256())
                  .build(_passphrase_bytes(passphrase)))
    data = pkcs12.serialize_key_and_certificates(
        friendly.encode("utf-8"), key, cert, chain or None, encryption)
    return _strengthen_mac(data, _passphrase_bytes(passphrase))


def _pkcs12_mac_key(password: bytes, salt: bytes, rounds: int) -> bytes:
    """RFC 7292 appendix B.2 key derivation (ID 3 = MAC key) for SHA-256, 32 bytes out."""
    v = 64  # SHA-256 block size
    bmp = password.decode("utf-8").encode("utf-16-be") + b"\0\0"

    def fill(b: bytes) -> bytes:  # repeat b up to the next multiple of v bytes
        n = v * ((len(b) + v - 1) // v)
        return (b * (n // len(b) + 1))[:n] if b else b""

    digest = hashlib.sha256(bytes([3]) * v + fill(salt) + fill(bmp)).digest()
    for _ in range(rounds - 1):
        digest = hashlib.sha256(digest).digest()
    return digest  # one block is enough: the HMAC-SHA256 key is 32 bytes


def _strengthen_mac(data: bytes, password: bytes) -> bytes:
    """Recompute the PKCS#12 MAC with MAC_ROUNDS iterations.

    cryptography always writes the MAC with 2,048 iterations whatever ``kdf_rounds``
    says, and the MAC is a passphrase-guessing oracle: left alone, it would make the
    600,000-round PBKDF2 protecting the key pointless.
    """
    from asn1crypto import pkcs12 as asn1_pkcs12

    pfx = asn1_pkcs12.Pfx.load(data)
    content = pfx["auth_safe"]["content"].native  # the MAC covers the safe's octets
    salt = os.urandom(16)
    key = _pkcs12_mac_key(password, salt, MAC_ROUNDS)
    mac_data = asn1_pkcs12.MacData({
        "mac": {"digest_algorithm": {"algorithm": "sha256"},
                "digest": hmac.new(key, content, hashlib.sha256).digest()},
        "mac_salt": salt, "iterations": MAC_ROUNDS})
    pfx = asn1_pkcs12.Pfx({"version": pfx["version"].native, "auth_safe": pfx["auth_safe"],
                           "mac_data": mac_data})
    return pfx.dump(force=True)


def load_p12(data: bytes, passphrase: str | bytes
             ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, list[x509.Certificate]]:
    """Open a PKCS#12: (key, certificate, other certificates). Wrong passphrase raises."""
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, _passphrase_bytes(passphrase))
    except ValueError as exc:
        # cryptography says "Invalid password or PKCS12 data" for both cases
        raise PassphraseError("wrong passphrase, or not a PKCS#12 key file") from exc
    if key is None or cert is None:
        raise PkiError("the PKCS#12 file holds no private key and certificate")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise PkiError("unsupported key type in the PKCS#12 file (EC or RSA expected)")
    return key, cert, list(others)  # type: ignore[return-value]


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def key_info(label: str, cert: x509.Certificate) -> KeyInfo:
    subject = cert.subject.rfc4514_string({NameOID.SERIAL_NUMBER: "serialNumber"})
    return KeyInfo(label=label, subject=subject,
                   badge=_attr(cert, NameOID.SERIAL_NUMBER),
                   not_after=cert.not_valid_after_utc, fingerprint=fingerprint(cert),
                   is_ca=_is_ca(cert))


def create_ca(name: str, passphrase: str | bytes) -> bytes:
    """A new office CA (EC P-256, 10 years): its key and certificate as a PKCS#12."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name)
    cert = _build(subject, subject, key.public_key(), key, CA_YEARS, ca=True)
    return _p12(key, cert, [], passphrase, name)


def issue(ca_p12: bytes, ca_passphrase: str | bytes, name: str, badge: str, department: str,
          passphrase: str | bytes) -> bytes:
    """Issue an inspector certificate from a CA: a PKCS#12 with key, cert and CA cert."""
    ca_key, ca_cert, _ = load_p12(ca_p12, ca_passphrase)
    if not _is_ca(ca_cert):
        raise PkiError("this PKCS#12 is not a CA (its certificate cannot issue certificates)")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _build(_name(name, badge, department), ca_cert.subject, key.public_key(),
                  ca_key, CERT_YEARS, ca=False, issuer_cert=ca_cert)  # type: ignore[arg-type]
    return _p12(key, cert, [ca_cert], passphrase, name)


def ca_certificate(ca_p12: bytes, ca_passphrase: str | bytes) -> x509.Certificate:
    return load_p12(ca_p12, ca_passphrase)[1]


def load_pem_certificates(data: bytes) -> list[x509.Certificate]:
    """PEM (one or more) or DER certificates; raises PkiError when none can be read."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise PkiError(f"not a certificate (PEM or DER expected): {exc}") from None


def to_asn1(cert: x509.Certificate):  # -> asn1crypto.x509.Certificate
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def make_signer(key: object, cert: x509.Certificate,
                others: list[x509.Certificate]) -> SimpleSigner:
    """A pyHanko signer from cryptography objects (the chain is embedded in signatures)."""
    from asn1crypto import keys as asn1_keys
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    return SimpleSigner(signing_cert=to_asn1(cert),
                        signing_key=asn1_keys.PrivateKeyInfo.load(der),
                        cert_registry=SimpleCertificateStore.from_certs(
                            [to_asn1(c) for c in others]))


# --- the key store ------------------------------------------------------------------

class KeyStore:
    """Passphrase-protected signing keys and the trust list of one data directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def for_data_dir(cls, data_root: Path) -> KeyStore:
        return cls(keys_dir(data_root))

    @property
    def trusted_dir(self) -> Path:
        return self.root / "trusted"

    def _p12_path(self, label: str) -> Path:
        if not _LABEL_RE.match(label):
            raise PkiError(f"invalid key label {label!r}: use letters, digits, '.', '_', '-'")
        return self.root / f"{label}.p12"

    def exists(self, label: str) -> bool:
        return self._p12_path(label).exists()

    def _store(self, label: str, p12: bytes, cert: x509.Certificate) -> None:
        path = self._p12_path(label)
        if path.exists():
            raise PkiError(f"a key labelled {label!r} already exists")
        private_dir(self.root)
        tmp = path.with_suffix(".p12.tmp")
        with open_private(tmp, "wb") as f:  # owner only (0600), whatever the umask
            f.write(p12)
        with open_private(path.with_suffix(".pem"), "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        tmp.replace(path)

    @staticmethod
    def default_label(badge: str) -> str:
        label = re.sub(r"[^A-Za-z0-9._-]+", "-", badge.strip()).strip("-.")[:64]
        return label or "key"

    def create_self_signed(self, name: str, badge: str, department: str,
                           passphrase: str | bytes, label: str | None = None) -> KeyInfo:
        """A new EC P-256 key with a self-signed certificate; it joins the trust list."""
        label = label or self.default_label(badge)
        if self._p12_path(label).exists():
            raise PkiError(f"a key labelled {label!r} already exists")
        _passphrase_bytes(passphrase)
        key = ec.generate_private_key(ec.SECP256R1())
        subject = _name(name, badge, department)
        cert = _build(subject, subject, key.public_key(), key, CERT_YEARS, ca=False)
        self._store(label, _p12(key, cert, [], passphrase, name), cert)
        self.trust(cert.public_bytes(serialization.Encoding.PEM))
        return key_info(label, cert)

    def import_p12(self, data: bytes, passphrase: str | bytes, label: str) -> KeyInfo:
        """Store a PKCS#12 issued by the office, re-encrypted with the strong KDF."""
        key, cert, others = load_p12(data, passphrase)
        name = _attr(cert, NameOID.COMMON_NAME) or label
        self._store(label, _p12(key, cert, others, passphrase, name), cert)
        return key_info(label, cert)

    def load_signer(self, label: str, passphrase: str | bytes) -> SimpleSigner:
        path = self._p12_path(label)
        if not path.exists():
            raise PkiError(f"no key labelled {label!r} in {self.root}")
        try:
            key, cert, others = load_p12(path.read_bytes(), passphrase)
        except PassphraseError:
            raise PassphraseError(f"wrong passphrase for key {label!r}") from None
        return make_signer(key, cert, others)

    def certificate(self, label: str) -> x509.Certificate:
        pem = self._p12_path(label).with_suffix(".pem")
        if not pem.exists():
            raise PkiError(f"no key labelled {label!r} in {self.root}")
        return x509.load_pem_x509_certificate(pem.read_bytes())

    def list(self) -> list[KeyInfo]:
        if not self.root.is_dir():
            return []
        out = []
        for p12 in sorted(self.root.glob("*.p12")):
            pem = p12.with_suffix(".pem")
            try:
                out.append(key_info(p12.stem, x509.load_pem_x509_certificate(pem.read_bytes())))
            except (OSError, ValueError):
                continue  # a key without a readable certificate cannot be listed
        return out

    # --- trust list ---

    def trust(self, cert_pem: bytes) -> list[KeyInfo]:
        """Add certificates (PEM or DER) to the trust list; returns what was added."""
        added = []
        private_dir(self.trusted_dir)
        for cert in load_pem_certificates(cert_pem):
            fp = fingerprint(cert)
            path = self.trusted_dir / f"{fp[:32]}.pem"
            if not path.exists():
                with open_private(path, "wb") as f:
                    f.write(cert.public_bytes(serialization.Encoding.PEM))
            added.append(key_info(fp[:32], cert))
        return added

    def trusted_certs(self) -> list[x509.Certificate]:
        if not self.trusted_dir.is_dir():
            return []
        certs = []
        for path in sorted(self.trusted_dir.glob("*.pem")):
            try:
                certs.extend(x509.load_pem_x509_certificates(path.read_bytes()))
            except ValueError:
                continue  # a damaged file in the trust list trusts nothing
        return certs
