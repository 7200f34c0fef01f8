<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BallotEntryDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="123" />
        <source>Enter ballots: {title}</source>
        <translation>录入选票：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="131" />
        <source>Double entry: your keying is compared with another person's; only ballots two people keyed alike are counted.</source>
        <translation>双人录入：您录入的内容将与另一人的录入比对，两人录入一致的选票才计入结果。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="144" />
        <source>e.g. 5-2-301, then Enter</source>
        <translation>例如 5-2-301，然后按回车</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="148" />
        <source>one key per item: 1 agree, 2 disagree, 3 abstain, or the option's number; 0 blank</source>
        <translation>每项按一个键：1 同意，2 不同意，3 弃权，或选项编号；0 留空</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="170" />
        <source>Channel and date</source>
        <translation>投票方式和日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="171" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="173" />
        <source>Answers</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="180" />
        <source>Keyed differently: check these against the paper and key them again</source>
        <translation>两次录入不一致：请对照纸质选票重新录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="184" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="213" />
        <source>Evening meeting</source>
        <translation>晚间会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="213" />
        <source>Door to door</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="213" />
        <source>Paper ballot</source>
        <translation>纸质选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="214" />
        <source>Proxy</source>
        <translation>委托</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="240" />
        <source>{address} {head}: already has a ballot (version {rev}, {channel}): {answers}. Saving amends it.</source>
        <translation>{address} {head}：已有选票（第 {rev} 版，{channel}）：{answers}。保存将修改该选票。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="243" />
        <source>all blank</source>
        <translation>全部空白</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="245" />
        <source>{address} {head}: no ballot yet</source>
        <translation>{address} {head}：尚未投票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="263" />
        <source>'{key}' is not an answer here</source>
        <translation>“{key}”不是此项的有效选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="275" />
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="288" />
        <source>{n} items still to answer (0 leaves one blank)</source>
        <translation>还有 {n} 项未填（按 0 可留空）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="313" />
        <source>Saved the ballot of {address}.</source>
        <translation>已保存 {address} 的选票。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="314" />
        <source>Amended the ballot of {address} (version {rev}); the earlier one is kept in its history.</source>
        <translation>已修改 {address} 的选票（第 {rev} 版），原选票保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="315" />
        <source>The ballot of {address} is unchanged.</source>
        <translation>{address} 的选票没有变化。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="316" />
        <source>Keyed {address}: waiting for the second person's keying.</source>
        <translation>已录入 {address}：等待第二人录入。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="317" />
        <source>{address}: both keyings agree; the ballot is counted.</source>
        <translation>{address}：两次录入一致，选票已计入。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="318" />
        <source>{address}: differs from the other keying in {items}; listed below.</source>
        <translation>{address}：与另一次录入在 {items} 上不一致，见下方列表。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="333" />
        <source>Participation {p}/{e} households ({pp} %), {pa}/{ea} m²</source>
        <translation>参与 {p}/{e} 户（{pp}%），{pa}/{ea} m²</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="337" />
        <source>: participation reached</source>
        <translation>：已达到参与门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/ballot_entry.py" line="339" />
        <source>: {heads} more households and {area} m² needed</source>
        <translation>：还需 {heads} 户和 {area} m²</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="72" />
        <source>Edit the plan</source>
        <translation>修改方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="72" />
        <source>New vote plan</source>
        <translation>新建表决方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="78" />
        <source>Major matter: ≥ 2/3 take part, ≥ 3/4 of them agree (Art. 278 items 6-8)</source>
        <translation>重大事项：三分之二以上参与，参与者四分之三以上同意（民法典第278条第6至8项）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="79" />
        <source>Ordinary matter: ≥ 2/3 take part, more than half of them agree</source>
        <translation>一般事项：三分之二以上参与，参与者过半数同意</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="80" />
        <source>Custom bars</source>
        <translation>自定义门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="82" />
        <source>blank: every building; or e.g. 1, 2, 5</source>
        <translation>留空为全部楼栋；或如 1, 2, 5</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="90" />
        <source>Double entry: two people key each paper ballot</source>
        <translation>双人录入：每张纸质选票由两人分别录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="92" />
        <source>Custom bars (fractions such as 2/3 or 85%; blank: not checked)</source>
        <translation>自定义门槛（如 2/3 或 85%；留空表示不考核）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="96" />
        <source>By households</source>
        <translation>按户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="97" />
        <source>By area</source>
        <translation>按面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="98" />
        <source>More than (超过), not at least</source>
        <translation>超过（不含本数），而非以上</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="100" />
        <source>Taking part</source>
        <translation>参与表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="101" />
        <source>Agreeing, of those taking part</source>
        <translation>同意（占参与者）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="119" />
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="120" />
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="129" />
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="131" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="137" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="233" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="138" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="139" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="233" />
        <source>Matter class</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="143" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="146" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="233" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <source>Voting dates</source>
        <translation>征询时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="147" />
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="150" />
        <source>Items (double-click a cell to edit; rows of one section stay together)</source>
        <translation>事项（双击单元格编辑；同一部分的事项请放在一起）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="234" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="235" />
        <source>Decided by</source>
        <translation>决定范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="236" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="236" />
        <source>Max picks</source>
        <translation>最多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="241" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="242" />
        <source>Item {row}, {field}: {reason}</source>
        <translation>第 {row} 项，{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/vote_plan.py" line="244" />
        <source>Custom bars: {reason}</source>
        <translation>自定义门槛：{reason}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="66" />
        <source>this is needed</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="67" />
        <source>the matter class is major, ordinary or custom</source>
        <translation>事项类别为 major（重大）、ordinary（一般）或 custom（自定义）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="68" />
        <source>thresholds are set only for a custom matter class; major and ordinary follow the law</source>
        <translation>只有自定义类别才设门槛；重大和一般事项按法律规定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="69" />
        <source>not a date: write 2026-03-01</source>
        <translation>不是日期：请写成 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="70" />
        <source>the vote closes before it opens</source>
        <translation>截止日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="71" />
        <source>no household is registered in building {building}</source>
        <translation>{building} 号楼没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="72" />
        <source>a plan needs at least one section with at least one item</source>
        <translation>方案至少需要一个部分和一个事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="73" />
        <source>an item key is 1 to 12 letters or digits, such as A1</source>
        <translation>事项编号为 1 到 12 个字母或数字，如 A1</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="74" />
        <source>the key {key} is used by another item</source>
        <translation>编号 {key} 已被其他事项使用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="75" />
        <source>the kind is yesno, choice or multi</source>
        <translation>类型为 yesno（同意/不同意）、choice（单选）或 multi（多选）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="76" />
        <source>the scope is compound, building, unit or household</source>
        <translation>决定范围为 compound（全体）、building（楼栋）、unit（单元）或 household（每户）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="77" />
        <source>a choice needs at least two different options</source>
        <translation>选择题至少需要两个不同的选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="78" />
        <source>a yes/no item has no options</source>
        <translation>同意/不同意类事项没有选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="79" />
        <source>the maximum number of picks is from 1 to the number of options</source>
        <translation>最多可选项数应在 1 到选项数之间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="80" />
        <source>not a plan file: {error}</source>
        <translation>不是方案文件：{error}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="81" />
        <source>no item {key} in this plan</source>
        <translation>本方案没有事项 {key}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="82" />
        <source>not an answer to this item: use {choices}</source>
        <translation>不是此项的有效意见：请用 {choices}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="83" />
        <source>the item is answered twice</source>
        <translation>此项填了两次</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="84" />
        <source>at most {max} picks for this item</source>
        <translation>此项最多选 {max} 项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="85" />
        <source>the channel is one of 会议, 上门, 纸质, 委托 (meeting, door, paper, proxy)</source>
        <translation>投票方式为 会议、上门、纸质、委托 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="86" />
        <source>the household at {address} is not in this vote's buildings</source>
        <translation>{address} 的住户不在本次表决的楼栋范围内</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/votes.py" line="87" />
        <source>ballots have been entered; the plan can no longer change</source>
        <translation>已有选票录入，方案不能再修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tally.py" line="42" />
        <source>not a fraction between 0 and 1: write 2/3, 0.85 or 85%</source>
        <translation>不是 0 到 1 之间的比例：请写 2/3、0.85 或 85%</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tally.py" line="43" />
        <source>give a bar by headcount, by area, or both</source>
        <translation>请给出按户数、按面积或两者的门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="34" />
        <source>no household at this address takes part in this vote</source>
        <translation>此地址没有参加本次表决的住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="35" />
        <source>the same household as row {row}: one ballot per household</source>
        <translation>与第 {row} 行是同一户：每户一票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/ballot_import.py" line="36" />
        <source>no column names an item of this plan (use the item keys, such as A1)</source>
        <translation>没有一列对应本方案的事项（请用事项编号作列名，如 A1）</translation>
    </message>
</context>
<context>
    <name>VoteModels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="32" />
        <source>Major</source>
        <extracomment>For a bar cell: (agree, disagree, abstain, total) as integers.</extracomment>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="32" />
        <source>Ordinary</source>
        <translation>一般事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="32" />
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
        <translation>已截止</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="40" />
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="40" />
        <source>Per building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="40" />
        <source>Per stairwell</source>
        <translation>按单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="41" />
        <source>Per household</source>
        <translation>按户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="45" />
        <source>Yes/no</source>
        <translation>同意/不同意</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="45" />
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="45" />
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="93" />
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="93" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="244" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="93" />
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="147" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="147" />
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="150" />
        <source>no winner</source>
        <translation>无胜出选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="155" />
        <source>{n} households opted in</source>
        <translation>{n} 户选择实施</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="159" />
        <source>{n} of {total} passed</source>
        <translation>{total} 个中 {n} 个通过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="281" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Decided by</source>
        <translation>决定范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <source>By households</source>
        <translation>按户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <source>By area</source>
        <translation>按面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="171" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="185" />
        <source>agree {a} ({ap} %)
disagree {d} · abstain {b}</source>
        <translation>同意 {a} · {ap}%
不同意 {d} · 弃权 {b}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="189" />
        <source>agree {a} m² ({ap} %)
disagree {d} · abstain {b}</source>
        <translation>同意 {a} m² · {ap}%
不同意 {d} · 弃权 {b}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="208" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="208" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="208" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="208" />
        <source>Reached</source>
        <translation>达到门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="208" />
        <source>Still needed</source>
        <translation>还需</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="224" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="224" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="230" />
        <source>{n} households</source>
        <translation>{n} 户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="244" />
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="281" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="281" />
        <source>First keying</source>
        <translation>第一次录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="281" />
        <source>Second keying</source>
        <translation>第二次录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="281" />
        <source>Keyed by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="288" />
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="303" />
        <source>Options (separate with /)</source>
        <translation>选项（用 / 分隔）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="304" />
        <source>Max picks</source>
        <translation>最多选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/votes.py" line="315" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="110" />
        <source>New plan…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="110" />
        <source>Edit plan…</source>
        <translation>修改方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="111" />
        <source>Plan from file…</source>
        <translation>从文件导入方案…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="111" />
        <source>Save plan as file…</source>
        <translation>方案另存为文件…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="112" />
        <source>Enter ballots…</source>
        <translation>录入选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="113" />
        <source>Import ballots…</source>
        <translation>导入选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="114" />
        <source>Print ballots</source>
        <translation>打印选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="115" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="417" />
        <source>Result notice (公示)</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="116" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="425" />
        <source>Walk list of holdouts</source>
        <translation>未投票户走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="117" />
        <source>Close vote</source>
        <translation>截止表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="117" />
        <source>Reopen vote</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="139" />
        <source>Bars: green agree (or the leading option), red disagree (or the other options), grey abstain or blank</source>
        <translation>条形图：绿色为同意（或得票最多的选项），红色为不同意（或其他选项），灰色为弃权或未填</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="154" />
        <source>Per stairwell</source>
        <translation>按单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="155" />
        <source>disagree 9999 · abstain 9999</source>
        <translation>不同意 9999 · 弃权 9999</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="156" />
        <source>disagree 99,999 · abstain 99,999</source>
        <translation>不同意 99,999 · 弃权 99,999</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="180" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="181" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="182" />
        <source>Still to visit</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="183" />
        <source>Keyed differently</source>
        <translation>录入不一致</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="185" />
        <source>No vote yet. Press “New plan…” or load a plan file to start.</source>
        <translation>还没有表决。请点“新建方案…”或从文件导入方案。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="91" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="275" />
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="254" />
        <source>closed, ballots locked</source>
        <translation>已截止，选票已锁定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="254" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="256" />
        <source>Rule in force: {rule}</source>
        <translation>适用规则：{rule}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="259" />
        <source>The base includes {vacant} vacant and {unreachable} unreachable households; {missing} have no area on record and count 0 m².</source>
        <translation>基数中含空置 {vacant} 户、联系不上 {unreachable} 户；{missing} 户无登记面积，按 0 m² 计。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="266" />
        <source>Still to visit ({n})</source>
        <translation>待走访（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="307" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="325" />
        <source>Plan file</source>
        <translation>方案文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="307" />
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="325" />
        <source>Plan files (*.json)</source>
        <translation>方案文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="352" />
        <source>Ballot file</source>
        <translation>选票文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="352" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="359" />
        <source>Import ballots</source>
        <translation>导入选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="360" />
        <source>{file}: {total} ballots, {new} new and {amended} amending an earlier ballot. Import them?</source>
        <translation>{file}：共 {total} 张选票，新增 {new} 张，修改已有选票 {amended} 张。确定导入吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="366" />
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/votes.py" line="409" />
        <source>Paper ballots</source>
        <translation>纸质选票</translation>
    </message>
</context>
</TS>