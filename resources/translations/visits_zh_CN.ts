<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BulkReentryDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="85" />
        <source>Enter walk list results</source>
        <translation>录入走访清单结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="110" />
        <source>One key per row: 1 Met, 2 Not home, 3 Refused, 4 Done, 5 Vacant, 0 clears. Double-click a note to write it. Rows without an outcome are not saved.</source>
        <translation>每行按一个键：1 见到，2 不在家，3 拒绝，4 已完成，5 空置，0 清除。双击备注格可填写备注。没有结果的行不保存。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="133" />
        <source>Save all (Ctrl+S)</source>
        <translation>全部保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="143" />
        <source>Volunteers</source>
        <translation>走访志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="144" />
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="145" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="160" />
        <source>{marked} of {rows} rows have an outcome</source>
        <translation>共 {rows} 行，已填结果 {marked} 行</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="180" />
        <source>No row has an outcome yet: press 1–5 on a row.</source>
        <translation>还没有任何一行填了结果：在行上按 1–5。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="185" />
        <source>Nothing was saved</source>
        <translation>没有保存任何记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="195" />
        <source>Discard the {n} outcomes entered? Nothing will be saved.</source>
        <translation>放弃已录入的 {n} 条结果？将不会保存任何记录。</translation>
    </message>
</context>
<context>
    <name>BulkReentryModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="262" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="262" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="262" />
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="262" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="263" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="35" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="35" />
        <source>Edit consultation</source>
        <translation>修改咨询记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="41" />
        <source>Household address (5-2-301), or leave empty for a walk-in</source>
        <translation>住户地址（如 5-2-301），来访人员可留空</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="56" />
        <source>(not referred)</source>
        <translation>（未转介）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="62" />
        <source>Follow up by</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="79" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="80" />
        <source>Walk-in name</source>
        <translation>来访人姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="81" />
        <source>Walk-in phone</source>
        <translation>来访人电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="82" />
        <source>Asked at</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="83" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="84" />
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="85" />
        <source>Advice given</source>
        <translation>给出的建议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="86" />
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="87" />
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/consultation_form.py" line="89" />
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="214" />
        <source>Asked</source>
        <translation>咨询日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="214" />
        <source>Who</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="214" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="214" />
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="215" />
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="215" />
        <source>Handled by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="215" />
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="215" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="216" />
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="65" />
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="69" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="72" />
        <source>New consultation</source>
        <translation>新建咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="73" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="74" />
        <source>Partner organisations…</source>
        <translation>合作机构…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="102" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="107" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="57" />
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="116" />
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="117" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="137" />
        <source>{n} consultations</source>
        <translation>共 {n} 条咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="144" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="144" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="148" />
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="151" />
        <source>{total} consultations: {resolved} resolved, {referred} referred, {open} open</source>
        <translation>共 {total} 条咨询：已解决 {resolved}，已转介 {referred}，待处理 {open}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="176" />
        <source>Partner organisations</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="176" />
        <source>One organisation per line:</source>
        <translation>每行一个机构：</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="188" />
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="189" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="197" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/consultations.py" line="197" />
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="46" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="52" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="54" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="35" />
        <source>Coverage</source>
        <translation>走访覆盖</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="86" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="86" />
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="92" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="86" />
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="86" />
        <source>Visited</source>
        <translation>期间走访户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="87" />
        <source>Visited %</source>
        <translation>走访比例</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="87" />
        <source>Someone reached</source>
        <translation>见到人户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="87" />
        <source>Never visited</source>
        <translation>从未走访户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="87" />
        <source>Never visited %</source>
        <translation>从未走访比例</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="90" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="92" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="92" />
        <source>Number of visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="95" />
        <source>{visited} of {households} households visited ({share}); {never} never visited (vacant flats count and are shown)</source>
        <translation>{households} 户中走访了 {visited} 户（{share}）；{never} 户从未走访（空置户计入并单列）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="101" />
        <source>Export coverage</source>
        <translation>导出走访覆盖</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="101" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="109" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/coverage.py" line="109" />
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="39" />
        <source>Open household (Enter)</source>
        <translation>打开住户（回车）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="40" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="59" />
        <source>Nothing is due today. Well done.</source>
        <translation>今天没有到期的回访。辛苦了！</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="68" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="32" />
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="97" />
        <source>Everyone</source>
        <translation>全部志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/due.py" line="106" />
        <source>{n} follow-ups due today or overdue</source>
        <translation>今天到期或已逾期的回访：{n} 项</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="180" />
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="180" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="180" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="180" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="181" />
        <source>Who</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="181" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="181" />
        <source>Volunteers</source>
        <translation>走访志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="181" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="198" />
        <source>Visit follow-up</source>
        <translation>走访回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="198" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="199" />
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="83" />
        <source>the outcome is one of 见到, 不在家, 拒绝, 已完成 (met, not home, refused, done)</source>
        <extracomment>One key per outcome, the same in evening entry and in bulk re-entry. The station's own purposes: a list of strings in ``station.settings``.</extracomment>
        <translation>结果应为 见到、不在家、拒绝、已完成 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="84" />
        <source>not a visit purpose: use 日常走访, 投票征询, 众筹收款, 咨询回访, 安全检查 or one of the station's own ({custom})</source>
        <translation>不是走访目的：请用 日常走访、投票征询、众筹收款、咨询回访、安全检查 或本站自定义的目的（{custom}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="85" />
        <source>not a date: write it as 2026-11-21 (a time such as 19:30 may follow)</source>
        <translation>不是日期：请写成 2026-11-21（后面可加时间，如 19:30）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="86" />
        <source>a visit cannot be recorded for a day that has not come yet</source>
        <translation>不能登记还没到的日子的走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="87" />
        <source>the follow-up date is before the visit</source>
        <translation>回访日期早于走访日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="88" />
        <source>not on the volunteer roster: {names}</source>
        <translation>不在志愿者名册上：{names}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="89" />
        <source>name at least one volunteer</source>
        <translation>请至少填写一名志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="90" />
        <source>no household at this address</source>
        <translation>这个地址没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="91" />
        <source>the notes are too long (at most 1000 characters)</source>
        <translation>备注太长（最多 1000 字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="92" />
        <source>a purpose is 1 to 20 characters</source>
        <translation>走访目的为 1 到 20 个字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/visits.py" line="294" />
        <source>the same visit as row {row}</source>
        <translation>与第 {row} 行是同一次走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="71" />
        <source>the category is one of 法律, 健康, 政策, 邻里纠纷, 物业管理, 其他</source>
        <extracomment>The station's partner organisations, a list of names in ``station.settings``.</extracomment>
        <translation>类别应为 法律、健康、政策、邻里纠纷、物业管理、其他 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="72" />
        <source>the status is one of 待处理, 已转介, 已解决 (open, referred, resolved)</source>
        <translation>状态应为 待处理、已转介、已解决 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="73" />
        <source>name the household, or the name of the person who asked</source>
        <translation>请填写住户，或来访人的姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="74" />
        <source>write down what was asked</source>
        <translation>请写下咨询的问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="75" />
        <source>not one of the station's partner organisations: {partners}</source>
        <translation>不是本站的合作机构：{partners}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="76" />
        <source>a referred consultation names the organisation it was referred to</source>
        <translation>已转介的咨询须写明转介到哪个机构</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="77" />
        <source>the closing date is before the consultation</source>
        <translation>办结日期早于咨询日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="78" />
        <source>the follow-up date is before the consultation</source>
        <translation>回访日期早于咨询日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="79" />
        <source>a partner organisation's name is 1 to 40 characters</source>
        <translation>合作机构名称为 1 到 40 个字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/consultations.py" line="80" />
        <source>too long (at most {limit} characters)</source>
        <translation>太长（最多 {limit} 字）</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="30" />
        <source>Met</source>
        <translation>见到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="31" />
        <source>Not home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="32" />
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="33" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="36" />
        <source>General visit</source>
        <translation>日常走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="37" />
        <source>Vote</source>
        <translation>投票征询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="38" />
        <source>Fundraising</source>
        <translation>众筹收款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="39" />
        <source>Consultation follow-up</source>
        <translation>咨询回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="40" />
        <source>Safety check</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="43" />
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="44" />
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="45" />
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="46" />
        <source>Neighbour dispute</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="47" />
        <source>Property management</source>
        <translation>物业管理</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="48" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="51" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="52" />
        <source>Referred</source>
        <translation>已转介</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="53" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="55" />
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="126" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="126" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="126" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="126" />
        <source>Volunteers</source>
        <translation>走访志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="127" />
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="127" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="127" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/visits.py" line="127" />
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="112" />
        <source>Evening entry: address, Enter, one key for the outcome, Enter</source>
        <translation>晚间录入：输入地址按回车，按一个键选结果，再按回车</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="117" />
        <source>Address (5-2-301), name or pinyin initials</source>
        <translation>地址（5-2-301）、姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="122" />
        <source>Notes (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="123" />
        <source>Come back by</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="131" />
        <source>Names, separated by 、</source>
        <translation>姓名，用“、”隔开</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="138" />
        <source>Save (Enter)</source>
        <translation>保存 (回车)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="152" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="154" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="155" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="156" />
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="157" />
        <source>Volunteers</source>
        <translation>走访志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="158" />
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="159" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="164" />
        <source>Print walk list…</source>
        <translation>打印走访清单…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="165" />
        <source>Enter walk list results…</source>
        <translation>录入走访清单结果…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="166" />
        <source>Import visits…</source>
        <translation>导入走访记录…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="401" />
        <source>Importing visits…</source>
        <translation>正在导入走访记录…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="105" />
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="167" />
        <source>Station's own purposes…</source>
        <translation>本站走访目的…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="252" />
        <source>last visit {date}: {outcome}</source>
        <translation>上次走访 {date}：{outcome}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="266" />
        <source>Type an address such as 5-2-301, or a name.</source>
        <translation>请输入地址（如 5-2-301）或姓名。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="275" />
        <source>No household matches '{text}'.</source>
        <translation>没有与“{text}”相符的住户。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="279" />
        <source>{n} households match: {sample} … type more of the address.</source>
        <translation>有 {n} 户相符：{sample} …… 请把地址输入完整。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="313" />
        <source>Press 1, 2, 3 or 4 for the outcome.</source>
        <translation>请按 1、2、3 或 4 选择结果。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="322" />
        <source>Saved: {address} {head}, {outcome}</source>
        <translation>已保存：{address} {head}，{outcome}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="340" />
        <source>{n} visits recorded</source>
        <translation>已登记走访 {n} 次</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="367" />
        <source>Station's own purposes</source>
        <translation>本站走访目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="368" />
        <source>One purpose per line, besides the built-in ones:</source>
        <translation>除内置目的外，每行写一个本站自己的走访目的：</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="381" />
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="395" />
        <source>Import visits</source>
        <translation>导入走访记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="381" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="387" />
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="390" />
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="404" />
        <source>The file was not imported</source>
        <translation>文件没有导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/visits.py" line="396" />
        <source>{new} visits will be added; {already} are already recorded. Import?</source>
        <translation>将新增 {new} 次走访；{already} 次已登记过。导入吗？</translation>
    </message>
</context>
<context>
    <name>WalkListDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="44" />
        <source>Walk list</source>
        <translation>走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="52" />
        <source>Building {building} ({n})</source>
        <translation>{building} 号楼（{n} 户）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="58" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="62" />
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="65" />
        <source>Not visited since</source>
        <translation>此日期以来未走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="69" />
        <source>Follow-up due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="87" />
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="88" />
        <source>Enter results…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="89" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="93" />
        <source>{n} households handed over</source>
        <translation>已指定 {n} 户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="94" />
        <source>Buildings (none ticked: all)</source>
        <translation>楼栋（不勾选即全部）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="96" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="100" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="101" />
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="102" />
        <source>Volunteers</source>
        <translation>走访志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="103" />
        <source>Date of the round</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="142" />
        <source>{n} households selected</source>
        <translation>已选 {n} 户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/walklist_dialog.py" line="163" />
        <source>Preparing the walk list…</source>
        <translation>正在生成走访清单…</translation>
    </message>
</context>
</TS>