"""The fixed texts of the report and the notice, in both languages, as data.

``label(key, lang)`` gives the Chinese text, the English one, or for ``both``
"中文 / English". Value labels (kinds, verdicts, severities...) are looked up with
``value_label(group, value, lang)``.
"""

from __future__ import annotations

import functools

LANGS = ("zh", "en", "both")

LABELS: dict[str, dict[str, str]] = {
    "report_title": {"zh": "托育机构安全卫生检查记录",
                     "en": "Childcare Facility Safety and Hygiene Inspection Report"},
    "notice_title": {"zh": "整改通知书", "en": "Rectification Notice"},
    "report_number": {"zh": "编号", "en": "Report no."},
    "issuer": {"zh": "检查单位", "en": "Issued by"},
    "facility": {"zh": "被检查机构", "en": "Facility"},
    "name": {"zh": "机构名称", "en": "Name"},
    "credit_code": {"zh": "统一社会信用代码", "en": "Unified social credit code"},
    "address": {"zh": "地址", "en": "Address"},
    "township": {"zh": "乡镇（街道）", "en": "Township / street"},
    "facility_type": {"zh": "机构类型", "en": "Facility type"},
    "registration_kind": {"zh": "登记类型", "en": "Registration"},
    "service_modes": {"zh": "服务形式", "en": "Service modes"},
    "capacity": {"zh": "托位数", "en": "Capacity (places)"},
    "representative": {"zh": "负责人", "en": "Person in charge"},
    "contact_phone": {"zh": "联系电话", "en": "Phone"},
    "filing": {"zh": "备案", "en": "Filing"},
    "inspection": {"zh": "检查情况", "en": "Inspection"},
    "kind": {"zh": "检查类型", "en": "Kind"},
    "date": {"zh": "检查日期", "en": "Date"},
    "completed_at": {"zh": "完成时间", "en": "Completed"},
    "signed_at": {"zh": "签署时间", "en": "Signed"},
    "status": {"zh": "状态", "en": "Status"},
    "team": {"zh": "检查人员（执法证号）", "en": "Inspectors (badge no.)"},
    "lead": {"zh": "组长", "en": "lead"},
    "result": {"zh": "检查结论", "en": "Result"},
    "verdict": {"zh": "结论", "en": "Verdict"},
    "score": {"zh": "得分", "en": "Score"},
    "no_verdict": {"zh": "未评定", "en": "Not rated"},
    "counts": {"zh": "统计", "en": "Counts"},
    "applicable": {"zh": "适用项", "en": "applicable"},
    "answered": {"zh": "已检查", "en": "checked"},
    "passed": {"zh": "符合", "en": "passed"},
    "failed": {"zh": "不符合", "en": "failed"},
    "not_applicable": {"zh": "不适用", "en": "N/A"},
    "failed_by_severity": {"zh": "不符合项按严重程度", "en": "Failures by severity"},
    "findings": {"zh": "发现的问题及整改要求", "en": "Findings and required actions"},
    "no_findings": {"zh": "未发现需要整改的问题。", "en": "No findings requiring rectification."},
    "no": {"zh": "序号", "en": "No."},
    "item": {"zh": "检查项目", "en": "Item"},
    "severity": {"zh": "严重程度", "en": "Severity"},
    "description": {"zh": "问题描述", "en": "Description"},
    "required_action": {"zh": "整改要求", "en": "Required action"},
    "deadline": {"zh": "整改期限", "en": "Deadline"},
    "clause": {"zh": "违反条款", "en": "Clause breached"},
    "answers": {"zh": "检查记录明细", "en": "Answers by checklist"},
    "answer": {"zh": "检查情况", "en": "Answer"},
    "basis": {"zh": "依据", "en": "Basis"},
    "note": {"zh": "备注", "en": "Note"},
    "reason": {"zh": "不符合原因", "en": "Why it fails"},
    "unanswered": {"zh": "未检查", "en": "not checked"},
    "na_facility": {"zh": "不适用（机构条件）", "en": "N/A (facility)"},
    "photo": {"zh": "照片", "en": "Photo"},
    "signatures": {"zh": "签名", "en": "Signatures"},
    "inspector_sig": {"zh": "检查人员", "en": "Inspector"},
    "representative_sig": {"zh": "机构负责人", "en": "Facility representative"},
    "signer_role": {"zh": "身份", "en": "Role"},
    "signer": {"zh": "签名人", "en": "Signer"},
    "signature": {"zh": "签名", "en": "Signature"},
    "signed_on": {"zh": "签名时间", "en": "Signed at"},
    "not_signed": {"zh": "（尚未签名）", "en": "(not signed yet)"},
    "superseded": {"zh": "已被替换的签名", "en": "Superseded signatures"},
    "amendments": {"zh": "更正记录", "en": "Amendments"},
    "page": {"zh": "第 {page} 页 共 {pages} 页", "en": "Page {page} of {pages}"},
    "qr_hint": {"zh": "二维码含编号及数据摘要", "en": "QR: report no. and data hash"},
    "draft_mark": {"zh": "草稿 · 未签署，非正式文书",
                   "en": "DRAFT · not signed, not an official document"},
    "copy_mark": {"zh": "副本 · 无电子签名，非签发文书",
                  "en": "COPY · not digitally signed, not an issued document"},
    "data_hash": {"zh": "数据摘要", "en": "Data hash"},
    # notice
    "notice_intro": {
        "zh": "经{date}检查，你单位存在下列问题，现责令你单位按以下要求限期整改。"
              "整改完成后请将整改情况书面报告检查单位，逾期未整改或整改不到位的，将依法依规处理。",
        "en": "The inspection on {date} found the problems listed below. The facility is "
              "required to rectify each of them by its deadline and to report the "
              "rectification in writing to the issuing department. Failure to rectify in "
              "time will be dealt with according to law.",
    },
    "to": {"zh": "致", "en": "To"},
    "followup": {"zh": "复查安排", "en": "Follow-up"},
    "followup_text": {
        "zh": "检查单位将于最迟整改期限（{last}）后安排复查，核实各项问题整改情况；"
              "复查时请提供整改记录及照片等证明材料。",
        "en": "The issuing department will re-inspect after the last deadline ({last}) to "
              "verify each rectification; please keep records and photos of the work done "
              "as evidence.",
    },
    "issuer_sign": {"zh": "检查单位（盖章）", "en": "Issuing department (seal)"},
    "receipt": {"zh": "签收", "en": "Receipt"},
    "receipt_text": {
        "zh": "本通知书已收到。被检查机构负责人（签名）：",
        "en": "I have received this notice. Facility representative (signature):",
    },
    "receipt_date": {"zh": "签收日期", "en": "Date received"},
    "reference": {"zh": "参考", "en": "Reference"},
    "photo_missing": {"zh": "（照片文件缺失）", "en": "(photo file missing)"},
}

