<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a signed inspection</source>
        <translation>更正已签署的检查记录</translation>
    </message>
    <message>
        <source>A signed record is never changed silently. Say why it must be corrected: the reason is kept in the audit log and shown on the record. The earlier signatures stay on file, marked as superseded; the corrected inspection must be completed and signed again.</source>
        <translation>已签署的检查记录不得擅自修改。请说明更正原因：原因将记入审计日志并显示在检查记录上。原有签名继续存档，并标记为已失效；更正后须重新完成检查并再次签署。</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reopen for correction</source>
        <translation>重新打开以更正</translation>
    </message>
    <message numerus="yes">
        <source>The reason needs at least %n character(s).</source>
        <translation>
            <numerusform>更正原因至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>possible: {min} to {max} {unit}</source>
        <translation>可能取值：{min}～{max}{unit}</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>，须为整数</translation>
    </message>
    <message>
        <source>type 2026-06-01, 20260601 or 2026/6/1</source>
        <translation>可输入 2026-06-01、20260601 或 2026/6/1</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>Not a usable number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>{value} is not possible: the lowest possible value is {min} {unit}</source>
        <translation>{value} 不合实际：不能小于 {min}{unit}</translation>
    </message>
    <message>
        <source>{value} is not possible: the highest possible value is {max} {unit}</source>
        <translation>{value} 不合实际：不能大于 {max}{unit}</translation>
    </message>
    <message>
        <source>{value} is not a whole number: this counts {unit}</source>
        <translation>{value} 不是整数：本项按整数计（单位：{unit}）</translation>
    </message>
    <message>
        <source>“{value}” is not a complete date; {forms}</source>
        <translation>“{value}”不是完整的日期；{forms}</translation>
    </message>
    <message>
        <source>{value} is before {earliest}: check the year</source>
        <translation>{value} 早于 {earliest}，请检查年份</translation>
    </message>
    <message>
        <source>{value} is after the inspection date {inspection_date}</source>
        <translation>{value} 晚于检查日期 {inspection_date}</translation>
    </message>
    <message>
        <source>Longer than {max} characters</source>
        <translation>超过 {max} 个字符</translation>
    </message>
    <message>
        <source>The answer was not accepted: {reason}</source>
        <translation>作答未被接受：{reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation>托育机构安全卫生检查</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>The data folder {path} is not a safe place for the database, so the app does not use it. Nothing was changed.

{reason}</source>
        <translation>数据目录 {path} 不适合存放数据库，程序不会使用该目录，未作任何更改。

{reason}</translation>
    </message>
    <message>
        <source>The data in {path} cannot be opened.

{reason}</source>
        <translation>无法打开 {path} 中的数据。

{reason}</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{facilities}, {inspections}, {photos}</source>
        <translation>{facilities}、{inspections}、{photos}</translation>
    </message>
    <message numerus="yes">
        <source>%n facilities</source>
        <translation>
            <numerusform>%n 家机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspections</source>
        <translation>
            <numerusform>%n 条检查记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is one file holding everything in the data folder: the database, the photos, the signing keys (still protected by their passphrases) and the settings. You can keep working while it is made. Keep backups on another disk or a USB drive.</source>
        <translation>备份文件是一个包含数据目录全部内容的文件：数据库、照片、签名密钥（仍受各自口令保护）和设置。备份期间可以继续工作。请将备份文件保存在另一块硬盘或 U 盘上。</translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation>更改文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the backup in</source>
        <translation>选择备份文件的保存位置</translation>
    </message>
    <message>
        <source>Backup saved: {path} ({size}). It holds {contents}.</source>
        <translation>备份文件已保存：{path}（{size}），其中包含{contents}。</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>未能备份：{reason}</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected inspection(s)</source>
        <translation>
            <numerusform>所选的 %n 条检查记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspections dated on or after</source>
        <translation>检查日期不早于</translation>
    </message>
    <message>
        <source>Everything: all facilities, inspectors and inspections</source>
        <translation>全部：所有机构、检查员和检查记录</translation>
    </message>
    <message>
        <source>The facilities and inspectors these inspections refer to, their photos and the originals of follow-ups go with them.</source>
        <translation>这些检查记录涉及的机构和检查员、相关照片以及复查所对应的原检查记录将一并导出。</translation>
    </message>
    <message>
        <source>The passphrase of this key</source>
        <translation>此密钥的口令</translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation>创建签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>There is no signing key in this data directory yet. A bundle must be signed: create your key first.</source>
        <translation>本数据目录还没有签名密钥。数据包必须签名：请先创建您的密钥。</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>Inspection bundles (*.zip)</source>
        <translation>检查数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Type the passphrase of your key.</source>
        <translation>请输入密钥的口令。</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已有文件夹中的文件。</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Unlocking the key and writing the bundle…</source>
        <translation>正在解锁密钥并写入数据包…</translation>
    </message>
    <message>
        <source>Wrong passphrase; nothing was exported. Try again.</source>
        <translation>口令错误，未导出任何内容。请重试。</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>数据包未写入：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条检查记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n 家机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspector(s)</source>
        <translation>
            <numerusform>%n 名检查员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {counts} ({size}) to {path}</source>
        <translation>已将 {counts}（{size}）导出到 {path}</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Choose a bundle file, or drop one on this window.</source>
        <translation>请选择数据包文件，或将其拖放到此窗口。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Accept this signer only if you know this inspector and the fingerprint matches the one they read out to you (for example over the phone).</source>
        <translation>只有在您认识这名检查员，并且指纹与对方向您口头核对的（例如通过电话）一致时，才能接受此签名人。</translation>
    </message>
    <message>
        <source>I know this inspector; &amp;trust this signer</source>
        <translation>我认识这名检查员，信任此签名人(&amp;T)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>数据包：</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>导出人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Show &amp;unchanged records</source>
        <translation>显示未变化的记录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>处理冲突(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>Inspection bundles (*.zip);;All files (*)</source>
        <translation>检查数据包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在校验 {name}…</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed: {reason}</source>
        <translation>导入失败，未作任何更改：{reason}</translation>
    </message>
    <message>
        <source>The bundle could not be checked: {reason}</source>
        <translation>无法校验数据包：{reason}</translation>
    </message>
    <message>
        <source>Nothing was changed. If you know this inspector, accept the signer below to see what the bundle holds.</source>
        <translation>未作任何更改。如果您认识这名检查员，请在下方接受该签名人，以查看数据包的内容。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>{name} (badge {badge})</source>
        <translation>{name}（执法证号 {badge}）</translation>
    </message>
    <message>
        <source>Importing would change nothing: every record in this bundle is already here.</source>
        <translation>导入不会带来任何更改：此数据包中的所有记录均已存在。</translation>
    </message>
    <message>
        <source>Importing also adds {name} to the trusted signers on this computer.</source>
        <translation>导入时还会将 {name} 添加为本机信任的签名人。</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Press Import to apply the bundle.</source>
        <translation>尚未作任何更改。点击“导入”导入此数据包。</translation>
    </message>
    <message>
        <source>Rejected records are left out; the rest is imported.</source>
        <translation>已拒绝的记录不予导入，其余记录照常导入。</translation>
    </message>
    <message>
        <source>{name} (trusted)</source>
        <translation>{name}（已信任）</translation>
    </message>
    <message>
        <source>{name} (accepted by you, not yet trusted)</source>
        <translation>{name}（您已接受，尚未信任）</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;unchanged records (%n)</source>
        <translation>
            <numerusform>显示未变化的记录（%n）(&amp;U)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>已更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 条冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>已拒绝 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变化 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n record(s): {counts}</source>
        <translation>
            <numerusform>数据包共有 %n 条记录：{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for a decision</source>
        <translation>
            <numerusform>%n 条冲突待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>新增 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>已导入：{counts}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The bundle was imported.</source>
        <translation>数据包已导入。</translation>
    </message>
    <message>
        <source>{name} is now a trusted signer on this computer.</source>
        <translation>{name} 现已成为本机信任的签名人。</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(compliant answer: {answer})</source>
        <translation>（符合要求的回答：{answer}）</translation>
    </message>
</context>
<context>
    <name>ChoiceCell</name>
    <message>
        <source>Keep mine</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
</context>
<context>
    <name>Conclude</name>
    <message>
        <source>Not judged yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <source>Needs an answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Failed: needs a photo as evidence</source>
        <translation>不符合：需附照片作为佐证材料</translation>
    </message>
    <message>
        <source>Critical failure: needs a note or a photo</source>
        <translation>一票否决项不符合：需填写备注或附照片</translation>
    </message>
    <message>
        <source>Critical item marked N.A.: needs the reason in its note</source>
        <translation>一票否决项标为不适用：需在备注中说明理由</translation>
    </message>
    <message>
        <source>Follow-up: not yet marked rectified or not rectified</source>
        <translation>复查：尚未标记为已整改或未整改</translation>
    </message>
    <message>
        <source>Too little ink for a signature: sign with your full name.</source>
        <translation>笔迹太少，不能作为签名：请签写全名。</translation>
    </message>
    <message>
        <source>The signature is too small (a dot or a short stroke): sign with your full name.</source>
        <translation>签名太小（仅一点或一短划）：请签写全名。</translation>
    </message>
    <message>
        <source>Nothing is signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message>
        <source>The signature image cannot be used.</source>
        <translation>签名图像无法使用。</translation>
    </message>
</context>
<context>
    <name>ConcludePage</name>
    <message>
        <source>Answered:</source>
        <translation>已作答：</translation>
    </message>
    <message>
        <source>Passed:</source>
        <translation>符合：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>不符合：</translation>
    </message>
    <message>
        <source>Not applicable:</source>
        <translation>不适用：</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>复查：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation>完成检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>签署(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>更正(&amp;A)…</translation>
    </message>
    <message>
        <source>Start &amp;follow-up…</source>
        <translation>开始复查(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Report and notice…</source>
        <translation>检查记录与整改通知(&amp;R)…</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>转到该项(&amp;G)</translation>
    </message>
    <message>
        <source>Cannot be completed yet</source>
        <translation>暂不能完成检查</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>不符合原因</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不符合项</translation>
    </message>
    <message>
        <source>Findings and required rectification</source>
        <translation>发现问题及整改要求</translation>
    </message>
    <message>
        <source>A failed critical item makes the verdict Fail on its own; otherwise the score decides.</source>
        <translation>一票否决项不符合即判定为不合格；否则按得分评定。</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) failed: the verdict is Fail whatever the score.</source>
        <translation>
            <numerusform>%n 个一票否决项不符合：无论得分多少，检查结论均为不合格。</numerusform>
        </translation>
    </message>
    <message>
        <source>{answered} of {applicable}</source>
        <translation>{answered} / {applicable}</translation>
    </message>
    <message>
        <source>{count} ({parts})</source>
        <translation>{count}（{parts}）</translation>
    </message>
    <message>
        <source>Follow-up of findings</source>
        <translation>问题整改复查</translation>
    </message>
    <message>
        <source>{checked} of {total} findings checked, {fixed} rectified</source>
        <translation>已复查 {checked} / {total} 项问题，{fixed} 项已整改</translation>
    </message>
    <message>
        <source>Signed on {when} — locked</source>
        <translation>已于 {when} 签署，已锁定</translation>
    </message>
    <message>
        <source>Completed on {when}; waiting for signatures</source>
        <translation>已于 {when} 完成，等待签署</translation>
    </message>
    <message>
        <source>Reopened for correction (amendment); complete and sign it again</source>
        <translation>已重新打开以更正；请重新完成检查并签署</translation>
    </message>
    <message>
        <source>Draft: not completed yet</source>
        <translation>草稿：尚未完成</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be dealt with before the inspection can be completed. Double-click one to go there.</source>
        <translation>
            <numerusform>还有 %n 个检查项需处理后才能完成检查。双击可转到该项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed items (%n)</source>
        <translation>
            <numerusform>不符合项（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed already</source>
        <translation>检查已完成</translation>
    </message>
    <message>
        <source>Signed and locked: amend it first</source>
        <translation>已签署并锁定：如需修改请先提出更正</translation>
    </message>
    <message>
        <source>Signed already</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Complete the inspection first</source>
        <translation>请先完成检查</translation>
    </message>
    <message>
        <source>Reopen the signed inspection for a correction, with a reason</source>
        <translation>说明理由后重新打开已签署的检查以便更正</translation>
    </message>
    <message>
        <source>Only a signed inspection needs an amendment</source>
        <translation>只有已签署的检查才需要提出更正</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are still open</source>
        <translation>
            <numerusform>仍有 %n 项问题待整改</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding is open</source>
        <translation>没有待整改的问题</translation>
    </message>
    <message numerus="yes">
        <source>Superseded signatures (%n)</source>
        <translation>
            <numerusform>已失效的签名（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>open: being corrected</source>
        <translation>进行中：正在更正</translation>
    </message>
    <message>
        <source>signed again on {when}</source>
        <translation>已于 {when} 重新签署</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}. {when}&lt;/b&gt;, {who} ({state})&lt;br&gt;{reason}</source>
        <translation>&lt;b&gt;{n}. {when}&lt;/b&gt;，{who}（{state}）&lt;br&gt;{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Not completed: %n item(s) still need an answer or evidence; they are listed under “Cannot be completed yet”.</source>
        <translation>
            <numerusform>未完成：仍有 %n 个检查项需要作答或补充佐证材料，见“暂不能完成检查”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not completed: {reason}</source>
        <translation>未完成：{reason}</translation>
    </message>
    <message>
        <source>Completed. The inspectors and the facility representative can now sign.</source>
        <translation>检查已完成。检查员和机构负责人现在可以签署。</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>The inspection was not signed: the signature of {name} is not usable. {why}</source>
        <translation>检查未签署：{name} 的签名无法使用。{why}</translation>
    </message>
    <message>
        <source>The inspection was not signed: {reason}</source>
        <translation>检查记录未签署：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>An amendment needs a reason of at least %n character(s).</source>
        <translation>
            <numerusform>更正原因至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not amended: {reason}</source>
        <translation>未更正：{reason}</translation>
    </message>
    <message>
        <source>Reopened for correction. Complete and sign it again when done.</source>
        <translation>已重新打开以更正。更正后请重新完成检查并签署。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>Theirs (other computer)</source>
        <translation>对方版本（另一台计算机）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>全部保留本机(&amp;M)</translation>
    </message>
    <message>
        <source>All &amp;theirs</source>
        <translation>全部采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>应用所选处理(&amp;A)</translation>
    </message>
    <message>
        <source>No sync conflicts are waiting for a decision.</source>
        <translation>没有待处理的同步冲突。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{kind} changed both on this computer and by {who} (bundle imported {when}).</source>
        <translation>本机和 {who} 都修改了此{kind}（数据包导入于 {when}）。</translation>
    </message>
    <message>
        <source>Choose, part by part, which version to keep.</source>
        <translation>请逐项选择要保留的版本。</translation>
    </message>
    <message>
        <source>The other version was signed on the other computer, so it cannot be split: either take it whole or keep yours whole. The parts below show what differs.</source>
        <translation>对方版本已在另一台计算机上签署，不能拆分：只能整体采用对方版本，或整体保留本机版本。下方各项列出了两者的差异。</translation>
    </message>
    <message>
        <source>Only the whole record can be taken.</source>
        <translation>只能整体采用该记录。</translation>
    </message>
    <message>
        <source>Keep mine: {mine} · take theirs: {theirs}</source>
        <translation>保留本机：{mine} · 采用对方：{theirs}</translation>
    </message>
    <message>
        <source>The decision was not applied: {reason}</source>
        <translation>处理未能生效：{reason}</translation>
    </message>
    <message>
        <source>Resolved: {label}</source>
        <translation>已处理：{label}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>The disk is full: {path} could not be written. Nothing was changed. Free some space on that disk (delete or move files you do not need, empty the wastebasket) and try again.</source>
        <translation>磁盘已满：无法写入 {path}，未作任何更改。请在该磁盘上腾出空间（删除或移走不需要的文件，清空回收站）后重试。</translation>
    </message>
    <message>
        <source>The folder is read-only: {path} is on a disk that cannot be written (a write-protected USB drive, a read-only mount). Nothing was changed. Make the disk writable, or choose a folder on a writable disk.</source>
        <translation>文件夹为只读：{path} 所在的磁盘无法写入（U 盘开启了写保护，或以只读方式挂载），未作任何更改。请解除磁盘的只读状态，或选择可写磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>No permission to use {path}: your user account may not read or write it. Nothing was changed. Give your account access to it, or choose another folder.</source>
        <translation>无权使用 {path}：当前用户账户不能读写该位置，未作任何更改。请为您的账户授予访问权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The disk reported an error reading or writing {path}. Nothing was changed. Check that the disk or USB drive is still connected and healthy, then try again.</source>
        <translation>读写 {path} 时磁盘报告错误，未作任何更改。请检查磁盘或 U 盘是否仍连接且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). The app neither reads nor writes it, so nothing more is lost. Restore the last good backup with File → Restore from backup…; the damaged data is kept in a folder next to it.</source>
        <translation>数据库 {path} 已损坏（{detail}）。程序不再读写该文件，以免造成更多损失。请通过“文件 → 从备份恢复…”恢复最近一份完好的备份；损坏的数据会保留在旁边的文件夹中。</translation>
    </message>
    <message>
        <source>The database is busy: another program (another window of the app?) is writing to it. Nothing was changed. Try again in a moment.</source>
        <translation>数据库正忙：另一个程序（也许是本程序的另一个窗口）正在写入，未作任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>The data folder {path} is a file, not a folder. Nothing was changed. Start the app with another data folder, or move the file away.</source>
        <translation>数据目录 {path} 是一个文件，不是文件夹，未作任何更改。请使用其他数据目录启动程序，或将该文件移走。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>There is no database in {path} to back up.</source>
        <translation>{path} 中没有可备份的数据库。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the data directory ({folder}), except in its backups folder {backups}; choose that folder or one outside the data folder.</source>
        <translation>备份文件不能保存在数据目录内（{folder}），其备份文件夹 {backups} 除外；请选择该文件夹或数据目录以外的文件夹。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app (backup format {version}); install that version or newer to restore it.</source>
        <translation>此备份由更新版本的程序制作（备份格式 {version}）；请安装该版本或更新版本后再恢复。</translation>
    </message>
    <message>
        <source>The disk is too full to restore this backup next to the data folder ({needed} needed, {free} free). Free some space and try again; nothing was restored.</source>
        <translation>数据目录所在磁盘空间不足，无法恢复此备份（需要 {needed}，可用 {free}）。请腾出空间后重试；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The data folder {path} could not be replaced ({detail}); is the app still running on it in another window? Nothing was changed.</source>
        <translation>无法替换数据目录 {path}（{detail}）；程序是否仍在另一个窗口中使用该目录？未作任何更改。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}); no backup was made.</source>
        <translation>无法读取数据库 {path}（{detail}），未进行备份。</translation>
    </message>
    <message>
        <source>The database in this backup is damaged ({detail}); nothing was restored.</source>
        <translation>此备份中的数据库已损坏（{detail}），未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database in this backup is not a database of this app; nothing was restored.</source>
        <translation>此备份中的数据库不是本程序的数据库，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database in this backup has no schema version: it is not a database of this app, or its version table was lost; nothing was restored.</source>
        <translation>此备份中的数据库没有结构版本：它不是本程序的数据库，或其版本表已丢失；未恢复任何内容。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the app (schema {detail}); install that version or newer to restore it; nothing was restored.</source>
        <translation>此备份由更新版本的程序制作（数据库结构 {detail}）；请安装该版本或更新版本后再恢复；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database in this backup has broken references between its records; nothing was restored.</source>
        <translation>此备份的数据库中记录之间的关联已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation>数据库 {path} 已损坏（{detail}），因此未进行备份：这样的备份将无法恢复。请通过“文件 → 从备份恢复…”恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>The database {path} is not a database of this app; no backup was made.</source>
        <translation>数据库 {path} 不是本程序的数据库，未进行备份。</translation>
    </message>
    <message>
        <source>The database {path} has no schema version (it is not a database of this app, or its version table was lost), so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation>数据库 {path} 没有结构版本（它不是本程序的数据库，或其版本表已丢失），因此未进行备份：这样的备份将无法恢复。请通过“文件 → 从备份恢复…”恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of the app (schema {detail}); no backup was made. Install that version or newer.</source>
        <translation>数据库 {path} 由更新版本的程序写入（数据库结构 {detail}），未进行备份。请安装该版本或更新版本。</translation>
    </message>
    <message>
        <source>The database {path} has broken references between its records, so no backup was made: a backup of it could not be restored. Restore the last good backup with File → Restore from backup….</source>
        <translation>数据库 {path} 中记录之间的关联已损坏，因此未进行备份：这样的备份将无法恢复。请通过“文件 → 从备份恢复…”恢复最近一份完好的备份。</translation>
    </message>
    <message numerus="yes">
        <source>Restoring this backup would make %n certificate(s) trusted that are not trusted here. Compare the fingerprints with their owners and tick the box under the list if they are right; nothing was restored.</source>
        <translation>
            <numerusform>恢复此备份将使 %n 个本机尚未信任的证书成为受信任证书。请与证书持有人核对指纹，核对无误后勾选列表下方的复选框；未恢复任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a sound backup of this app (it is damaged, incomplete, or was changed after it was made): {detail}</source>
        <translation>这不是本程序的完好备份（已损坏、不完整，或在制作后被改动过）：{detail}</translation>
    </message>
    <message>
        <source>The database was written by a newer version of the app (schema {revision}); install that version or newer to open it. Nothing was changed.</source>
        <translation>该数据库由更新版本的程序写入（数据库结构 {revision}）；请安装该版本或更新版本后再打开。未作任何更改。</translation>
    </message>
    <message>
        <source>The file {path} is not a database of this app, or it is damaged. Nothing was changed. If it held your data, restore the last good backup with File → Restore from backup….</source>
        <translation>文件 {path} 不是本程序的数据库，或已损坏，未作任何更改。如果其中存有您的数据，请通过“文件 → 从备份恢复…”恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>This inspection is signed and locked; a correction needs an amendment with a reason.</source>
        <translation>该检查已签署并锁定；如需更正，请注明原因进行更正。</translation>
    </message>
    <message>
        <source>{n} item(s) still need an answer or evidence; see the list above.</source>
        <translation>还有 {n} 个检查项需作答或补充佐证材料，见上方列表。</translation>
    </message>
    <message>
        <source>Only a signed inspection needs an amendment; this one can be edited directly.</source>
        <translation>只有已签署的检查才需要更正；此检查可直接修改。</translation>
    </message>
    <message>
        <source>Complete the inspection before signing it.</source>
        <translation>请先完成检查再签署。</translation>
    </message>
    <message>
        <source>Complete the inspection before following it up.</source>
        <translation>请先完成检查再安排复查。</translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least {n} characters.</source>
        <translation>更正须说明原因，至少 {n} 个字。</translation>
    </message>
    <message>
        <source>An official inspection is made by at least {n} inspectors. Add another inspector to the team; the office can allow one inspector for some kinds of inspection (Settings).</source>
        <translation>正式检查须由至少 {n} 名检查人员进行。请在检查组中再增加一名检查人员；办公室可在“设置”中允许某些检查类型由一名检查人员进行。</translation>
    </message>
    <message>
        <source>Every inspector of the team signs the record; still to sign: {names}.</source>
        <translation>检查组每名检查人员均须在记录上签名；尚未签名：{names}。</translation>
    </message>
    <message>
        <source>{name} is not on the team of this inspection and cannot sign it as an inspector.</source>
        <translation>{name}不在本次检查的检查组中，不能以检查人员身份签名。</translation>
    </message>
    <message>
        <source>The facility representative must sign.</source>
        <translation>机构负责人必须签名。</translation>
    </message>
    <message>
        <source>The signature of {name} has too little ink: sign with the full name.</source>
        <translation>{name} 的签名笔迹太少：请签写全名。</translation>
    </message>
    <message>
        <source>The signature of {name} is too small (a dot or a short stroke): sign with the full name.</source>
        <translation>{name} 的签名太小（只有一个点或一短笔）：请签写全名。</translation>
    </message>
    <message>
        <source>{name} has not signed yet.</source>
        <translation>{name} 尚未签名。</translation>
    </message>
    <message>
        <source>The signature image of {name} cannot be used; sign again.</source>
        <translation>{name} 的签名图像无法使用，请重新签名。</translation>
    </message>
    <message>
        <source>The signature image cannot be used; sign again.</source>
        <translation>签名图像无法使用，请重新签名。</translation>
    </message>
    <message>
        <source>{name} signs twice; each person signs once.</source>
        <translation>{name} 签了两次；每人只签一次。</translation>
    </message>
    <message>
        <source>A critical item is marked not applicable only with a reason of at least {n} characters: say why it does not apply to this facility.</source>
        <translation>关键项目标为“不适用”时须说明理由（至少 {n} 个字）：请写明该项为何不适用于本机构。</translation>
    </message>
    <message>
        <source>Every signature needs the signer&apos;s name.</source>
        <translation>每个签名都须填写签名人姓名。</translation>
    </message>
    <message>
        <source>A finding needs a description.</source>
        <translation>发现问题须填写问题描述。</translation>
    </message>
    <message>
        <source>A finding needs a required action.</source>
        <translation>发现问题须填写整改要求。</translation>
    </message>
    <message>
        <source>The deadline is before the inspection date.</source>
        <translation>整改期限早于检查日期。</translation>
    </message>
    <message>
        <source>This inspection has no open findings to follow up.</source>
        <translation>该检查没有待整改的问题，无需复查。</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the inspection it follows up ({date}).</source>
        <translation>复查日期不能早于被复查的检查（{date}）。</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; a completed or signed inspection is part of the record.</source>
        <translation>只能删除草稿；已完成或已签署的检查属于正式记录。</translation>
    </message>
    <message>
        <source>An amended inspection was signed once and cannot be deleted.</source>
        <translation>更正过的检查曾经签署，不能删除。</translation>
    </message>
    <message>
        <source>An inspection needs at least one inspector.</source>
        <translation>检查至少需要一名检查员。</translation>
    </message>
    <message>
        <source>An inspector is on the team twice.</source>
        <translation>同一检查员在检查组中重复出现。</translation>
    </message>
    <message>
        <source>Choose at least one checklist.</source>
        <translation>请至少选择一个检查表。</translation>
    </message>
    <message>
        <source>The file is larger than 80 MB; it is not a photo that can be used.</source>
        <translation>文件超过 80 MB，不能作为照片使用。</translation>
    </message>
    <message>
        <source>The image claims {size} pixels, more than 100 megapixels.</source>
        <translation>该图片声称有 {size} 像素，超过 1 亿像素。</translation>
    </message>
    <message>
        <source>The image claims far more pixels than a photo has.</source>
        <translation>该图片声称的像素数远超正常照片。</translation>
    </message>
    <message>
        <source>This is not an image file that can be read (JPEG or PNG; export a HEIC photo as JPEG first).</source>
        <translation>无法读取该图片文件（支持 JPEG 或 PNG；HEIC 照片请先导出为 JPEG）。</translation>
    </message>
    <message>
        <source>The image is damaged or truncated.</source>
        <translation>图片已损坏或不完整。</translation>
    </message>
    <message>
        <source>The credit code {code} is already registered.</source>
        <translation>统一社会信用代码 {code} 已登记。</translation>
    </message>
    <message>
        <source>The credit code {code} belongs to another facility.</source>
        <translation>统一社会信用代码 {code} 已属于其他机构。</translation>
    </message>
    <message>
        <source>Badge number {badge} is already registered.</source>
        <translation>执法证号 {badge} 已登记。</translation>
    </message>
    <message>
        <source>Name, department and badge number are all required.</source>
        <translation>姓名、所属部门和执法证号均为必填项。</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create a signing key</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <source>Your signing key signs the reports and bundles you issue, so anyone can check that they come from you and were not changed afterwards. Its certificate is trusted on this computer at once. Other computers must trust it too: they are shown its fingerprint when they import your first bundle.</source>
        <translation>签名密钥用于对您出具的检查记录和数据包签名，任何人都能据此核实文件确由您出具、且之后未被改动。其证书在本机立即受信任；其他计算机也须信任它：对方导入您的第一个数据包时会看到它的指纹。</translation>
    </message>
    <message>
        <source>Holder of the key</source>
        <translation>密钥持有人</translation>
    </message>
    <message>
        <source>From your profile, chosen in Settings.</source>
        <translation>取自您在“设置”中选择的检查员信息。</translation>
    </message>
    <message>
        <source>Nobody is chosen in Settings: type your details as they should appear on your certificate.</source>
        <translation>“设置”中尚未选择当前检查员：请按证书上应显示的内容填写您的信息。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>执法证号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所属部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Key label:</source>
        <translation>密钥标签：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The passphrase protects the key: it is asked each time you sign. It cannot be recovered: if you forget it, nobody can use the key again and you must create a new one.</source>
        <translation>口令用于保护密钥，每次签名时都要输入。口令无法找回：一旦忘记，该密钥将无法再使用，只能重新创建。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>您的密钥</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Read it out to your colleagues: when they import your first bundle, they compare it with the fingerprint they are shown before trusting your key.</source>
        <translation>请把指纹念给同事核对：他们导入您的第一个数据包时，会先将其与看到的指纹比对，再决定是否信任您的密钥。</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This computer already has a key labelled “{label}”, so nothing was created. Sign with that key, or ask for help to replace it.</source>
        <translation>本机已有标签为“{label}”的密钥，因此未创建新密钥。请使用该密钥签名，或请人协助更换。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type it again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>The key was not created: {reason}</source>
        <translation>未能创建密钥：{reason}</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>正在创建密钥…</translation>
    </message>
    <message>
        <source>The key “{label}” of {name} was created and its certificate is trusted on this computer. It is valid until {date}.</source>
        <translation>已为{name}创建密钥“{label}”，其证书在本机受信任，有效期至 {date}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Empty the date (the answer is cleared)</source>
        <translation>清空日期（清除本项作答）</translation>
    </message>
    <message>
        <source>at most {days} days before the inspection</source>
        <translation>不早于检查日前 {days} 天</translation>
    </message>
    <message>
        <source>{age} days before the inspection (at most {days})</source>
        <translation>检查日前 {age} 天（最多 {days} 天）</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>如 2026-06-01</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+↓)</source>
        <translation>在日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Report and notice — {facility}</source>
        <translation>检查记录与整改通知 — {facility}</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Sign with my key</source>
        <translation>使用我的密钥签名</translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation>创建签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>数字签名：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Choose the document and press Generate.</source>
        <translation>请选择文书，然后点击“生成”。</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open in the system viewer</source>
        <translation>用系统阅读器打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A draft is previewed, not issued: the documents of an inspection are signed and recorded once the inspection itself is signed.</source>
        <translation>草稿只能预览，不能出具：检查本身签署后，其文书才会签名并登记。</translation>
    </message>
    <message>
        <source>There is no signing key in this data directory: without one you get a copy, marked as a copy on every page and not recorded as issued. Create your key to issue the document.</source>
        <translation>本数据目录中没有签名密钥：没有密钥只能生成副本，每页标注“副本”，不作为已签发文书登记。请先创建您的密钥再签发文书。</translation>
    </message>
    <message>
        <source>Signed with your key, the document is issued: recorded once you save, print or open it, and any later change to the file shows. Without the signature it is a copy, marked as a copy on every page and not recorded.</source>
        <translation>用您的密钥签名后即为签发文书：保存、打印或打开时登记为已签发，此后对文件的任何改动都会被发现。不签名则为副本，每页标注“副本”，不予登记。</translation>
    </message>
    <message>
        <source>{who} · {number} · recorded as issued when you save, print or open it</source>
        <translation>{who} · {number} · 保存、打印或打开时登记为已签发</translation>
    </message>
    <message>
        <source>{who} · recorded as issued {when}, {number} · SHA-256 {sha}</source>
        <translation>{who} · 已于 {when} 登记签发，{number} · SHA-256 {sha}</translation>
    </message>
    <message>
        <source>The document was handed over but could not be recorded as issued: {reason}</source>
        <translation>文书已交付，但未能登记为已签发：{reason}</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>解锁密钥</translation>
    </message>
    <message>
        <source>Passphrase of the key “{label}”:</source>
        <translation>密钥“{label}”的口令：</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Wrong passphrase; nothing was issued.</source>
        <translation>口令错误，未出具任何文书。</translation>
    </message>
    <message>
        <source>Nothing was issued: {reason}</source>
        <translation>未出具任何文书：{reason}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>Draft preview — not issued</source>
        <translation>草稿预览 — 未出具</translation>
    </message>
    <message>
        <source>Copy — not digitally signed, marked as a copy on every page and not recorded as issued</source>
        <translation>副本——无电子签名，每页标注“副本”，不作为已签发文书登记</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>签名人：{name}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the file is at {path}</source>
        <translation>没有 PDF 阅读器打开该文件；文件位于 {path}</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>&amp;Add facility…</source>
        <translation>添加机构(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a facility (Ctrl+Shift+N or Insert)</source>
        <translation>添加托育机构（Ctrl+Shift+N 或 Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected facility (Enter)</source>
        <translation>编辑所选机构（Enter）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import facilities from a CSV or Excel sheet</source>
        <translation>从 CSV 或 Excel 表格导入机构</translation>
    </message>
    <message>
        <source>&amp;Start inspection…</source>
        <translation>开始检查(&amp;S)…</translation>
    </message>
    <message>
        <source>Start an inspection of the selected facility</source>
        <translation>对所选机构开始检查</translation>
    </message>
    <message>
        <source>Search name (or its pinyin), credit code, township, address, person in charge</source>
        <translation>搜索名称（可用拼音或首字母）、信用代码、乡镇、地址、负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n 家机构</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} facilities</source>
        <translation>显示 {shown} / {total} 家机构</translation>
    </message>
