<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BallotEntryDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="153" />
        <source>Enter ballots: {title}</source>
        <translation>录入选票：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="161" />
        <source>Double entry: your keying is compared with another person's; only ballots two people keyed alike are counted.</source>
        <translation>双人录入：您录入的内容将与另一人的录入比对，两人录入一致的选票才计入结果。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="165" />
        <source>Past the closing day ({closes}): ballots dated on or before it are still taken; set the date written on the paper.</source>
        <translation>已过截止日（{closes}）：截止日当天及以前日期的选票仍可录入，请按纸质选票上的日期填写。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="178" />
        <source>e.g. 5-2-301, then Enter</source>
        <translation>例如 5-2-301，然后按回车</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="182" />
        <source>a key per item: 1 agree 2 disagree 3 abstain, or option no. (01…15 past nine); 0 blank</source>
        <translation>每项一键：1 同意 2 不同意 3 弃权，或选项号（九项以上两位 01…15）；0 空</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="187" />
        <source>The owners' headcount counts exclusive parts (flats); one owner of several flats, and the developer's unsold flats together, count as one person</source>
        <translation>业主人数按专有部分计算；同一业主拥有多个专有部分的、建设单位未出售的部分，按一人计算</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="191" />
        <source>Accept this late ballot…</source>
        <translation>接受这张逾期选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="216" />
        <source>Channel and date</source>
        <translation>投票方式和日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="217" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="219" />
        <source>Answers</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="226" />
        <source>Keyed differently: check these against the paper and key them again</source>
        <translation>两次录入不一致：请对照纸质选票重新录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="230" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="262" />
        <source>Evening meeting</source>
        <translation>晚间会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="262" />
        <source>Door to door</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="262" />
        <source>Paper ballot</source>
        <translation>纸质选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="263" />
        <source>Proxy</source>
        <translation>委托</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="287" />
        <source>Also stands for {flats} (the same owner: one owner, one ballot). </source>
        <translation>也代表 {flats}（同一业主，一人一票）。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="293" />
        <source>{address} {head}: already has a ballot (version {rev}, {channel}): {answers}. Saving amends it.</source>
        <translation>{address} {head}：已有选票（第 {rev} 版，{channel}）：{answers}。保存将修改该选票。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="296" />
        <source>all blank</source>
        <translation>全部空白</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="298" />
        <source>{address} {head}: no ballot yet</source>
        <translation>{address} {head}：尚未投票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="316" />
        <source>'{key}' is not an answer here</source>
        <translation>“{key}”不是此项的有效选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="328" />
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="341" />
        <source>{n} items still to answer (0 leaves one blank)</source>
        <translation>还有 {n} 项未填（按 0 可留空）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="369" />
        <source>Accept a late ballot</source>
        <translation>接受逾期选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="370" />
        <source>Why is this ballot accepted after the closing day?</source>
        <translation>为什么在截止日之后接受这张选票？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="377" />
        <source>Saved the ballot of {address}.</source>
        <translation>已保存 {address} 的选票。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="378" />
        <source>Amended the ballot of {address} (version {rev}); the earlier one is kept in its history.</source>
        <translation>已修改 {address} 的选票（第 {rev} 版），原选票保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="379" />
        <source>The ballot of {address} is unchanged.</source>
        <translation>{address} 的选票没有变化。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="380" />
        <source>Keyed {address}: waiting for the second person's keying.</source>
        <translation>已录入 {address}：等待第二人录入。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="381" />
        <source>{address}: both keyings agree; the ballot is counted.</source>
        <translation>{address}：两次录入一致，选票已计入。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="382" />
        <source>{address}: differs from the other keying in {items}; listed below.</source>
        <translation>{address}：与另一次录入在 {items} 上不一致，见下方列表。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="386" />
        <source> It also stands for {flats}.</source>
        <translation>本票也代表 {flats}。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="388" />
        <source> Accepted late (逾期), with the reason recorded.</source>
        <translation>已作为逾期选票接受，理由已记录。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="402" />
        <source>Participation {p}/{e} owners ({pp} %; {pf}/{ef} flats), {pa}/{ea} m²</source>
        <translation>参与 {p}/{e} 人（{pp}%；对应 {pf}/{ef} 户），{pa}/{ea} m²</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="408" />
        <source>: {heads} more owners and {area} m² needed</source>
        <translation>：还需 {heads} 人和 {area} m²</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="406" />
        <source>: participation reached</source>
        <translation>：已达到参与门槛</translation>
    </message>
