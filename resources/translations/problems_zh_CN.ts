<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="67" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="68" />
        <source>Ledger printout</source>
        <translation>问题台账打印</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="69" />
        <source>Stairwell sheet</source>
        <translation>楼道监督表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="70" />
        <source>Night patrol</source>
        <translation>夜巡</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="71" />
        <source>Patrol rota</source>
        <translation>夜巡排班表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="72" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="101" />
        <source>handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="73" />
        <source>followed up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="74" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="102" />
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="75" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="103" />
        <source>closed as unresolvable</source>
        <translation>无法解决，已办结</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="76" />
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="77" />
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="78" />
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="79" />
        <source>raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="80" />
        <source>raised through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="81" />
        <source>source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="82" />
        <source>handed to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="83" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="84" />
        <source>opened on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="85" />
        <source>closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="86" />
        <source>stairwell</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="87" />
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="88" />
        <source>days ticked</source>
        <translation>填写天数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="89" />
        <source>cells with a problem</source>
        <translation>有问题的格</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="90" />
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="91" />
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="92" />
        <source>route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="93" />
        <source>checks</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="94" />
        <source>findings</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="95" />
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="96" />
        <source>sheets</source>
        <translation>监督表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="97" />
        <source>ticked cells</source>
        <translation>已填的格</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="98" />
        <source>stairwells</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="99" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="100" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="104" />
        <source>night patrol</source>
        <translation>夜巡</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="105" />
        <source>stairwell sheet</source>
        <translation>楼道监督表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="106" />
        <source>a resident</source>
        <translation>居民反映</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="107" />
        <source>a visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="108" />
        <source>a meeting</source>
        <translation>居民会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="109" />
        <source>still open</source>
        <translation>未结束</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="35" />
        <source>Where</source>
        <extracomment>The ledger's field names as error messages show them.</extracomment>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="36" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="37" />
        <source>Raised through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="38" />
        <source>Handed to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="39" />
        <source>Raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="40" />
        <source>Opened on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="41" />
        <source>Stairwell</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="42" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="43" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="44" />
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="45" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="46" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="47" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="48" />
        <source>Findings</source>
        <translation>发现情况</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="224" />
        <source>Record a night patrol</source>
        <translation>记录夜巡</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="233" />
        <source>e.g. 1-8号楼</source>
        <translation>例如 1-8号楼</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="237" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="238" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="239" />
        <source>Route or buildings</source>
        <translation>路线或楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="240" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="241" />
        <source>Checks made</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="242" />
        <source>Findings</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="247" />
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="252" />
        <source>what was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="258" />
        <source>Problem {n}</source>
        <translation>问题 {n}</translation>
    </message>