</context>
<context>
    <name>FacilityDetail</name>
    <message>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <source>No facility selected</source>
        <translation>未选择机构</translation>
    </message>
    <message numerus="yes">
        <source>Inspections (%n)</source>
        <translation>
            <numerusform>检查记录（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉核查</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Edit facility</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91320281MA1XK7PR34</source>
        <translation>18 位，如 91320281MA1XK7PR34</translation>
    </message>
    <message>
        <source>13812345678 or 0510-86801234</source>
        <translation>13812345678 或 0510-86801234</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>This credit code is already registered for another facility.</source>
        <translation>该统一社会信用代码已登记在另一家机构名下。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The facility was not saved:</source>
        <translation>机构信息未保存：</translation>
    </message>
</context>
<context>
    <name>FacilityTableModel</name>
    <message>
        <source>Under 2</source>
        <translation>2岁以下</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>膳食</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>托位数</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Facility name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区（县）</translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记性质</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>Service modes</source>
        <translation>托育服务形式</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation>托位数</translation>
    </message>
    <message>
        <source>Takes children under 2</source>
        <translation>收托2岁以下婴幼儿</translation>
    </message>
    <message>
        <source>Serves meals</source>
        <translation>提供膳食</translation>
    </message>
    <message>
        <source>Filing status</source>
        <translation>备案状态</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>营利性</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>非营利性</translation>
    </message>
    <message>
        <source>Standalone childcare centre</source>
        <translation>独立托育机构</translation>
    </message>
    <message>
        <source>Kindergarten nursery class</source>
        <translation>幼儿园托班</translation>
    </message>
    <message>
        <source>Employer-run</source>
        <translation>用人单位办托</translation>
    </message>
    <message>
        <source>Community-run</source>
        <translation>社区办托</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>全日托</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>半日托</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>计时托</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时托</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Filing in progress</source>
        <translation>备案中</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>At most {max} characters; this has {length}.</source>
        <translation>最多 {max} 个字符，当前为 {length} 个。</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>无法识别的值“{value}”。</translation>
    </message>
    <message>
        <source>Choose at least one service mode.</source>
        <translation>请至少选择一种托育服务形式。</translation>
    </message>
    <message>
        <source>Unknown service mode “{value}”; use full day, half day, hourly or temporary, separated by 、 or commas.</source>
        <translation>无法识别的托育服务形式“{value}”；请填写全日托、半日托、计时托或临时托，用“、”或逗号分隔。</translation>
    </message>
    <message>
        <source>The service mode “{mode}” is listed twice.</source>
        <translation>托育服务形式“{mode}”重复填写。</translation>
    </message>
    <message>
        <source>Must be yes (是) or no (否); got “{value}”.</source>
        <translation>应为“是”或“否”，实际为“{value}”。</translation>
    </message>
    <message>
        <source>Must be a whole number from {min} to {max}; got “{value}”.</source>
        <translation>应为 {min} 至 {max} 之间的整数，实际为“{value}”。</translation>
    </message>
    <message>
        <source>Must be from {min} to {max}; got {value}.</source>
        <translation>应在 {min} 至 {max} 之间，实际为 {value}。</translation>
    </message>
    <message>
        <source>Excel turned this code into a number ({value}); format the column as text and type the 18-character code again.</source>
        <translation>Excel 已将该代码转换为数字（{value}）；请将该列设置为文本格式，并重新输入 18 位代码。</translation>
    </message>
    <message>
        <source>The code is stored as a number, so Excel may have changed its last digits; format the column as text and type the code again.</source>
        <translation>该代码以数字形式保存，Excel 可能已改动其末尾几位；请将该列设置为文本格式，并重新输入代码。</translation>
    </message>
    <message>
        <source>A credit code has exactly 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码应为 18 位，当前为 {length} 位。</translation>
    </message>
    <message>
        <source>Character “{char}” at position {position} is not allowed (did you mean “{suggestion}”?).</source>
        <translation>第 {position} 位的字符“{char}”无效（是否应为“{suggestion}”？）。</translation>
    </message>
    <message>
        <source>Character “{char}” at position {position} is not allowed; only digits and letters except I, O, Z, S, V.</source>
        <translation>第 {position} 位的字符“{char}”无效；只能使用数字和除 I、O、Z、S、V 以外的字母。</translation>
    </message>
    <message>
        <source>The first character must be 1-9, A, N or Y; got “{char}”.</source>
        <translation>第 1 位应为 1-9、A、N 或 Y，实际为“{char}”。</translation>
    </message>
    <message>
        <source>Check digit mismatch: the last character is “{last}” but should be “{expected}”. A character was probably mistyped.</source>
        <translation>校验码不符：最后一位为“{last}”，应为“{expected}”。可能有字符输入错误。</translation>
    </message>
    <message>
        <source>The same credit code is already on line {line}.</source>
        <translation>第 {line} 行已有相同的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Another facility is already registered with this code: {name}.</source>
        <translation>已有其他机构使用该代码登记：{name}。</translation>
    </message>
    <message>
        <source>Not a phone number: use an 11-digit mobile (13812345678) or a landline such as 0510-86801234.</source>
        <translation>电话号码格式不正确：请填写 11 位手机号码（如 13812345678）或固定电话（如 0510-86801234）。</translation>
    </message>
    <message>
        <source>Required when the facility is filed.</source>
        <translation>机构已备案时必填。</translation>
    </message>
    <message>
        <source>Not valid:</source>
        <translation>填写有误：</translation>
    </message>
