<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="26" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="27" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="28" />
        <source>Station details</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="29" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="30" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="31" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="32" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="33" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="34" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="35" />
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="36" />
        <source>Ballot</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="37" />
        <source>Fundraising drive</source>
        <translation>众筹</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="38" />
        <source>Ledger entry</source>
        <translation>账目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="39" />
        <source>Meeting</source>
        <translation>居民会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="42" />
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="43" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="92" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="44" />
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="45" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="66" />
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="46" />
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="47" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="48" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="81" />
        <source>households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="49" />
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="50" />
        <source>deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="51" />
        <source>restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="52" />
        <source>locked after wrong PINs</source>
        <translation>密码 连错被锁定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="53" />
        <source>reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="54" />
        <source>demo station built</source>
        <translation>建立演示站点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="57" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="58" />
        <source>head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="59" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="60" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="61" />
        <source>members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="62" />
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="63" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="64" />
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="65" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="67" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="68" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="69" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="70" />
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="71" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="72" />
        <source>compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="73" />
        <source>street office</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="74" />
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="75" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="76" />
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="77" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="78" />
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="79" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="80" />
        <source>buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="82" />
        <source>entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="83" />
        <source>filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="84" />
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="85" />
        <source>previous file kept as</source>
        <translation>原文件另存为</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="86" />
        <source>wrong PINs</source>
        <translation>密码错误次数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="87" />
        <source>locked until</source>
        <translation>锁定到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="90" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="91" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="93" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="94" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="42" />
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="112" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="48" />
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="48" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="48" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="49" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="49" />
        <source>From … to …</source>
        <translation>从……到……</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="63" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="65" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="67" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="89" />
        <source>Check the trail</source>
        <translation>检查审计链</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="91" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="154" />
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="159" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="161" />
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="165" />
        <source>Only coordinators may export the trail: it holds personal data.</source>
        <translation>只有负责人可以导出审计记录：其中含有个人信息。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="173" />
        <source>The trail is intact: {n} entries, none altered.</source>
        <translation>审计链完好：共 {n} 条，没有被改动。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="177" />
        <source>The trail was altered outside the app at entry {id}: {reason}. Restore a backup and tell the coordinators.</source>
        <translation>审计记录在程序之外被改动，第 {id} 条：{reason}。请恢复备份并告知负责人。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="192" />
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="201" />
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="203" />
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="205" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="211" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="212" />
        <source>{n} entries exported to {path}. The file is NOT masked: keep it safe.</source>
        <translation>已导出 {n} 条到 {path}。文件未脱敏，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="169" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="169" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="169" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="170" />
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="170" />
        <source>Before → after</source>
        <translation>改动前 → 改动后</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="49" />
        <source>edit records</source>
        <translation>录入记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="50" />
        <source>open, close or reopen a vote</source>
        <translation>开启、结束或重新开启表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="51" />
        <source>reverse a ledger entry</source>
        <translation>冲销账目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="52" />
        <source>archive or merge households</source>
        <translation>归档或合并住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="53" />
        <source>export unmasked personal data</source>
        <translation>导出未脱敏的个人信息</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="54" />
        <source>change station settings and the roster</source>
        <translation>修改站点设置和志愿者名册</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="75" />
        <source>Only a coordinator may {action}; {name} is recording as a volunteer.</source>
        <translation>只有负责人可以{action}；{name} 当前以志愿者身份录入。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="86" />
        <source>Wrong PIN for {name}: {tries} tries left.</source>
        <translation>{name} 的密码不对：还可以再试 {tries} 次。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="90" />
        <source>Wrong PIN for {name}, five times in a row: {name} is locked for {seconds} seconds.</source>
        <translation>{name} 的密码连续错了五次：已锁定 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="99" />
        <source>Too many wrong PINs for {name}: try again in {seconds} seconds.</source>
        <translation>{name} 的密码错误次数太多：请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="196" />
        <location filename="../../mutual_aid_desk/core/operators.py" line="308" />
        <source>No volunteer with id {id} on the roster.</source>
        <translation>名册中没有编号为 {id} 的志愿者。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="203" />
        <source>No volunteer named '{name}' on the roster.</source>
        <translation>名册中没有名为“{name}”的志愿者。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="232" />
        <source>The roster already has people; a coordinator adds new ones.</source>
        <translation>名册中已经有人了；请由负责人添加新成员。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="311" />
        <source>{name} was changed by {who} at {at}: reload and make your change again.</source>
        <translation>{name} 已被 {who} 在 {at} 修改：请重新载入后再修改。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="369" />
        <source>No active volunteer named '{name}' on the roster.</source>
        <translation>名册中没有在岗的志愿者“{name}”。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/audit.py" line="116" />
        <source>the entry is missing (deleted)</source>
        <translation>这一条不见了（被删除）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/audit.py" line="117" />
        <source>its link to the previous entry does not match (an entry before it was removed or replaced)</source>
        <translation>它与上一条的链接对不上（之前的某条被删除或替换）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/audit.py" line="118" />
        <source>its content does not match its hash (it was edited outside the app)</source>
        <translation>内容与校验值不符（在程序之外被修改过）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/audit.py" line="339" />
        <source>Cannot write {file}: {reason}. Nothing was exported; choose another folder.</source>
        <translation>无法写入 {file}：{reason}。没有导出任何内容，请换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="23" />
        <source>not a Mutual-Aid Desk station file</source>
        <extracomment>Tables whose counts a person recognises, in the order shown; others are summed as "other records".</extracomment>
        <translation>不是互助站工作台的站点文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="24" />
        <source>cannot be read: damaged, or not a database</source>
        <translation>无法读取：已损坏，或不是数据库</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="121" />
        <location filename="../../mutual_aid_desk/core/restore.py" line="125" />
        <source>The backup {file} is damaged ({reason}); choose another one.</source>
        <translation>备份 {file} 已损坏（{reason}），请选择另一个。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="157" />
        <source>That is the station file itself, not a backup.</source>
        <translation>这是站点文件本身，不是备份。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="163" />
        <source>{file} is not a Mutual-Aid Desk station file; nothing was changed.</source>
        <translation>{file} 不是互助站工作台的站点文件，没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="193" />
        <source>The station file is busy: another window or command is saving. Wait a moment and try again.</source>
        <translation>站点数据文件正忙：另一个窗口或命令正在保存。请稍等片刻再试。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="196" />
        <location filename="../../mutual_aid_desk/core/restore.py" line="200" />
        <source>Cannot write the station file {file}: {reason}. Nothing was restored.</source>
        <translation>无法写入站点文件 {file}：{reason}。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="250" />
        <source>Cannot keep a copy of the current file ({reason}); nothing was restored.</source>
        <translation>无法保存当前文件的副本（{reason}），没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/restore.py" line="274" />
        <source>No operator is recording: choose your name first (on the command line, --operator NAME).</source>
        <translation>还没有人登记操作：请先选择您的名字（命令行用 --operator 姓名）。</translation>
    </message>
