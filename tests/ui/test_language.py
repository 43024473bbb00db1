"""One language at a time, and local time, through real widgets: Qt's own dialogs in
Chinese, a History tab with nothing a person cannot read (no ids, ISO times, table or
column names, codes, certificate subjects), and Chinese names sorted and found by
pinyin (facility list, Ctrl+F, the start dialog's picker, the inspection list)."""

from __future__ import annotations

import io
import re
import time
import uuid
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from inspector.credit_code import make_credit_code
from inspector.pki import KeyStore
from inspector.ui.app import install_translator, remove_translators
from inspector.ui.context import AppContext
from inspector.ui.facilities_page import COLUMNS as FACILITY_COLUMNS
from inspector.ui.facilities_page import FacilitiesPage
from inspector.ui.history import HistoryPage
from inspector.ui.inspection_list import COLUMN_KEYS
from inspector.ui.main_window import MainWindow
from inspector.ui.start_dialog import StartInspectionDialog

from ..conftest import ACTOR, INSPECTION_DAY, facility_input, signatures_for
from ..test_inspections import _answer_all

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
RAW_WORDS = re.compile(
    r"issued_document|inspection_member|answer_row|finding_check|report_number|"
    r"signer_role|signer_title|superseded_at|closed_at|created_by|checklist_versions|"
    r"inspector_id|facility_id|facility_representative|\broutine\b|\bsigned\b|\bdraft\b|"
    r"\breport\b|2\.5\.4\.5=|CN=|\bactor\b|\bzh\b")


@pytest.fixture
def chinese(ctx: AppContext, qapp) -> Iterator[AppContext]:
    """The UI in Chinese, as an inspector runs it, on a computer set to China time."""
    import os

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    ctx.language = "zh"
    assert install_translator(qapp, "zh")
    yield ctx
    remove_translators(qapp)
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def test_qt_dialogs_are_in_chinese(chinese: AppContext, qtbot) -> None:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    qtbot.addWidget(dialog)
    labels = _labels(dialog)
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert "文件名称(&N)：" in labels
    assert not [t for t in labels if re.search(r"[A-Za-z]{3,}", t)], labels

    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter

    printer = QPrinter()
    for qt_dialog in (QPrintDialog(printer), QPageSetupDialog(printer)):
        qtbot.addWidget(qt_dialog)
        words = [t for t in _labels(qt_dialog) if not re.search(r"\d|/", t)]  # sizes, paths
        assert words and not [t for t in words if re.search(r"[A-Za-z]{3,}", t)], words

    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["是(&Y)", "否(&N)", "取消"])
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Close)
    assert {b.text() for b in buttons.buttons()} == {"确定", "关闭"}
    edit = QLineEdit("文字")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "复制(&C)" in words and "粘贴(&P)" in words
    assert not [w for w in words if re.search(r"[A-Za-z]{3,}", w)], words
    menu.deleteLater()

    # The app's own messages of other contexts are not taken for Qt's.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Nowhere", "&Unknown label:") == "&Unknown label:"


def _png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (200, 80), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 60), (190, 20)], fill="black", width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_history_of_a_signed_issued_and_amended_inspection_reads_as_words(
        chinese: AppContext, team: list[uuid.UUID], facility_id: uuid.UUID, qtbot) -> None:
    from inspector.issuing import issue

    ws = chinese.workspace
    iid = ws.inspections.start(facility_id, "routine", INSPECTION_DAY, team, ACTOR,
                               checklist_ids=["fire-safety"])
    _answer_all(ws, iid)
    ws.inspections.complete(iid, ACTOR)
    signatures = signatures_for(team)
    ws.inspections.sign(iid, signatures, ACTOR)
    keys = KeyStore.for_data_dir(ws.paths.root)
    label = KeyStore.default_label("WJ-001")
    keys.create_self_signed("王建国", "WJ-001", "区卫生健康局", "passphrase-123", label=label)
    issue(ws, iid, "report", "zh", ACTOR, keys.load_signer(label, "passphrase-123"),
          keys.certificate(label).subject.rfc4514_string())
    ws.inspections.amend(iid, "灭火器数量记录有误", ACTOR)
    first = next(k for k, a in ws.inspections.detail(iid).answers.items() if not a.rows)
    ws.inspections.set_note(iid, first[0], first[1], "复核后补充", ACTOR)
    ws.inspections.complete(iid, ACTOR)
    ws.inspections.sign(iid, signatures, ACTOR)

    page = HistoryPage(chinese, str(iid))
    qtbot.addWidget(page)
    page.refresh()
    tree = page.tree
    rows = [[tree.topLevelItem(r).text(c) for c in range(5)]
            for r in range(tree.topLevelItemCount())]
    assert len(rows) == len(ws.inspections.history(iid)) > 40
    text = "\n".join("\t".join(r) for r in rows)
    assert not UUID.search(text), UUID.search(text)
    assert not ISO_TIME.search(text), ISO_TIME.search(text)
    assert not RAW_WORDS.search(text), RAW_WORDS.search(text)
    for r in range(tree.topLevelItemCount()):  # nor in the full text of a tooltip
        tip = tree.topLevelItem(r).toolTip(3)
        assert not UUID.search(tip) and not ISO_TIME.search(tip)

    document = next(r for r in rows if r[2].startswith("出具文书"))
    assert "检查记录 JC-2026-00001" in document[2]
    assert "数字签名人: 王建国 (WJ-001)" in document[3] and "语言: 中文" in document[3]
    members = [r for r in rows if r[2].startswith("检查组 新增")]
    assert {m[2].split("\n")[1] for m in members} == {"王建国 (WJ-001)", "刘洋 (XF-002)"}
    assert any("身份: 组长" in m[3] for m in members)
    amended = [r for r in rows if r[4] == "更正：灭火器数量记录有误"]
    assert any(r[3].startswith("状态: 已签署 → 草稿") for r in amended)
    started = rows[-1]
    assert started[2] == "检查记录 新增" and "检查类型: 日常检查" in started[3]
    assert "机构: 江阴市测试托育中心" in started[3] and "消防安全与疏散 v1.1" in started[3]
    row = next(r for r in rows if "表格内容" in r[3])  # a repeat group's row: its columns
    assert "{" not in row[3] and "'" not in row[3]
    # The time a person reads is China time (the computer's), to the second.
    newest = ws.inspections.history(iid)[0].at.astimezone(ZoneInfo("Asia/Shanghai"))
    assert rows[0][0] == newest.strftime("%Y-%m-%d %H:%M:%S")


