<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../mutual_aid_desk/app.py" line="63" />
        <location filename="../../mutual_aid_desk/app.py" line="131" />
        <source>Cannot open the station file</source>
        <extracomment>For bench/: print when the frame and then the household list are painted, and quit. How long the start waits for the frame's first paint before it opens the file regardless.</extracomment>
        <translation>无法打开站点数据文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/app.py" line="75" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/app.py" line="76" />
        <source>The station's name, as printed on notices:</source>
        <translation>站点名称（将印在通知上）：</translation>
    </message>
</context>
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
        <translation>投票征询</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="36" />
        <source>Ballot</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="37" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="44" />
        <source>Fundraising drive</source>
        <translation>众筹</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="38" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="47" />
        <source>Ledger entry</source>
        <translation>账目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="39" />
        <source>Meeting</source>
        <translation>居民会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="40" />
        <source>Walk list</source>
        <translation>走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="41" />
        <source>Notice template</source>
        <translation>通知模板</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="42" />
        <source>Meeting attendance</source>
        <translation>参会进度</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="43" />
        <source>Exemption</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="45" />
        <source>Split of a drive</source>
        <translation>众筹分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="46" />
        <source>Ballot keying</source>
        <translation>选票录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="48" />
        <source>Payment</source>
        <translation>缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="51" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="141" />
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="52" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="173" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="53" />
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="54" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="103" />
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="55" />
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="56" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="57" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="118" />
        <source>households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="58" />
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="59" />
        <source>deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="60" />
        <source>restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="61" />
        <source>locked after wrong PINs</source>
        <translation>密码 连错被锁定</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="62" />
        <source>reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="63" />
        <source>demo station built</source>
        <translation>建立演示站点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="64" />
        <source>walk list printed</source>
        <translation>打印走访清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="65" />
        <source>ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="66" />
        <source>payments</source>
        <translation>缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="67" />
        <source>amended</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="68" />
        <source>fixed</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="69" />
        <source>keyed</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="70" />
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="71" />
        <source>reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="72" />
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="73" />
        <source>rule changed</source>
        <translation>更改规则</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="74" />
        <source>follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="75" />
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="76" />
        <source>closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="77" />
        <source>reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="78" />
        <source>opened</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="79" />
        <source>payment recorded</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="80" />
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="81" />
        <source>expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="82" />
        <source>exempted</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="83" />
        <source>split set</source>
        <translation>确定分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="84" />
        <source>arrears list printed</source>
        <translation>打印欠缴清单</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="85" />
        <source>notice printed</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="86" />
        <source>receipts printed</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="87" />
        <source>attendance</source>
        <translation>到会登记</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="88" />
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="89" />
        <source>late ballot accepted</source>
        <translation>接受逾期选票</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="90" />
        <source>closing day extended</source>
        <translation>延长截止日</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="91" />
        <source>demo owners of several flats</source>
        <translation>演示：一人多套的业主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="94" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="95" />
        <source>head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="96" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="97" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="98" />
        <source>members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="99" />
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="100" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="101" />
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="102" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="104" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="105" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="106" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="107" />
        <source>active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="108" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="109" />
        <source>compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="110" />
        <source>street office</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="111" />
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="112" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="113" />
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="114" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="115" />
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="116" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="117" />
        <source>buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="119" />
        <source>entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="120" />
        <source>filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="121" />
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="122" />
        <source>previous file kept as</source>
        <translation>原文件另存为</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="123" />
        <source>wrong PINs</source>
        <translation>密码错误次数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="124" />
        <source>locked until</source>
        <translation>锁定到</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="125" />
        <source>drive</source>
        <translation>众筹项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="126" />
        <source>outcomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="127" />
        <source>answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="128" />
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="129" />
        <source>selection</source>
        <translation>选择条件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="130" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="131" />
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="132" />
        <source>receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="133" />
        <source>receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="134" />
        <source>collector</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="135" />
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="136" />
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="137" />
        <source>volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="138" />
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="139" />
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="140" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="142" />
        <source>vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="143" />
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="144" />
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="145" />
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="146" />
        <source>payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="147" />
        <source>voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="148" />
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="149" />
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="150" />
        <source>advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="151" />
        <source>referred to</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="152" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="153" />
        <source>split</source>
        <translation>分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="154" />
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="155" />
        <source>gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="156" />
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="157" />
        <source>subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="158" />
        <source>shares add up to</source>
        <translation>应缴合计</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="159" />
        <source>rounding</source>
        <translation>取整方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="160" />
        <source>surplus from rounding</source>
        <translation>取整结余</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="161" />
        <source>left open by exemptions</source>
        <translation>免缴未分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="162" />
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="163" />
        <source>scope covers</source>
        <translation>范围类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="164" />
        <source>registered owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="165" />
        <source>owner number</source>
        <translation>产权人编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="166" />
        <source>accepted late because</source>
        <translation>逾期接受理由</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="167" />
        <source>flats of the owner</source>
        <translation>该业主的房屋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="168" />
        <source>closing day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="171" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="172" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="174" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="175" />
        <source>no</source>
        <translation>否</translation>
    </message>