</context>
<context>
    <name>BallotImportDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="34" />
        <source>Import ballots: {file}</source>
        <translation>导入选票：{file}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="41" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="43" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="73" />
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="91" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="73" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="73" />
        <source>Also for (same owner)</source>
        <translation>同一业主的其他房屋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="73" />
        <source>Answers</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="74" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="74" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="79" />
        <source>{added} added, {amended} amended, {unchanged} unchanged, {refused} rows refused.</source>
        <translation>新增 {added} 张，修改 {amended} 张，不变 {unchanged} 张，拒收 {refused} 行。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="83" />
        <source>Nothing will be imported until every row is right.</source>
        <translation>每一行都正确之前，不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="87" />
        <source>The file cannot be imported: nothing will be written.</source>
        <translation>此文件无法导入：不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="91" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="91" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="91" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="92" />
        <source>Refused ({n})</source>
        <translation>拒收（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="93" />
        <source>Added ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="93" />
        <source>Amended ({n})</source>
        <translation>修改（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_import_preview.py" line="94" />
        <source>Unchanged ({n})</source>
        <translation>不变（{n}）</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="73" />
        <source>Edit the plan</source>
        <translation>修改方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="73" />
        <source>New vote plan</source>
        <translation>新建表决方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="79" />
        <source>Major matter: ≥ 2/3 take part, ≥ 3/4 of them agree (Art. 278 items 6-8)</source>
        <translation>重大事项：三分之二以上参与，参与者四分之三以上同意（民法典第278条第6至8项）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="80" />
        <source>Ordinary matter: ≥ 2/3 take part, more than half of them agree</source>
        <translation>一般事项：三分之二以上参与，参与者过半数同意</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="81" />
        <source>Custom bars</source>
        <translation>自定义门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="83" />
        <source>blank: every building; or e.g. 1, 2, 5</source>
        <translation>留空为全部楼栋；或如 1, 2, 5</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="91" />
        <source>Double entry: two people key each paper ballot</source>
        <translation>双人录入：每张纸质选票由两人分别录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="93" />
        <source>Custom bars (fractions such as 2/3 or 85%; blank: not checked)</source>
        <translation>自定义门槛（如 2/3 或 85%；留空表示不考核）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="97" />
        <source>By households</source>
        <translation>按户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="98" />
        <source>By area</source>
        <translation>按面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="99" />
        <source>More than (超过), not at least</source>
        <translation>超过（不含本数），而非以上</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="101" />
        <source>Taking part</source>
        <translation>参与表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="102" />
        <source>Agreeing, of those taking part</source>
        <translation>同意（占参与者）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="120" />
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="121" />
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="130" />
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="132" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="138" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="139" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="140" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <source>Matter class</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="144" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="147" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Voting dates</source>
        <translation>征询时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="148" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="151" />
        <source>Items (double-click a cell to edit; rows of one section stay together)</source>
        <translation>事项（双击单元格编辑；同一部分的事项请放在一起）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="236" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="236" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="236" />
        <source>Decided by</source>
        <translation>决定范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="237" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="237" />
        <source>Max picks</source>
        <translation>最多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="242" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="243" />
        <source>Item {row}, {field}: {reason}</source>
        <translation>第 {row} 项，{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="245" />
        <source>Custom bars: {reason}</source>
        <translation>自定义门槛：{reason}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="77" />
        <source>this is needed</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="78" />
        <source>the matter class is major, ordinary or custom</source>
        <translation>事项类别为 major（重大）、ordinary（一般）或 custom（自定义）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="79" />
        <source>thresholds are set only for a custom matter class; major and ordinary follow the law</source>
        <translation>只有自定义类别才设门槛；重大和一般事项按法律规定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="80" />
        <source>not a date: write 2026-03-01</source>
        <translation>不是日期：请写成 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="81" />
        <source>the vote closes before it opens</source>
        <translation>截止日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="82" />
        <source>no household is registered in building {building}</source>
        <translation>{building} 号楼没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="83" />
        <source>a plan needs at least one section with at least one item</source>
        <translation>方案至少需要一个部分和一个事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="84" />
        <source>an item key is 1 to 12 letters or digits, such as A1</source>
        <translation>事项编号为 1 到 12 个字母或数字，如 A1</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="85" />
        <source>the key {key} is used by another item</source>
        <translation>编号 {key} 已被其他事项使用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="86" />
        <source>the kind is yesno, choice or multi</source>
        <translation>类型为 yesno（同意/不同意）、choice（单选）或 multi（多选）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="87" />
        <source>the scope is compound, building, unit or household</source>
        <translation>决定范围为 compound（全体）、building（楼栋）、unit（单元）或 household（每户）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="88" />
        <source>a choice needs at least two different options</source>
        <translation>选择题至少需要两个不同的选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="89" />
        <source>a yes/no item has no options</source>
        <translation>同意/不同意类事项没有选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="90" />
        <source>the maximum number of picks is from 1 to the number of options</source>
        <translation>最多可选项数应在 1 到选项数之间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="91" />
        <source>not a plan file: {error}</source>
        <translation>不是方案文件：{error}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="92" />
        <source>no item {key} in this plan</source>
        <translation>本方案没有事项 {key}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="93" />
        <source>not an answer to this item: use {choices}</source>
        <translation>不是此项的有效意见：请用 {choices}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="94" />
        <source>the item is answered twice</source>
        <translation>此项填了两次</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="95" />
        <source>at most {max} picks for this item</source>
        <translation>此项最多选 {max} 项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="96" />
        <source>the channel is one of 会议, 上门, 纸质, 委托 (meeting, door, paper, proxy)</source>
        <translation>投票方式为 会议、上门、纸质、委托 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="97" />
        <source>the household at {address} is not in this vote's buildings</source>
        <translation>{address} 的住户不在本次表决的楼栋范围内</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="98" />
        <source>ballots have been entered; the plan can no longer change</source>
        <translation>已有选票录入，方案不能再修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="99" />
        <source>the vote closed on {closes}: a ballot dated after that day is late. A coordinator can extend the closing day or accept this one ballot with a reason</source>
        <translation>表决已于 {closes} 截止：此后日期的选票为逾期选票。负责人可以延长截止日，或登记理由后接受这一张选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="100" />
        <source>the new closing day must be later than {closes}</source>
        <translation>新的截止日必须晚于 {closes}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tally.py" line="52" />
        <source>not a fraction between 0 and 1: write 2/3, 0.85 or 85%</source>
        <translation>不是 0 到 1 之间的比例：请写 2/3、0.85 或 85%</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tally.py" line="53" />
        <source>give a bar by headcount, by area, or both</source>
        <translation>请给出按户数、按面积或两者的门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="42" />
        <source>no household at this address takes part in this vote</source>
        <translation>此地址没有参加本次表决的住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="43" />
        <source>the same household as row {row}: one ballot per household</source>
        <translation>与第 {row} 行是同一户：每户一票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="44" />
        <source>no column names an item of this plan (use the item keys, such as A1)</source>
        <translation>没有一列对应本方案的事项（请用事项编号作列名，如 A1）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="45" />
        <source>the same owner as row {row} ({address}): one owner, one ballot</source>
        <translation>与第 {row} 行（{address}）是同一业主：一人一票</translation>
    </message>
</context>
<context>
    <name>VoteModels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="31" />
        <source>Major</source>
        <extracomment>For a bar cell: (agree, disagree, abstain, total) as integers.</extracomment>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="31" />
        <source>Ordinary</source>
        <translation>一般事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="31" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="36" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="36" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="37" />
        <source>Past closing day</source>
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="41" />
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="41" />
        <source>Per building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="41" />
        <source>Per stairwell</source>
        <translation>按单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="42" />
        <source>Per household</source>
        <translation>按户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="46" />
        <source>Yes/no</source>
        <translation>同意/不同意</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="46" />
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="46" />
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="51" />
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="51" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="199" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="51" />
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="105" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="105" />
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="108" />
        <source>no winner</source>
        <translation>无胜出选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="113" />
        <source>{n} households opted in</source>
        <translation>{n} 户选择实施</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="117" />
        <source>{n} of {total} passed</source>
        <translation>{total} 个中 {n} 个通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="214" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Decided by</source>
        <translation>决定范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="189" />
        <source>{n} owners</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <source>By area</source>
        <translation>按面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="129" />
        <source>By owners</source>
        <translation>按人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="143" />
        <source>agree {a} ({ap} %)
disagree {d} · abstain {b}</source>
        <translation>同意 {a} · {ap}%
不同意 {d} · 弃权 {b}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="147" />
        <source>agree {a} m² ({ap} %)
disagree {d} · abstain {b}</source>
        <translation>同意 {a} · {ap}%
不同意 {d} · 弃权 {b}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="166" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="166" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="166" />
        <source>Reached</source>
        <translation>达到门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="166" />
        <source>Still needed</source>
        <translation>还需</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="166" />
        <source>Owners (flats)</source>
        <translation>人数 [户数]</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="183" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="183" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="199" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="214" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="200" />
        <source>Owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="214" />
        <source>First keying</source>
        <translation>第一次录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="214" />
        <source>Second keying</source>
        <translation>第二次录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="214" />
        <source>Keyed by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="221" />
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="236" />
        <source>Options (separate with /)</source>
        <translation>选项（用 / 分隔）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="237" />
        <source>Max picks</source>
        <translation>最多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="248" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="116" />
        <source>New plan…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="116" />
        <source>Edit plan…</source>
        <translation>修改方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="117" />
        <source>Plan from file…</source>
        <translation>从文件导入方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="117" />
        <source>Save plan as file…</source>
        <translation>方案另存为文件…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="118" />
        <source>Enter ballots…</source>
        <translation>录入选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="119" />
        <source>Import ballots…</source>
        <translation>导入选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="120" />
        <source>Print ballots</source>
        <translation>打印选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="121" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="510" />
        <source>Result notice (公示)</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="122" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="518" />
        <source>Walk list of holdouts</source>
        <translation>未投票户走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="123" />
        <source>Close vote</source>
        <translation>截止表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="123" />
        <source>Reopen vote</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="124" />
        <source>Extend closing day…</source>
        <translation>延长截止日…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="146" />
        <source>Bars: green agree (or the leading option), red disagree (or the other options), grey abstain or blank</source>
        <translation>条形图：绿色为同意（或得票最多的选项），红色为不同意（或其他选项），灰色为弃权或未填</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="167" />
        <source>Per stairwell</source>
        <translation>按单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="168" />
        <source>disagree 9999 · abstain 9999</source>
        <translation>不同意 9999 · 弃权 9999</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="169" />
        <source>disagree 99,999 · abstain 99,999</source>
        <translation>不同意 99,999 · 弃权 99,999</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="199" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="200" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="201" />
        <source>Still to visit</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="202" />
        <source>Keyed differently</source>
        <translation>录入不一致</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="204" />
        <source>No vote yet. Press “New plan…” or load a plan file to start.</source>
        <translation>还没有表决。请点“新建方案…”或从文件导入方案。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="97" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="332" />
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="305" />
        <source>closed, ballots locked</source>
        <translation>已关闭，选票已锁定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="305" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="306" />
        <source>past the closing day: ballots dated on or before it can still be entered</source>
        <translation>已截止：截止日当天及以前的选票仍可录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="311" />
        <source>Rule in force: {rule}</source>
        <translation>适用规则：{rule}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="313" />
        <source>Late ballots accepted: {n}.</source>
        <translation>已接受逾期选票 {n} 张。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="316" />
        <source>The base includes {vacant} vacant and {unreachable} unreachable households; {missing} have no area on record and count 0 m².</source>
        <translation>基数中含空置 {vacant} 户、联系不上 {unreachable} 户；{missing} 户无登记面积，按 0 m² 计。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="323" />
        <source>Still to visit ({n})</source>
        <translation>待走访（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="364" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="382" />
        <source>Plan file</source>
        <translation>方案文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="364" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="382" />
        <source>Plan files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="409" />
        <source>Ballot file</source>
        <translation>选票文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="409" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="420" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="430" />
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="460" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="471" />
        <source>Extend closing day</source>
        <translation>延长截止日</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="461" />
        <source>New closing day (now {closes}), e.g. {example}:</source>
        <translation>新的截止日（现为 {closes}），例如 {example}：</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="471" />
        <source>Why is the vote extended?</source>
        <translation>延长的理由？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="502" />
        <source>Paper ballots</source>
        <translation>纸质选票</translation>
    </message>
</context>
</TS>