<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Audit</name>
    <message>
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>abstain</source>
      <translation>弃权</translation>
    </message>
    <message>
      <source>accounts notice printed</source>
      <translation>已打印收支公示</translation>
    </message>
    <message>
      <source>agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>agree</source>
      <translation>同意</translation>
    </message>
    <message>
      <source>asked on</source>
      <translation>咨询时间</translation>
    </message>
    <message>
      <source>at a meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>ballot date</source>
      <translation>投票日期</translation>
    </message>
    <message>
      <source>bank transfer</source>
      <translation>银行转账</translation>
    </message>
    <message>
      <source>by floor area</source>
      <translation>按面积分摊</translation>
    </message>
    <message>
      <source>by proxy</source>
      <translation>委托</translation>
    </message>
    <message>
      <source>carried by the others</source>
      <translation>由其他住户分摊</translation>
    </message>
    <message>
      <source>cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <source>closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>closes</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>consultation follow-up</source>
      <translation>咨询回访</translation>
    </message>
    <message>
      <source>custom thresholds</source>
      <translation>自定义门槛</translation>
    </message>
    <message>
      <source>demo seed</source>
      <translation>演示数据编号</translation>
    </message>
    <message>
      <source>description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>disagree</source>
      <translation>不同意</translation>
    </message>
    <message>
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>door to door</source>
      <translation>上门</translation>
    </message>
    <message>
      <source>double entry</source>
      <translation>双人录入</translation>
    </message>
    <message>
      <source>drive number</source>
      <translation>项目编号</translation>
    </message>
    <message>
      <source>equal per household</source>
      <translation>按户均摊</translation>
    </message>
    <message>
      <source>exemption</source>
      <translation>免缴方式</translation>
    </message>
    <message>
      <source>fixed amount per household</source>
      <translation>每户定额</translation>
    </message>
    <message>
      <source>fundraising</source>
      <translation>众筹收款</translation>
    </message>
    <message>
      <source>general visit</source>
      <translation>日常走访</translation>
    </message>
    <message>
      <source>handled by</source>
      <translation>接待人</translation>
    </message>
    <message>
      <source>health</source>
      <translation>健康</translation>
    </message>
    <message>
      <source>household number</source>
      <translation>住户编号</translation>
    </message>
    <message>
      <source>households that came</source>
      <translation>到会户数</translation>
    </message>
    <message>
      <source>how</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>本人到场</translation>
    </message>
    <message>
      <source>ledger exported</source>
      <translation>已导出流水账</translation>
    </message>
    <message>
      <source>left open and disclosed</source>
      <translation>不分摊（缺口公示）</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>法律</translation>
    </message>
    <message>
      <source>list of households still owing printed</source>
      <translation>已打印未缴户清单</translation>
    </message>
    <message>
      <source>major matter</source>
      <translation>重大事项</translation>
    </message>
    <message>
      <source>matter</source>
      <translation>事项类别</translation>
    </message>
    <message>
      <source>met</source>
      <translation>见到</translation>
    </message>
    <message>
      <source>neighbour dispute</source>
      <translation>邻里纠纷</translation>
    </message>
    <message>
      <source>not home</source>
      <translation>不在家</translation>
    </message>
    <message>
      <source>note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>opens</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>ordinary matter</source>
      <translation>一般事项</translation>
    </message>
    <message>
      <source>organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>paper ballot</source>
      <translation>纸质选票</translation>
    </message>
    <message>
      <source>paper receipt</source>
      <translation>纸质收据号</translation>
    </message>
    <message>
      <source>partner organisations</source>
      <translation>合作机构</translation>
    </message>
    <message>
      <source>payment</source>
      <translation>缴款</translation>
    </message>
    <message>
      <source>person who asked</source>
      <translation>咨询人</translation>
    </message>
    <message>
      <source>plan</source>
      <translation>方案内容</translation>
    </message>
    <message>
      <source>plan changed</source>
      <translation>方案已修改</translation>
    </message>
    <message>
      <source>policy</source>
      <translation>政策</translation>
    </message>
    <message>
      <source>property management</source>
      <translation>物业管理</translation>
    </message>
    <message>
      <source>proxy's name</source>
      <translation>代签人</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>referred</source>
      <translation>已转介</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>reversal</source>
      <translation>冲正</translation>
    </message>
    <message>
      <source>reverses entry</source>
      <translation>冲正的记录</translation>
    </message>
    <message>
      <source>revision</source>
      <translation>第几次修改</translation>
    </message>
    <message>
      <source>safety check</source>
      <translation>安全检查</translation>
    </message>
    <message>
      <source>set by hand</source>
      <translation>逐户指定</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>落款</translation>
    </message>
    <message>
      <source>signed by proxy</source>
      <translation>委托代签</translation>
    </message>
    <message>
      <source>text</source>
      <translation>正文</translation>
    </message>
    <message>
      <source>their phone</source>
      <translation>咨询人电话</translation>
    </message>
    <message>
      <source>thresholds</source>
      <translation>通过门槛</translation>
    </message>
    <message>
      <source>to the fen</source>
      <translation>精确到分</translation>
    </message>
    <message>
      <source>to whole yuan</source>
      <translation>取整到元</translation>
    </message>
    <message>
      <source>units</source>
      <translation>单元</translation>
    </message>
    <message>
      <source>visit purposes</source>
      <translation>走访目的</translation>
    </message>
    <message>
      <source>visited on</source>
      <translation>走访时间</translation>
    </message>
    <message>
      <source>visits</source>
      <translation>走访记录</translation>
    </message>
    <message>
      <source>vote number</source>
      <translation>表决编号</translation>
    </message>
    <message>
      <source>whole compound</source>
      <translation>全小区</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Choose an entry above to see everything it changed.</source>
      <translation>在上面选一条记录，这里显示它改动的全部内容。</translation>
    </message>
  </context>
  <context>
    <name>FundsPage</name>
    <message>
      <source>More</source>
      <translation>更多</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>More</source>
      <translation>更多</translation>
    </message>
  </context>
  <context>
    <name>VotesPage</name>
    <message>
      <source>More</source>
      <translation>更多</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则说明</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>表决</translation>
    </message>
  </context>
</TS>