<message><source>demo sheets, patrols and problems</source><translation>演示：楼道监督表、夜巡和问题</translation></message></context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="253" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="253" />
        <source>Who</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="253" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="254" />
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="254" />
        <source>Before → after</source>
        <translation>改动前 → 改动后</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mutual_aid_desk/db/engine.py" line="78" />
        <source>The station file is busy: another window or command is saving. Wait a moment and try again.</source>
        <translation>站点数据文件正忙：另一个窗口或命令正在保存。请稍等片刻再试。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/db/engine.py" line="83" />
        <source>The disk refused to save (it may be full, read-only or removed). Nothing was saved; free some space or choose another folder, then save again.</source>
        <translation>磁盘无法写入（可能已满、只读或已拔出）。本次没有保存任何内容；请腾出空间或换一个文件夹后再保存。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="559" />
        <source>This household was changed by {who} at {at}: reload it and make your change again.</source>
        <translation>这户信息已被 {who} 在 {at} 修改：请重新载入后再修改。</translation>
    </message>
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
        <location filename="../../mutual_aid_desk/core/operators.py" line="186" />
        <location filename="../../mutual_aid_desk/core/operators.py" line="298" />
        <source>No volunteer with id {id} on the roster.</source>
        <translation>名册中没有编号为 {id} 的志愿者。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="193" />
        <source>No volunteer named '{name}' on the roster.</source>
        <translation>名册中没有名为“{name}”的志愿者。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="222" />
        <source>The roster already has people; a coordinator adds new ones.</source>
        <translation>名册中已经有人了；请由负责人添加新成员。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="301" />
        <source>{name} was changed by {who} at {at}: reload and make your change again.</source>
        <translation>{name} 已被 {who} 在 {at} 修改：请重新载入后再修改。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="363" />
        <source>No active volunteer named '{name}' on the roster.</source>
        <translation>名册中没有在岗的志愿者“{name}”。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/operators.py" line="370" />
        <source>{name} is a coordinator: give the PIN (--pin or MUTUAL_AID_DESK_PIN).</source>
        <translation>{name} 是负责人：请输入密码（--pin 或 MUTUAL_AID_DESK_PIN）。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="137" />
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/roster.py" line="276" />
        <source>The import was not written: the new households were not numbered in order.</source>
        <translation>导入未写入：新住户的编号不连续。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/roster.py" line="351" />
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="21" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="22" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="23" />
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="24" />
        <source>Room</source>
        <translation>室号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="25" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="26" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="27" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="28" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="29" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="30" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="31" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="32" />
        <source>Registered owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="33" />
        <source>Owner number</source>
        <translation>产权人编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="34" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="35" />
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="36" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="38" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="39" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="40" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="41" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="42" />
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="43" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="44" />
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="45" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="46" />
        <source>Drive</source>
        <translation>众筹项目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="47" />
        <source>Split rule</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="48" />
        <source>Rounding</source>
        <translation>取整方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="49" />
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="50" />
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="51" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="52" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="53" />
        <source>Ledger entry</source>
        <translation>账目</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="54" />
        <source>Thresholds</source>
        <translation>表决门槛</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="55" />
        <source>Sections</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="56" />
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="57" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="58" />
        <source>Name of the person</source>
        <translation>来访人姓名</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="59" />
        <source>Buildings per evening</source>
        <translation>每晚楼栋数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="60" />
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="61" />
        <source>Partner organisation</source>
        <translation>合作机构</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="62" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="63" />
        <source>Matter class</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="64" />
        <source>Manual shares</source>
        <translation>手工分摊</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="65" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="66" />
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="67" />
        <source>Closes</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="68" />
        <source>Opens</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="69" />
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="70" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="71" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="72" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="73" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="74" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="75" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="76" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="77" />
        <source>Collector</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="78" />
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="79" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="80" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="81" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="82" />
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="83" />
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="84" />
        <source>Item key</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="85" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="86" />
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="87" />
        <source>Voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="88" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="89" />
        <source>First date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="90" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="41" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="41" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="42" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="42" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="43" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="43" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="44" />
        <source>Registered owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="49" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="50" />
        <source>Archive (moved out)…</source>
        <translation>归档（已搬走）…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="67" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="68" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="71" />
        <source>Choose a household on the left to see its details.</source>
        <translation>在左边选择一户，这里会显示详情。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="103" />
        <source>No visits, consultations, ballots or payments recorded yet.</source>
        <translation>还没有走访、咨询、表决或缴费记录。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="108" />
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="115" />
        <source>{owner} (no. {number})</source>
        <translation>{owner}（编号 {number}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="117" />
        <source>: {n} flats, one person in votes: {flats}</source>
        <translation>：共 {n} 套，表决时按一人计：{flats}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="128" />
        <source>Archive household</source>
        <translation>归档住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/widgets/household_detail.py" line="129" />
        <source>Why is {address} archived (moved out, merged…)? Its records are kept.</source>
        <translation>为什么归档 {address}（搬走、合并……）？原有记录会保留。</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="45" />
        <source>Edit household</source>
        <translation>修改住户信息</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="45" />
        <source>Add a household</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="49" />
        <source>e.g. 5-2-301 or 12-502</source>
        <translation>例如 5-2-301 或 12-502</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="52" />
        <source>11-digit mobile or landline; several separated by commas</source>
        <translation>11 位手机号或座机；多个号码用逗号隔开</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="55" />
        <source>square metres, e.g. 85.20</source>
        <translation>平方米，例如 85.20</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="70" />
        <source>as on the property register</source>
        <translation>按不动产登记填写</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="72" />
        <source>same number on each flat of one owner</source>
        <translation>同一业主的各套房填同一编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="78" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="79" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="80" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="81" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="82" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="83" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="84" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="85" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="86" />
        <source>Registered owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="87" />
        <source>Owner number</source>
        <translation>产权人编号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="94" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="95" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="172" />
        <source>Changed by someone else</source>
        <translation>已被别人修改</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/household_form.py" line="173" />
        <source>Load their version now? What you typed here will be replaced.</source>
        <translation>现在载入对方保存的版本吗？您在这里填写的内容将被替换。</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="31" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="31" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="31" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="31" />
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="32" />
        <source>Area (m²)</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="32" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="32" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/models/households.py" line="32" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="50" />
        <source>Search address, name, pinyin or phone (Ctrl+F)</source>
        <translation>搜索地址、姓名、拼音或电话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="51" />
        <source>Search: address (5-2-301, 301), name, pinyin initials (zxm) or phone digits</source>
        <translation>搜索：地址（5-2-301、301）、姓名、拼音首字母（zxm）或电话尾号</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="62" />
        <source>Add household</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="63" />
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="64" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="44" />
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="57" />
        <source>Owners with several flats</source>
        <translation>一人多套的业主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="147" />
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="149" />
        <source>Building {building} ({n})</source>
        <translation>{building} 号楼（{n} 户）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="151" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="155" />
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="172" />
        <source>{n} households</source>
        <translation>共 {n} 户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="179" />
        <source>No household matches. Check the address or name, or clear the filters.</source>
        <translation>没有找到符合的住户。请检查地址或姓名，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="182" />
        <source>No households yet: import the roster from the street office (Import roster…) or add one (Add household).</source>
        <translation>还没有住户：请导入街道给的花名册（导入花名册…），或逐户新增（新增住户）。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="249" />
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="250" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="258" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="259" />
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>新增 {added} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="265" />
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="272" />
        <source>Export households</source>
        <translation>导出住户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="266" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="273" />
        <source>Export with full names and phone numbers? Choose No for a masked copy (张*明, 138****1234).</source>
        <translation>导出完整的姓名和电话吗？选“否”将导出脱敏版本（张*明、138****1234）。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="283" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="284" />
        <source>{n} households written to {path} (masked).</source>
        <translation>已将 {n} 户写入 {path}（已脱敏）。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/pages/households.py" line="285" />
        <source>{n} households written to {path} (NOT masked: keep it safe).</source>
        <translation>已将 {n} 户写入 {path}（未脱敏：请妥善保管）。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="55" />
        <source>Import roster: {file}</source>
        <translation>导入花名册：{file}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="63" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="65" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="78" />
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="87" />
        <source>{n} problem(s) in the file. Nothing will be imported until they are corrected.</source>
        <translation>文件中有 {n} 处问题。改正之前不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="91" />
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="104" />
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="119" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="91" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="91" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="91" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="92" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="96" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="100" />
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>将新增 {added} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="103" />
        <source>New tags: {tags}</source>
        <translation>新标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="104" />
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="119" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="104" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="104" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="104" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="118" />
        <source>To add ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="119" />
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="120" />
        <source>To update ({n})</source>
        <translation>更新（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="122" />
        <source>Unchanged ({n})</source>
        <translation>无变化（{n}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/dialogs/import_preview.py" line="130" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/labels.py" line="23" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="176" />
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/labels.py" line="24" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="177" />
        <source>Rented out</source>
        <translation>出租</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/labels.py" line="25" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="178" />
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/labels.py" line="26" />
        <location filename="../../mutual_aid_desk/ui/models/audit.py" line="179" />
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="43" />
        <source>Mutual-Aid Desk</source>
        <translation>互助站工作台</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="71" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="74" />
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="76" />
        <source>Export households…</source>
        <translation>导出住户…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="79" />
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="80" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="83" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="86" />
        <source>&amp;View</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="87" />
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="98" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="107" />
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="108" />
        <source>Change operator…</source>
        <translation>切换操作员…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="112" />
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="216" />
        <source>(unnamed station)</source>
        <translation>（未命名站点）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="113" />
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="215" />
        <source>Station: {name}</source>
        <translation>站点：{name}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="116" />
        <source>Change operator</source>
        <translation>切换操作员</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="130" />
        <source>{n} follow-up(s) due</source>
        <translation>{n} 项待回访</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="131" />
        <source>No follow-ups due</source>
        <translation>没有待回访事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="136" />
        <source>Follow-ups due</source>
        <translation>待回访事项</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="137" />
        <source>{n} follow-up(s) are due today or overdue.</source>
        <translation>今天到期或已逾期的回访共 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="139" />
        <source>Show them</source>
        <translation>去看看</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="140" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="150" />
        <source>Nobody is recording</source>
        <translation>尚未选择操作员</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="152" />
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="152" />
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="153" />
        <source>Recording: {name} ({role})</source>
        <translation>录入人：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="222" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="227" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/main_window.py" line="227" />
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../mutual_aid_desk/core/addresses.py" line="24" />
        <source>not an address: write building-unit-room such as 5-2-301, or building-room such as 12-502</source>
        <translation>不是有效地址：请写成 楼栋-单元-室号（如 5-2-301），或 楼栋-室号（如 12-502）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/addresses.py" line="27" />
        <source>use 1 to 6 letters or digits</source>
        <translation>请用 1 到 6 位数字或字母</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="66" />
        <source>not a phone number: use an 11-digit mobile (13812345678) or a landline (021-62345678)</source>
        <translation>不是有效电话：请填 11 位手机号（13812345678）或座机（021-62345678）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="67" />
        <source>the area must be a number of square metres above 0 and below 1000, at most 2 decimals</source>
        <translation>面积应为大于 0、小于 1000 的平方米数，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="68" />
        <source>the number of members must be a whole number from 0 to 30</source>
        <translation>人数应为 0 到 30 之间的整数</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="69" />
        <source>the status is one of 自住, 出租, 空置, 联系不上 (owner, rented, vacant, unreachable)</source>
        <translation>状态只能是 自住、出租、空置、联系不上 之一</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="70" />
        <source>a household at {address} is already registered</source>
        <translation>{address} 已经登记过一户</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="71" />
        <source>the same address as row {row}</source>
        <translation>与第 {row} 行地址重复</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="72" />
        <source>the name is too long (at most 40 characters)</source>
        <translation>姓名太长（最多 40 个字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="73" />
        <source>not a tag in the station's list: {tags}</source>
        <translation>不是本站标签列表中的标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="74" />
        <source>the owner's name is too long (at most 40 characters)</source>
        <translation>产权人姓名太长（最多 40 个字）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/households.py" line="75" />
        <source>the owner number is at most 40 letters, digits or marks, on one line</source>
        <translation>产权人编号最多 40 个字母、数字或符号，且只能一行</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/settings.py" line="20" />
        <source>a tag is 1 to 20 characters</source>
        <translation>标签为 1 到 20 个字</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="23" />
        <source>the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 or as XLSX</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码；请另存为“CSV UTF-8”或 XLSX</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="24" />
        <source>only .csv and .xlsx files can be read</source>
        <translation>只能读取 .csv 和 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="25" />
        <source>only .csv and .xlsx files can be written</source>
        <translation>只能写出 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="26" />
        <source>the file cannot be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="27" />
        <source>this column is missing (accepted headers: {names})</source>
        <translation>缺少这一列（可用的表头：{names}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="28" />
        <source>no header row found: the first rows name none of the expected columns ({names})</source>
        <translation>找不到表头：前几行里没有任何需要的列（{names}）</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/core/tabular.py" line="29" />
        <source>the file has no data rows</source>
        <translation>文件里没有数据行</translation>
    </message>
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
        <source>the station needs at least one active coordinator: make someone else coordinator first</source>
        <translation>站点至少需要一位在岗负责人：请先指定另一位负责人</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="119" />
        <source>Row {row}, column {column}: value '{value}': {reason}</source>
        <translation>第 {row} 行，“{column}”列：内容“{value}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/messages.py" line="121" />
        <source>{field}: value '{value}': {reason}</source>
        <translation>{field}：内容“{value}”：{reason}</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/startup.py" line="29" />
        <source>Mutual-Aid Desk</source>
        <translation>互助站工作台</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/startup.py" line="37" />
        <source>Opening the station file…</source>
        <translation>正在打开互助站文件…</translation>
    </message>
    <message>
        <location filename="../../mutual_aid_desk/ui/startup.py" line="40" />
        <source>The household list appears in a moment.</source>
        <translation>住户名册马上就显示出来，请稍候。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../mutual_aid_desk/ui/tasks.py" line="54" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>