</context>
<context>
    <name>FillPage</name>
    <message>
        <source>Show them</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not applicable to this facility, hidden</source>
        <translation>
            <numerusform>已隐藏 %n 个不适用于本机构的检查项</numerusform>
        </translation>
    </message>
    <message>
        <source>This inspection is signed and locked. It is shown read-only; to change an answer, open an amendment (with a reason) on the Conclude tab.</source>
        <translation>本检查记录已签署并锁定，仅供查看；如需修改作答，请在“检查结论”页填写原因并提出更正。</translation>
    </message>
    <message>
        <source>1 pass/yes/compliant option · 2 fail/no/non-compliant option · 3 N.A. (again: undo) · Del clear · J/K or ↓/↑ next/previous item · Enter edit value, Esc back · N note · P photo (or drop, Ctrl+V) · Ctrl+PgDn/PgUp section</source>
        <translation>1 符合/是/合规选项 · 2 不符合/否/不合规选项 · 3 不适用（再按一次撤销）· Del 清除作答 · J/K 或 ↓/↑ 下一项/上一项 · Enter 填写，Esc 返回 · N 备注 · P 照片（也可拖放或 Ctrl+V）· Ctrl+PgDn/PgUp 切换章节</translation>
    </message>
    <message>
        <source>In a table, Enter or F2 edits the cell (Alt+↓ opens the calendar of a date); Esc returns to the item list, where the letter keys work.</source>
        <translation>在表格中按 Enter 或 F2 编辑单元格（日期单元格按 Alt+↓ 打开日历）；按 Esc 返回检查项列表，字母快捷键在列表中才起作用。</translation>
    </message>
    <message>
        <source>This item takes several options: Enter goes to them, Space ticks one, Esc returns.</source>
        <translation>本项可多选：按 Enter 进入选项，空格键勾选，Esc 返回。</translation>
    </message>
    <message>
        <source>This item is a table: Enter goes to it, Insert adds a row, Esc returns.</source>
        <translation>本项为表格：按 Enter 进入表格，Insert 添加一行，Esc 返回。</translation>
    </message>
    <message>
        <source>This item takes a value: press Enter and type it.</source>
        <translation>本项需填写内容：按 Enter 后输入。</translation>
    </message>
    <message>
        <source>Rows of a table are removed one by one: select one and press Ctrl+Delete.</source>
        <translation>表格中的行需逐行删除：选中一行后按 Ctrl+Delete。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Photo {name} was not added: {reason}</source>
        <translation>照片 {name} 未添加：{reason}</translation>
    </message>
    <message>
        <source>Adding photo…</source>
        <translation>正在添加照片…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>Save failed — %n item(s) not saved; see the marked items</source>
        <translation>
            <numerusform>保存失败：%n 个检查项未保存，请查看已标记的检查项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not accepted and not saved; see the marked items</source>
        <translation>
            <numerusform>%n 处填写未被接受，未保存，请查看已标记的检查项</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
