"""Pinyin order and pinyin search of Chinese names, and the keys stored with every
facility row whoever writes it: the services, the sheet importer, the bundle importer
and the migration that fills the rows already there."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import sqlalchemy as sa

from inspector.credit_code import make_credit_code
from inspector.inspection_records import InspectionFilter
from inspector.pinyin import is_pinyin_query, matches, query_key, search_key, sort_key
from inspector.storage import models as m
from inspector.storage.migrate import upgrade
from inspector.workspace import Workspace

from .conftest import ACTOR, INSPECTION_DAY, facility_input

TOWNSHIPS = ["云亭街道", "华士镇", "南闸街道", "徐霞客镇", "澄江街道", "长泾镇", "月城镇"]


def test_names_sort_by_pinyin_not_by_code_point() -> None:
    assert sorted(["云亭", "华士", "南闸"]) == ["云亭", "华士", "南闸"]  # code points
    assert sorted(["云亭", "华士", "南闸"], key=sort_key) == ["华士", "南闸", "云亭"]
    assert sorted(TOWNSHIPS, key=sort_key) == [
        "长泾镇", "澄江街道", "华士镇", "南闸街道", "徐霞客镇", "月城镇", "云亭街道"]
    # syllable by syllable, as a dictionary: 徐霞客 xu xia ke before 宣 xuan
    assert sort_key("徐霞客") < sort_key("宣")
    assert sort_key("华士") < sort_key("华士镇") and sort_key("") < sort_key("阿")
    assert sort_key("ABC托育") < sort_key("abd")  # latin letters case-insensitively


def test_search_by_pinyin_and_initials() -> None:
    name = ["江阴市小星星托育园"]
    for query in ("xxx", "xiaoxing", "Xiao Xing", "XXX", "jysxxx", "小星星", "星星"):
        assert matches(query, name), query
    for query in ("xyz", "xiaoyue", "大星星"):
        assert not matches(query, name), query
    assert matches("cjz", ["长泾镇"]) and matches("changjing", ["长泾镇"])
    assert matches("zjz", ["长泾镇"])  # the other reading of 长 is found too
    assert "xiaoxingxing" in search_key("小星星") and "xxx" in search_key("小星星")
    assert query_key("Xi'an  Lu") == "xianlu"
    assert not is_pinyin_query("320281") and not is_pinyin_query("小星") \
        and is_pinyin_query("xx")


def _facility(ws: Workspace, n: int, name: str, township: str) -> uuid.UUID:
    code = make_credit_code(f"913202810000{n:05d}")
    return uuid.UUID(ws.facilities.create(
        facility_input(name=name, township=township, credit_code=code), ACTOR))


def test_every_write_stores_the_keys_and_lists_use_them(ws: Workspace,
                                                       team: list[uuid.UUID]) -> None:
    star = _facility(ws, 1, "江阴市小星星托育园", "云亭街道")
    _facility(ws, 2, "江阴市阳光托育中心", "华士镇")
    _facility(ws, 3, "江阴市贝贝乐托育服务有限公司", "南闸街道")
    with ws.db.read() as s:
        row = s.get(m.Facility, star)
        assert row.sort_name == sort_key("江阴市小星星托育园")
        assert row.sort_township == sort_key("云亭街道")
        assert "xxx" in row.search_pinyin and "yuntingjiedao" in row.search_pinyin
    assert ws.facilities.townships() == ["华士镇", "南闸街道", "云亭街道"]
    assert [f.township for f in ws.facilities.list()] == ["华士镇", "南闸街道", "云亭街道"]
    assert [f.name for f in ws.facilities.list("xxx")] == ["江阴市小星星托育园"]
    assert [f.name for f in ws.facilities.list("hsz")] == ["江阴市阳光托育中心"]
    assert ws.facilities.list("100%") == []  # LIKE wildcards are text

    # An edit recomputes the keys; the audit log records the edit, not the keys.
    ws.facilities.update(star, facility_input(
        name="江阴市大太阳托育园", township="月城镇",
        credit_code=make_credit_code("91320281000000001")), ACTOR)
    with ws.db.read() as s:
        row = s.get(m.Facility, star)
        assert row.sort_name == sort_key("江阴市大太阳托育园") and "dty" in row.search_pinyin
        audited = [e.changes for e in s.scalars(sa.select(m.AuditEntry).where(
            m.AuditEntry.entity == "facility"))]
    assert audited and all(not {"sort_name", "sort_township", "search_pinyin"} & set(c)
                           for c in audited)
    assert ws.facilities.list("xxx") == []

    # The inspection list: text filter by pinyin (SQL), sorted by facility and township.
    ids = {}
    for f in ws.facilities.list():
        ids[f.name] = ws.inspections.start(uuid.UUID(f.id), "routine", INSPECTION_DAY,
                                           team, ACTOR, checklist_ids=["fire-safety"])
    found = ws.inspections.query(InspectionFilter(text="dty"))
    assert [s.facility for s in found] == ["江阴市大太阳托育园"]
    assert ws.inspections.count(InspectionFilter(text="yangguang")) == 1
    by_township = ws.inspections.query(order_by="township", descending=False)
    assert [s.township for s in by_township] == ["华士镇", "南闸街道", "月城镇"]
    by_name = ws.inspections.query(order_by="facility", descending=False)
    assert [s.facility for s in by_name] == [
        "江阴市贝贝乐托育服务有限公司", "江阴市大太阳托育园", "江阴市阳光托育中心"]


def test_the_sheet_importer_stores_the_keys(ws: Workspace, tmp_path: Path) -> None:
    from inspector.facility_records import FACILITY_COLUMNS

    sheet = tmp_path / "facilities.csv"
    values = ["江阴市小星星托育园", make_credit_code("91320281000000007"), "江阴市某路1号",
              "江阴市", "南闸街道", "营利性", "独立托育机构", "全日托", "60", "是", "是",
              "已备案", "苏澄托备2024001", "周婷", "", "13812345678"]
    sheet.write_text(",".join(FACILITY_COLUMNS) + "\n" + ",".join(values) + "\n",
                     encoding="utf-8-sig")
    report = ws.facilities.import_sheet(sheet, ACTOR)
    assert not report.refused and report.added == ["江阴市小星星托育园"]
    [f] = ws.facilities.list("xxx")
    assert f.sort_township == sort_key("南闸街道")


def test_the_bundle_importer_stores_the_keys_and_bundles_carry_none(tmp_path: Path) -> None:
    from inspector.sync import records

    from .sync_kit import Office, laptop

    office = Office.create(["WJ-001"])
    a, b = laptop(tmp_path, "a", office, "WJ-001"), laptop(tmp_path, "b", office, "WJ-001")
    fid = uuid.UUID(a.ws.facilities.create(facility_input(name="江阴市小星星托育园"),
                                           a.actor))
    with a.ws.db.read() as s:
        dumped = records.dump_facility(s.get(m.Facility, fid))
    assert not {"sort_name", "sort_township", "search_pinyin"} & set(dumped)
    b.take(a.export())
    [f] = b.ws.facilities.list("xxx")
    assert f.id == str(fid) and f.sort_name == sort_key("江阴市小星星托育园")
    for side in (a, b):
        side.ws.close()


def test_the_migration_fills_the_rows_already_there(tmp_path: Path) -> None:
    db = tmp_path / "inspector.db"
    upgrade(db, revision="0005")
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO facility (id, name, credit_code, address, district, township, "
        "registration_kind, facility_type, service_modes, capacity, takes_under_2, "
        "serves_meals, filing_status, representative, contact_phone, created_at, "
        "updated_at) VALUES (?, '江阴市小星星托育园', '91320281MA1XK7PR34', '地址', '江阴市', "
        "'华士镇', 'for_profit', 'standalone', '[]', 10, 1, 1, 'filed', '周婷', '1', "
        "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
        (uuid.uuid4().hex,))
    con.commit()
    con.close()
    upgrade(db)
    con = sqlite3.connect(db)
    [(name_key, township_key, search)] = con.execute(
        "SELECT sort_name, sort_township, search_pinyin FROM facility").fetchall()
    con.close()
    assert name_key == sort_key("江阴市小星星托育园")
    assert township_key == sort_key("华士镇")
    assert "xxx" in search and "huashizhen" in search
    assert [r[0] for r in sqlite3.connect(db).execute(
        "SELECT COUNT(*) FROM audit_log")] == [0]  # deriving keys is no change to a record


def test_inspectors_are_listed_by_pinyin(ws) -> None:
    from .conftest import ACTOR

    for name, badge in (("赵磊", "Z-1"), ("王建国", "W-1"), ("陈静", "C-1"), ("刘洋", "L-1")):
        ws.inspectors.create(name, "区卫生健康局", badge, ACTOR)
    assert [p.name for p in ws.inspectors.list()] == ["陈静", "刘洋", "王建国", "赵磊"]