</context>
<context>
    <name>ProblemDetailDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="282" />
        <source>Problem #{id}</source>
        <translation>问题 #{id}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="292" />
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="292" />
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="293" />
        <source>Resolved…</source>
        <translation>已解决…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="293" />
        <source>Cannot resolve…</source>
        <translation>无法解决…</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="110" />
        <source>New problem</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="113" />
        <source>5-2-301, 5-2, 5 or a place such as 小区东门</source>
        <translation>5-2-301、5-2、5 或 小区东门 这样的地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="125" />
        <source>default: who is recording</source>
        <translation>默认：当前录入人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="131" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="132" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="133" />
        <source>What is wrong</source>
        <translation>问题内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="134" />
        <source>Raised through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="135" />
        <source>Raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="136" />
        <source>Hand to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="137" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ProblemModels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>Opened</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="25" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="26" />
        <source>Handed to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="26" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="26" />
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="40" />
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="40" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="40" />
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="40" />
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Findings</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="48" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="57" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="57" />
        <source>Patrols</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="57" />
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="72" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="72" />
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="72" />
        <source>Still open</source>
        <translation>仍未解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="72" />
        <source>Median days to resolve</source>
        <translation>解决天数中位数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="72" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="90" />
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="160" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/problems.py" line="160" />
        <source>Has a problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="83" />
        <source>say where: a household (5-2-301), a stairwell (5-2), a building (5) or a named place</source>
        <translation>请写明地点：住户（5-2-301）、楼道（5-2）、楼栋（5）或公共区域名称</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="84" />
        <source>no household, stairwell or building of the station at this address</source>
        <translation>本站没有这个住户、楼道或楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="85" />
        <source>not one of the station's problem categories: {categories}</source>
        <translation>不是本站的问题类别：{categories}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="86" />
        <source>write down what the problem is (at most {limit} characters)</source>
        <translation>请写明问题内容（最多 {limit} 字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="87" />
        <source>raised through one of 走访, 夜巡, 楼道监督表, 居民反映, 居民会议 (visit, patrol, sheet, resident, meeting)</source>
        <translation>来源须是 走访、夜巡、楼道监督表、居民反映、居民会议 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="88" />
        <source>hand it to a volunteer on the roster, a partner organisation, the property company (…物业…) or the street office (…街道…)</source>
        <translation>请移交给名册上的志愿者、合作单位、物业公司（名称含“物业”）或街道（名称含“街道”）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="89" />
        <source>the status is one of 待处理, 已移交, 已解决, 无法解决 (open, handed_over, resolved, unresolvable)</source>
        <translation>状态须是 待处理、已移交、已解决、无法解决 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="90" />
        <source>this problem is already closed ({status})</source>
        <translation>这个问题已经办结（{status}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="91" />
        <source>say how it was resolved, or why it cannot be (at most {limit} characters)</source>
        <translation>请写明如何解决，或无法解决的原因（最多 {limit} 字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="92" />
        <source>the date is before the problem was opened</source>
        <translation>日期早于问题登记日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="93" />
        <source>who raised it is at most 40 characters</source>
        <translation>反映人最多 40 个字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/problems.py" line="94" />
        <source>a category is 1 to 20 characters, and the list is not empty</source>
        <translation>类别名称 1 到 20 个字，且至少有一个类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="52" />
        <source>not a month: write it as 2026-12</source>
        <extracomment>The ledger category a problem ticked on a sheet goes to; a station's own check goes to 其他.</extracomment>
        <translation>不是月份：请写成 2026-12</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="53" />
        <source>a cell holds 正常, 有问题 or nothing (1, 2 or 0)</source>
        <translation>格内只能填 正常、有问题 或留空（1、2 或 0）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="54" />
        <source>the month has no day {day}</source>
        <translation>这个月没有 {day} 日</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="55" />
        <source>not one of the station's checks: {checks}</source>
        <translation>不是本站的检查项：{checks}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="56" />
        <source>no such stairwell at the station (write it as 5-2, or 12 for a building without units)</source>
        <translation>本站没有这个楼道（写成 5-2；没有单元的楼写 12）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="57" />
        <source>the same stairwell and day as row {row}</source>
        <translation>与第 {row} 行是同一楼道同一天</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="58" />
        <source>this day is not marked 有问题 for this check on the saved sheet</source>
        <translation>已保存的监督表上这一天的这一项没有标为“有问题”</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/sheets.py" line="59" />
        <source>a check is 1 to 12 characters, and the list has 1 to 8 of them</source>
        <translation>检查项名称 1 到 12 个字，共 1 到 8 项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="31" />
        <source>not a time: write it as 19:30</source>
        <translation>不是时间：请写成 19:30</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="32" />
        <source>not on the volunteer roster: {names}</source>
        <translation>不在志愿者名册上：{names}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="33" />
        <source>name at least one volunteer</source>
        <translation>请至少选一位志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="34" />
        <source>say which route or buildings (at most 60 characters)</source>
        <translation>请写明路线或楼栋（最多 60 字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="35" />
        <source>a patrol cannot be recorded for a day that has not come yet</source>
        <translation>不能记录还没到的日子的夜巡</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="36" />
        <source>write a finding as WHERE:CATEGORY:TEXT, e.g. 5-2:消防安全:楼道堆放纸箱</source>
        <translation>发现的问题写成 地点:类别:内容，例如 5-2:消防安全:楼道堆放纸箱</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/patrols.py" line="37" />
        <source>the findings are too long (at most 1000 characters)</source>
        <translation>发现情况太长（最多 1000 字）</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="178" />
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="184" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="185" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="528" />
        <source>Stairwell sheets</source>
        <translation>楼道监督表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="186" />
        <source>Night patrols</source>
        <translation>夜巡</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="187" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="199" />
        <source>Due for follow-up</source>
        <translation>到期待跟进</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="200" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="270" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="704" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="206" />
        <source>Building, stairwell or place</source>
        <translation>楼栋、楼道或地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="215" />
        <source>History of the selected problem</source>
        <translation>所选问题的办理经过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="220" />
        <source>New problem…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="221" />
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="222" />
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="223" />
        <source>Resolved…</source>
        <translation>已解决…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="224" />
        <source>Cannot resolve…</source>
        <translation>无法解决…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="225" />
        <source>Open household</source>
        <translation>打开住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="226" />
        <source>Print 公示…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="238" />
        <source>Categories…</source>
        <translation>问题类别…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="233" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="235" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="689" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="291" />
        <source>{n} problems · {due} due for follow-up</source>
        <translation>{n} 个问题 · {due} 个到期待跟进</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="353" />
        <source>公示 of resolved problems</source>
        <translation>问题办理情况公示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="357" />
        <source>Separate the names with 、 (coordinators only)</source>
        <translation>各名称之间用“、”分隔（仅负责人可改）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="370" />
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="375" />
        <source>Checks on the stairwell sheet</source>
        <translation>监督表检查项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="399" />
        <source>Keys: 1 OK, 2 problem, 0 not filled. Enter on a problem opens it in the ledger.</source>
        <translation>按键：1 正常，2 有问题，0 未填。在“有问题”格上按回车即登记到台账。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="402" />
        <source>Save month (Ctrl+S)</source>
        <translation>保存本月 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="408" />
        <source>Print the month's sheets…</source>
        <translation>打印本月监督表…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="409" />
        <source>Import a filled file…</source>
        <translation>导入填好的表格…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="410" />
        <source>Monthly report…</source>
        <translation>月报…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="411" />
        <source>Checks…</source>
        <translation>检查项…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="417" />
        <source>Stairwell</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="419" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="592" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="447" />
        <source>Unsaved sheet</source>
        <translation>监督表未保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="448" />
        <source>The sheet you were keying is not saved. Save it now?</source>
        <translation>正在录入的监督表还没有保存。现在保存吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="474" />
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="474" />
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="475" />
        <source>{stairwell}, {month}: {days} days ticked, {bad} cells with a problem ({saved})</source>
        <translation>{stairwell}，{month}：已填 {days} 天，有问题 {bad} 格（{saved}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="512" />
        <source>Problem #{id} opened: {text}</source>
        <translation>已登记问题 #{id}：{text}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="533" />
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="547" />
        <source>Import stairwell sheets</source>
        <translation>导入楼道监督表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="534" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="540" />
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="544" />
        <source>{file}: {sheets} stairwell-months, {days} days, {bad} cells with a problem. Import it?</source>
        <translation>{file}：{sheets} 个楼道月表，{days} 天，有问题 {bad} 格。导入吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="585" />
        <source>Add to rota…</source>
        <translation>排班…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="586" />
        <source>Remove from rota</source>
        <translation>删除排班</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="587" />
        <source>Print rota…</source>
        <translation>打印排班表…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="588" />
        <source>Record a patrol…</source>
        <translation>记录夜巡…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="597" />
        <source>Rota</source>
        <translation>排班表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="599" />
        <source>Patrols walked (findings become problems)</source>
        <translation>巡查记录（发现的问题进台账）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="601" />
        <source>Patrols and hours per volunteer</source>
        <translation>志愿者巡查次数与时长</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="663" />
        <source>Patrol rota</source>
        <translation>夜巡排班表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="684" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="687" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="714" />
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/problems.py" line="715" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="42" />
        <source>Stairwell sheets: report for {month}</source>
        <translation>楼道监督月报：{month}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="45" />
        <source>{stairwells} stairwells; {days} days checked; {problem_days} days with problems; {opened} problems opened, {closed} closed. Under each check: the days it had a problem.</source>
        <translation>{stairwells} 个楼道；检查 {days} 天；有问题 {problem_days} 天；新增问题 {opened} 个，办结 {closed} 个。各检查项下为该项有问题的天数。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="59" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="61" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="63" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="77" />
        <source>Export report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="78" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="92" />
        <source>Stairwell sheets: report</source>
        <translation>楼道监督月报</translation>
    </message>