</context>
<context>
    <name>FirstCoordinatorDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="174" />
        <source>Welcome to Mutual-Aid Desk</source>
        <translation>欢迎使用互助站工作台</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="177" />
        <source>The first coordinator</source>
        <translation>第一位负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="180" />
        <source>Nobody is on this station's roster yet. Enter the first coordinator: the person who will add the other volunteers. Choose a PIN of 4 to 12 digits and keep it to yourself.</source>
        <translation>本站的名册上还没有人。请填写第一位负责人，由他（她）添加其他志愿者。请设一个 4 到 12 位数字的 密码，不要告诉别人。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="194" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="194" />
        <source>Phone (optional)</source>
        <translation>电话（可不填）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="195" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="200" />
        <source>PIN again</source>
        <translation>再输一次 密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="205" />
        <source>Create and start</source>
        <translation>创建并开始</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="208" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="225" />
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 密码 不一样，请输入相同的 密码。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/history.py" line="32" />
        <source>Nothing recorded for this record yet.</source>
        <translation>这条记录还没有任何改动记录。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="95" />
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="96" />
        <source>Rented out</source>
        <translation>出租</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="97" />
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="98" />
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="62" />
        <source>Who is recording?</source>
        <translation>谁在登记？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="65" />
        <source>Choose your name</source>
        <translation>请选择您的名字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="72" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="72" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="78" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="83" />
        <source>Coordinators type their PIN</source>
        <translation>负责人请输入密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="90" />
        <source>Start recording</source>
        <translation>开始登记</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="93" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="147" />
        <source>Type the PIN for {name}, then press Enter.</source>
        <translation>请输入 {name} 的 密码，然后按回车。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="122" />
        <source>a PIN is 4 to 12 digits</source>
        <translation>密码为 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="123" />
        <source>a name is needed</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="124" />
        <source>this name is already on the roster</source>
        <translation>名册中已有这个名字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="125" />
        <source>the role is volunteer or coordinator</source>
        <translation>角色只能是志愿者或负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="126" />
        <source>not a phone number: use an 11-digit mobile (13812345678) or a landline (021-12345678)</source>
        <translation>不是有效电话：请填 11 位手机号（13812345678）或座机（021-12345678）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="127" />
        <source>the station needs at least one active coordinator: make someone else coordinator first</source>
        <translation>站点至少需要一位在岗负责人：请先指定另一位负责人</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="47" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="51" />
        <source>Choose a backup to bring back. It is checked first, and the station file as it is now is kept as a backup too, so a restore can itself be undone.</source>
        <translation>请选择要恢复的备份。恢复前会先检查备份；当前的站点文件也会先另存为备份，所以恢复之后还可以撤回。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="55" />
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="55" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="55" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="56" />
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="56" />
        <source>Other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="56" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="67" />
        <source>There are no backups beside this station file yet. Use "Choose another file…" to pick one, for example from a USB stick.</source>
        <translation>站点文件旁边还没有备份。可以点“选择其他文件…”，例如从 U 盘选一个备份。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="76" />
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="78" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="81" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="112" />
        <source>Cannot be used: {problem}</source>
        <translation>不能使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="113" />
        <source>the file as it was before a restore</source>
        <translation>恢复之前的文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="114" />
        <source>the file as it was before an upgrade</source>
        <translation>升级之前的文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="115" />
        <source>routine backup</source>
        <translation>日常备份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="139" />
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="140" />
        <source>Station files (*.sqlite3 *.db);;All files (*)</source>
        <translation>站点文件 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="157" />
        <source>Replace the station's data with the backup taken at {taken_at} ({n} households)?

