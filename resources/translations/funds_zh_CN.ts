<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DriveDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="34" />
        <source>New fundraising drive</source>
        <translation>新建众筹项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="41" />
        <source>total cost in yuan, e.g. 67000</source>
        <translation>总费用（元），如 67000</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="43" />
        <source>one per line: source=amount, e.g. 街道补贴=60000</source>
        <translation>每行一项：来源=金额，如 街道补贴=60000</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="47" />
        <source>Equal per household</source>
        <translation>按户均摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="47" />
        <source>By floor area</source>
        <translation>按面积分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="48" />
        <source>Fixed amount per household</source>
        <translation>每户定额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="51" />
        <source>only for a fixed amount</source>
        <translation>仅“每户定额”时填写</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="53" />
        <source>The whole station</source>
        <translation>全站住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="54" />
        <source>Chosen buildings</source>
        <translation>指定楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="55" />
        <source>Chosen units (stairwells)</source>
        <translation>指定单元（楼道）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="57" />
        <source>buildings 1,2 or units 5-1,5-2</source>
        <translation>楼栋如 1,2；单元如 5-1,5-2</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="59" />
        <source>Exact to the fen</source>
        <translation>精确到分</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="60" />
        <source>Whole yuan (surplus disclosed)</source>
        <translation>取整到元（结余公示）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="65" />
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="66" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="67" />
        <source>Total cost (yuan)</source>
        <translation>总费用（元）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="68" />
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="69" />
        <source>Split</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="70" />
        <source>Amount per household</source>
        <translation>每户金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="71" />
        <source>Who shares it</source>
        <translation>分摊范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="72" />
        <source>Buildings or units</source>
        <translation>楼栋或单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="73" />
        <source>Rounding</source>
        <translation>取整</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="75" />
        <source>Preview the split</source>
        <translation>预览分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="76" />
        <source>Create and fix the split</source>
        <translation>创建并确定分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="122" />
        <source>{n} households share a gap of {gap} yuan; shares from {low} to {high} yuan add up to {total}.</source>
        <translation>{n} 户分摊缺口 {gap} 元；每户 {low} 至 {high} 元，合计 {total} 元。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="127" />
        <source>Surplus to disclose: {s} yuan.</source>
        <translation>需公示的结余：{s} 元。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_drive.py" line="129" />
        <source>Left uncovered: {u} yuan.</source>
        <translation>未分摊：{u} 元。</translation>
    </message>