</context>
<context>
    <name>FindingCheckCard</name>
    <message>
        <source>Found on:</source>
        <translation>发现日期：</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Required action:</source>
        <translation>整改要求：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Rectified</source>
        <translation>已整改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not rectified</source>
        <translation>未整改(&amp;N)</translation>
    </message>
    <message>
        <source>Not &amp;checked yet</source>
        <translation>尚未复查(&amp;C)</translation>
    </message>
    <message>
        <source>What was seen: how it was rectified, or what is still wrong</source>
        <translation>复查所见：如何整改，或仍存在哪些问题</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>复查备注</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>复查结果：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>{now}; marked {found} here, which takes effect when this follow-up is completed</source>
        <translation>{now}；本次复查标记为“{found}”，复查完成后生效</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo {n}</source>
        <translation>照片 {n}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Critical</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Required action</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Required &amp;action:</source>
        <translation>整改要求(&amp;A)：</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>整改期限(&amp;E)：</translation>
    </message>
    <message>
        <source>No findings: no applicable item has failed.</source>
        <translation>无发现问题：没有不符合的适用检查项。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the inspection ({date})</source>
        <translation>
            <numerusform>检查后 %n 天（{date}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved: a finding needs a description.</source>
        <translation>未保存：请填写问题描述。</translation>
    </message>
    <message>
        <source>Not saved: a finding needs a required action.</source>
        <translation>未保存：请填写整改要求。</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <source>Show only findings not checked &amp;yet</source>
        <translation>仅显示尚未复查的问题(&amp;Y)</translation>
    </message>
    <message>
        <source>Follow-up of the inspection of {date} ({facility}).</source>
        <translation>复查 {date} 的检查（{facility}）。</translation>
    </message>
    <message>
        <source>This follow-up checks no findings.</source>
        <translation>本次复查没有需要核查的问题。</translation>
    </message>
    <message>
        <source>{checked} of {total} checked, {fixed} rectified</source>
        <translation>已复查 {checked} / {total} 项，{fixed} 项已整改</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Not added: {problems}</source>
        <translation>未添加：{problems}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Inspection</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>表格行</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>value</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>表格内容</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>required action</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>status note</source>
        <translation>整改说明</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>作废于</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>failed items</source>
        <translation>不符合项数</translation>
    </message>
    <message>
        <source>failed critical items</source>
        <translation>一票否决项不符合数</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>applicable</source>
        <translation>适用项数</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>follow-up of</source>
        <translation>复查的原检查</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>复查检查</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>report number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>数字签名人</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>an inspector no longer registered</source>
        <translation>（已不在登记中的检查员）</translation>
    </message>
    <message>
        <source>a facility no longer registered</source>
        <translation>（已不在登记中的机构）</translation>
    </message>
    <message>
        <source>an inspection no longer here</source>
        <translation>（已不存在的检查记录）</translation>
    </message>
    <message>
        <source>an item no longer in the checklist</source>
        <translation>（检查表中已无此项目）</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>facility representative</source>
        <translation>机构负责人</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>组员</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), newest first. The log cannot be edited: a signed inspection is changed only through an amendment with a reason.</source>
        <translation>
            <numerusform>共 %n 条变更记录，最新的在前。记录不可修改：已签署的检查只能通过注明原因的更正来变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import facilities</source>
        <translation>导入机构</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save an empty sheet with the expected column headers</source>
        <translation>保存一份只含规定列标题的空白表格</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>仅显示有错误的行(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import only the good rows</source>
        <translation>跳过有错误的行，仅导入无误的行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose a facility sheet</source>
        <translation>选择机构信息表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save an import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: {error}</source>
        <translation>模板未能保存：{error}</translation>
    </message>
    <message>
        <source>Template saved as {path}.</source>
        <translation>模板已保存为 {path}。</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>该文件无法导入，未作任何更改。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} with errors</source>
        <translation>新增 {new} 条，更新 {updated} 条，无变化 {unchanged} 条，有错误 {errors} 条</translation>
    </message>
    <message>
        <source>Line {line}:</source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the sheet, or tick “skip rows with errors”.</source>
        <translation>请在表格中修正有错误的行，或勾选“跳过有错误的行”。</translation>
    </message>
    <message>
        <source>The file changed since it was previewed; check the new preview.</source>
        <translation>文件在预览后已被修改，请检查新的预览。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was refused; nothing was changed.</source>
        <translation>导入被拒绝，未作任何更改。</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {new} 条，更新 {updated} 条，无变化 {unchanged} 条。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行有错误的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InspectionFilterBar</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Show all inspections</source>
        <translation>显示全部检查记录</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>检查结论(&amp;V)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Routine</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉核查</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basic pass</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条检查记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Start follow-up…</source>
        <translation>开始复查…</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Only a draft can be deleted. A completed, signed or amended inspection is part of the record; correct it with an amendment.</source>
        <translation>只能删除草稿。已完成、已签署或更正过的检查属于正式记录，如需修改请通过更正。</translation>
    </message>
    <message>
        <source>Delete the draft inspection of {facility} on {date}? Its {answered} answer(s), notes and photos are removed. This cannot be undone.</source>
        <translation>删除 {facility} 于 {date} 的检查草稿？其中 {answered} 项作答及备注、照片将一并删除，且无法恢复。</translation>
    </message>
    <message>
        <source>The draft was not deleted: {reason}</source>
        <translation>草稿未删除：{reason}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Follow-up inspections are not available in this build ({error}).</source>
        <translation>此版本无法进行复查（{error}）。</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <source>Back to list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+Left）</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Findings to check</source>
        <translation>待复查问题</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>{kind} · {date} · {status} · team: {team}</source>
        <translation>{kind} · {date} · {status} · 检查组：{team}</translation>
    </message>
    <message>
        <source>{done} of {total} findings checked · {fixed} rectified</source>
        <translation>已复查 {done} / {total} 项问题 · {fixed} 项已整改</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>暂无得分</translation>
    </message>
    <message>
        <source>Score {score:.1f} · {verdict}</source>
        <translation>得分 {score:.1f} · {verdict}</translation>
    </message>
    <message>
        <source>This inspection was also changed on another computer ({who}). Both versions are kept until you choose what to keep.</source>
        <translation>此检查记录在另一台计算机上（{who}）也有修改。在您选择保留哪个版本之前，两个版本都会保留。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Some changes could not be saved yet. Leave this inspection anyway?</source>
        <translation>部分更改尚未保存。仍要离开此检查吗？</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <source>Fails (critical)</source>
        <translation>不符合（否决项）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) failed</source>
        <translation>
            <numerusform>%n 个一票否决项不符合</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <source>Edit inspector</source>
        <translation>编辑检查员</translation>
    </message>
    <message>
        <source>New inspector</source>
        <translation>新建检查员</translation>
    </message>
    <message>
        <source>e.g. District Health Commission</source>
        <translation>如：区卫生健康委员会</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>所属部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>执法证号(&amp;B)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>This badge number already belongs to {name}.</source>
        <translation>该执法证号已属于 {name}。</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>该执法证号已登记。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation>检查员信息未保存：</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive: not offered for new inspections</source>
        <translation>已停用：新检查中不可选择</translation>
    </message>