VALUES: dict[str, dict[str, dict[str, str]]] = {
    "kind": {
        "routine": {"zh": "日常检查", "en": "Routine"},
        "special": {"zh": "专项检查", "en": "Special"},
        "complaint": {"zh": "投诉核查", "en": "Complaint"},
        "followup": {"zh": "复查", "en": "Follow-up"},
        "joint": {"zh": "联合检查", "en": "Joint"},
    },
    "status": {
        "draft": {"zh": "草稿", "en": "Draft"},
        "completed": {"zh": "已完成（未签名）", "en": "Completed (unsigned)"},
        "signed": {"zh": "已签名", "en": "Signed"},
    },
    "verdict": {
        "pass": {"zh": "合格", "en": "Pass"},
        "basic_pass": {"zh": "基本合格", "en": "Basically compliant"},
        "fail": {"zh": "不合格", "en": "Fail"},
    },
    "severity": {
        "critical": {"zh": "否决项", "en": "Critical"},
        "major": {"zh": "重要", "en": "Major"},
        "minor": {"zh": "一般", "en": "Minor"},
    },
    "result": {
        "pass": {"zh": "符合", "en": "Pass"},
        "fail": {"zh": "不符合", "en": "Fail"},
        "na": {"zh": "不适用", "en": "N/A"},
    },
    "yes_no": {"yes": {"zh": "是", "en": "Yes"}, "no": {"zh": "否", "en": "No"}},
    "facility_type": {
        "standalone": {"zh": "独立托育机构", "en": "Standalone nursery"},
        "kindergarten": {"zh": "幼儿园托班", "en": "Kindergarten nursery class"},
        "workplace": {"zh": "用人单位", "en": "Workplace nursery"},
        "community": {"zh": "社区", "en": "Community nursery"},
    },
    "registration_kind": {
        "for_profit": {"zh": "营利性", "en": "For-profit"},
        "non_profit": {"zh": "非营利性", "en": "Non-profit"},
    },
    "service_mode": {
        "full_day": {"zh": "全日托", "en": "full day"},
        "half_day": {"zh": "半日托", "en": "half day"},
        "hourly": {"zh": "计时托", "en": "hourly"},
        "temporary": {"zh": "临时托", "en": "temporary"},
    },
    "filing_status": {
        "filed": {"zh": "已备案", "en": "Filed"},
        "pending": {"zh": "备案中", "en": "Pending"},
        "not_filed": {"zh": "未备案", "en": "Not filed"},
    },
    "finding_status": {
        "open": {"zh": "待整改", "en": "Open"},
        "rectified": {"zh": "已整改", "en": "Rectified"},
        "not_rectified": {"zh": "未整改", "en": "Not rectified"},
        "withdrawn": {"zh": "已撤销", "en": "Withdrawn"},
    },
}


def pick(texts: dict[str, str], lang: str, sep: str = " / ") -> str:
    """One bilingual text in ``lang``; ``both`` joins Chinese and English."""
    if lang == "both":
        zh, en = texts.get("zh", ""), texts.get("en", "")
        return zh if zh == en or not en else f"{zh}{sep}{en}"
    return texts.get(lang) or texts.get("zh", "")


def label(key: str, lang: str, sep: str = " / ", **fmt: object) -> str:
    texts = LABELS[key]
    if fmt:
        texts = {k: v.format(**fmt) for k, v in texts.items()}
    return pick(texts, lang, sep)


def value_label(group: str, value: str | None, lang: str, sep: str = " / ") -> str:
    if value is None:
        return "—"
    texts = VALUES[group].get(value)
    return pick(texts, lang, sep) if texts else value


@functools.cache
def _source_titles() -> dict[str, str]:
    from inspector.checklists.sources import load_sources

    return {doc_id: doc.title for doc_id, doc in load_sources().items()}


def source_title(source_id: str) -> str:
    """A seed document as the reader knows it: 《title》 (its short id if unknown)."""
    title = _source_titles().get(source_id)
    return f"《{title}》" if title else source_id
