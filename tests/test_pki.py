"""The key store: real EC keys, real PKCS#12 files, the office CA and the trust list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms, pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inspector.paths import DataPaths
from inspector.pki import (
    KDF_ROUNDS,
    KeyStore,
    PassphraseError,
    PkiError,
    ca_certificate,
    create_ca,
    issue,
    keys_dir,
    load_p12,
)

PASS = "correct horse battery"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KeyStore:
    ks = KeyStore.for_data_dir(tmp_path_factory.mktemp("data"))
    ks.create_self_signed("王建国", "WJ-001", "区卫生健康局", PASS)
    return ks


@pytest.fixture(scope="module")
def ca_p12() -> bytes:
    return create_ca("江阴市卫生健康局 CA", "ca passphrase")


def test_key_store_lives_in_the_data_directory(tmp_path: Path) -> None:
    assert keys_dir(tmp_path) == DataPaths(tmp_path).root / "keys"
    assert KeyStore.for_data_dir(tmp_path).root == tmp_path / "keys"


def test_self_signed_key_certificate_and_trust(store: KeyStore) -> None:
    [info] = store.list()
    assert info.label == "WJ-001" and info.badge == "WJ-001" and not info.is_ca
    cert = store.certificate("WJ-001")
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "王建国"
    assert cert.subject.get_attributes_for_oid(
        NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value == "区卫生健康局"
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc) / timedelta(days=365)
    assert 4.99 < years < 5.01
    assert abs(info.not_after - datetime.now(UTC) - timedelta(days=5 * 365 + 1)) < timedelta(
        days=1)
    # creating a key trusts its certificate locally
    assert cert in store.trusted_certs()
    assert (store.root / "WJ-001.p12").stat().st_mode & 0o077 == 0


def test_stored_key_uses_strong_kdf(store: KeyStore) -> None:
    pfx = pkcs12.Pfx.load((store.root / "WJ-001.p12").read_bytes())
    assert pfx["mac_data"]["iterations"].native >= 1_200_000  # MAC: no cheap guessing
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    safe = pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    kdf_counts, ciphers = [], []

    def pbes2(alg: object) -> None:
        assert alg["algorithm"].native == "pbes2"  # type: ignore[index]
        params = alg["parameters"]  # type: ignore[index]
        kdf_counts.append(params["key_derivation_func"]["parameters"]["iteration_count"].native)
        ciphers.append(params["encryption_scheme"]["algorithm"].native)

    for info in safe:
        if info["content_type"].native == "encrypted_data":  # the certificate bag
            pbes2(info["content"]["encrypted_content_info"]["content_encryption_algorithm"])
        else:
            bags = pkcs12.SafeContents.load(info["content"].native)
            for bag in bags:
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    pbes2(bag["bag_value"]["encryption_algorithm"])
    assert kdf_counts and min(kdf_counts) >= 600_000 == KDF_ROUNDS
    assert set(ciphers) == {"aes256_cbc"}
    assert isinstance(safe[0], cms.ContentInfo)


def test_wrong_passphrase_is_a_clear_error(store: KeyStore) -> None:
    before = sorted(p.name for p in store.root.rglob("*"))
    with pytest.raises(PassphraseError, match="wrong passphrase for key 'WJ-001'"):
        store.load_signer("WJ-001", "not the passphrase")
    with pytest.raises(PassphraseError):
        store.load_signer("WJ-001", "")
    assert sorted(p.name for p in store.root.rglob("*")) == before
    signer = store.load_signer("WJ-001", PASS)
    assert signer.signing_cert.subject.native["common_name"] == "王建国"


def test_refusals(store: KeyStore, tmp_path: Path) -> None:
    with pytest.raises(PkiError, match="already exists"):
        store.create_self_signed("王建国", "WJ-001", "区卫生健康局", PASS)
    with pytest.raises(PkiError, match="invalid key label"):
        store.load_signer("../evil", PASS)
    with pytest.raises(PkiError, match="no key labelled"):
        store.load_signer("nobody", PASS)
    with pytest.raises(PkiError, match="not a certificate"):
        store.trust(b"-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----\n")
    with pytest.raises(PassphraseError):
        load_p12(b"not a pkcs12 file", PASS)
    assert KeyStore(tmp_path / "none").list() == []
    assert KeyStore(tmp_path / "none").trusted_certs() == []


def test_ca_issues_inspector_certificates(ca_p12: bytes, tmp_path: Path) -> None:
    ca_cert = ca_certificate(ca_p12, "ca passphrase")
    assert ca_cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    p12 = issue(ca_p12, "ca passphrase", "刘洋", "XF-002", "消防救援大队", "inspector pass")
    _key, cert, chain = load_p12(p12, "inspector pass")
    assert cert.issuer == ca_cert.subject and chain == [ca_cert]
    cert.verify_directly_issued_by(ca_cert)

    with pytest.raises(PassphraseError):
        issue(ca_p12, "wrong", "刘洋", "XF-002", "消防救援大队", "inspector pass")
    with pytest.raises(PkiError, match="not a CA"):
        issue(p12, "inspector pass", "X", "Y", "Z", "inspector pass")

    ks = KeyStore(tmp_path / "keys")
    info = ks.import_p12(p12, "inspector pass", "liu")
    assert info.badge == "XF-002" and [k.label for k in ks.list()] == ["liu"]
    assert ks.trusted_certs() == []  # importing trusts nothing; the CA is trusted explicitly
    ks.trust(ca_cert.public_bytes(serialization.Encoding.PEM))
    assert ks.trusted_certs() == [ca_cert]
    assert ks.load_signer("liu", "inspector pass").signing_cert.issuer.native[
        "common_name"] == "江阴市卫生健康局 CA"
    with pytest.raises(PassphraseError):
        ks.import_p12(p12, "wrong", "liu2")
    assert not ks.exists("liu2")