</context>
<context>
    <name>InspectorsPage</name>
    <message>
        <source>&amp;Add inspector…</source>
        <translation>添加检查员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>An official inspection is carried out by at least two inspectors, so keep at least two active profiles. Profiles are never deleted: deactivate a profile that is no longer used; past inspections keep its name.</source>
        <translation>正式检查至少由两名检查员进行，因此请至少保留两名启用的检查员。检查员信息不会被删除：不再使用的请停用，以往检查记录中仍保留其姓名。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n active inspector profile(s). An official inspection needs at least two inspectors: add or reactivate profiles before starting one.</source>
        <translation>
            <numerusform>仅有 %n 名启用的检查员。正式检查至少需要两名检查员：请先添加或重新启用检查员，再开始检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>Offer this inspector for new inspections</source>
        <translation>允许在新检查中选择此检查员</translation>
    </message>
    <message>
        <source>Stop offering this inspector for new inspections</source>
        <translation>新检查中不再可选择此检查员</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Critical · veto</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>photo if failed</source>
        <translation>不符合须拍照</translation>
    </message>
    <message>
        <source>How to check: {text}</source>
        <translation>检查方法：{text}</translation>
    </message>
    <message>
        <source>N.A.  (3)</source>
        <translation>不适用 (3)</translation>
    </message>
    <message>
        <source>Not applicable (key 3); click again to take it back. A critical item asks for the reason.</source>
        <translation>不适用（按键 3）；再次点击可撤销。一票否决项须说明理由。</translation>
    </message>
    <message>
        <source>Not applicable (key 3); click again to take it back.</source>
        <translation>不适用（按键 3）；再次点击可撤销。</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>清除作答</translation>
    </message>
    <message>
        <source>Remove the answer of this item (Delete)</source>
        <translation>清除本项的作答（Delete）</translation>
    </message>
    <message>
        <source>Note (N) — what you saw, who said what</source>
        <translation>备注（N）：现场所见、相关人员陈述</translation>
    </message>
    <message>
        <source>look</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>see records</source>
        <translation>查阅记录</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>photo required: a failed item of this checklist needs a photo as evidence</source>
        <translation>需要照片：本检查表中不符合的检查项须附照片作为佐证材料</translation>
    </message>
    <message>
        <source>note required: a failed critical item needs a note or a photo</source>
        <translation>需要备注：一票否决项不符合时须填写备注或附照片</translation>
    </message>
    <message>
        <source>reason required: a critical item marked N.A. needs the reason in its note (N)</source>
        <translation>需要理由：一票否决项标为不适用时，须在备注（N）中说明理由</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Not applicable to this facility</source>
        <translation>不适用于本机构</translation>
    </message>
    <message>
        <source>N.A.</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>not saved: see the field</source>
        <translation>未保存：见输入框</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Childcare Safety &amp; Hygiene Inspector</source>
        <translation>托育机构安全卫生检查</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>托育机构</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;New Inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an inspection (Ctrl+N)</source>
        <translation>开始一次检查（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Import Facilities…</source>
        <translation>导入机构(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Verify a report…</source>
        <translation>验证文书(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>导出数据包(&amp;X)…</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>导入数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export tables…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)…</source>
        <translation>
            <numerusform>同步冲突（%n）(&amp;C)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) waiting</source>
        <translation>
            <numerusform>%n 条同步冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search facilities and inspections</source>
        <translation>搜索机构和检查记录</translation>
    </message>
    <message>
        <source>Facility name, credit code, township or report number; names also by pinyin or its initials (Ctrl+F)</source>
        <translation>机构名称、信用代码、乡镇或报告编号；名称也可用拼音或首字母搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Records changed on two computers wait for your decision</source>
        <translation>有记录在两台计算机上均被修改，等待您处理</translation>
    </message>
    <message>
        <source>Page unavailable</source>
        <translation>页面不可用</translation>
    </message>
    <message>
        <source>This page cannot be shown: a part of the app is missing ({error}).</source>
        <translation>无法显示此页面：程序缺少部分组件（{error}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条检查记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facility(ies)</source>
        <translation>
            <numerusform>%n 家机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Found: {list}</source>
        <translation>搜索结果：{list}</translation>
    </message>
    <message>
        <source>Acting as {name} ({badge})</source>
        <translation>当前检查员：{name}（{badge}）</translation>
    </message>
    <message>
        <source>Nobody is chosen as the current inspector: &lt;a href=&quot;settings&quot;&gt;choose yourself in Settings&lt;/a&gt;</source>
        <translation>尚未选择当前检查员：&lt;a href=&quot;settings&quot;&gt;请在“设置”中选择&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>数据目录：{path}</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Inspections cannot be started: a part of the app is missing ({error}).</source>
        <translation>无法开始检查：程序缺少部分组件（{error}）。</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>打开检查记录</translation>
    </message>
    <message>
        <source>The inspection cannot be shown: a part of the app is missing ({error}).</source>
        <translation>无法显示此检查记录：程序缺少部分组件（{error}）。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Childcare Safety &amp;amp; Hygiene Inspector&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;Database schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;托育机构安全卫生检查&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;数据目录：&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;数据库结构版本：{schema}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceEditor</name>
    <message>
        <source>(required)</source>
        <translation>（必须具备）</translation>
    </message>
    <message>
        <source>(must not be present)</source>
        <translation>（不得存在）</translation>
    </message>
