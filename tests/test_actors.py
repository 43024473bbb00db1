"""Certificate subjects, audit-log actors and reasons taken apart for the screens."""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from inspector.actors import parse_actor, parse_reason, subject_label, subject_person

FOLLOWUP = "01a23c75-4b18-7fac-9883-483c8e20d93b"


def test_a_certificate_subject_is_the_person_and_badge() -> None:
    name = x509.Name([x509.NameAttribute(NameOID.SERIAL_NUMBER, "WJ-001"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "卫健局, 一科"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "王+建国")])
    for subject in (name.rfc4514_string(),  # 2.5.4.5=..., as the issued documents keep it
                    name.rfc4514_string({NameOID.SERIAL_NUMBER: "serialNumber"})):
        person = subject_person(subject)
        assert (person.name, person.badge, person.department) == ("王+建国", "WJ-001",
                                                                  "卫健局, 一科")
        assert subject_label(subject) == "王+建国 (WJ-001)"
    assert subject_label("2.5.4.5=WJ-001,OU=区卫生健康局,CN=王建国") == "王建国 (WJ-001)"
    assert subject_label("王建国") == "王建国" and subject_label(None) == ""


def test_actors_and_reasons() -> None:
    assert parse_actor("王建国 (WJ-001)").kind == "person"
    assert parse_actor("desktop user").kind == "desktop"
    assert (parse_actor("cli: report").kind, parse_actor("cli: report").name) == (
        "command", "report")
    imported = parse_actor("王建国 (WJ-001) — import from 2.5.4.5=XF-002,CN=刘洋")
    assert imported.kind == "import" and imported.name == "刘洋 (XF-002)"
    assert imported.by is not None and imported.by.name == "王建国 (WJ-001)"
    assert parse_actor("test").kind == "other"
    assert parse_reason("amendment: 数量有误").text == "数量有误"
    assert parse_reason(f"follow-up {FOLLOWUP}").ref == FOLLOWUP
    assert parse_reason("bundle 123").kind == "import"
    assert parse_reason(f"sync conflict {FOLLOWUP} resolved").kind == "conflict"
    assert parse_reason(None) is None and parse_reason("odd").kind == "other"