# --------------------------------------------------------------------------- pinyin


@pytest.fixture
def towns(ctx: AppContext, team: list[uuid.UUID]) -> dict[str, str]:
    """Three facilities in three townships (code-point order 云亭 < 华士 < 南闸), one
    inspection each: {name: inspection id}."""
    ws = ctx.workspace
    ids = {}
    for n, (name, township) in enumerate((("江阴市小星星托育园", "云亭街道"),
                                          ("江阴市阳光托育中心", "华士镇"),
                                          ("江阴市贝贝乐托育服务有限公司", "南闸街道"))):
        fid = ws.facilities.create(facility_input(
            name=name, township=township,
            credit_code=make_credit_code(f"91320281000000{n:03d}")), ACTOR)
        ids[name] = str(ws.inspections.start(uuid.UUID(fid), "routine", INSPECTION_DAY, team,
                                             ACTOR, checklist_ids=["fire-safety"]))
    return ids


def test_facility_list_sorts_and_searches_by_pinyin(ctx: AppContext, towns: dict[str, str],
                                                   qtbot) -> None:
    page = FacilitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.sortByColumn(FACILITY_COLUMNS.index("township"), Qt.SortOrder.AscendingOrder)
    assert [f.township for f in page.visible_facilities()] == ["华士镇", "南闸街道", "云亭街道"]
    page.table.sortByColumn(FACILITY_COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert [f.name for f in page.visible_facilities()] == [
        "江阴市贝贝乐托育服务有限公司", "江阴市小星星托育园", "江阴市阳光托育中心"]
    qtbot.keyClicks(page.search, "xxx")
    assert [f.name for f in page.visible_facilities()] == ["江阴市小星星托育园"]
    page.search.clear()
    qtbot.keyClicks(page.search, "xiaoxing")
    assert [f.name for f in page.visible_facilities()] == ["江阴市小星星托育园"]
    page.search.clear()
    qtbot.keyClicks(page.search, "hszq")  # no name or township spells this
    assert page.visible_facilities() == []
    page.search.clear()
    qtbot.keyClicks(page.search, "hsz")
    assert [f.name for f in page.visible_facilities()] == ["江阴市阳光托育中心"]


def test_ctrl_f_and_the_inspection_list_use_pinyin(ctx: AppContext, towns: dict[str, str],
                                                   qtbot, stray_windows) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.list_page.model
    view = window.list_page.view
    view.sortByColumn(COLUMN_KEYS.index("township"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.summary(0) is not None
                    and model.summary(0).township == "华士镇")
    assert [model.summary(r).township for r in range(3)] == ["华士镇", "南闸街道", "云亭街道"]
    view.sortByColumn(COLUMN_KEYS.index("facility"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.summary(0).facility == "江阴市阳光托育中心")
    assert [model.summary(r).facility for r in range(3)] == [
        "江阴市阳光托育中心", "江阴市小星星托育园", "江阴市贝贝乐托育服务有限公司"]

    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.hasFocus())
    qtbot.keyClicks(window.search, "xxx")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.summary(0).id == towns["江阴市小星星托育园"]
    assert "1 inspection(s)" in window.match_label.text()
    window.search.clear()
    qtbot.keyClicks(window.search, "beibeile")
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.summary(0).id == towns["江阴市贝贝乐托育服务有限公司"],
                    timeout=3000)


def test_the_start_dialogs_picker_is_in_pinyin_order_and_completes_pinyin(
        ctx: AppContext, towns: dict[str, str], qtbot) -> None:
    dialog = StartInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.facility
    assert [combo.itemText(i).split(" — ")[0] for i in range(combo.count())] == [
        "江阴市贝贝乐托育服务有限公司", "江阴市小星星托育园", "江阴市阳光托育中心"]
    completer = combo.completer()
    combo.lineEdit().setFocus()
    qtbot.keyClicks(combo.lineEdit(), "xxx")
    assert completer.completionCount() == 1
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(0, 0)
    assert index.data() == "江阴市小星星托育园 — 云亭街道"  # the name, not its pinyin
    popup.setCurrentIndex(index)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.selected_facility() is not None)
    assert dialog.selected_facility().name == "江阴市小星星托育园"
    assert combo.lineEdit().text() == "江阴市小星星托育园 — 云亭街道"
    QApplication.processEvents()