</context>
<context>
    <name>NaReasonDialog</name>
    <message>
        <source>Critical item not applicable</source>
        <translation>一票否决项不适用</translation>
    </message>
    <message>
        <source>This is a critical (veto) item: one failure fails the inspection. Say why it does not apply here; the reason is kept as the item&apos;s note and printed in the report.</source>
        <translation>这是一票否决项：一项不符合即判定检查不合格。请说明本项为何不适用于本机构；理由将作为本项备注保存，并写入检查记录。</translation>
    </message>
    <message>
        <source>e.g. the centre is on the ground floor only</source>
        <translation>例如：机构仅设于建筑首层</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>标为不适用</translation>
    </message>
    <message numerus="yes">
        <source>The reason needs at least %n character(s).</source>
        <translation>
            <numerusform>理由至少需要 %n 个字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Checklist / section</source>
        <translation>检查表 / 部分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n 个一票否决项不符合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing evidence</source>
        <translation>
            <numerusform>%n 项缺少佐证材料</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation>已作答 {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need a photo or note</source>
        <translation>
            <numerusform>%n 项需补充照片或备注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>required: {min} to {max} {unit}</source>
        <translation>要求：{min} 至 {max} {unit}</translation>
    </message>
    <message>
        <source>required: at least {min} {unit}</source>
        <translation>要求：不少于 {min} {unit}</translation>
    </message>
    <message>
        <source>required: at most {max} {unit}</source>
        <translation>要求：不超过 {max} {unit}</translation>
    </message>
</context>
<context>
    <name>OfficeExportDialog</name>
    <message>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>&amp;Facilities (the whole registry)</source>
        <translation>机构（全部登记信息）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Inspections (one row each)</source>
        <translation>检查记录（每条一行）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Answers (one row per checklist item)</source>
        <translation>作答（每个检查项一行）(&amp;A)</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>发现问题(&amp;N)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>Excel 工作簿（.xlsx），每个表格一个工作表</translation>
    </message>
    <message>
        <source>CSV files (UTF-8), one file per table</source>
        <translation>CSV 文件（UTF-8），每个表格一个文件</translation>
    </message>
    <message>
        <source>Only inspections &amp;dated from</source>
        <translation>仅导出检查日期从(&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Column names and coded values (kind, status, verdict…) are written in words in this language; the codes are in the …_code columns at the right.</source>
        <translation>列名和代码值（检查类型、状态、结论等）以此语言的文字写出；对应代码在右侧的 …_code 列中。</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Column keys (for scripts)</source>
        <translation>英文列键（供脚本使用）</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation>日期范围：</translation>
    </message>
    <message>
        <source>Inspection &amp;status:</source>
        <translation>检查状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The CSV files are saved into a folder you choose: facilities.csv, inspections.csv, answers.csv and findings.csv.</source>
        <translation>CSV 文件将保存到您选择的文件夹中：facilities.csv、inspections.csv、answers.csv 和 findings.csv。</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>选择保存 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>This folder already has {files}. Replace them?</source>
        <translation>此文件夹中已有 {files}。要替换吗？</translation>
    </message>
    <message>
        <source>inspection-data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total}</source>
        <translation>正在导出… {done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>Facilities: %n row(s)</source>
        <translation>
            <numerusform>机构：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspections: %n row(s)</source>
        <translation>
            <numerusform>检查记录：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers: %n row(s)</source>
        <translation>
            <numerusform>作答：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n row(s)</source>
        <translation>
            <numerusform>发现问题：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The tables could not be exported; nothing was written.</source>
        <translation>无法导出表格，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photo… (P)</source>
        <translation>添加照片…（P）</translation>
    </message>
    <message>
        <source>Add a photo from a file; you can also drop image files on the item or paste with Ctrl+V</source>
        <translation>从文件添加照片；也可以将图片文件拖放到检查项上，或用 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <source>Click to view</source>
        <translation>点击查看</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo — {item}</source>
        <translation>照片 — {item}</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>删除照片…</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>没有照片</translation>
    </message>
    <message>
        <source>The photo file cannot be read: {path}</source>
        <translation>无法读取照片文件：{path}</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} 像素</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Remove this photo from the item? The evidence will no longer appear in the report.</source>
        <translation>要从该检查项中删除此照片吗？删除后报告中将不再显示该佐证材料。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
</context>
<context>
    <name>Readable</name>
    <message>
        <source>{who}, imported from {signer}&apos;s bundle</source>
        <translation>{who}（导入 {signer} 的数据包）</translation>
    </message>
    <message>
        <source>This computer (no inspector chosen)</source>
        <translation>本机（未选择检查员）</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Command line ({command})</source>
        <translation>命令行（{command}）</translation>
    </message>
    <message>
        <source>Amendment: {reason}</source>
        <translation>更正：{reason}</translation>
    </message>
    <message>
        <source>Follow-up {inspection}</source>
        <translation>复查 {inspection}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Imported from a bundle</source>
        <translation>从数据包导入</translation>
    </message>
    <message>
        <source>Sync conflict resolved</source>
        <translation>同步冲突已处理</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>草稿已删除</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英对照</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
</context>
<context>
    <name>RepeatTable</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>Enter or F2 to type a date; Alt+↓ opens the calendar</source>
        <translation>按 Enter 或 F2 输入日期；Alt+↓ 打开日历</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add a row ({what}) — Insert</source>
        <translation>添加一行（{what}）— Insert</translation>
    </message>
    <message>
        <source>Add a row — Insert</source>
        <translation>添加一行 — Insert</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the selected row — Ctrl+Delete</source>
        <translation>删除所选行 — Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message numerus="yes">
        <source>at least %n row(s)</source>
        <translation>
            <numerusform>至少 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: see below</source>
        <translation>未保存：见表格下方</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem} — not saved</source>
        <translation>第 {row} 行“{column}”：{problem}，未保存</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未填完</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file (.zip) to check it and see what it holds. Nothing changes until you confirm.</source>
        <translation>请选择备份文件（.zip），以校验并查看其内容。确认之前不会作任何更改。</translation>
    </message>
    <message>
        <source>&amp;Choose a backup…</source>
        <translation>选择备份文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>备份时间：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>I compared the fingerprints with their owners: trust these certificates</source>
        <translation>我已与证书持有人核对指纹：信任这些证书</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Backups (*.zip);;All files (*)</source>
        <translation>备份文件 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在校验 {file}…</translation>
    </message>
    <message>
        <source>{path} ({size})</source>
        <translation>{path}（{size}）</translation>
    </message>
    <message>
        <source>{when} by version {version}</source>
        <translation>{when}，程序版本 {version}</translation>
    </message>
    <message>
        <source>Restoring replaces all the data in this app with the content of this backup. The current data is not deleted: it is moved to
{previous}
The app then reopens with the restored data.</source>
        <translation>恢复操作将用此备份的内容替换本程序的全部数据。当前数据不会被删除，而是移至
{previous}
随后程序将使用恢复后的数据重新打开。</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message numerus="yes">
        <source>Restoring makes %n certificate(s) trusted that are not trusted here. Whoever holds their keys can then sign reports and bundles that this app shows as genuine. Compare each fingerprint with its owner:</source>
        <translation>
            <numerusform>恢复后，%n 个本机尚未信任的证书将成为受信任证书。持有对应密钥的人随后签署的文书和数据包，本程序都会显示为真实有效。请逐一与证书持有人核对指纹：</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject}
