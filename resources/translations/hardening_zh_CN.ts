<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="40" />
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="44" />
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="50" />
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="50" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="50" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="51" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="51" />
        <source>From … to …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="65" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="67" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="69" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="91" />
        <source>Check the trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="93" />
        <source>Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="154" />
        <source>{n} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="159" />
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="161" />
        <source>All records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="165" />
        <source>Only coordinators may export the trail: it holds personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="176" />
        <source>Checking the trail and every record…</source>
        <translation>正在核对审计记录和每一条数据…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="182" />
        <source>The trail is intact: {n} entries, none altered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="193" />
        <source>Records were changed outside the app ({n}). Restore a backup and tell the coordinators.</source>
        <translation>有记录在本程序之外被改动（{n} 处）。请从备份恢复，并告知负责人。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="198" />
        <source>The trail was altered outside the app at entry {id}: {reason}. Restore a backup and tell the coordinators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="213" />
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="222" />
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="224" />
        <source>Export the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="226" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="232" />
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/audit.py" line="233" />
        <source>{n} entries exported to {path}. The file is NOT masked: keep it safe.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="73" />
        <source>{entity} {id}: {field} is {stored} in the file but {audited} in the audit trail (changed outside the app)</source>
        <translation>{entity} {id}：{field} 在文件中为 {stored}，审计记录中却是 {audited}（在本程序之外被改动）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="74" />
        <source>{entity} {id}: in the audit trail but missing from the file (deleted outside the app)</source>
        <translation>{entity} {id}：审计记录中有，文件中却没有（在本程序之外被删除）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="75" />
        <source>{entity} {id}: in the file but no audit entry records it (inserted outside the app)</source>
        <translation>{entity} {id}：文件中有，但没有任何审计记录（在本程序之外被插入）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="76" />
        <source>guard trigger {name} is missing: the audit trail can be edited (restore a backup or ask for help)</source>
        <translation>保护触发器 {name} 不见了：审计记录可被改动（请从备份恢复或寻求帮助）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="77" />
        <source>the posted head says {count} entries but the file holds only {have}: entries were cut off the end</source>
        <translation>公示上的审计链写明 {count} 条，文件中只有 {have} 条：末尾的记录被删掉了</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="78" />
        <source>entry {count} has hash {have}, but the posted head says {posted}: the trail was rewritten since it was posted</source>
        <translation>第 {count} 条记录的哈希为 {have}，公示上写的是 {posted}：公示之后审计记录被改写过</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/roster.py" line="153" />
        <source>The roster uses tags that are not in the station's list: {tags}. Only a coordinator can add tags (站点 page, or import as a coordinator); nothing was imported.</source>
        <translation>花名册用到了站点标签列表中没有的标签：{tags}。只有负责人可以添加标签（站点页面，或由负责人导入）；本次没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/roster.py" line="293" />
        <source>The import was not written: the new households were not numbered in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/roster.py" line="367" />
        <source>Cannot write {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/db/engine.py" line="79" />
        <source>The station file is busy: another window or command is saving. Wait a moment and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/db/engine.py" line="84" />
        <source>The disk refused to save (it may be full, read-only or removed). Nothing was saved; free some space or choose another folder, then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/db/engine.py" line="172" />
        <source>The folder {folder} cannot be written to (read-only, or no permission), and the station file needs to keep its journal beside it. Copy the file to a folder you can write to, or ask for write access; the file itself is fine.</source>
        <translation>文件夹 {folder} 无法写入（只读或没有权限），而站点文件需要在旁边保存日志文件。请把文件复制到可写的文件夹，或申请写入权限；文件本身没有损坏。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="58" />
        <source>edit records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="59" />
        <source>open, close or reopen a vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="60" />
        <source>reverse a ledger entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="61" />
        <source>archive or merge households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="62" />
        <source>export unmasked personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="63" />
        <source>change station settings and the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="84" />
        <source>Only a coordinator may {action}; {name} is recording as a volunteer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="95" />
        <source>Wrong PIN for {name}: {tries} tries left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="99" />
        <source>Wrong PIN for {name}, five times in a row: {name} is locked for {seconds} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="108" />
        <source>Too many wrong PINs for {name}: try again in {seconds} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="221" />
        <location filename="../../mutual_aid_desk/core/operators.py" line="333" />
        <source>No volunteer with id {id} on the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="228" />
        <source>No volunteer named '{name}' on the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="257" />
        <source>The roster already has people; a coordinator adds new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="336" />
        <source>{name} was changed by {who} at {at}: reload and make your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="400" />
        <source>No active volunteer named '{name}' on the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="407" />
        <source>{name} is a coordinator: give the PIN (--pin or MUTUAL_AID_DESK_PIN).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstCoordinatorDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="166" />
        <source>Welcome to Mutual-Aid Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="169" />
        <source>The first coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="172" />
        <source>Nobody is on this station's roster yet. Enter the first coordinator: the person who will add the other volunteers. Choose a PIN of 6 to 12 digits and keep it to yourself.</source>
        <translation>本站的名册上还没有人。请填写第一位负责人，由他（她）添加其他志愿者。请设一个 6 到 12 位数字的密码，不要告诉别人。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="186" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="186" />
        <source>Phone (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="187" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="189" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="194" />
        <source>Create and start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="197" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="214" />
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="54" />
        <source>Who is recording?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="57" />
        <source>Choose your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="64" />
        <source>coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="64" />
        <source>volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="70" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="75" />
        <source>Coordinators type their PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="82" />
        <source>Start recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="85" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/login.py" line="139" />
        <source>Type the PIN for {name}, then press Enter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/integrity.py" line="385" />
        <source>write the head as printed: entry number, colon, the first 8 or more characters of its hash (1234:5f2a9c01b3de)</source>
        <extracomment>Triggers every station file must have (migrations 0002 and 0008 create them).</extracomment>
        <translation>请按公示上印的写：记录序号、冒号、哈希的前 8 位或更多（如 1234:5f2a9c01b3de）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="24" />
        <source>the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 or as XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="25" />
        <source>only .csv and .xlsx files can be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="26" />
        <source>only .csv and .xlsx files can be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="27" />
        <source>the file cannot be read: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="28" />
        <source>this column is missing (accepted headers: {names})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="29" />
        <source>no header row found: the first rows name none of the expected columns ({names})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="30" />
        <source>the file has no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="45" />
        <source>the file is {size} bytes; the limit is {limit} bytes</source>
        <translation>文件大小为 {size} 字节，上限为 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="46" />
        <source>the sheet has more than {limit} rows; split the file</source>
        <translation>表格超过 {limit} 行，请拆分文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="47" />
        <source>the row has {count} columns; the limit is {limit}</source>
        <translation>这一行有 {count} 列，上限为 {limit} 列</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="48" />
        <source>the cell holds {count} characters; the limit is {limit}</source>
        <translation>这个单元格有 {count} 个字符，上限为 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="49" />
        <source>part {part} of the XLSX unpacks to {size} bytes ({ratio}× its packed size); the limits are {limit} bytes and {max_ratio}×: this is not an ordinary spreadsheet</source>
        <translation>XLSX 中的 {part} 解压后为 {size} 字节（压缩大小的 {ratio} 倍）；上限为 {limit} 字节和 {max_ratio} 倍：这不是普通的表格文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="52" />
        <source>the XLSX holds {count} parts; the limit is {limit}</source>
        <translation>XLSX 含有 {count} 个部件，上限为 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="53" />
        <source>the file ends in the middle of this row ({count} of {expected} cells): it was cut off; ask for the whole file</source>
        <translation>文件在这一行中间结束（{expected} 个单元格只有 {count} 个）：文件不完整，请索取完整文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="55" />
        <source>a quoted cell starting in this row is never closed: the file was cut off or is damaged</source>
        <translation>从这一行开始的带引号单元格没有结束：文件不完整或已损坏</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="57" />
        <source>the text reads as characters a Chinese roster does not contain ({chars}): the file is in another encoding (Japanese, Korean, traditional Chinese, Cyrillic?); save it as CSV UTF-8 or as XLSX</source>
        <translation>文字读出来是中文花名册不会有的字符（{chars}）：文件是其他编码（日文、韩文、繁体中文、俄文？）；请另存为 CSV UTF-8 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="152" />
        <source>a PIN is 4 to 12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="153" />
        <source>a coordinator's PIN is 6 to 12 digits</source>
        <translation>负责人的密码须为 6 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="154" />
        <source>a name is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="155" />
        <source>this name is already on the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="156" />
        <source>the role is volunteer or coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="157" />
        <source>the station needs at least one active coordinator: make someone else coordinator first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="33" />
        <source>Edit a person on the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="33" />
        <source>Add a person to the roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="39" />
        <source>volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="40" />
        <source>coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="44" />
        <source>6 to 12 digits for a coordinator (4 to 12 for a volunteer who wants one)</source>
        <translation>负责人须 6–12 位数字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="45" />
        <source>leave empty to keep the current PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="46" />
        <source>Active (can choose their name when signing in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="51" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="51" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="52" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="52" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="53" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="58" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="61" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/volunteer.py" line="98" />
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>