<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BallotEntryDialog</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/ballot_entry.py" line="184" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    </context>
<context>
    <name>BulkReentryDialog</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/bulk_reentry.py" line="138" />
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    </context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/consultation_form.py" line="91" />
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/consultations.py" line="73" />
        <source>New consultation (Ctrl+N)</source>
        <translation>新建咨询（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/consultations.py" line="74" />
        <source>Edit… (Enter)</source>
        <translation>修改…（回车）</translation>
    </message>
    </context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="33" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="37" />
        <source>Record visits</source>
        <extracomment>(object name, label, page class, page action, keys shown on the button)</extracomment>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="38" />
        <source>Enter ballots</source>
        <translation>录入选票</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="39" />
        <source>Ctrl+5, then Ctrl+Enter</source>
        <translation>Ctrl+5，再按 Ctrl+回车</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="40" />
        <source>Record payments</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="41" />
        <source>Ctrl+6, then Ctrl+Enter</source>
        <translation>Ctrl+6，再按 Ctrl+回车</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="42" />
        <source>Meeting sign-in</source>
        <translation>会议签到</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="70" />
        <source>All follow-ups (Ctrl+3)</source>
        <translation>全部待回访（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="75" />
        <source>Open votes</source>
        <translation>进行中的表决</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="78" />
        <source>Fundraising drives</source>
        <translation>众筹</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="135" />
        <source>Today: {date}</source>
        <translation>今日：{date}</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="145" />
        <source>Follow-ups due: {n}</source>
        <translation>待回访：{n} 项</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="149" />
        <source>today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="149" />
        <source>{n} days late</source>
        <translation>逾期{n}天</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="152" />
        <source>… and {n} more</source>
        <translation>……还有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="153" />
        <source>Nothing is due today.</source>
        <translation>今天没有待回访。</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="158" />
        <source>Tonight's meeting</source>
        <translation>今晚的会议</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="159" />
        <source>Next meeting</source>
        <translation>下一次会议</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="165" />
        <source>signed in {attended} of {invited} households</source>
        <translation>已签到 {attended} / {invited} 户</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="167" />
        <source>No meeting planned.</source>
        <translation>没有安排会议。</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="175" />
        <source>participation reached</source>
        <translation>已达到参与门槛</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="179" />
        <source>{n} households</source>
        <translation>{n} 户</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="182" />
        <source>still {wanted} needed</source>
        <translation>还需 {wanted}</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="183" />
        <source>, closes {date}</source>
        <translation>，{date} 截止</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="184" />
        <source>{took_part} of {eligible} households took part: {need}</source>
        <translation>已参与 {took_part} / {eligible} 户：{need}</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="186" />
        <source>No vote is open.</source>
        <translation>没有进行中的表决。</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="194" />
        <source>No drive is collecting.</source>
        <translation>没有正在收款的众筹。</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="201" />
        <source>{paid} of {due} yuan</source>
        <translation>已收 {paid} / {due} 元</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/home.py" line="204" />
        <source>{paid} of {households} households paid</source>
        <translation>已缴 {paid} / {households} 户</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/widgets/household_detail.py" line="48" />
        <source>Edit… (Enter)</source>
        <translation>修改…（回车）</translation>
    </message>
    </context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/household_form.py" line="88" />
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/household_form.py" line="89" />
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    </context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/meetings.py" line="121" />
        <source>Go to room (Ctrl+F): type 301 or 1-2-301, then Enter</source>
        <translation>跳到房号（Ctrl+F）：输入 301 或 1-2-301，按回车</translation>
    </message>
    </context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/dialogs/payment.py" line="57" />
        <source>Press 1 cash, 2 WeChat, 3 Alipay or 4 bank transfer</source>
        <translation>请按 1 现金、2 微信、3 支付宝或 4 银行转账</translation>
    </message>
    </context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../work/wt/11/mutual_aid_desk/ui/pages/votes.py" line="115" />
        <source>Enter ballots… (Ctrl+Enter)</source>
        <translation>录入选票…（Ctrl+回车）</translation>
    </message>
    </context>
</TS>