The station file as it is now is kept as a backup first.</source>
        <translation>用 {taken_at} 的备份（{n} 户）替换本站的数据吗？

当前的站点文件会先另存为备份。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="160" />
        <source>Restore this backup?</source>
        <translation>恢复这个备份吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="181" />
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/restore.py" line="182" />
        <source>The backup is back. The file as it was is kept as {file}.</source>
        <translation>备份已恢复。原来的文件另存为 {file}。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="22" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="22" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="22" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="22" />
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="22" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="55" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="55" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="59" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/roster.py" line="59" />
        <source>no (inactive)</source>
        <translation>否（已停用）</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="49" />
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="67" />
        <source>Station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="51" />
        <source>Only a coordinator may change what is on this page; you can look at it.</source>
        <translation>只有负责人可以修改本页内容，您可以查看。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="56" />
        <source>Station details</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="57" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="58" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="74" />
        <source>one compound per line</source>
        <translation>每行一个小区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="80" />
        <source>the station's contact number, printed on notices</source>
        <translation>本站联系电话，会印在通知上</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="82" />
        <source>Station name</source>
        <translation>站名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="83" />
        <source>Compounds served</source>
        <translation>服务的小区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="84" />
        <source>Street office</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="85" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="86" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="90" />
        <source>Save station details</source>
        <translation>保存站点信息</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="129" />
        <source>What you typed is still here.</source>
        <translation>您输入的内容还在。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="136" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="141" />
        <source>Changed by someone else</source>
        <translation>已被别人修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="142" />
        <source>Load the saved station details now? What you typed here will be replaced.</source>
        <translation>现在载入已保存的站点信息吗？您在这里输入的内容会被替换。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="151" />
        <source>a new tag, e.g. 独居老人</source>
        <translation>新标签，例如 独居老人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="153" />
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="155" />
        <source>Remove the chosen tag</source>
        <translation>删除选中的标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="191" />
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="192" />
        <source>Remove the tag {tag}? Every household that carries it loses it.</source>
        <translation>删除标签 {tag} 吗？所有带这个标签的住户都会去掉它。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="218" />
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="220" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="222" />
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="250" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/station.py" line="249" />
        <source>Reactivate</source>
        <translation>恢复在岗</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="33" />
        <source>Edit a person on the roster</source>
        <translation>修改名册上的人员</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="33" />
        <source>Add a person to the roster</source>
        <translation>向名册添加人员</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="39" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="40" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="44" />
        <source>4 to 12 digits; coordinators need one</source>
        <translation>4 到 12 位数字；负责人必须设置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="45" />
        <source>leave empty to keep the current PIN</source>
        <translation>不填则保留原来的 密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="46" />
        <source>Active (can choose their name when signing in)</source>
        <translation>在岗（登记时可以选择这个名字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="51" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="51" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="52" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="52" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="53" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="70" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="73" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="110" />
        <source>Changed by someone else</source>
        <translation>已被别人修改</translation>
    </message>
</context>
</TS>