</context>
<context>
    <name>DriveListModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="91" />
        <source>Drive</source>
        <extracomment>The progress a drive row carries for the bar delegate: (done, total) in UserRole + 1.</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="91" />
        <source>Money collected</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="91" />
        <source>Households paid</source>
        <translation>已缴户数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="111" />
        <source> (closed)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="113" />
        <source>{paid} of {due} yuan</source>
        <translation>{paid} / {due} 元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="115" />
        <source>{paid} of {total} households</source>
        <translation>{paid} / {total} 户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="124" />
        <source>The split is not fixed yet</source>
        <translation>分摊尚未确定</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="87" />
        <source>Exempt a household</source>
        <translation>设置免缴住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="90" />
        <source>e.g. hardship (低保), agreed at the residents' meeting</source>
        <translation>如：低保户，经居民会议同意</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="92" />
        <source>Spread its share over the other households</source>
        <translation>其份额由其他住户分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="93" />
        <source>Leave its share uncovered (disclosed)</source>
        <translation>其份额不分摊（缺口公示）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="95" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="96" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="97" />
        <source>Its share</source>
        <translation>其份额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="98" />
        <source>Exempt</source>
        <translation>免缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="100" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExemptionTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="221" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="221" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="221" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="221" />
        <source>Its share</source>
        <translation>其份额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="230" />
        <source>Spread over the others</source>
        <translation>由其他住户分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="230" />
        <source>Left uncovered</source>
        <translation>不分摊</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="63" />
        <source>Record an expense</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="69" />
        <source>invoice or voucher number</source>
        <translation>发票或凭证号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="71" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="71" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="72" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="72" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="79" />
        <source>Paid to</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="80" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="81" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="82" />
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="83" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="84" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="86" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="86" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="117" />
        <source>New drive…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="143" />
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="143" />
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="143" />
        <source>To crowdfund</source>
        <translation>需众筹</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="144" />
        <source>Shares add up to</source>
        <translation>应缴合计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="144" />
        <source>Paid by residents</source>
        <translation>居民已缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="145" />
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="145" />
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="145" />
        <source>Still owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="150" />
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="157" />
        <source>Record payment… (Ctrl+Enter)</source>
        <translation>登记缴款…（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="158" />
        <source>Public notice (公示)</source>
        <translation>收支公示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="159" />
        <source>All receipts</source>
        <translation>全部收据</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="160" />
        <source>Arrears walk list</source>
        <translation>未缴户走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="161" />
        <source>Exempt a household…</source>
        <translation>设置免缴…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="162" />
        <source>Reverse the chosen entry…</source>
        <translation>冲正选中的记录…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="163" />
        <source>Import payments…</source>
        <translation>导入缴款…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="164" />
        <source>Record an expense…</source>
        <translation>登记支出…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="165" />
        <source>Split…</source>
        <translation>分摊方式…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="179" />
        <source>Only households that still owe</source>
        <translation>只看未缴清的住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="194" />
        <source>Households</source>
        <translation>各户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="195" />
        <source>Ledger</source>
        <translation>流水账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="196" />
        <source>Exemptions</source>
        <translation>免缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="213" />
        <source>Fundraising drives</source>
        <translation>众筹项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="220" />
        <source>No drives yet. Press "New drive…" to record what is to be paid for, its cost and subsidies, and how the gap is shared.</source>
        <translation>还没有众筹项目。点“新建项目…”，填写用途、费用、补贴和缺口的分摊方式。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="250" />
        <source>Fundraising</source>
        <translation>众筹</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="303" />
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="310" />
        <source>{paid}/{total} households paid, {owing} still owe</source>
        <translation>{total} 户中 {paid} 户已缴清，{owing} 户未缴清</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="315" />
        <source> ({detail})</source>
        <translation>（{detail}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="315" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="318" />
        <source>; {n} exempt</source>
        <translation>；{n} 户免缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="322" />
        <source>The split is not fixed yet.</source>
        <translation>分摊尚未确定。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="324" />
        <source>Rounding surplus to disclose: {s}.</source>
        <translation>取整结余（需公示）：{s}。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="326" />
        <source>Left uncovered by exemptions: {u}.</source>
        <translation>因免缴未分摊：{u}。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="400" />
        <source>Public notice: {t}</source>
        <translation>收支公示：{t}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="406" />
        <source>Receipts: {t}</source>
        <translation>收据：{t}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="412" />
        <source>Arrears walk list: {t}</source>
        <translation>未缴户走访清单：{t}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="443" />
        <source>Import payments</source>
        <translation>导入缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="444" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="466" />
        <source>Choose the entry to reverse in the ledger, then press the button again.</source>
        <translation>请先在流水账中选中要冲正的记录，再点一次按钮。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="470" />
        <source>Reverse entry {id}</source>
        <translation>冲正第 {id} 条记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/funds.py" line="471" />
        <source>{what} of {amount} yuan ({who}). Why is it reversed?</source>
        <translation>{what} {amount} 元（{who}）。冲正原因：</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="168" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="168" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="168" />
        <source>Entry</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="168" />
        <source>Household / payee</source>
        <translation>住户 / 收款方</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="168" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="169" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="169" />
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="169" />
        <source>Collector</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="169" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="172" />
        <source>Payment</source>
        <translation>缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="172" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="173" />
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="173" />
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="178" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="178" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="178" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="179" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="192" />
        <source>reverses entry {id}</source>
        <translation>冲正第 {id} 条</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="194" />
        <source>reversed by entry {id}</source>
        <translation>已被第 {id} 条冲正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="198" />
        <source>voucher {no}</source>
        <translation>凭证 {no}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="46" />
        <source>Record a payment: {title}</source>
        <translation>登记缴款：{title}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="49" />
        <source>e.g. 5-2-301</source>
        <translation>如 5-2-301</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="53" />
        <source>yuan, e.g. 22.08</source>
        <translation>元，如 22.08</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="55" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="55" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="56" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="56" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="65" />
        <source>only if a paper receipt book was used</source>
        <translation>使用纸质收据本时填写</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="66" />
        <source>Show the receipt after each payment</source>
        <translation>每笔登记后显示收据</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="75" />
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="215" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="77" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="78" />
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="216" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="79" />
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="216" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="80" />
        <source>Collected by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="81" />
        <source>Paper receipt no.</source>
        <translation>纸质收据号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="83" />
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="86" />
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="88" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="153" />
        <source>{head}: due {due}, paid {paid}, still owes {owed} yuan</source>
        <translation>{head}：应缴 {due}，已缴 {paid}，尚欠 {owed} 元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="154" />
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="157" />
        <source>; last paid {day}</source>
        <translation>；最近缴款 {day}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="159" />
        <source> (exempt)</source>
        <translation>（免缴）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="193" />
        <source>Saved: {address} paid {amount} yuan, receipt No. {no:06d}</source>
        <translation>已保存：{address} 缴款 {amount} 元，收据号 No. {no:06d}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="208" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="215" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="216" />
        <source>Drive</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/payment.py" line="241" />
        <source>Receipt No. {no:06d}</source>
        <translation>收据 No. {no:06d}</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="169" />
        <source>Import payments: {file}</source>
        <translation>导入缴款：{file}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="175" />
        <source>Accept overpayments and households outside the scope</source>
        <translation>接受多缴和范围外住户的缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="181" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="181" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="195" />
        <source>{n} problems: nothing will be imported until the file is right.</source>
        <translation>发现 {n} 处问题：文件改正之前不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="202" />
        <source>{n} payments from {h} households, {total} yuan in all.</source>
        <translation>{h} 户共 {n} 笔缴款，合计 {total} 元。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="121" />
        <source>give the drive a title of 1 to 80 characters</source>
        <translation>请填写项目名称（1 至 80 个字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="122" />
        <source>the subsidies ({subsidies} yuan) cover the whole cost ({cost} yuan): nothing is left to crowdfund</source>
        <translation>补贴（{subsidies} 元）已覆盖全部费用（{cost} 元），无需众筹</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="123" />
        <source>write a subsidy as SOURCE=AMOUNT, such as 街道=60000</source>
        <translation>补贴请写成“来源=金额”，如 街道=60000</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="124" />
        <source>name where the subsidy comes from</source>
        <translation>请写明补贴来源</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="125" />
        <source>the split rule is one of equal, area, fixed, manual</source>
        <translation>分摊方式只能是：按户均摊、按面积、每户定额、逐户约定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="126" />
        <source>rounding is fen (exact) or yuan (whole yuan, surplus disclosed)</source>
        <translation>取整方式只能是：精确到分，或取整到元（结余公示）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="127" />
        <source>the fixed rule needs the amount per household</source>
        <translation>“每户定额”需要填写每户金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="128" />
        <source>choose buildings or units, not both</source>
        <translation>楼栋和单元只能选其一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="129" />
        <source>no households are registered in building {building}</source>
        <translation>{building} 号楼没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="130" />
        <source>write a unit as building-unit, such as 5-2</source>
        <translation>单元请写成“楼栋-单元”，如 5-2</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="131" />
        <source>no households are registered in unit {unit}</source>
        <translation>{unit} 单元没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="132" />
        <source>no household is left to share the gap: check the scope, the exemptions and the floor areas</source>
        <translation>没有住户可以分摊缺口：请检查范围、免缴和面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="133" />
        <source>the method is one of cash, wechat, alipay, bank (现金, 微信, 支付宝, 银行转账)</source>
        <translation>缴款方式只能是：现金、微信、支付宝、银行转账</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="134" />
        <source>not a date: write it as 2026-11-21</source>
        <translation>不是日期：请写成 2026-11-21</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="135" />
        <source>the date is in the future</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="136" />
        <source>the date is before the year 2000</source>
        <translation>日期早于 2000 年</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="137" />
        <source>no household is registered at this address</source>
        <translation>这个地址没有登记住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="138" />
        <source>{address} is outside this drive's scope ({scope}): confirm to accept its payment anyway</source>
        <translation>{address} 不在本项目的分摊范围（{scope}）内：确认后仍可收款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="139" />
        <source>this would bring {address} to {paid} yuan paid, above its share of {due} yuan: confirm to accept the overpayment</source>
        <translation>收下后 {address} 共缴 {paid} 元，超过应缴的 {due} 元：确认后才按多缴收款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="140" />
        <source>{address} has paid {paid} yuan in this drive: a refund cannot be larger</source>
        <translation>{address} 在本项目只缴了 {paid} 元，退款不能更多</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="141" />
        <source>this drive's split is not fixed yet: preview it and fix it before recording payments</source>
        <translation>本项目分摊尚未确定：请先预览并确定分摊，再登记缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="142" />
        <source>say why, in a few words</source>
        <translation>请简要写明原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="143" />
        <source>name who was paid</source>
        <translation>请写明收款方</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="144" />
        <source>entry {entry} was already reversed by entry {by}</source>
        <translation>第 {entry} 条已被第 {by} 条冲正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="145" />
        <source>a reversal cannot itself be reversed: record the entry again instead</source>
        <translation>冲正记录不能再冲正：如需恢复，请重新登记</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="146" />
        <source>an exemption is spread (over the others) or uncovered (left open)</source>
        <translation>免缴份额只能“由其他住户分摊”或“不分摊”</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="147" />
        <source>{address} is not in this drive's scope</source>
        <translation>{address} 不在本项目的分摊范围内</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="148" />
        <source>the manual rule needs an amount for at least one household</source>
        <translation>“逐户约定”至少需要一户的金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/funds.py" line="149" />
        <source>this drive is closed</source>
        <translation>本项目已结束</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/money.py" line="22" />
        <source>not an amount of money: write yuan with up to 2 decimals, such as 22.08</source>
        <extracomment>No single amount a station records comes near this; a larger one is a typing mistake.</extracomment>
        <translation>不是金额：请以元为单位，最多两位小数，如 22.08</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/money.py" line="23" />
        <source>the amount must be more than 0</source>
        <translation>金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/money.py" line="24" />
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/money.py" line="25" />
        <source>at most 2 decimals (fen): {amount} has more</source>
        <translation>最多两位小数（到分）：{amount} 超过了</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/money.py" line="26" />
        <source>the amount is above the limit of {limit} yuan: check the number</source>
        <translation>金额超过上限 {limit} 元：请核对</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/payment_import.py" line="53" />
        <source>the same receipt number as row {row}</source>
        <translation>与第 {row} 行的收据号重复</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="132" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="132" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="132" />
        <source>Due</source>
        <translation>应缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="132" />
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="140" />
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="133" />
        <source>Outstanding</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="133" />
        <source>Last payment</source>
        <translation>最近缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="133" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="133" />
        <source>Occupancy</source>
        <translation>居住状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="140" />
        <source>Paid (over)</source>
        <translation>已缴（多缴）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="141" />
        <source>Part paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="141" />
        <source>Not paid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="142" />
        <source>Exempt</source>
        <translation>免缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="142" />
        <source>Nothing due</source>
        <translation>无应缴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/funds.py" line="143" />
        <source>Outside the scope</source>
        <translation>范围外</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="114" />
        <source>The split of {title}</source>
        <translation>{title} 的分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="116" />
        <source>Equal per household</source>
        <translation>按户均摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="116" />
        <source>By floor area</source>
        <translation>按面积分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="117" />
        <source>Fixed amount per household</source>
        <translation>每户定额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="122" />
        <source>Round each share up to whole yuan (surplus disclosed)</source>
        <translation>每户向上取整到元（结余公示）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="125" />
        <source>why (needed once payments exist)</source>
        <translation>原因（已有缴款时必填）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="130" />
        <source>Split {no} is in force; {n} splits kept in the history.</source>
        <translation>现行第 {no} 次分摊；历史共保留 {n} 次分摊。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="133" />
        <source>No split is fixed yet.</source>
        <translation>尚未确定分摊。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="137" />
        <source>Split</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="138" />
        <source>Amount per household</source>
        <translation>每户金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="140" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="142" />
        <source>Fix this split</source>
        <translation>确定此分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/fund_entries.py" line="142" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>