</context>
<context>
    <name>SheetReportModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="24" />
        <source>Stairwell</source>
        <translation>楼道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="24" />
        <source>Days checked</source>
        <translation>检查天数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="26" />
        <source>Days with problems</source>
        <translation>有问题天数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="26" />
        <source>Problems opened</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems_report.py" line="26" />
        <source>Problems closed</source>
        <translation>办结问题</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="205" />
        <source>Patrol rota: add an evening</source>
        <translation>夜巡排班：添加一晚</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="208" />
        <source>e.g. 1-8号楼</source>
        <translation>例如 1-8号楼</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="210" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="211" />
        <source>Route or buildings</source>
        <translation>路线或楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="212" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="150" />
        <source>Hand over problem #{id}</source>
        <translation>移交问题 #{id}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="150" />
        <source>Follow up problem #{id}</source>
        <translation>跟进问题 #{id}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="151" />
        <source>Resolve problem #{id}</source>
        <translation>解决问题 #{id}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="151" />
        <source>Problem #{id} cannot be resolved</source>
        <translation>问题 #{id} 无法解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="164" />
        <source>Hand to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="165" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="165" />
        <source>What was done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="166" />
        <source>How it was resolved</source>
        <translation>如何解决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="166" />
        <source>Why it cannot be resolved</source>
        <translation>无法解决的原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="169" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/problems.py" line="172" />
        <source>Look again on</source>
        <translation>下次跟进日期</translation>
    </message>
</context>
</TS>