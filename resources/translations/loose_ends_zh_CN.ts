<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BusyFile</name>
        <message>
            <source>The station file is busy</source>
            <translation>站点文件正忙</translation>
        </message>
        <message>
            <source>Another window or command is saving to the station file. Nothing has been saved yet, and what you typed is kept.

Try again now?</source>
            <translation>另一个窗口或命令正在保存站点文件。这次还没有保存任何内容，您输入的内容都还在。

现在重试吗？</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CloseDriveDialog</name>
        <message>
            <source>Close the drive</source>
            <translation>结项</translation>
        </message>
        <message>
            <source>Closing “{title}”: it takes no more payments, refunds or expenses until a coordinator reopens it. The final public notice says it is closed.</source>
            <translation>“{title}”结项后不再收款、退款或记支出，除非负责人重新开放。最终公示会注明已结项。</translation>
        </message>
        <message>
            <source>Balance: {balance} yuan</source>
            <translation>结余：{balance} 元</translation>
        </message>
        <message>
            <source>e.g. kept for stairwell repairs; returned to the households</source>
            <translation>例如：留作楼道维修；按户退还</translation>
        </message>
        <message>
            <source>What happens to the balance</source>
            <translation>结余如何处理</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>close or reopen a fundraising drive</source>
            <translation>结项或重新开放众筹项目</translation>
        </message>
    </context>
    <context>
        <name>FundCloseActions</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Refund / close…</source>
            <translation>退款 / 结项…</translation>
        </message>
        <message>
            <source>Refund to a household…</source>
            <translation>退款给住户…</translation>
        </message>
        <message>
            <source>Close the drive…</source>
            <translation>结项…</translation>
        </message>
        <message>
            <source>Reopen the drive…</source>
            <translation>重新开放…</translation>
        </message>
        <message>
            <source>Only a coordinator closes or reopens a drive.</source>
            <translation>只有负责人可以结项或重新开放众筹项目。</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <source>Printed without these lines, because the station's details lack them (set them on the Station page, or with the command station set): {lines}</source>
            <translation>以下几行因站点信息未填写而未印出（可在“本站”页或用命令 station set 填写）：{lines}</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>the balance is {balance} yuan: say what happens to it (returned to the households, kept for repairs ...)</source>
            <translation>结余 {balance} 元：请写明如何处理（退还住户、留作维修……）</translation>
        </message>
        <message>
            <source>this drive is already closed</source>
            <translation>该众筹项目已结项</translation>
        </message>
        <message>
            <source>this drive is not closed</source>
            <translation>该众筹项目未结项</translation>
        </message>
        <message>
            <source>missing value for {{{name}}}: the template asks for it; give it a value</source>
            <translation>缺少 {{{name}}} 的内容：模板需要它，请填写</translation>
        </message>
        <message>
            <source>missing value for {{{name}}} ({label}): the template asks for it; give it a value</source>
            <translation>缺少 {{{name}}}（{label}）的内容：模板需要它，请填写</translation>
        </message>
        <message>
            <source>say why, in a few words (at most 200 characters)</source>
            <translation>请简要说明原因（不超过 200 字）</translation>
        </message>
        <message>
            <source>this visit was voided: it cannot be amended</source>
            <translation>该走访记录已作废，不能再修改</translation>
        </message>
        <message>
            <source>this visit was already voided</source>
            <translation>该走访记录已经作废</translation>
        </message>
        <message>
            <source>nothing was changed</source>
            <translation>没有任何改动</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Refund to a household</source>
            <translation>退款给住户</translation>
        </message>
        <message>
            <source>e.g. paid twice</source>
            <translation>例如：重复缴款</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Paid back by</source>
            <translation>退款方式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Record refund</source>
            <translation>登记退款</translation>
        </message>
    </context>
    <context>
        <name>ReopenDriveDialog</name>
        <message>
            <source>Reopen the drive</source>
            <translation>重新开放众筹项目</translation>
        </message>
        <message>
            <source>Closed by {who} at {when}: {note}</source>
            <translation>{who} 于 {when} 结项：{note}</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新开放</translation>
        </message>
    </context>
    <context>
        <name>VisitAmendDialog</name>
        <message>
            <source>Correct a visit</source>
            <translation>更正走访记录</translation>
        </message>
        <message>
            <source>Come back by</source>
            <translation>回访日期</translation>
        </message>
        <message>
            <source>e.g. keyed against the wrong flat</source>
            <translation>例如：录错了门牌</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <source>Void this visit…</source>
            <translation>作废此记录…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>This visit was voided: {reason}</source>
            <translation>该走访记录已作废：{reason}</translation>
        </message>
        <message>
            <source>No earlier corrections.</source>
            <translation>此前没有更正。</translation>
        </message>
        <message>
            <source>Earlier corrections:</source>
            <translation>此前的更正：</translation>
        </message>
        <message>
            <source>Void this visit?</source>
            <translation>作废此走访记录？</translation>
        </message>
        <message>
            <source>The visit stays in the list, marked void, and no longer counts. Void it?</source>
            <translation>记录仍保留在列表中，标为已作废，不再计入统计。确定作废吗？</translation>
        </message>
        <message>
            <source>Correct or void this visit…</source>
            <translation>更正或作废此走访…</translation>
        </message>
    </context>
    <context>
        <name>VisitTableModel</name>
        <message>
            <source> (voided)</source>
            <translation>（已作废）</translation>
        </message>
        <message>
            <source>Voided: {reason}</source>
            <translation>已作废：{reason}</translation>
        </message>
    </context>
</TS>