SHA-256 {fingerprint}</source>
        <translation>{subject}
SHA-256 指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {reason}</source>
        <translation>无法恢复此备份：{reason}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The previous data is kept in {path}.</source>
        <translation>原有数据保存在 {path}。</translation>
    </message>
    <message>
        <source>The app now reopens the data folder.</source>
        <translation>程序现在将重新打开数据目录。</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>备份未恢复：{reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Changes you make are recorded in the audit log under this name. Add profiles on the Inspectors page.</source>
        <translation>您所做的更改将以此姓名记入审计日志。可在“检查员”页面添加检查员。</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>当前检查员(&amp;I)：</translation>
    </message>
    <message>
        <source>Inspection policy</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <source>Applies to findings drafted and scores computed from now on; completed inspections keep their results.</source>
        <translation>适用于此后拟定的问题和计算的得分；已完成的检查保留原有结果。</translation>
    </message>
    <message>
        <source>Deadline for &amp;critical findings:</source>
        <translation>一票否决项问题整改期限(&amp;C)：</translation>
    </message>
    <message>
        <source>Deadline for &amp;major findings:</source>
        <translation>重要问题整改期限(&amp;M)：</translation>
    </message>
    <message>
        <source>Deadline for mi&amp;nor findings:</source>
        <translation>一般问题整改期限(&amp;N)：</translation>
    </message>
    <message>
        <source>Lowest score for &amp;Pass:</source>
        <translation>合格最低分(&amp;P)：</translation>
    </message>
    <message>
        <source>Lowest score for &amp;Basic pass:</source>
        <translation>基本合格最低分(&amp;B)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <source>One inspector may inspect alone for:</source>
        <translation>可由一名检查人员单独进行的检查类型：</translation>
    </message>
    <message>
        <source>Every other kind of inspection needs at least two inspectors, each of whom signs the record.</source>
        <translation>其他类型的检查须由至少两名检查人员进行，每人均须在检查记录上签名。</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>The keys on this computer sign reports and bundles; each is protected by its own passphrase.</source>
        <translation>本机的密钥用于对检查记录和数据包签名，每个密钥由各自的口令保护。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>There is no signing key on this computer yet. You need one to sign reports and export bundles.</source>
        <translation>本机还没有签名密钥。签署检查记录和导出数据包都需要密钥。</translation>
    </message>
    <message>
        <source>Create a signing &amp;key…</source>
        <translation>创建签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>{name} ({badge}), {department}</source>
        <translation>{name}（{badge}），{department}</translation>
    </message>
    <message>
        <source>The new language is used after you restart the app.</source>
        <translation>重新启动程序后使用新语言。</translation>
    </message>
    <message>
        <source>Checklists, reports and the window use this language.</source>
        <translation>检查表、报告和界面均使用此语言。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Not saved: {value} is below the lowest score for Basic pass ({other}).</source>
        <translation>未保存：{value} 低于基本合格最低分（{other}）。</translation>
    </message>
    <message>
        <source>Not saved: {value} is above the lowest score for Pass ({other}).</source>
        <translation>未保存：{value} 高于合格最低分（{other}）。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the inspection</source>
        <translation>签署检查记录</translation>
    </message>
    <message>
        <source>Each inspector and the facility representative signs in a box below with the mouse, a pen or a finger. Signing locks the inspection: a later correction needs an amendment with a reason.</source>
        <translation>每位检查员和机构负责人用鼠标、手写笔或手指在下方框内签名。签署后检查记录即锁定，此后如需更正，须说明原因并提出更正。</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>{name} · badge {badge} · {department}</source>
        <translation>{name} · 执法证号 {badge} · {department}</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}：{name}</translation>
    </message>
    <message>
        <source>Facility representative</source>
        <translation>机构负责人</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sign and lock</source>
        <translation>签署并锁定</translation>
    </message>
    <message>
        <source>Still to sign: {names}</source>
        <translation>尚未签名：{names}</translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation>所有人均已签名。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SignatureTile</name>
    <message>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>Facility representative</source>
        <translation>机构负责人</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Signed before an amendment; kept on file, no longer valid for the corrected record</source>
        <translation>在更正前签署；仍予存档，但对更正后的记录不再有效</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>e.g. person in charge</source>
        <translation>如：负责人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>StartFollowupDialog</name>
    <message>
        <source>Start a follow-up inspection</source>
        <translation>开始复查</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up checks the %n open finding(s) of the inspection of {facility} on {date} and records how each was rectified.</source>
        <translation>
            <numerusform>复查将核查 {date} 对{facility}检查时发现的 %n 项待整改问题，并记录各项的整改情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {department} · {badge}</source>
        <translation>{name} · {department} · {badge}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>复查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>检查组(&amp;T)：</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>开始复查</translation>
    </message>
    <message>
        <source>Tick the inspectors who take part.</source>
        <translation>请勾选参加的检查员。</translation>
    </message>
    <message>
        <source>An official inspection has at least two inspectors.</source>
        <translation>正式检查至少需要两名检查员。</translation>
    </message>
    <message>
        <source>Follow-up not started</source>
        <translation>未开始复查</translation>
    </message>
    <message>
        <source>The follow-up was not started: {reason}</source>
        <translation>复查未能开始：{reason}</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <source>Start an inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Type to search by name or township</source>
        <translation>输入名称或乡镇进行搜索</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>机构(&amp;F)：</translation>
    </message>
    <message>
        <source>Routine (日常)</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special (专项)</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Complaint (投诉)</source>
        <translation>投诉核查</translation>
    </message>
    <message>
        <source>Joint (联合)</source>
        <translation>联合检查</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>检查类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>检查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>[lead]</source>
        <translation>[组长]</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>检查组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation>检查表(&amp;C)：</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Choose a facility from the list.</source>
        <translation>请从列表中选择机构。</translation>
    </message>
    <message>
        <source>{address} · capacity {capacity} · under 2: {under2} · meals: {meals}</source>
        <translation>{address} · 托位数 {capacity} · 收托2岁以下：{under2} · 膳食：{meals}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>An official inspection is made by at least %n inspectors: choose another inspector. (The office can allow one inspector for some kinds of inspection in Settings.)</source>
        <translation>
            <numerusform>正式检查须由至少 %n 名检查人员进行：请再选择一名检查人员。（办公室可在“设置”中允许某些检查类型由一名检查人员进行。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one inspector.</source>
        <translation>请至少选择一名检查人员。</translation>
    </message>
    <message>
        <source>{applying} items apply to this facility; {hidden} are hidden as not applicable.</source>
        <translation>{applying} 个检查项适用于本机构；{hidden} 个不适用的检查项已隐藏。</translation>
    </message>
    <message>
        <source>Choose at least one checklist.</source>
        <translation>请至少选择一个检查表。</translation>
    </message>
    <message>
        <source>Choose a facility, at least one inspector and a checklist.</source>
        <translation>请选择机构、至少一名检查员和一个检查表。</translation>
    </message>
    <message>
        <source>The inspection could not be started: {reason}</source>
        <translation>检查未能开始：{reason}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message numerus="yes">
        <source>team of %n</source>
        <translation>
            <numerusform>检查组 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n 个签名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n 次更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>Badge no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Finding: {item}</source>
        <translation>问题：{item}</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Older — kept ours</source>
        <translation>较旧（保留本机）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>The bundle is too large</source>
        <translation>数据包过大</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>The bundle holds too many files</source>
        <translation>数据包内文件过多</translation>
    </message>
    <message>
        <source>The bundle holds a file with a forbidden name</source>
        <translation>数据包内有名称不允许的文件</translation>
    </message>
    <message>
        <source>The bundle has an unexpected structure</source>
        <translation>数据包结构异常</translation>
    </message>
    <message>
        <source>The bundle holds a link, which is not allowed</source>
        <translation>数据包内含链接，不允许导入</translation>
    </message>
    <message>
        <source>The bundle holds the same file twice</source>
        <translation>数据包内有重复的文件</translation>
    </message>
    <message>
        <source>The bundle holds an encrypted file</source>
        <translation>数据包内有加密文件</translation>
    </message>
    <message>
        <source>The bundle uses an unsupported compression</source>
        <translation>数据包使用了不支持的压缩方式</translation>
    </message>
    <message>
        <source>The bundle is malformed (overlapping files)</source>
        <translation>数据包格式异常（文件相互重叠）</translation>
    </message>
    <message>
        <source>The bundle is malformed (it would unpack far too large)</source>
        <translation>数据包格式异常（解压后体积异常庞大）</translation>
    </message>
    <message>
        <source>This is not an inspection bundle</source>
        <translation>这不是检查数据包</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of the app</source>
        <translation>数据包来自更新版本的软件</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is damaged</source>
        <translation>数据包的目录已损坏</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its table of contents</source>
        <translation>数据包内容与其目录不符</translation>
    </message>
    <message>
        <source>The bundle is not signed</source>
        <translation>数据包未签名</translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not valid</source>
        <translation>签名人的证书无效</translation>
    </message>
    <message>
        <source>The signer is not trusted on this computer</source>
        <translation>本机不信任该签名人</translation>
    </message>
    <message>
        <source>The bundle was altered after it was signed</source>
        <translation>数据包在签名后被改动</translation>
    </message>
    <message>
        <source>A record in the bundle is damaged</source>
        <translation>数据包中的记录已损坏</translation>
    </message>
    <message>
        <source>A photo in the bundle is damaged</source>
        <translation>数据包中的照片已损坏</translation>
    </message>
    <message>
        <source>A record in the bundle is not valid</source>
        <translation>数据包中的记录不合规</translation>
    </message>
    <message>
        <source>A photo the records need is missing</source>
        <translation>缺少记录所需的照片</translation>
    </message>
    <message>
        <source>The bundle was refused</source>
        <translation>数据包被拒绝</translation>
    </message>
    <message>
        <source>Not here before.</source>
        <translation>本机原来没有。</translation>
    </message>
    <message>
        <source>A later version of ours.</source>
        <translation>比本机版本更新。</translation>
    </message>
    <message>
        <source>This computer has the same version.</source>
        <translation>本机已有相同版本。</translation>
    </message>
    <message>
        <source>This computer has a later version; ours is kept.</source>
        <translation>本机版本更新，保留本机版本。</translation>
    </message>
    <message>
        <source>Its facility was rejected.</source>
        <translation>其所属机构被拒绝。</translation>
    </message>
    <message>
        <source>Deleted here as a draft; the bundle holds no later change to it.</source>
        <translation>本机已删除该草稿；数据包中没有其之后的修改。</translation>
    </message>
    <message>
        <source>Its original inspection was rejected.</source>
        <translation>其原检查记录被拒绝。</translation>
    </message>
    <message>
        <source>Already kept as a conflict, waiting for a decision.</source>
        <translation>已作为冲突保留，等待处理。</translation>
    </message>
    <message>
        <source>A later version from the other computer is already kept as a conflict.</source>
        <translation>对方更新的版本已作为冲突保留。</translation>
    </message>
    <message>
        <source>Changed on both computers; this later version from the other computer replaces the one waiting for a decision.</source>
        <translation>两台计算机都修改过；对方的这个较新版本替换了正在等待处理的版本。</translation>
    </message>
    <message>
        <source>Changed both here and on the other computer; both versions are kept until someone chooses.</source>
        <translation>本机和另一台计算机都修改过；两个版本都会保留，直到有人作出选择。</translation>
    </message>
    <message>
        <source>It is signed and locked here, and the bundle has different content under the same id: refused as a possible forgery (a correction needs an amendment on this computer).</source>
        <translation>该记录在本机已签署并锁定，而数据包中同一编号的内容不同：可能是伪造，已拒绝（如需更正，请在本机进行更正）。</translation>
    </message>
    <message>
        <source>This conflict was already resolved, or it no longer exists.</source>
        <translation>该冲突已处理，或已不存在。</translation>
    </message>
    <message>
        <source>The record is no longer on this computer.</source>
        <translation>本机已没有该记录。</translation>
    </message>
    <message>
        <source>The other version is signed: take it whole or keep yours whole.</source>
        <translation>对方版本已签署：只能整体采用，或整体保留本机版本。</translation>
    </message>
    <message>
        <source>This combination of choices cannot be saved:</source>
        <translation>按此组合选择无法保存：</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>Record what you found</source>
        <translation>记录检查发现的情况</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report</source>
        <translation>验证文书</translation>
    </message>
    <message>
        <source>Choose a report or notice (PDF), or drop it here, to check its signature and whether this database issued it.</source>
        <translation>选择检查记录或整改通知书（PDF），或拖放到此处，以检查其数字签名以及是否由本数据库出具。</translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation>选择 PDF(&amp;C)…</translation>
    </message>
    <message>
        <source>Also &amp;trust a certificate…</source>
        <translation>另外信任一个证书(&amp;T)…</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>签名时间：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Issued here:</source>
        <translation>本库出具：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The signature is intact, the signer is trusted and nothing was changed after signing.</source>
        <translation>签名完好，签名人可信，签名后未作任何改动。</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>该文件没有数字签名。</translation>
    </message>
    <message>
        <source>The file is damaged or is not a readable PDF.</source>
        <translation>文件已损坏或不是可读取的 PDF。</translation>
    </message>
    <message>
        <source>The signed content was altered after signing: the signature does not match it.</source>
        <translation>签名内容在签名后被篡改：签名与内容不符。</translation>
    </message>
    <message>
        <source>Content was changed or added after signing.</source>
        <translation>签名后内容被修改或增加。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not on the trust list of this data directory.</source>
        <translation>签名人的证书不在本数据目录的信任列表中。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid at the signing time.</source>
        <translation>签名时签名人的证书不在有效期内。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be used for signing.</source>
        <translation>签名人的证书不能用于签名。</translation>
    </message>
    <message>
        <source>Choose a report or notice</source>
        <translation>选择检查记录或整改通知书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a certificate to trust</source>
        <translation>选择要信任的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No certificate could be read from {name}.</source>
        <translation>无法从 {name} 读取证书。</translation>
    </message>
    <message numerus="yes">
        <source>Also trusted: %n certificate(s) from {name}</source>
        <translation>
            <numerusform>另外信任：来自 {name} 的 %n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>the file is larger than a report can be</source>
        <translation>文件大小超出文书的合理范围</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>No: this database has no record of this exact file.</source>
        <translation>否：本数据库没有此文件的出具记录。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Yes: {kind} {number}, {facility}, inspected on {date}; issued {when} by {who}</source>
        <translation>是：{kind} {number}，{facility}，检查日期 {date}；由 {who} 于 {when} 出具</translation>
    </message>
    <message>
        <source>SUPERSEDED: the record was amended after this document was issued ({when}; reason: {reason}).</source>
        <translation>已被替代：本文书签发后，检查记录已更正（{when}；原因：{reason}）。</translation>
    </message>
    <message>
        <source>It is superseded by {number}, issued {when}.</source>
        <translation>现行文书为 {number}，签发于 {when}。</translation>
    </message>
    <message>
        <source>The corrected document has not been issued yet.</source>
        <translation>更正后的文书尚未签发。</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
</context>
</TS>
