<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="99" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="99" />
        <source>Address</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="99" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="99" />
        <source>Attendance</source>
        <translation>到会情况</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="165" />
        <source>Present</source>
        <translation>本人到场</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="166" />
        <source>Proxy</source>
        <translation>委托代签</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="427" />
        <location filename="../../mutual_aid_desk/core/meetings.py" line="582" />
        <location filename="../../mutual_aid_desk/core/meetings.py" line="600" />
        <source>No meeting with id {id}.</source>
        <extracomment>Notice templates (meeting notices use the "meeting" one); also used for general notices.</extracomment>
        <translation>没有编号为 {id} 的会议。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="584" />
        <location filename="../../mutual_aid_desk/core/templates.py" line="241" />
        <source>changed by {who} at {at}: reload</source>
        <translation>已被 {who} 于 {at} 修改：请重新打开</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="54" />
        <source>The template {name} has no shipped default to reset to.</source>
        <translation>模板 {name} 没有自带的默认内容，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="55" />
        <source>No notice template named {name}.</source>
        <translation>没有名为 {name} 的通知模板。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="34" />
        <source>Change meeting</source>
        <translation>修改会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="34" />
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="44" />
        <source>whole buildings, e.g. 1,2 or 1-3</source>
        <translation>整栋楼，例如 1,2 或 1-3</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="46" />
        <source>single stairwells, e.g. 5-2 (building-unit)</source>
        <translation>单个单元，例如 5-2（楼号-单元）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="49" />
        <source>One agenda item per line</source>
        <translation>每行一项议程</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="54" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="57" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="58" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="59" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="60" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="61" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="62" />
        <source>Stairwells</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="63" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="64" />
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="65" />
        <source>Serves vote no.</source>
        <translation>服务的表决编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="67" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_edit.py" line="69" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="47" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="47" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="47" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="47" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="47" />
        <source>Invited</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="48" />
        <source>Came</source>
        <translation>到会</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="78" />
        <source>Plan a series…</source>
        <translation>安排系列会议…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="79" />
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="80" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="81" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="93" />
        <source>No meetings yet. Plan a series (two buildings an evening, say) or add one meeting.</source>
        <translation>还没有会议。可以安排系列会议（例如每晚两栋楼），或新建一场会议。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="107" />
        <source>Notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="108" />
        <source>Stairwell posters</source>
        <translation>楼道张贴通知</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="109" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="110" />
        <source>All notices of this series</source>
        <translation>本系列全部通知</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="111" />
        <source>Attendance poster</source>
        <translation>参会进度公示牌</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="121" />
        <source>Go to room: type 301 or 1-2-301, then Enter</source>
        <translation>找房号：输入 301 或 1-2-301，按回车</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="122" />
        <source>Keys: 1 or Space = present · 2 = by proxy · 0 or Delete = not there</source>
        <translation>按键：1 或空格 = 本人到场 · 2 = 委托代签 · 0 或 Delete = 未到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="125" />
        <source>Proxy's name…</source>
        <translation>代签人姓名…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="73" />
        <source>Meetings</source>
        <translation>居民会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="112" />
        <source>Enter ballots of those who came…</source>
        <translation>为到会住户录入选票…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="113" />
        <source>For a meeting that serves a vote: key the ballots of the households that came, one after another, with channel "evening meeting"</source>
        <translation>用于服务表决的会议：依次录入到会住户的选票，渠道为“晚间会议”</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="226" />
        <source>Choose a meeting on the left</source>
        <translation>请在左边选择一场会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="233" />
        <source>Invited: {invited}</source>
        <translation>参加：{invited}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="235" />
        <source>Agenda: {agenda}</source>
        <translation>议程：{agenda}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="237" />
        <source>Serves vote no. {id}</source>
        <translation>服务于第 {id} 号表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="263" />
        <source>Signed by proxy</source>
        <translation>委托代签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="264" />
        <source>Who signed for {address}?</source>
        <translation>谁替 {address} 代签？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="284" />
        <source>Came: {came} of {invited} households (present {present}, by proxy {proxy})</source>
        <translation>到会：{came} 户 / 共 {invited} 户（本人 {present} 户，代签 {proxy} 户）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="365" />
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="366" />
        <source>Delete the meeting "{title}" on {date} and its {marks} attendance marks?</source>
        <translation>删除 {date} 的会议“{title}”及其 {marks} 条到会记录吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="397" />
        <source>Meeting notice: {title}</source>
        <translation>会议通知：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="404" />
        <source>Stairwell posters: {invited}</source>
        <translation>楼道张贴通知：{invited}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="411" />
        <source>Sign-in sheet: {invited}</source>
        <translation>签到表：{invited}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="429" />
        <source>All {n} notices: {title}</source>
        <translation>全部 {n} 份通知：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/meetings.py" line="438" />
        <source>Meeting attendance</source>
        <translation>参会进度</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="57" />
        <source>Words in braces are filled in when printing. The station fills these itself: {placeholders}. Any other name, e.g. {title} or {body}, gets a box on the right. Write {{ or }} for a brace.</source>
        <translation>花括号里的词在打印时填入。以下由互助站自动填写：{placeholders}。其他名称（如 {title}、{body}）会在左边出现一个填写框。要印出花括号本身，请写 {{ 或 }}。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="61" />
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="62" />
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="204" />
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="64" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="67" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="68" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="69" />
        <source>Closing</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="77" />
        <source>Fill in and print</source>
        <translation>填写并打印</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="81" />
        <source>Nothing to fill in: this template uses only the station's own details.</source>
        <translation>无需填写：此模板只用互助站自己的信息。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="84" />
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="104" />
        <source>Kind of notice</source>
        <translation>通知类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="40" />
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="148" />
        <source>The station's own copy (changed by {who})</source>
        <translation>本站修改过的版本（由 {who} 修改）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="149" />
        <source>The shipped default</source>
        <translation>自带的默认模板</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="205" />
        <source>Throw away the station's changes to this template and use the shipped default?</source>
        <translation>放弃本站对此模板的修改，恢复为自带的默认模板吗？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/notices.py" line="223" />
        <source>Cannot print yet</source>
        <translation>还不能打印</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="98" />
        <source>Preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="128" />
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="129" />
        <source>Previous page (PgUp)</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="135" />
        <source>of {pages}</source>
        <translation>/ 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="137" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="137" />
        <source>Next page (PgDn)</source>
        <translation>下一页（PgDn）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="143" />
        <source>Smaller −</source>
        <translation>缩小 −</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="144" />
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="145" />
        <source>Larger +</source>
        <translation>放大 +</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="146" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="147" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="148" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="149" />
        <source>Show the whole page (Ctrl+0)</source>
        <translation>显示整页（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="169" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="170" />
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="171" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="171" />
        <source>Save as (Ctrl+S)</source>
        <translation>另存为（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="172" />
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="394" />
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="173" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="323" />
        <source>Print {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="338" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="338" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="362" />
        <source>Save document as</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="362" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="374" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="375" />
        <source>Could not save the file: {problem}</source>
        <translation>无法保存文件：{problem}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/preview.py" line="395" />
        <source>No PDF viewer could be started. Use "Save as" and open the file yourself.</source>
        <translation>无法打开 PDF 阅读器。请用“另存为”保存后自行打开。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="41" />
        <source>not a time of day: use hours and minutes, e.g. 19:00</source>
        <translation>不是时间：请写小时和分钟，例如 19:00</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="42" />
        <source>not a date: use year-month-day, e.g. 2026-11-23</source>
        <translation>不是日期：请写年-月-日，例如 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="43" />
        <source>this must be filled in</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="44" />
        <source>the title is too long (at most 200 characters)</source>
        <translation>标题太长（最多 200 个字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="45" />
        <source>not a list of buildings: use numbers and ranges, e.g. 1-25 or 1,3,5-8</source>
        <translation>不是楼栋列表：请写楼号和范围，例如 1-25 或 1,3,5-8</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="46" />
        <source>invite at least one building or stairwell</source>
        <translation>至少邀请一栋楼或一个单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="47" />
        <source>no households are registered in building {buildings}</source>
        <translation>{buildings} 号楼没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="48" />
        <source>a stairwell is written building-unit, e.g. 5-2</source>
        <translation>单元写成 楼号-单元，例如 5-2</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="49" />
        <source>building {building} is listed twice</source>
        <translation>{building} 号楼重复列出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="50" />
        <source>buildings per evening must be a whole number from 1 to 50</source>
        <translation>每晚楼栋数必须是 1 到 50 的整数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="51" />
        <source>attendance is present, proxy or absent</source>
        <translation>到会情况只能是本人到场、委托代签或未到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/meetings.py" line="52" />
        <source>household {address} was not invited to this meeting</source>
        <translation>{address} 户不在本次会议的邀请范围内</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="47" />
        <source>unknown placeholder {{{name}}}: give it a value or correct it</source>
        <extracomment>Filled from the station's settings and the print date; never asked for. How the editor and the fill-in form name common placeholders.</extracomment>
        <translation>未知的占位符 {{{name}}}：请填写它的内容或改正它</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="48" />
        <source>unknown placeholder {{{name}}}: did you mean {{{hint}}}?</source>
        <translation>未知的占位符 {{{name}}}：是否应为 {{{hint}}}？</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="49" />
        <source>unknown placeholder {{{name}}}: a value was given for {given} instead; check the spelling</source>
        <translation>未知的占位符 {{{name}}}：填写的是 {given}，请检查拼写</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="50" />
        <source>a lone brace or an empty placeholder {text}: write {{{{ or }}}} for a brace</source>
        <translation>单独的花括号或空占位符 {text}：要印出花括号请写 {{{{ 或 }}}}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="51" />
        <source>a template name uses letters, digits, - and _ (at most 40)</source>
        <translation>模板名称只能用字母、数字、- 和 _（最多 40 个）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="52" />
        <source>the template has no title and no body</source>
        <translation>模板既没有标题也没有正文</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/templates.py" line="53" />
        <source>the station's {name} is not filled in: set it in the station settings, or give a value</source>
        <translation>互助站的 {name} 还没有填写：请在互助站设置中填写，或直接给出内容</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="195" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="195" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="195" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/meetings.py" line="195" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
</context>
<context>
    <name>SeriesPlanDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="51" />
        <source>Plan a series of meetings</source>
        <translation>安排系列会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="55" />
        <source>Residents' meeting</source>
        <translation>居民会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="57" />
        <source>e.g. 1-25 or 1,3,5-8</source>
        <translation>例如 1-25 或 1,3,5-8</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="67" />
        <source>e.g. community room, ground floor of building 3</source>
        <translation>例如 活动室、3号楼架空层</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="68" />
        <source>No meetings on Saturdays and Sundays</source>
        <translation>周六、周日不开会</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="70" />
        <source>One agenda item per line</source>
        <translation>每行一项议程</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="75" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="76" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="77" />
        <source>Buildings per evening</source>
        <translation>每晚楼栋数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="78" />
        <source>First evening</source>
        <translation>第一晚</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="79" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="80" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="82" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="84" />
        <source>Propose evenings</source>
        <translation>生成安排</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="95" />
        <source>Change any cell before creating: double-click it or press F2. Dates as 2026-11-23, buildings as 1,2.</source>
        <translation>创建前可以修改任何一格：双击或按 F2。日期写成 2026-11-23，楼栋写成 1,2。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="102" />
        <source>Create meetings</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/meetings_plan.py" line="143" />
        <source>{evenings} evenings for {buildings} buildings, from {first} to {last}</source>
        <translation>共 {evenings} 晚，{buildings} 栋楼，从 {first} 到 {last}</translation>
    </message>
</context>
<context><name>Fields</name><message><source>First evening</source><translation>第一晚</translation></message><message><source>Closing</source><translation>落款</translation></message></context></TS>