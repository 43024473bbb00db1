<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own labels whose shipped Chinese translation (qtbase_zh_CN.qm) lags behind
     the Qt version: Qt 6.11 gave these labels mnemonics ("&Look in:"), the .qm still
     translates the old text ("Look in:"), so they showed in English. Kept by hand,
     not by `translations update`; tests/ui/test_language.py opens Qt's dialogs in
     Chinese and fails on any English label, which is how a new one is found. -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job &amp;priority:</source>
        <translation>任务优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>计划打印(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>账单信息(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
</context>
</TS>
