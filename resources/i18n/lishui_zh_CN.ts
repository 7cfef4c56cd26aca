<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>Application taken</source>
        <translation>提出申请</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Ask for missing materials</source>
        <translation>一次性告知补正材料</translation>
    </message>
    <message>
        <source>Materials supplied</source>
        <translation>材料已补正</translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Start the investigation</source>
        <translation>启动调查核对</translation>
    </message>
    <message>
        <source>Record a home visit</source>
        <translation>录入入户调查</translation>
    </message>
    <message>
        <source>Record the democratic appraisal</source>
        <translation>录入民主评议</translation>
    </message>
    <message>
        <source>Preliminary review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Start the public notice</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <source>Close the public notice</source>
        <translation>结束公示</translation>
    </message>
    <message>
        <source>Hand up to the county</source>
        <translation>报送县级审核确认</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核确认（批准）</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Return for re-investigation</source>
        <translation>退回重新调查</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长办理期限</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Pay first (urgent aid)</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <source>Complete the pay-first paperwork</source>
        <translation>先行救助补办手续</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Case step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Missing materials: list everything at once</source>
        <translation>需补正的材料（一次性告知全部）</translation>
    </message>
    <message>
        <source>Other materials, one per line</source>
        <translation>其他材料（每行一项）</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Other reasons, one per line</source>
        <translation>其他理由（每行一条）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>现发放金额</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>&amp;First month of payment</source>
        <translation>发放起始月份</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Democratic appraisal</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>评议日期</translation>
    </message>
    <message>
        <source>&amp;Panel members</source>
        <translation>评议小组人数</translation>
    </message>
    <message>
        <source>&amp;Village representatives</source>
        <translation>其中村（居）民代表</translation>
    </message>
    <message>
        <source>Votes &amp;for</source>
        <translation>同意票数</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>评议结果</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Accept the complete application. The household economic investigation must start within 3 working days.</source>
        <translation>材料齐全，予以受理。受理后3个工作日内应启动家庭经济状况调查核对。</translation>
    </message>
    <message>
        <source>Tell the applicant in one notice everything that is missing (一次性告知). The case waits until it is supplied.</source>
        <translation>一次性告知申请人需补正的全部材料，补正后再予受理。</translation>
    </message>
    <message>
        <source>Record that the missing materials were supplied; the application can then be accepted.</source>
        <translation>登记申请人已补正材料，之后即可受理。</translation>
    </message>
    <message>
        <source>Refuse to accept the application. The applicant gets a written notice with the reasons.</source>
        <translation>不予受理，向申请人出具书面通知并说明理由。</translation>
    </message>
    <message>
        <source>Start the household economic investigation and ask the county for the data cross-check. The home visit must be done within 15 working days.</source>
        <translation>启动家庭经济状况调查，并提请县级开展信息核对。入户调查应在15个工作日内完成。</translation>
    </message>
    <message>
        <source>Record the democratic appraisal. Village representatives must be at least two thirds of the panel, and everyone signs the record.</source>
        <translation>登记民主评议情况。村（居）民代表应不少于评议小组的三分之二，评议记录由全体参加人员签字。</translation>
    </message>
    <message>
        <source>Post the public notice in the village: the applicant&apos;s name, the number of family members and the amount, nothing else. It runs 7 days.</source>
        <translation>在村（居）张贴公示：仅公示申请人姓名、家庭人口数和拟保障金额，公示期7天。</translation>
    </message>
    <message>
        <source>Record an objection raised during the notice. The case goes back to investigation and needs a new preliminary review.</source>
        <translation>登记公示期间收到的异议。案件退回调查核实，并需重新初审。</translation>
    </message>
    <message>
        <source>The 7-day notice has ended. Close it; objections must have been recorded before.</source>
        <translation>7天公示期已满，结束公示。如有异议，应先行登记。</translation>
    </message>
    <message>
        <source>Hand the case up to the county civil-affairs bureau for its decision.</source>
        <translation>报送县级民政部门审核确认。</translation>
    </message>
    <message>
        <source>Extend the time limit of the whole procedure from 30 to 45 working days after acceptance (MCA 2021, special circumstances only). The reason is recorded with the case.</source>
        <translation>将审核确认期限由受理后30个工作日延长至45个工作日（民政部2021年办法，仅限特殊情况），延期理由记入案件。</translation>
    </message>
    <message>
        <source>Record how the written refusal reached the applicant, as on the signed delivery receipt (送达回证). Zhejiang: within 3 working days of the decision.</source>
        <translation>按签收的送达回证登记不予确认通知书的送达情况。浙江省规定：作出决定后3个工作日内送达。</translation>
    </message>
    <message>
        <source>Approve the assistance. Payment starts in the month after the decision, paid before the 10th, to the household&apos;s bank account.</source>
        <translation>批准救助。自决定次月起发放，每月10日前发放至本户银行账户。</translation>
    </message>
    <message>
        <source>Refuse. The township delivers the written notice with the reasons and the appeal rights within 3 working days.</source>
        <translation>不予确认。由乡镇（街道）在3个工作日内送达书面通知，写明理由及复议、诉讼权利。</translation>
    </message>
    <message>
        <source>Return the case to the township for another investigation.</source>
        <translation>退回乡镇（街道）重新调查。</translation>
    </message>
    <message>
        <source>Raise the monthly amount, with written reasons.</source>
        <translation>增加每月发放金额，须写明理由。</translation>
    </message>
    <message>
        <source>Reduce the monthly amount, with written reasons. The new amount applies from next month.</source>
        <translation>减少每月发放金额，须写明理由。新金额自下月起执行。</translation>
    </message>
    <message>
        <source>Stop the payment, with written reasons. It ends the month after the decision.</source>
        <translation>停止发放，须写明理由。自决定次月起停发。</translation>
    </message>
    <message>
        <source>The applicant withdraws the application in writing.</source>
        <translation>申请人书面申请撤回。</translation>
    </message>
    <message>
        <source>Agrees with the application</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Does not agree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {type} · now: {state}</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {type} · 当前：{state}</translation>
    </message>
    <message>
        <source>What was objected, by whom, and how it is handled (one point per line)</source>
        <translation>异议内容、提出人及处理意见（每行一条）</translation>
    </message>
    <message>
        <source>{amount} yuan/month</source>
        <translation>{amount} 元/月</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Proposed by the review</source>
        <translation>初审拟保障金额</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reason for an amount other than the review&apos;s (kept in the audit, not printed)</source>
        <translation>金额与初审不同的理由（记入审计日志，不印在通知书上）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Why it is entered late (the notice is shown as backdated)</source>
        <translation>补录原因（公示开始日期早于录入日，将标注为补录）</translation>
    </message>
    <message>
        <source>Delivery (送达)</source>
        <translation>送达情况</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>送达地点</translation>
    </message>
    <message>
        <source>The county must decide by {date}: {limit}.</source>
        <translation>县级应于{date}前作出决定：{limit}。</translation>
    </message>
    <message>
        <source>yuan/month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <source>Review (初审): {v}</source>
        <translation>初审金额：{v}</translation>
    </message>
    <message>
        <source>Computed by the rules today: {v}</source>
        <translation>按现行标准计算：{v}</translation>
    </message>
    <message>
        <source>Most the rules allow: {v}</source>
        <translation>政策上限：{v}</translation>
    </message>
    <message>
        <source>Paid now: {v}</source>
        <translation>现发放：{v}</translation>
    </message>
    <message>
        <source>Difference from the review: {sign}{v}</source>
        <translation>与初审差额：{sign}{v}</translation>
    </message>
    <message>
        <source>Change: {sign}{v}</source>
        <translation>调整幅度：{sign}{v}</translation>
    </message>
    <message>
        <source>Above what the rules allow</source>
        <translation>超过政策上限</translation>
    </message>
    <message>
        <source>First month of payment: {month}</source>
        <translation>起始发放月份：{month}（决定次月）</translation>
    </message>
    <message>
        <source>{head} household, {type}</source>
        <translation>{head}户，{type}</translation>
    </message>
    <message>
        <source>You are about to {action}: {who}, {amount} {unit}.</source>
        <translation>即将{action}：{who}，{amount} {unit}。</translation>
    </message>
    <message>
        <source>Paid from {month}.</source>
        <translation>自{month}起发放。</translation>
    </message>
    <message>
        <source>This differs from the review&apos;s {amount} {unit}.</source>
        <translation>与初审金额 {amount} {unit} 不同。</translation>
    </message>
    <message>
        <source>You are about to {action}: {who}.</source>
        <translation>即将{action}：{who}。</translation>
    </message>
    <message>
        <source>Reasons: {items}</source>
        <translation>理由：{items}</translation>
    </message>
    <message>
        <source>Press the button again to confirm; the decision is then recorded and its notice is issued in the deciding body&apos;s name.</source>
        <translation>请再按一次按钮确认；确认后即登记决定，通知书以作出决定的机关名义出具。</translation>
    </message>
    <message>
        <source>Notice period: {first} to {last} (7 days). It can be closed from {close}.</source>
        <translation>公示期：{first} 至 {last}（7天），{close} 起可结束公示。</translation>
    </message>
    <message>
        <source>Confirm: {action}</source>
        <translation>确认{action}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前自动备份</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>升级前自动备份</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>账号与角色</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name} ({account}). The person must change it at the next sign-in:</source>
        <translation>为{name}（{account}）设置新密码，本人下次登录时须修改：</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of {name}:</source>
        <translation>{name}的角色：</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>County civil-affairs bureau</source>
        <translation>县级民政局</translation>
    </message>
    <message>
        <source>Township or subdistrict office</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation>已保存。闲置锁定时间自下次登录起生效。</translation>
    </message>
    <message>
        <source>Backups are consistent copies of the database made while it is in use, kept in the &quot;backups&quot; folder beside it: {folder}. A daily one is made when the program closes.</source>
        <translation>备份是在使用过程中生成的一致的数据库副本，存放在数据库旁的 backups 文件夹：{folder}。每天首次退出程序时自动备份一次。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;store the selected backup…</source>
        <translation>恢复所选备份(&amp;S)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database with the backup made {made}?

Everyone is signed out. The current database is first kept as one more backup.</source>
        <translation>用{made}的备份替换当前数据库吗？

所有用户将退出登录。当前数据库会先另存为一份备份。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The latest 200 entries of the audit log (kept at least 6 months; the chain is checked with `lishui-desktop verify`).</source>
        <translation>审计日志最近200条（至少保存6个月；可用 lishui-desktop verify 校验日志链）。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened.</source>
        <translation>无法打开数据库 {path}。</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>The database {path} cannot be read, and no backup that passes the check was found. Do not delete anything; call the county&apos;s IT support.</source>
        <translation>无法读取数据库 {path}，也没有找到能通过校验的备份。请不要删除任何文件，并联系县里的信息技术支持人员。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read. The newest backup that passes the check is {backup}. Restore it? Work done after that backup has to be entered again; the damaged file is kept for investigation.</source>
        <translation>无法读取数据库 {path}。能通过校验的最新备份是 {backup}。是否恢复该备份？该备份之后录入的工作需要重新录入；损坏的文件会保留下来以便查明原因。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复该备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Looking for a backup that passes the check…</source>
        <translation>正在查找能通过校验的备份…</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>正在进行每日备份…</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Awaiting county decision</source>
        <translation>待县级审核确认</translation>
    </message>
    <message>
        <source>Receiving assistance</source>
        <translation>救助中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Search the household: name, pinyin, initials, ID number, phone, village</source>
        <translation>搜索家庭：姓名、拼音、首字母、身份证号、电话、村（社区）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Click to show every state again</source>
        <translation>点击显示全部状态</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新建申请(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print a village&apos;s notices…</source>
        <translation>按村批量打印通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>For example the notices of approval of every newly approved case of a village, or its public notice list</source>
        <translation>例如：一个村所有新批准案件的审核确认通知书，或该村的公示名单</translation>
    </message>
    <message>
        <source>State: {state} ✕</source>
        <translation>状态：{state} ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>Bank deposits</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有价证券</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商业保险</translation>
    </message>
    <message>
        <source>Motor vehicles</source>
        <translation>机动车辆</translation>
    </message>
    <message>
        <source>Large farm machinery</source>
        <translation>大型农机具</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <source>Property other than the home</source>
        <translation>非自住房产</translation>
    </message>
    <message>
        <source>Business assets</source>
        <translation>经营性资产</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
</context>
<context>
    <name>AssistanceType</name>
    <message>
        <source>Minimum living guarantee</source>
        <translation>最低生活保障</translation>
    </message>
    <message>
        <source>Near-dibao household</source>
        <translation>低保边缘家庭</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Education aid</source>
        <translation>教育救助</translation>
    </message>
    <message>
        <source>Children in hardship</source>
        <translation>孤困儿童基本生活保障</translation>
    </message>
    <message>
        <source>Home adaptation (elderly)</source>
        <translation>适老化改造</translation>
    </message>
</context>
<context>
    <name>BatchNotices</name>
    <message>
        <source>newly approved cases</source>
        <translation>新批准、尚未出具的</translation>
    </message>
    <message>
        <source>cases now in their public notice</source>
        <translation>正在公示的</translation>
    </message>
    <message>
        <source>newly accepted cases</source>
        <translation>新受理、尚未出具的</translation>
    </message>
    <message>
        <source>newly refused cases</source>
        <translation>新不予确认、尚未出具的</translation>
    </message>
    <message>
        <source>cases whose payment stopped</source>
        <translation>已停发、尚未出具的</translation>
    </message>
    <message>
        <source>{notice} — {what}</source>
        <translation>{notice}（{what}）</translation>
    </message>
</context>
<context>
    <name>BatchNoticesDialog</name>
    <message>
        <source>Print a village&apos;s notices</source>
        <translation>按村批量打印通知书</translation>
    </message>
    <message>
        <source>Choose the village and the notice. Every household listed and ticked gets its own notice with its own number, recorded like one issued from the case; all of them open together for printing.</source>
        <translation>请选择村和通知书种类。下面列出并勾选的每一户都会单独出具一份通知书，各有文号，和在案件页出具的一样登记；出具后合在一起打开，可一次打印。</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>通知书(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type of assistance</source>
        <translation>救助类型(&amp;T)</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issue and preview</source>
        <translation>出具并预览(&amp;I)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>{state} {first} – {last}</source>
        <translation>{state}（{first}至{last}）</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) in the public notice</source>
        <translation>
            <numerusform>正在公示的共%n户</numerusform>
        </translation>
    </message>
    <message>
        <source>; one list is printed for the village.</source>
        <translation>，全村打印一份名单。</translation>
    </message>
    <message numerus="yes">
        <source>; they are in %n different notice periods: one list is printed for each.</source>
        <translation>
            <numerusform>，分属%n个不同的公示期：每个公示期打印一份名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} household(s) ticked.</source>
        <translation>共{total}户，已勾选{n}户。</translation>
    </message>
    <message>
        <source>No household of this village is waiting for this notice.</source>
        <translation>这个村没有需要出具这种通知书的家庭。</translation>
    </message>
    <message>
        <source>&amp;Stop after this notice</source>
        <translation>出完这一份后停止(&amp;S)</translation>
    </message>
    <message>
        <source>Issuing {n} notice(s)…</source>
        <translation>正在出具{n}份通知书…</translation>
    </message>
    <message>
        <source>{done} of {total} done…</source>
        <translation>已完成{done}份，共{total}份…</translation>
    </message>
    <message>
        <source>Stopping after the notice being issued…</source>
        <translation>正在出具的这一份完成后停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issued and recorded with document number {number}.</source>
        <translation>已出具并登记，文号{number}。</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) issued and recorded</source>
        <translation>
            <numerusform>已出具并登记%n份</numerusform>
        </translation>
    </message>
    <message>
        <source> (numbers {first} to {last}).</source>
        <translation>（文号{first}至{last}）。</translation>
    </message>
    <message>
        <source> (number {first}).</source>
        <translation>（文号{first}）。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n household(s) did not get their notice yet; they stay in the list for later.</source>
        <translation>
            <numerusform>已停止：还有%n户没有出具，仍留在名单中，可以以后再出具。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {items}</source>
        <translation>未出具：{items}</translation>
    </message>
    <message>
        <source>No notice was issued.</source>
        <translation>没有出具任何通知书。</translation>
    </message>
    <message>
        <source>{village}: {notice} ({n})</source>
        <translation>{village}：{notice}（{n}份）</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Housing area (m²)</source>
        <translation>住房面积（平方米）</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>生活状况</translation>
    </message>
    <message>
        <source>Vehicles and machinery</source>
        <translation>车辆及农机具</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <source>Deposits (yuan)</source>
        <translation>存款（元）</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <source>Cause of hardship</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>Relative of staff or officials</source>
        <translation>是否为工作人员近亲属</translation>
    </message>
    <message>
        <source>Neighbours interviewed</source>
        <translation>邻里走访</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>在场家庭成员</translation>
    </message>
    <message>
        <source>Village cadre present</source>
        <translation>在场村干部</translation>
    </message>
    <message>
        <source>Household head signed</source>
        <translation>户主签字</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不在场</translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>缺少：{items}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Reasons: {items}</source>
        <translation>理由：{items}</translation>
    </message>
    <message>
        <source>Investigators: {names}</source>
        <translation>调查人：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Visited on {date}</source>
        <translation>调查日期 {date}</translation>
    </message>
    <message>
        <source>Recommends approval</source>
        <translation>初审同意</translation>
    </message>
    <message>
        <source>Does not recommend approval</source>
        <translation>初审不同意</translation>
    </message>
    <message>
        <source>Amount {amount} yuan</source>
        <translation>金额 {amount} 元</translation>
    </message>
    <message>
        <source>Paid from {month}</source>
        <translation>自 {month} 起发放</translation>
    </message>
    <message>
        <source>Notice posted on {date}</source>
        <translation>{date} 张贴公示</translation>
    </message>
    <message>
        <source>Appraisal on {date}: {reps} of {panel} village representatives, {votes} votes for</source>
        <translation>{date} 民主评议：评议小组{panel}人，其中村（居）民代表{reps}人，同意{votes}票</translation>
    </message>
    <message>
        <source>Remarks: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>SHA-256: {hash}
The same file always gives the same code; any change to the file gives another.</source>
        <translation>SHA-256：{hash}
同一文件的校验码始终相同；文件有任何改动，校验码即不同。</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>现在可以办理</translation>
    </message>
    <message>
        <source>Nothing for you to do on this case now.</source>
        <translation>该案件目前没有需要您办理的环节。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Handed up on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>拟保障金额</translation>
    </message>
    <message>
        <source>Decided amount</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Data cross-check</source>
        <translation>信息核对</translation>
    </message>
    <message>
        <source>Add scans…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Issue a new notice. Each one gets the next document number of the year and is recorded; it opens for printing.</source>
        <translation>出具新的通知书：每份占用本年度的下一个文号并登记，出具后打开供打印。</translation>
    </message>
    <message>
        <source>No notice is issued for a case in this state.</source>
        <translation>案件目前的状态不需要出具通知书。</translation>
    </message>
    <message>
        <source>The public notice list is printed for a whole village: on the Applications list, &quot;Print a village&apos;s notices…&quot;.</source>
        <translation>公示名单按村打印：在“救助申请”列表中点“按村批量打印通知书…”。</translation>
    </message>
    <message>
        <source>Issued so far (a reprint is marked as a copy and recorded too):</source>
        <translation>已出具的通知书（重印的标注“副本”，也会登记）：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>&amp;Reprint the selected notice (copy)…</source>
        <translation>重印所选通知书（副本）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Correct the selected notice (new original)…</source>
        <translation>更正所选通知书（出具新原件）(&amp;C)…</translation>
    </message>
    <message>
        <source>Print notices</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>Done: {action} for the {head} household. The case is now: {state}.</source>
        <translation>已完成：{head}户{action}。案件现状态：{state}。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>{head} household · {type}</source>
        <translation>{head}家 · {type}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>已逾期（应于{date}前办结）</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>办理期限：{date}</translation>
    </message>
    <message>
        <source> · {limit}</source>
        <translation> · {limit}</translation>
    </message>
    <message>
        <source> (provisional: no official holiday schedule for {years} yet; holidays computed from the statutory rules)</source>
        <translation>（暂定：{years}年放假安排尚未公布，按法定节假日推算）</translation>
    </message>
    <message>
        <source>The date may move when the city hands down the official schedule with its adjusted working days.</source>
        <translation>市里下发正式放假安排（含调休）后，期限可能变动。</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/月</translation>
    </message>
    <message>
        <source>No home visit yet.</source>
        <translation>尚未入户调查。</translation>
    </message>
    <message>
        <source>Home visits ({n})</source>
        <translation>入户调查（{n}）</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>附件（{n}）</translation>
    </message>
    <message>
        <source>Print notices ({n})</source>
        <translation>打印通知书（{n}）</translation>
    </message>
    <message>
        <source>Close relative of staff ({note}): recorded separately; the county must visit in person before deciding.</source>
        <translation>工作人员近亲属（{note}）：已单独登记备案，县级须入户核查后方可作出决定。</translation>
    </message>
    <message>
        <source>Missing materials: {items}</source>
        <translation>需补正材料：{items}</translation>
    </message>
    <message>
        <source>Public notice {first} to {last}</source>
        <translation>公示期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>Latest reasons: {items}</source>
        <translation>最近理由：{items}</translation>
    </message>
    <message>
        <source>Paid first by the township (urgent aid) on {day}: {amount} yuan.</source>
        <translation>乡镇（街道）已于{day}先行救助（急难型临时救助）：{amount} 元。</translation>
    </message>
    <message>
        <source> Investigation and paperwork completed on {day}.</source>
        <translation>调查和审批手续已于{day}补齐。</translation>
    </message>
    <message>
        <source> Investigation and paperwork overdue since {day}.</source>
        <translation>调查和审批手续应于{day}前补齐，已逾期。</translation>
    </message>
    <message>
        <source> Investigation and paperwork due by {day}.</source>
        <translation>调查和审批手续须于{day}前补齐。</translation>
    </message>
    <message>
        <source>Approved: {amount} yuan, paid from {month}.</source>
        <translation>已批准：{amount} 元，自 {month} 起发放。</translation>
    </message>
    <message>
        <source>{n} ({covered} covered)</source>
        <translation>{n}人（保障{covered}人）</translation>
    </message>
    <message>
        <source>{amount} from {month}</source>
        <translation>{amount}，自 {month} 起</translation>
    </message>
    <message>
        <source>Preliminary review: recommends approval</source>
        <translation>初审意见：同意</translation>
    </message>
    <message>
        <source>Preliminary review: does not recommend approval</source>
        <translation>初审意见：不同意</translation>
    </message>
    <message>
        <source>Proposed amount: {amount}</source>
        <translation>拟保障金额：{amount}</translation>
    </message>
    <message>
        <source>How the amount was reached:</source>
        <translation>金额核算过程：</translation>
    </message>
    <message>
        <source>Amount requested: {amount} yuan</source>
        <translation>申请金额：{amount} 元</translation>
    </message>
    <message>
        <source>Review and decision points</source>
        <translation>审核要点</translation>
    </message>
    <message>
        <source>Home visit on {date} by {names}{county}</source>
        <translation>{date} 入户调查，调查人：{names}{county}</translation>
    </message>
    <message>
        <source> (county)</source>
        <translation>（县级）</translation>
    </message>
    <message>
        <source>Objections: {n}</source>
        <translation>公示异议：{n}条</translation>
    </message>
    <message>
        <source>Public notice running (until {last})</source>
        <translation>公示中（至 {last}）</translation>
    </message>
    <message>
        <source>Public notice ended without objection</source>
        <translation>公示期满无异议</translation>
    </message>
    <message>
        <source>{outcome} by {who} on {date}</source>
        <translation>{date} {who}：{outcome}</translation>
    </message>
    <message>
        <source>: {amount} yuan</source>
        <translation>，{amount} 元</translation>
    </message>
    <message>
        <source>, from {month}</source>
        <translation>，自 {month} 起</translation>
    </message>
    <message>
        <source>; reasons: {items}</source>
        <translation>；理由：{items}</translation>
    </message>
    <message>
        <source>Visit on {date} by {names}</source>
        <translation>{date} 入户调查，调查人：{names}</translation>
    </message>
    <message>
        <source>{name} ({relation}), {income} yuan/month, {able}</source>
        <translation>{name}（{relation}），月收入 {income} 元，{able}</translation>
    </message>
    <message>
        <source>able to support</source>
        <translation>有赡养能力</translation>
    </message>
    <message>
        <source>not able to support</source>
        <translation>无赡养能力</translation>
    </message>
    <message>
        <source>Conclusion: {text}</source>
        <translation>调查结论：{text}</translation>
    </message>
    <message>
        <source>Notices are issued by case staff.</source>
        <translation>通知书由经办、审核、审批人员出具。</translation>
    </message>
    <message>
        <source>Issuing the notice…</source>
        <translation>正在出具通知书…</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>正在准备副本…</translation>
    </message>
    <message>
        <source>Correct a notice</source>
        <translation>更正通知书</translation>
    </message>
    <message>
        <source>{notice} {number} stays on file marked as replaced. A new original with a new number is issued from the case as it is now.

Why is it corrected?</source>
        <translation>{notice} {number} 仍存档，标注为已被替代；将按案件当前情况出具一份新编号的新原件。

更正原因：</translation>
    </message>
    <message>
        <source>Issuing the corrected notice…</source>
        <translation>正在出具更正后的通知书…</translation>
    </message>
    <message>
        <source>{notice} {number} (copy)</source>
        <translation>{notice} {number}（副本）</translation>
    </message>
    <message>
        <source>A copy of the notice already issued, marked as such on the page; the reprint is recorded.</source>
        <translation>这是已出具通知书的副本，页面上标有“副本”字样；本次重印已登记。</translation>
    </message>
    <message>
        <source>{notice} {number}</source>
        <translation>{notice} {number}</translation>
    </message>
    <message>
        <source>Issued and recorded with document number {number}. Print it, or save it as a PDF file.</source>
        <translation>已出具并登记，文号{number}。可以直接打印，也可以另存为PDF文件。</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>Scans of the application&apos;s documents</source>
        <translation>申请材料扫描件</translation>
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving the scans…</source>
        <translation>正在保存扫描件…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>This is your first sign-in, or the administrator reset your password: choose a new password to continue.</source>
        <translation>这是您首次登录，或管理员已重置您的密码：请设置新密码后继续。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>At least 8 characters, mixing letters and digits.</source>
        <translation>至少8位，须同时包含字母和数字。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Staff relative</source>
        <translation>工作人员近亲属</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Ended: close it</source>
        <translation>已期满，请结束公示</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>今天为最后一天</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>剩余{n}天</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>调查次数</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Proposed (yuan)</source>
        <translation>拟保障金额（元）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>由谁办理</translation>
    </message>
    <message>
        <source>Handed up</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>By the county</source>
        <translation>县级调查</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Household on this site</source>
        <translation>本地家庭</translation>
    </message>
    <message>
        <source>Other household</source>
        <translation>另一处家庭</translation>
    </message>
    <message>
        <source>Found by the city</source>
        <translation>市级发现时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>保障对象</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>State afterwards</source>
        <translation>办理后状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件/副本</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>文件校验码</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Items that differ</source>
        <translation>不一致的项目</translation>
    </message>
    <message>
        <source>Version here</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>Version on the server</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>拒收时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>已重新发送</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The server&apos;s words</source>
        <translation>服务器原话</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>For month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Bank&apos;s reason</source>
        <translation>银行退回原因</translation>
    </message>
    <message>
        <source>Months overpaid</source>
        <translation>多发月份</translation>
    </message>
    <message>
        <source>Still to recover</source>
        <translation>待追回金额</translation>
    </message>
    <message>
        <source>How</source>
        <translation>追回方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Added this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Exited this month</source>
        <translation>本月退出</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月户数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>核对项目</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Has a record</source>
        <translation>有无记录</translation>
    </message>
    <message>
        <source>What the source holds</source>
        <translation>核对情况</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Written account of the emergency (情况说明)</source>
        <translation>情况说明已写明</translation>
    </message>
    <message>
        <source>Missing application materials supplied</source>
        <translation>申请材料已补齐</translation>
    </message>
    <message>
        <source>Home visit made and recorded</source>
        <translation>已入户调查核实并登记</translation>
    </message>
    <message>
        <source>Approval form signed after the fact</source>
        <translation>审批表已补签（审批补办）</translation>
    </message>
    <message>
        <source>Complete the paperwork of the pay-first</source>
        <translation>先行救助补办手续</translation>
    </message>
    <message>
        <source>Record the completion</source>
        <translation>登记补办完成</translation>
    </message>
    <message>
        <source>Paid first on {paid}: record the home visit it rests on and that every part of the paperwork is done.</source>
        <translation>已于{paid}先行救助：请登记据以核实的入户调查，并确认各项手续均已补齐。</translation>
    </message>
    <message>
        <source>At least two, separated by 、</source>
        <translation>至少两人，用“、”分隔</translation>
    </message>
    <message>
        <source>Home visit on</source>
        <translation>入户调查日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>What the visit found</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Account of the emergency</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>补办完成日期</translation>
    </message>
    <message>
        <source>Recording the completion…</source>
        <translation>正在登记补办完成…</translation>
    </message>
</context>
<context>
    <name>Conclusion</name>
    <message>
        <source>Matches what was declared</source>
        <translation>与申报情况一致</translation>
    </message>
    <message>
        <source>Partly matches</source>
        <translation>与申报情况部分一致</translation>
    </message>
    <message>
        <source>Does not match what was declared</source>
        <translation>与申报情况不一致</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>This record was changed on this computer, and the city server holds a newer version made elsewhere. Nothing was overwritten: both versions are kept below. Choose for each item which version to keep. The result is saved as a new version, sent with the next sync and recorded in the audit log.</source>
        <translation>这条记录在本机上改过，同时城市服务器上已有在别处改过的更新版本。两边都没有被覆盖，两个版本都列在下面。请逐项选择要保留哪一边的内容。保存后作为新版本，在下次同步时发送到城市服务器，并记入操作日志。</translation>
    </message>
    <message>
        <source>Version here: {local} · Version on the city server: {server}</source>
        <translation>本机版本：{local} · 城市服务器版本：{server}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机的内容</translation>
    </message>
    <message>
        <source>On the city server</source>
        <translation>城市服务器上的内容</translation>
    </message>
    <message>
        <source>The two versions differ only in when and by whom they were saved; the contents are the same. Keep the server&apos;s version to settle the conflict.</source>
        <translation>两个版本只是保存时间和保存人不同，内容完全一样。保存后以城市服务器的版本为准，冲突即解决。</translation>
    </message>
    <message>
        <source>All from &amp;this computer</source>
        <translation>全部用本机的(&amp;T)</translation>
    </message>
    <message>
        <source>All from the city &amp;server</source>
        <translation>全部用城市服务器的(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep my choice</source>
        <translation>保存我的选择(&amp;K)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>以后再处理(&amp;L)</translation>
    </message>
    <message>
        <source>{head} household ({village})</source>
        <translation>{head}户（{village}）</translation>
    </message>
    <message>
        <source>{head} household</source>
        <translation>{head}户</translation>
    </message>
    <message>
        <source>{record} of {household}</source>
        <translation>{household}的{record}</translation>
    </message>
</context>
<context>
    <name>CountyFigures</name>
    <message>
        <source>Near-dibao: income at or below this multiple of the dibao standard</source>
        <translation>低保边缘家庭：月人均收入在低保标准的此倍数以下（含本数）</translation>
    </message>
    <message>
        <source>Expenditure-type poverty: rigid medical and education costs deducted</source>
        <translation>支出型贫困：扣减医疗、教育刚性支出</translation>
    </message>
    <message>
        <source>Taper period after employment lifts income (months)</source>
        <translation>就业后收入超过标准的渐退期（月）</translation>
    </message>
    <message>
        <source>Property limits</source>
        <translation>家庭财产限额</translation>
    </message>
    <message>
        <source>County decision limit (working days)</source>
        <translation>县级审核确认时限（工作日）</translation>
    </message>
    <message>
        <source>Incomes the city excludes besides the statutory ones</source>
        <translation>市级增列的不计入收入项目</translation>
    </message>
    <message>
        <source>Handed down by the city</source>
        <translation>市级下发</translation>
    </message>
    <message>
        <source>This office&apos;s setting</source>
        <translation>本单位设置</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>financial assets up to {months} months of the standard per person; vehicles up to {vehicle} yuan; {housing} home(s) beyond the one lived in; business assets up to {business} yuan</source>
        <translation>金融资产人均不超过 {months} 个月低保标准；机动车价值不超过 {vehicle} 元；自住房以外住房不超过 {housing} 处；经营主体资产不超过 {business} 元</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{origin}: {source}, {day}</source>
        <translation>{origin}：{source}，{day}</translation>
    </message>
    <message>
        <source>{origin}: {source}</source>
        <translation>{origin}：{source}</translation>
    </message>
</context>
<context>
    <name>CountyFiguresDialog</name>
    <message>
        <source>The county&apos;s assistance figures</source>
        <translation>本县救助政策参数</translation>
    </message>
    <message>
        <source>The figures the rules use for this county. The city hands them down to every township of the county with the next sync; a figure the city has not set is this office&apos;s setting or the default shown with its source.</source>
        <translation>本县核算和时限所用的参数。由市级下发，本县各乡镇同步后即统一使用；市级未下发的参数，使用本单位设置或默认值（注明依据）。</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>Any due date</source>
        <translation>全部办理期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation>今日到期及已逾期</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>3 日内到期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 日内到期</translation>
    </message>
    <message>
        <source>Search: name, pinyin, ID number, village</source>
        <translation>搜索：姓名、拼音、身份证号、村（社区）</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部救助类别</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for the county&apos;s decision&lt;/b&gt;: %n case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;待县级审核确认&lt;/b&gt;：%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrossCheckOutcome</name>
    <message>
        <source>Nothing found that makes the household ineligible</source>
        <translation>未发现不符合条件的情况</translation>
    </message>
    <message>
        <source>Found the household ineligible</source>
        <translation>发现不符合条件的情况</translation>
    </message>
</context>
<context>
    <name>CrossCheckSource</name>
    <message>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>市场主体登记</translation>
    </message>
    <message>
        <source>Housing fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商业保险</translation>
    </message>
</context>
<context>
    <name>CrossCheckTab</name>
    <message>
        <source>Request the data cross-check…</source>
        <translation>申请信息核对…</translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation>录入核对结果…</translation>
    </message>
    <message>
        <source>Export waiting requests for the platform…</source>
        <translation>导出待核对申请（报送核对平台）…</translation>
    </message>
    <message>
        <source>Import the platform&apos;s results…</source>
        <translation>导入核对平台结果…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>No data cross-check has been requested. The preliminary review needs its result.</source>
        <translation>尚未申请家庭经济状况信息核对。初审须以核对结果为依据。</translation>
    </message>
    <message>
        <source>Request {no} of {day} by {who}; authorisation signed by {signer} on {signed}.</source>
        <translation>核对申请{no}，{day}由{who}提出；授权书由{signer}于{signed}签署。</translation>
    </message>
    <message>
        <source>Waiting for the result.</source>
        <translation>等待核对结果。</translation>
    </message>
    <message>
        <source>Result recorded on {day} by {who}{county}: {outcome}.</source>
        <translation>{day}由{who}{county}录入核对结果：{outcome}。</translation>
    </message>
    <message>
        <source> (county)</source>
        <translation>（县级）</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Remarks: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>{n} earlier requests on file.</source>
        <translation>此前另有{n}次核对申请。</translation>
    </message>
    <message>
        <source>Request the data cross-check again…</source>
        <translation>重新申请信息核对…</translation>
    </message>
    <message>
        <source>Export the cross-check requests</source>
        <translation>导出核对申请</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the requests…</source>
        <translation>正在写入核对申请…</translation>
    </message>
    <message>
        <source>{n} requests written to {path}.</source>
        <translation>已将{n}份核对申请写入{path}。</translation>
    </message>
    <message>
        <source>The platform&apos;s result file</source>
        <translation>核对平台的结果文件</translation>
    </message>
    <message>
        <source>Reading the result file…</source>
        <translation>正在读取核对结果文件…</translation>
    </message>
    <message>
        <source>{n} results imported from {rows} rows; {bad} found the household ineligible.</source>
        <translation>已从{rows}行导入{n}份核对结果，其中{bad}份发现不符合条件的情况。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何结果</translation>
    </message>
    <message>
        <source>The result file has {n} problems; nothing was imported. Correct them and import the file again.</source>
        <translation>核对结果文件有{n}处问题，未导入任何结果。请改正后重新导入。</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>In person</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <source>Left at the home (refused to sign)</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <source>Through another office</source>
        <translation>委托送达</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>电子送达</translation>
    </message>
</context>
<context>
    <name>Disability</name>
    <message>
        <source>Visual</source>
        <translation>视力</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重</translation>
    </message>
    <message>
        <source>{type}, {grade}</source>
        <translation>{type}{grade}</translation>
    </message>
</context>
<context>
    <name>DisabilityGrade</name>
    <message>
        <source>Grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四级</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>{county} {township} {village}, household of {head}, since {since}</source>
        <translation>{county}{township}{village}，户主{head}，{since}起</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>{by}, {at}: {note}</source>
        <translation>{by}，{at}：{note}</translation>
    </message>
    <message>
        <source>The same person in two townships</source>
        <translation>跨乡镇重复人员</translation>
    </message>
    <message>
        <source>The city compares every household member with the other townships&apos; by ID number. Each case stays open until a person resolves it with the other township (the city records who and how); nothing is merged or removed on its own. Open cases first; as of the last sync.</source>
        <translation>市级平台按身份证号将每名家庭成员与其他乡镇的家庭成员比对。每例重复须由工作人员与另一乡镇核实后处理（市级记录处理人和处理方式），系统不会自动合并或删除。待处理的排在前面；数据截至最近一次同步。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位，当前为{length}位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <source>The first six digits {region} are not a valid region code.</source>
        <translation>前六位{region}不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date {birth} in the ID number is not a calendar date.</source>
        <translation>身份证号码中的出生日期{birth}不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date {birth} in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期{birth}晚于今天。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写成员姓名。</translation>
    </message>
    <message>
        <source>Choose the relation to the household head.</source>
        <translation>请选择与户主关系。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number.</source>
        <translation>出生日期与身份证号码不符。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number.</source>
        <translation>性别与身份证号码不符。</translation>
    </message>
    <message>
        <source>Another member has the same ID number.</source>
        <translation>与另一位成员的身份证号码重复。</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <source>This member is not in the household.</source>
        <translation>该成员不属于本户。</translation>
    </message>
    <message>
        <source>Choose the member the support is for.</source>
        <translation>请选择供养对象。</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation>每户至少要有一名成员。</translation>
    </message>
    <message>
        <source>Exactly one member must be the household head.</source>
        <translation>必须有且只有一名成员为户主。</translation>
    </message>
    <message>
        <source>The household has no members.</source>
        <translation>该户没有成员。</translation>
    </message>
    <message>
        <source>Choose a village from the list.</source>
        <translation>请从列表中选择村（社区）。</translation>
    </message>
    <message>
        <source>Say whose relative the applicant is (name and post of the staff member).</source>
        <translation>请写明是哪位工作人员的近亲属（姓名、职务）。</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>该家庭已不存在。</translation>
    </message>
    <message>
        <source>This household belongs to another office and cannot be changed here.</source>
        <translation>该家庭属于其他经办机构，不能在此修改。</translation>
    </message>
    <message>
        <source>Only township caseworkers and reviewers record households.</source>
        <translation>只有乡镇（街道）经办人和审核人可以登记家庭。</translation>
    </message>
    <message>
        <source>Someone else changed this household in the meantime. Close the form and open it again.</source>
        <translation>其他人刚刚修改了该家庭，请关闭表单后重新打开。</translation>
    </message>
    <message>
        <source>Choose a housing type from the list.</source>
        <translation>请从列表中选择住房类型。</translation>
    </message>
    <message>
        <source>The housing area must be a number of square metres, not negative.</source>
        <translation>住房面积应为平方米数，不能为负数。</translation>
    </message>
    <message>
        <source>Choose the type of disability.</source>
        <translation>请选择残疾类别。</translation>
    </message>
    <message>
        <source>The disability grade is 1 to 4.</source>
        <translation>残疾等级为一至四级。</translation>
    </message>
    <message>
        <source>A disability needs both its type and its grade.</source>
        <translation>残疾类别和等级须同时填写。</translation>
    </message>
    <message>
        <source>Unknown self-care item.</source>
        <translation>未知的自理能力项目。</translation>
    </message>
    <message>
        <source>Choose an income category.</source>
        <translation>请选择收入类别。</translation>
    </message>
    <message>
        <source>Income must not be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <source>This income belongs to a member who is not in the household.</source>
        <translation>该收入所属成员不在本户中。</translation>
    </message>
    <message>
        <source>Only wages or business income can come from new employment.</source>
        <translation>只有工资性收入或经营净收入可以是新就业收入。</translation>
    </message>
    <message>
        <source>The new employment starts after the assessment date.</source>
        <translation>新就业开始日期晚于核算日期。</translation>
    </message>
    <message>
        <source>The disregard period is 0 to 12 months.</source>
        <translation>扣减期为0至12个月。</translation>
    </message>
    <message>
        <source>Choose the kind of asset.</source>
        <translation>请选择财产类别。</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>价值不能为负数。</translation>
    </message>
    <message>
        <source>The quantity is at least 1.</source>
        <translation>数量至少为1。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 1060 or 1060.50.</source>
        <translation>请以元为单位填写金额，例如 1060 或 1060.50。</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation>每个项目都要填写名称。</translation>
    </message>
    <message>
        <source>The new amount must be higher than the current one.</source>
        <translation>新金额应高于现有金额。</translation>
    </message>
    <message>
        <source>The new amount must be lower than the current one and above zero; stop the payment instead.</source>
        <translation>新金额应低于现有金额且大于零；如需降为零，请改用停发。</translation>
    </message>
    <message>
        <source>The number of persons must be at least 1.</source>
        <translation>人数至少为1。</translation>
    </message>
    <message>
        <source>No member is marked as covered by the benefit.</source>
        <translation>没有成员被标记为保障对象。</translation>
    </message>
    <message>
        <source>Unknown dibao calculation method.</source>
        <translation>未知的低保金计算方法。</translation>
    </message>
    <message>
        <source>The county&apos;s dibao bands are not set up correctly.</source>
        <translation>本县的低保分档设置有误。</translation>
    </message>
    <message>
        <source>No assistance standard is in force for this county and date; sync the reference data from the city server.</source>
        <translation>该县在此日期没有有效的救助标准，请从城市服务器同步基础数据。</translation>
    </message>
    <message>
        <source>Not a Lishui county.</source>
        <translation>不是丽水市所辖县（市、区）。</translation>
    </message>
    <message>
        <source>Unknown kind of standard.</source>
        <translation>未知的标准类别。</translation>
    </message>
    <message>
        <source>A standard must not be negative.</source>
        <translation>标准不能为负数。</translation>
    </message>
    <message>
        <source>Choose a type of assistance.</source>
        <translation>请选择救助类别。</translation>
    </message>
    <message>
        <source>The applicant must be a member of the household.</source>
        <translation>申请人必须是本户成员。</translation>
    </message>
    <message>
        <source>This household already has an open case of this type.</source>
        <translation>该家庭已有同类在办或在保案件。</translation>
    </message>
    <message>
        <source>The application date must not be in the future.</source>
        <translation>申请日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Only township staff take applications.</source>
        <translation>只有乡镇（街道）工作人员可以受理申请。</translation>
    </message>
    <message>
        <source>This case belongs to another office.</source>
        <translation>该案件属于其他经办机构。</translation>
    </message>
    <message>
        <source>The case changed since you opened it. It has been reloaded; check it and try again.</source>
        <translation>打开后该案件已被他人改动，已重新载入，请核对后再试。</translation>
    </message>
    <message>
        <source>This step is not possible while the case is &quot;{state_label}&quot;.</source>
        <translation>案件当前为“{state_label}”，不能办理此环节。</translation>
    </message>
    <message>
        <source>Your role ({role_label}) may not do this step.</source>
        <translation>您的角色（{role_label}）无权办理此环节。</translation>
    </message>
    <message>
        <source>You took in, investigated or reviewed this case, so you may not decide it.</source>
        <translation>您参与了该案件的受理、调查或初审，不能对其作出审核确认决定。</translation>
    </message>
    <message>
        <source>The applicant is a relative of staff: the county must visit the household in person before deciding.</source>
        <translation>申请人为工作人员近亲属，县级须先入户核查才能作出决定。</translation>
    </message>
    <message>
        <source>Give at least one written reason.</source>
        <translation>请至少填写一条书面理由。</translation>
    </message>
    <message>
        <source>List every missing material at once.</source>
        <translation>请一次性列明需补正的全部材料。</translation>
    </message>
    <message>
        <source>A home visit needs at least {minimum} investigators.</source>
        <translation>入户调查至少需要{minimum}名调查人员。</translation>
    </message>
    <message>
        <source>The visit date must not be in the future.</source>
        <translation>调查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Stopping tekun support needs its 7-day notice first: give the day it was posted.</source>
        <translation>停止特困供养须先公示7天：请填写公示张贴日期。</translation>
    </message>
    <message>
        <source>The 7-day notice of the stop runs until {notice_end}; stop the support after that.</source>
        <translation>停发公示至{notice_end}结束，期满后方可停发。</translation>
    </message>
    <message>
        <source>This income category is not on the city&apos;s list of exclusions.</source>
        <translation>该收入类别不在市级规定的不计入收入目录中。</translation>
    </message>
    <message>
        <source>The near-dibao multiple is a number from 1 to 3, such as 1.5.</source>
        <translation>低保边缘倍数应为1至3之间的数字，例如1.5。</translation>
    </message>
    <message>
        <source>The taper lasts 0 to 6 months.</source>
        <translation>渐退期为0至6个月。</translation>
    </message>
    <message>
        <source>A property limit is a whole number and not negative.</source>
        <translation>财产限额应为不小于0的整数。</translation>
    </message>
    <message>
        <source>The time limit was already extended to 45 working days.</source>
        <translation>办理期限已延长至45个工作日，不能再次延长。</translation>
    </message>
    <message>
        <source>The delivery of this decision is already recorded.</source>
        <translation>该决定的送达情况已登记。</translation>
    </message>
    <message>
        <source>Give the day of delivery; it must not be in the future.</source>
        <translation>请填写送达日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The delivery cannot be before the decision ({decided_on}).</source>
        <translation>送达日期不能早于作出决定的日期（{decided_on}）。</translation>
    </message>
    <message>
        <source>Say how the notice was delivered.</source>
        <translation>请选择送达方式。</translation>
    </message>
    <message>
        <source>Name the person who signed for the notice.</source>
        <translation>请填写签收人姓名。</translation>
    </message>
    <message>
        <source>A time limit is 1 to 60 working days.</source>
        <translation>办理期限应为1至60个工作日。</translation>
    </message>
    <message>
        <source>The decision limit cannot be longer than the whole procedure.</source>
        <translation>审核确认期限不能长于整个办理期限。</translation>
    </message>
    <message>
        <source>The preliminary review needs a home visit by at least two investigators first.</source>
        <translation>初审前须先由至少两名调查人员完成入户调查。</translation>
    </message>
    <message>
        <source>Say whether the review recommends approval.</source>
        <translation>请选择初审意见是否同意。</translation>
    </message>
    <message>
        <source>Only a case the review recommends is published; hand it up instead.</source>
        <translation>初审不同意的案件不公示，请直接报送县级。</translation>
    </message>
    <message>
        <source>A recommended case must pass the 7-day public notice first.</source>
        <translation>初审同意的案件须先经7天公示。</translation>
    </message>
    <message>
        <source>The 7-day public notice has not ended yet (last day {notice_end}).</source>
        <translation>7天公示期尚未届满（最后一天为{notice_end}）。</translation>
    </message>
    <message>
        <source>The number does not check out (its last character does not fit the other 17). Compare the whole number with the ID card.</source>
        <translation>身份证号码校验不通过（末位与前17位不符），请对照身份证逐位核对整个号码。</translation>
    </message>
    <message>
        <source>A taper period continues the benefit of a household being paid: it is chosen at the periodic review.</source>
        <translation>渐退期适用于正在享受低保的家庭，应在复核时选择。</translation>
    </message>
    <message>
        <source>A taper period applies to the household, not to a member covered alone.</source>
        <translation>渐退期适用于整户，不适用于单人保对象。</translation>
    </message>
    <message>
        <source>The member covered alone is not in this household.</source>
        <translation>单独纳入的成员不是本户家庭成员。</translation>
    </message>
    <message>
        <source>Choose the member covered alone.</source>
        <translation>请选择单独纳入低保的家庭成员。</translation>
    </message>
    <message>
        <source>This choice does not apply to this type of assistance.</source>
        <translation>该选项不适用于此救助类型。</translation>
    </message>
    <message>
        <source>Payment starts in the month after the decision ({expected}); it is not typed.</source>
        <translation>自决定次月（{expected}）起发放，起始月份不能自行填写。</translation>
    </message>
    <message>
        <source>The change takes effect at the latest from {expected}, and not before the case&apos;s first month of payment.</source>
        <translation>变更最迟自{expected}起生效，且不得早于该案件首次发放的月份。</translation>
    </message>
    <message>
        <source>The overpayment on the notice needs its amount and the months it covers.</source>
        <translation>通知书上的多发金额须写明金额及所涉月份。</translation>
    </message>
    <message>
        <source>Give the receipt number of the repayment.</source>
        <translation>请填写退回款项的缴款凭证号。</translation>
    </message>
    <message>
        <source>The day of the repayment is in the future.</source>
        <translation>退回日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The case is still paid: its overpayment is offset in the next rolls.</source>
        <translation>该案件仍在发放：多发金额在以后的名册中扣减。</translation>
    </message>
    <message>
        <source>The case has no overpayment to recover.</source>
        <translation>该案件没有需要追回的多发金额。</translation>
    </message>
    <message>
        <source>The amount recovered is above zero and at most the {outstanding_fen} yuan outstanding.</source>
        <translation>追回金额须大于零，且不超过尚未追回的{outstanding_fen}元。</translation>
    </message>
    <message>
        <source>The amount is above the most the rules allow for this case ({ceiling_fen} yuan).</source>
        <translation>金额超过本案按政策可给予的上限（{ceiling_fen}元）。</translation>
    </message>
    <message>
        <source>The amount differs from the review&apos;s {proposed_fen} yuan: write the reason (kept in the audit, not printed).</source>
        <translation>金额与初审的{proposed_fen}元不同，请写明理由（记入审计日志，不印在通知书上）。</translation>
    </message>
    <message>
        <source>The notice cannot start before the preliminary review ({reviewed_on}).</source>
        <translation>公示开始日期不能早于初审日期（{reviewed_on}）。</translation>
    </message>
    <message>
        <source>The notice started {days} days ago: write why it is entered late (it is shown as backdated).</source>
        <translation>公示开始于{days}天前，请写明补录原因（将标注为补录）。</translation>
    </message>
    <message>
        <source>Give the first day of the notice.</source>
        <translation>请填写公示开始日期。</translation>
    </message>
    <message>
        <source>The village&apos;s cases are in different notice periods ({periods}): each period gets its own list.</source>
        <translation>本村案件的公示期不同（{periods}），每个公示期单独出具公示名单。</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>更正须写明理由。</translation>
    </message>
    <message>
        <source>This notice was already corrected; correct the one that replaced it.</source>
        <translation>该通知书已被更正，请对替代它的通知书进行更正。</translation>
    </message>
    <message>
        <source>This notice is issued by {issuer}.</source>
        <translation>该通知书由{issuer}出具。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters; this one has {length}.</source>
        <translation>姓名最多{limit}个字，现为{length}个字。</translation>
    </message>
    <message>
        <source>This person already lives in the household of {head_name} ({village} {address}). Record them as moved out there first.</source>
        <translation>此人已登记在{head_name}户（{village} {address}）。请先在该户登记其迁出。</translation>
    </message>
    <message>
        <source>Give the day the member moved out (between their birth and today).</source>
        <translation>请填写迁出日期（在出生日期与今天之间）。</translation>
    </message>
    <message>
        <source>Say why the member left (moved, married, died …).</source>
        <translation>请写明离开原因（迁出、婚嫁、死亡等）。</translation>
    </message>
    <message>
        <source>Choose another household head before the head moves out.</source>
        <translation>户主迁出前请先指定新的户主。</translation>
    </message>
    <message>
        <source>{name} is the applicant of a case: record them as moved out with the date and reason instead.</source>
        <translation>{name}是案件的申请人，不能删除，请登记迁出日期和原因。</translation>
    </message>
    <message>
        <source>The member has moved out; their income is no longer the household&apos;s.</source>
        <translation>该成员已迁出，其收入不再计入本户。</translation>
    </message>
    <message>
        <source>Choose the household&apos;s village (notices are printed and posted per village).</source>
        <translation>请选择所在村（社区）：通知书按村打印，公示按村张贴。</translation>
    </message>
    <message>
        <source>An approval grants an amount above zero; refuse the case instead.</source>
        <translation>批准的金额应大于零；不符合条件的请作不予确认。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件须有文件名。</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>文件{name}为空。</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit_mb} MB.</source>
        <translation>文件{name}超过{limit_mb} MB。</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not in this database.</source>
        <translation>本数据库中没有该文件的内容。</translation>
    </message>
    <message>
        <source>Village representatives must be at least two thirds of the appraisal panel.</source>
        <translation>村（居）民代表人数应不少于评议小组的三分之二。</translation>
    </message>
    <message>
        <source>Give the number of panel members (at least 3).</source>
        <translation>请填写评议小组人数（至少3人）。</translation>
    </message>
    <message>
        <source>There cannot be more votes for than panel members ({maximum}).</source>
        <translation>同意票数不能多于评议小组人数（{maximum}人）。</translation>
    </message>
    <message>
        <source>Choose whether the appraisal agrees with the application.</source>
        <translation>请选择评议结果（同意或不同意）。</translation>
    </message>
    <message>
        <source>Give a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>The notice cannot start after today.</source>
        <translation>公示开始日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Wrong account or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>Wrong account or password. {left} tries left before the account is locked.</source>
        <translation>账号或密码错误，再错{left}次账号将被锁定。</translation>
    </message>
    <message>
        <source>The account is locked after repeated failures until {until}. Ask the administrator or wait.</source>
        <translation>因多次输错密码，账号已锁定至{until}。请联系管理员或稍后再试。</translation>
    </message>
    <message>
        <source>Enter your account and password.</source>
        <translation>请输入账号和密码。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少8位。</translation>
    </message>
    <message>
        <source>A password mixes letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>原密码不正确。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>An account name has 3 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>账号由3至32位字母、数字或“.”“_”“-”组成。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>This account name is taken.</source>
        <translation>该账号已存在。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>只有系统管理员可以进行此操作。</translation>
    </message>
    <message>
        <source>The folder for the trial is not empty; choose a new folder.</source>
        <translation>试用环境的文件夹不是空的，请换一个新文件夹。</translation>
    </message>
    <message>
        <source>The trial&apos;s city server did not start or answer; its log is in the trial folder.</source>
        <translation>试用环境的市级服务器没有启动或没有响应，日志在试用文件夹中。</translation>
    </message>
    <message>
        <source>A sync of the trial did not go through cleanly.</source>
        <translation>试用环境的一次同步没有完全成功。</translation>
    </message>
    <message>
        <source>Your role does not read full ID numbers.</source>
        <translation>您的角色不能查看完整的身份证号码。</translation>
    </message>
    <message>
        <source>Your role may not export full ID numbers; export the list with them masked.</source>
        <translation>您的角色不能导出完整身份证号，请隐藏身份证号后导出。</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx.</source>
        <translation>文件名须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <translation>不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <source>Choose a Lishui township or county.</source>
        <translation>请选择丽水市的乡镇（街道）或县（市、区）。</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>该数据库已完成初始化。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>The address starts with http:// or https://.</source>
        <translation>地址应以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>This database has no site yet; run the first-time setup.</source>
        <translation>该数据库尚未初始化，请先完成首次设置。</translation>
    </message>
    <message>
        <source>The idle lock is {minimum} to {maximum} minutes.</source>
        <translation>闲置锁定时间为{minimum}至{maximum}分钟。</translation>
    </message>
    <message>
        <source>Keep {minimum} to {maximum} backups.</source>
        <translation>保留备份数量为{minimum}至{maximum}份。</translation>
    </message>
    <message>
        <source>Not a Lishui county, township or village code.</source>
        <translation>不是丽水市的县、乡镇或村（社区）代码。</translation>
    </message>
    <message>
        <source>Not a Lishui county code.</source>
        <translation>不是丽水市的县级代码。</translation>
    </message>
    <message>
        <source>Not a Lishui township code.</source>
        <translation>不是丽水市的乡镇（街道）代码。</translation>
    </message>
    <message>
        <source>A village code has 12 digits.</source>
        <translation>村（社区）代码为12位数字。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored.</source>
        <translation>备份文件已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>This file is not a caseworker database.</source>
        <translation>该文件不是本系统的数据库。</translation>
    </message>
    <message>
        <source>This backup is not encrypted and is not restored over an encrypted database.</source>
        <translation>该备份未加密，不能用来替换已加密的数据库。</translation>
    </message>
    <message>
        <source>This backup was made under an earlier database key. Restore it from the command line: lishui-desktop restore --user NAME FILE.</source>
        <translation>该备份是用以前的数据库密钥制作的，请在命令行中恢复：lishui-desktop restore --user 账号 文件。</translation>
    </message>
    <message>
        <source>This account has no key to this database yet. Ask the administrator to reset your password.</source>
        <translation>该账号还没有本数据库的密钥，请让系统管理员为您重置密码。</translation>
    </message>
    <message>
        <source>The database is encrypted; sign in to open it.</source>
        <translation>数据库已加密，请登录后打开。</translation>
    </message>
    <message>
        <source>This database is not encrypted yet. The administrator encrypts it first: lishui-desktop encrypt --user NAME (a backup is made first).</source>
        <translation>该数据库尚未加密。请系统管理员先加密：lishui-desktop encrypt --user 账号（加密前会先备份）。</translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to its key file.</source>
        <translation>数据库文件已损坏，或与旁边的密钥文件不匹配。</translation>
    </message>
    <message>
        <source>The database file is missing.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>The key file beside the database is missing. Restore the latest backup (lishui-desktop restore), or put the key file back.</source>
        <translation>数据库旁边的密钥文件不见了。请恢复最新的备份（lishui-desktop restore），或把密钥文件放回原处。</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged. Restore the latest backup with its key file.</source>
        <translation>数据库旁边的密钥文件已损坏。请连同密钥文件一起恢复最新的备份。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on {folder} (or ask IT), then do it again.</source>
        <translation>磁盘已满，本次操作没有保存。请在 {folder} 所在磁盘上腾出空间（或联系信息技术人员），然后重新操作。</translation>
    </message>
    <message>
        <source>The database could not be written: nothing was saved. Check the disk, then do it again.</source>
        <translation>无法写入数据库，本次操作没有保存。请检查磁盘后重新操作。</translation>
    </message>
    <message>
        <source>This computer has no service key for the database (lishui-desktop service-key --enable).</source>
        <translation>本机没有该数据库的服务密钥（lishui-desktop service-key --enable）。</translation>
    </message>
    <message>
        <source>The service key on this computer does not open this database.</source>
        <translation>本机的服务密钥打不开该数据库。</translation>
    </message>
    <message>
        <source>The recovery code does not open this database.</source>
        <translation>该恢复密钥打不开本数据库。</translation>
    </message>
    <message>
        <source>Unknown calendar entry.</source>
        <translation>未知的日历条目。</translation>
    </message>
    <message>
        <source>A day is both a holiday and a working day in the calendar.</source>
        <translation>日历中同一天既是节假日又是工作日。</translation>
    </message>
    <message>
        <source>This kind of notice is not printed here.</source>
        <translation>这里不出具这种通知书。</translation>
    </message>
    <message>
        <source>A {kind_label} is not issued while the case is &quot;{state_label}&quot;.</source>
        <translation>案件处于“{state_label}”状态时不能出具{kind_label}。</translation>
    </message>
    <message>
        <source>The case has no decision this notice could state yet.</source>
        <translation>案件还没有这份通知书所要写明的审批决定。</translation>
    </message>
    <message>
        <source>No review of this case ended in continuing its benefit.</source>
        <translation>本案件还没有“维持原待遇”的复核结论。</translation>
    </message>
    <message>
        <source>No case of this type is in its public notice in this village.</source>
        <translation>这个村目前没有这类救助正在公示的案件。</translation>
    </message>
    <message>
        <source>Only caseworkers, reviewers and approvers issue notices.</source>
        <translation>只有经办、审核和审批人员可以出具通知书。</translation>
    </message>
    <message>
        <source>This notice no longer exists.</source>
        <translation>这份通知书已不存在。</translation>
    </message>
    <message>
        <source>The notice&apos;s signature is not valid.</source>
        <translation>通知书的电子签名无效。</translation>
    </message>
    <message>
        <source>This office is not connected to the city server yet: the administrator enters the server address and the office&apos;s token on the Sync page.</source>
        <translation>本单位还没有连接城市服务器：请管理员在“数据同步”页填写城市服务器地址和本站令牌。</translation>
    </message>
    <message>
        <source>Enter the token the city issued for this office.</source>
        <translation>请填写市里为本单位发放的站点令牌。</translation>
    </message>
    <message>
        <source>The city server did not accept this office&apos;s token. Check the address and the token (ask the city for a new one if needed).</source>
        <translation>城市服务器不接受本单位的令牌。请核对地址和令牌（必要时请市里重新发放）。</translation>
    </message>
    <message>
        <source>This token belongs to another office ({site_code}).</source>
        <translation>这个令牌属于另一个单位（{site_code}）。</translation>
    </message>
    <message>
        <source>With a token, enter the city server&apos;s address too.</source>
        <translation>填写了站点令牌，也请填写城市服务器地址。</translation>
    </message>
    <message>
        <source>The acknowledgement file was refused (it is damaged, or for another office); nothing was applied.</source>
        <translation>回执文件被拒收（文件已损坏，或是别的单位的），没有做任何改动。</translation>
    </message>
    <message>
        <source>Only township staff and the administrator resolve sync conflicts.</source>
        <translation>同步冲突由乡镇工作人员或管理员处理。</translation>
    </message>
    <message>
        <source>Choose which version to keep for every item.</source>
        <translation>请为每一项选择要保留的版本。</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>这条冲突已经处理过了。</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists here.</source>
        <translation>本机上已没有这条冲突所涉及的记录。</translation>
    </message>
    <message>
        <source>This refusal has already been dealt with.</source>
        <translation>这条拒收记录已经处理过了。</translation>
    </message>
    <message>
        <source>This address is plain http: the token and the households&apos; data would cross the network unencrypted. Use https://, or ask the administrator to set the site up as insecure on purpose.</source>
        <translation>该地址是明文 http：本单位令牌和家庭数据将以未加密方式在网络上传输。请使用 https://，或由管理员明确设置为允许不加密连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; set up the city&apos;s CA file.</source>
        <translation>服务器证书不受信任，请设置市局的 CA 证书文件。</translation>
    </message>
    <message>
        <source>The CA file cannot be read or is not a PEM certificate.</source>
        <translation>CA 证书文件无法读取，或不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The refused record is no longer on this computer; dismiss the refusal.</source>
        <translation>被拒收的记录已不在本机上，请将此条移出列表。</translation>
    </message>
    <message>
        <source>An amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>There is no database at this place.</source>
        <translation>此处没有数据库文件。</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>该决定已不存在。</translation>
    </message>
    <message>
        <source>The notice&apos;s QR code cannot be read, or it is not a notice of ours.</source>
        <translation>无法识读通知书上的二维码，或者这不是本系统出具的通知书。</translation>
    </message>
    <message>
        <source>This office&apos;s signing key is damaged.</source>
        <translation>本单位的签章密钥已损坏。</translation>
    </message>
    <message>
        <source>The PDF tool pdftoppm is missing (Debian package poppler-utils).</source>
        <translation>缺少 PDF 工具 pdftoppm（Debian 软件包 poppler-utils）。</translation>
    </message>
    <message>
        <source>The notice was issued by office {site}, whose key this computer does not know.</source>
        <translation>该通知书由单位 {site} 出具，本机没有其公钥。</translation>
    </message>
    <message>
        <source>This case already has a review under way.</source>
        <translation>该案件已有正在进行的复核。</translation>
    </message>
    <message>
        <source>Continuing unchanged keeps the current amount.</source>
        <translation>维持不变即保持现发放金额。</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>该复核已不存在。</translation>
    </message>
    <message>
        <source>Only a case receiving assistance is reviewed.</source>
        <translation>只有正在享受救助的案件才进行复核。</translation>
    </message>
    <message>
        <source>The township&apos;s proposal comes first.</source>
        <translation>须先由乡镇（街道）提出复核意见。</translation>
    </message>
    <message>
        <source>Say what was reported: who, what and when.</source>
        <translation>请写明报告的内容：谁报告、报告什么、何时报告。</translation>
    </message>
    <message>
        <source>Choose the outcome of the review.</source>
        <translation>请选择复核结果。</translation>
    </message>
    <message>
        <source>The township reviewer makes the proposal.</source>
        <translation>复核意见由乡镇（街道）审核人提出。</translation>
    </message>
    <message>
        <source>The report date must not be in the future.</source>
        <translation>报告日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Reviews are carried out by township staff.</source>
        <translation>复核由乡镇（街道）工作人员办理。</translation>
    </message>
    <message>
        <source>The visit is recorded before the proposal.</source>
        <translation>须在提出复核意见之前登记入户调查。</translation>
    </message>
    <message>
        <source>Choose why the case is reviewed.</source>
        <translation>请选择复核原因。</translation>
    </message>
    <message>
        <source>The visit cannot be before the review was opened.</source>
        <translation>入户调查日期不能早于复核开始日期。</translation>
    </message>
    <message>
        <source>Give the day of the county&apos;s visit (not in the future).</source>
        <translation>请填写县级入户调查的日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式填写月份。</translation>
    </message>
    <message>
        <source>The account number has 10 to 30 digits.</source>
        <translation>银行账号应为10至30位数字。</translation>
    </message>
    <message>
        <source>The township&apos;s staff build and check the payment roll.</source>
        <translation>发放名册由乡镇（街道）工作人员生成和核对。</translation>
    </message>
    <message>
        <source>This kind of assistance has no payment roll.</source>
        <translation>该救助类别没有发放名册。</translation>
    </message>
    <message>
        <source>This payment roll no longer exists.</source>
        <translation>该发放名册已不存在。</translation>
    </message>
    <message>
        <source>The roll of {month} is approved and frozen; corrections go into a later month&apos;s roll.</source>
        <translation>{month}的发放名册已审批锁定，更正请在以后月份的名册中办理。</translation>
    </message>
    <message>
        <source>Give the bank (开户银行).</source>
        <translation>请填写开户银行。</translation>
    </message>
    <message>
        <source>The township reviewer signs the roll off.</source>
        <translation>发放名册由乡镇（街道）审核人签核。</translation>
    </message>
    <message>
        <source>The county approves the roll.</source>
        <translation>发放名册由县级审批。</translation>
    </message>
    <message>
        <source>The household has no bank account for payments.</source>
        <translation>该户没有救助金发放银行账户。</translation>
    </message>
    <message>
        <source>The roll of {month} is not approved yet; months are paid in order.</source>
        <translation>{month}的发放名册尚未审批，须按月份顺序发放。</translation>
    </message>
    <message>
        <source>The roll is already signed off.</source>
        <translation>该发放名册已签核。</translation>
    </message>
    <message>
        <source>{count} lines need attention before the sign-off.</source>
        <translation>签核前还有{count}条记录需要处理。</translation>
    </message>
    <message>
        <source>The roll has no payments.</source>
        <translation>该发放名册没有发放记录。</translation>
    </message>
    <message>
        <source>The roll was built before its lines were synchronised; build it again before signing it off.</source>
        <translation>该名册生成于发放明细同步之前，请重新生成后再审核。</translation>
    </message>
    <message>
        <source>This county has approved the roll already; the township freezes it at its next sync.</source>
        <translation>本县已审批该名册，乡镇下次同步时将其锁定。</translation>
    </message>
    <message>
        <source>The roll&apos;s {expected} lines have not arrived yet; synchronise, then approve.</source>
        <translation>该名册的 {expected} 条发放明细尚未同步到本机，请先同步再审批。</translation>
    </message>
    <message>
        <source>The roll&apos;s lines held here ({held}) do not match its header ({expected} lines; {part} differs); synchronise again, or return the roll to the township.</source>
        <translation>本机收到的发放明细（{held} 条）与名册汇总（{expected} 条；{part} 不符）不一致，请重新同步，或退回乡镇。</translation>
    </message>
    <message>
        <source>The township has not signed the roll off yet.</source>
        <translation>乡镇（街道）尚未签核该发放名册。</translation>
    </message>
    <message>
        <source>A county approves only its own townships&apos; rolls.</source>
        <translation>县级只审批本县乡镇（街道）的发放名册。</translation>
    </message>
    <message>
        <source>Only an approved roll goes to the bank.</source>
        <translation>只有已审批的发放名册才能报送银行。</translation>
    </message>
    <message>
        <source>This failed payment no longer exists.</source>
        <translation>该发放失败记录已不存在。</translation>
    </message>
    <message>
        <source>This payment was already corrected.</source>
        <translation>该笔发放已经更正。</translation>
    </message>
    <message>
        <source>The account holder is not a member of the household.</source>
        <translation>账户持有人不是该户家庭成员。</translation>
    </message>
    <message>
        <source>The roll is signed off; withdraw the sign-off to rebuild it.</source>
        <translation>该发放名册已签核；如需重新生成，请先撤回签核。</translation>
    </message>
    <message>
        <source>Row {row}: 发放结果 must be 成功 or 失败.</source>
        <translation>第{row}行：发放结果应为“成功”或“失败”。</translation>
    </message>
    <message>
        <source>Row {row}: 发放金额 is not an amount.</source>
        <translation>第{row}行：发放金额不是有效金额。</translation>
    </message>
    <message>
        <source>Choose one of the offered file formats.</source>
        <translation>请选择所列的文件格式之一。</translation>
    </message>
    <message>
        <source>The bank&apos;s return file is empty.</source>
        <translation>银行回盘文件为空。</translation>
    </message>
    <message>
        <source>The bank&apos;s return file lacks the column {column}.</source>
        <translation>银行回盘文件缺少“{column}”列。</translation>
    </message>
    <message>
        <source>Only an administrator changes settings.</source>
        <translation>只有系统管理员可以修改设置。</translation>
    </message>
    <message>
        <source>The city hands down this figure for the county ({source}): it is changed at the city, not here.</source>
        <translation>该参数由市级统一下发（{source}），须由市级修改，本地不能更改。</translation>
    </message>
    <message>
        <source>The county figures record is damaged.</source>
        <translation>县级参数记录已损坏。</translation>
    </message>
    <message>
        <source>{value} is not a Lishui county code.</source>
        <translation>{value} 不是丽水市的县级区划代码。</translation>
    </message>
    <message>
        <source>Set at least one figure.</source>
        <translation>请至少设置一项参数。</translation>
    </message>
    <message>
        <source>This record cannot set that figure.</source>
        <translation>该记录不能设置此项参数。</translation>
    </message>
    <message>
        <source>Name the city&apos;s document the figures come from.</source>
        <translation>请注明参数依据的市级文件。</translation>
    </message>
    <message>
        <source>The day the figures were set is not a date.</source>
        <translation>参数设置日期不是有效日期。</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>请回答是或否。</translation>
    </message>
    <message>
        <source>The report is written as .xlsx or .pdf.</source>
        <translation>报表只能保存为 .xlsx 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Case staff file the monthly report.</source>
        <translation>月报由经办人员报送。</translation>
    </message>
    <message>
        <source>Give the day the authorisation for the data cross-check was signed.</source>
        <translation>填写家庭经济状况核对授权书的签署日期。</translation>
    </message>
    <message>
        <source>Name who signed the authorisation for the data cross-check.</source>
        <translation>填写核对授权书的签署人。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day checked ({source}) is before the request ({requested_on}).</source>
        <translation>{source}的核对日期早于核对申请日期（{requested_on}）。</translation>
    </message>
    <message>
        <source>Give the day {source} was checked.</source>
        <translation>填写{source}的核对日期。</translation>
    </message>
    <message>
        <source>The county records cross-check results only for its own townships.</source>
        <translation>县级只能录入本县乡镇（街道）的核对结果。</translation>
    </message>
    <message>
        <source>{source}: say what the record found is.</source>
        <translation>{source}：核对结果为“有”时写明核对到的情况。</translation>
    </message>
    <message>
        <source>{source}: the description is too long (at most 500 characters).</source>
        <translation>{source}：核对情况不超过500字。</translation>
    </message>
    <message>
        <source>{name} is not an xlsx workbook.</source>
        <translation>{name}不是xlsx工作簿。</translation>
    </message>
    <message>
        <source>The result file is empty.</source>
        <translation>核对结果文件是空的。</translation>
    </message>
    <message>
        <source>The result file lacks the column {column}.</source>
        <translation>核对结果文件缺少“{column}”列。</translation>
    </message>
    <message>
        <source>The result file has {count} problems; nothing was imported. First: {first}</source>
        <translation>核对结果文件有{count}处问题，未导入任何结果。第一处：{first}</translation>
    </message>
    <message>
        <source>This cross-check request no longer exists.</source>
        <translation>该核对申请已不存在。</translation>
    </message>
    <message>
        <source>No cross-check request is waiting for a result.</source>
        <translation>没有等待核对结果的核对申请。</translation>
    </message>
    <message>
        <source>Say whether the cross-check found the household ineligible.</source>
        <translation>选择核对结论：是否发现不符合条件的情况。</translation>
    </message>
    <message>
        <source>The last request ({request_no}) has no result yet: record it before asking again.</source>
        <translation>上一次核对申请（{request_no}）尚无结果，请先录入结果再重新申请。</translation>
    </message>
    <message>
        <source>{id_number} is not one of the persons in the request.</source>
        <translation>{id_number}不是核对申请所列的家庭成员。</translation>
    </message>
    <message>
        <source>An ineligible finding needs its reason.</source>
        <translation>核对发现不符合条件的，选择不符合的原因。</translation>
    </message>
    <message>
        <source>A result that found nothing gives no refusal reason.</source>
        <translation>未发现不符合条件情况的，不选择不符合原因。</translation>
    </message>
    <message>
        <source>The township&apos;s case staff or the county approver record the cross-check result.</source>
        <translation>核对结果由乡镇（街道）经办人、审核人或县级审批人录入。</translation>
    </message>
    <message>
        <source>The result of request {request_no} is already recorded.</source>
        <translation>核对申请{request_no}的结果已经录入。</translation>
    </message>
    <message>
        <source>Township caseworkers and reviewers request the data cross-check.</source>
        <translation>家庭经济状况信息核对由乡镇（街道）经办人或审核人申请。</translation>
    </message>
    <message>
        <source>{source} is not a cross-check source.</source>
        <translation>“{source}”不是核对项目。</translation>
    </message>
    <message>
        <source>The result has no answer from: {sources}.</source>
        <translation>核对结果缺少以下项目：{sources}。</translation>
    </message>
    <message>
        <source>The data cross-check is requested between acceptance and the preliminary review.</source>
        <translation>家庭经济状况信息核对应在受理后、初审前申请。</translation>
    </message>
    <message>
        <source>The preliminary review needs the recorded result of the data cross-check first (see the Data cross-check tab).</source>
        <translation>初审前须录入家庭经济状况信息核对结果（见“信息核对”页）。</translation>
    </message>
    <message>
        <source>The data cross-check found the household ineligible: the review cannot recommend approval.</source>
        <translation>信息核对发现家庭不符合条件，初审不能提出同意意见。</translation>
    </message>
    <message>
        <source>The township pays first at most {limit_fen} yuan (the county&apos;s limit); {amount_fen} yuan is {above_fen} yuan more. Pay first up to the limit, or hand the case to the county.</source>
        <translation>乡镇（街道）先行救助最多 {limit_fen} 元（县级设定的审批额度）；{amount_fen} 元超出 {above_fen} 元。请在额度内先行救助，超出部分报县级审核确认。</translation>
    </message>
    <message>
        <source>The case is not marked urgent (急难型): it goes through the usual procedure to the county.</source>
        <translation>该申请未标为急难型：须按一般程序报县级审核确认。</translation>
    </message>
    <message>
        <source>Only temporary assistance is paid first by the township.</source>
        <translation>只有临时救助可由乡镇（街道）先行救助。</translation>
    </message>
    <message>
        <source>Say what the emergency is that cannot wait for the usual procedure.</source>
        <translation>请写明情况紧急、不能按一般程序等待的原因。</translation>
    </message>
    <message>
        <source>The township&apos;s limit is an amount above zero.</source>
        <translation>乡镇审批额度须大于零。</translation>
    </message>
    <message>
        <source>The completion period is 1 to 60 working days.</source>
        <translation>补办期限为 1 至 60 个工作日。</translation>
    </message>
    <message>
        <source>This case was not paid first by the township.</source>
        <translation>该案件未经乡镇（街道）先行救助。</translation>
    </message>
    <message>
        <source>The paperwork of this pay-first was already completed on {completed_on}.</source>
        <translation>该先行救助的手续已于 {completed_on} 补齐。</translation>
    </message>
    <message>
        <source>Give the day the paperwork was completed; it must not be in the future.</source>
        <translation>请填写补办完成日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>The paperwork cannot be completed before the payment ({paid_on}).</source>
        <translation>补办完成日期不能早于先行救助日期（{paid_on}）。</translation>
    </message>
    <message>
        <source>Write the account of the emergency (情况说明).</source>
        <translation>请填写情况说明。</translation>
    </message>
    <message>
        <source>Not yet done: {missing}. Record the completion once every part is done.</source>
        <translation>尚未完成：{missing}。各项手续均补齐后再登记。</translation>
    </message>
    <message>
        <source>Give the day of the home visit: after the payment, not in the future.</source>
        <translation>请填写入户调查日期：不早于先行救助日期，不晚于今天。</translation>
    </message>
    <message>
        <source>Only temporary assistance can be marked urgent (急难型).</source>
        <translation>只有临时救助可以标为急难型。</translation>
    </message>
    <message>
        <source>The file cannot be found.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <source>The file is not an xlsx workbook.</source>
        <translation>该文件不是 xlsx 工作簿。</translation>
    </message>
    <message>
        <source>No header row was found in the first 10 rows (for example 户主姓名, 身份证号, 村(社区)).</source>
        <translation>前10行中没有找到表头（例如：户主姓名、身份证号、村(社区)）。</translation>
    </message>
    <message>
        <source>Only township staff import a roster of their township.</source>
        <translation>只有乡镇（街道）工作人员可以导入本乡镇（街道）的花名册。</translation>
    </message>
    <message>
        <source>This file was already imported ({households} households); nothing was imported again.</source>
        <translation>该文件已经导入过（{households}户），本次没有重复导入。</translation>
    </message>
    <message>
        <source>The number of households must be 0 or more; {value} was given.</source>
        <translation>户数须为 0 或以上，填写的是 {value}。</translation>
    </message>
    <message>
        <source>The number of worker processes must be 0 or more; {value} was given.</source>
        <translation>工作进程数须为 0 或以上，填写的是 {value}。</translation>
    </message>
    <message>
        <source>The city server cannot be reached. Check the network connection; everything is kept on this computer and goes up with the next sync.</source>
        <translation>连不上城市服务器。请检查网络连接；数据都保存在本机，下次同步时会一并上传。</translation>
    </message>
    <message>
        <source>The city server&apos;s address is wrong: it starts with http:// or https://.</source>
        <translation>城市服务器地址不对：应以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The city server does not accept this office&apos;s token. The administrator enters the token the city issued on the Sync page.</source>
        <translation>城市服务器不认本单位的令牌。请管理员在“数据同步”页重新填写市里发放的令牌。</translation>
    </message>
    <message>
        <source>The city server received too many wrong tokens from this network address and makes it wait; try again later with the right token.</source>
        <translation>市级服务器从该网络地址收到过多错误令牌，暂时拒绝访问；请稍后使用正确的令牌重试。</translation>
    </message>
    <message>
        <source>The city server refused: this office may not send these records. Nothing here was changed.</source>
        <translation>城市服务器拒绝了：本单位无权上传这些记录。本机数据没有改动。</translation>
    </message>
    <message>
        <source>The city server found that this computer&apos;s audit log differs from what it already holds, and refused the batch; nothing was applied. Ask the city&apos;s administrator to check before syncing again.</source>
        <translation>城市服务器发现本机的操作日志与已上传的不一致，拒收了这批数据，没有做任何改动。请联系市里的管理员核查后再同步。</translation>
    </message>
    <message>
        <source>The city server refused the batch as inconsistent; nothing was applied. Ask the city&apos;s administrator.</source>
        <translation>城市服务器认为这批数据前后不一致而拒收，没有做任何改动。请联系市里的管理员。</translation>
    </message>
    <message>
        <source>The city server is busy or has a fault. Nothing was lost; the sync is tried again later.</source>
        <translation>城市服务器繁忙或出了故障。数据没有丢失，稍后会再试。</translation>
    </message>
    <message>
        <source>The sync did not complete. Nothing was lost; it is tried again later.</source>
        <translation>同步没有完成。数据没有丢失，稍后会再试。</translation>
    </message>
    <message>
        <source>Member {n}: </source>
        <translation>第{n}位成员：</translation>
    </message>
    <message>
        <source>Income line {n}: </source>
        <translation>第{n}条收入：</translation>
    </message>
    <message>
        <source>Asset line {n}: </source>
        <translation>第{n}项财产：</translation>
    </message>
    <message>
        <source>The operation failed and nothing was changed. Details are below.</source>
        <translation>操作未能完成，数据没有任何改动。详细信息见下方。</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>No password was given: type it at the prompt, or set the environment variable named in the message.</source>
        <translation>没有输入密码：请在提示处输入，或设置提示中所说的环境变量。</translation>
    </message>
    <message>
        <source>This command needs an administrator account: add --user NAME.</source>
        <translation>此命令需要管理员账号：请加上 --user 用户名。</translation>
    </message>
    <message>
        <source>This database is already encrypted.</source>
        <translation>此数据库已经加密。</translation>
    </message>
    <message>
        <source>A key file for this database exists already; it is not replaced.</source>
        <translation>此数据库的密钥文件已经存在，不会覆盖。</translation>
    </message>
    <message>
        <source>A database file exists at this place already; choose another file name.</source>
        <translation>此位置已有数据库文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>This account is not an administrator; the recovery code resets administrators only.</source>
        <translation>该账号不是系统管理员；恢复码只能重置管理员账号。</translation>
    </message>
    <message>
        <source>The service key file can be read by other users of this computer: set it up again (lishui-desktop service-key --enable).</source>
        <translation>服务密钥文件可被本机其他用户读取：请重新设置（lishui-desktop service-key --enable）。</translation>
    </message>
    <message>
        <source>The key file beside the database is of an unknown format: this program may be too old for it.</source>
        <translation>数据库旁的密钥文件格式无法识别：本程序版本可能过旧。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), in the order and with the filter on screen</source>
        <translation>
            <numerusform>%n 行，按屏幕上的筛选和排序</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the full ID numbers</source>
        <translation>导出完整身份证号</translation>
    </message>
    <message>
        <source>This list shows no ID numbers.</source>
        <translation>此列表不含身份证号。</translation>
    </message>
    <message>
        <source>ID numbers are masked (331102********1234) unless you tick this. Full numbers are sensitive personal information: the export is recorded in the audit log with your name either way.</source>
        <translation>不勾选时身份证号隐藏显示（331102********1234）。完整身份证号属于敏感个人信息；无论是否勾选，本次导出都会以您的名义记入审计日志。</translation>
    </message>
    <message>
        <source>ID numbers are exported masked: your role may not export them in full. The export is recorded in the audit log.</source>
        <translation>身份证号将隐藏导出：您的角色不能导出完整身份证号。本次导出将记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>in full (recorded in the audit log)</source>
        <translation>完整（已记入审计日志）</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Exporting {title}…</source>
        <translation>正在导出{title}…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>已导出 %n 行到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>自理能力</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>保障对象</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>所属成员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Monthly (yuan)</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>New employment since</source>
        <translation>新就业起始日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建家庭档案</translation>
    </message>
    <message>
        <source>(choose a village)</source>
        <translation>（请选择村、社区）</translation>
    </message>
    <message>
        <source>Moved out {date}</source>
        <translation>已迁出 {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source> (expense)</source>
        <translation>（支出）</translation>
    </message>
    <message>
        <source> (not counted)</source>
        <translation>（不计入）</translation>
    </message>
    <message>
        <source>Counted: {total} yuan/month, {per} yuan per person</source>
        <translation>计入收入：{total} 元/月，人均 {per} 元</translation>
    </message>
    <message>
        <source>Total value: {total} yuan</source>
        <translation>合计价值：{total} 元</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>家庭成员（{n}）</translation>
    </message>
    <message>
        <source>Remove or reassign this member&apos;s income first.</source>
        <translation>请先删除或改动该成员的收入。</translation>
    </message>
    <message>
        <source>Remove or reassign this member&apos;s income first: it is no longer the household&apos;s once they move out.</source>
        <translation>请先删除或改归此成员的收入：成员迁出后，其收入不再计入本户。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房类型</translation>
    </message>
    <message>
        <source>Housing a&amp;rea (m²)</source>
        <translation>住房面积（平方米）</translation>
    </message>
    <message>
        <source>Cause of &amp;hardship</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>The applicant is a close relative of township staff or village officials (recorded separately; the county visits in person)</source>
        <translation>申请人是乡镇（街道）工作人员或村（居）干部的近亲属（单独登记备案，县级入户核查）</translation>
    </message>
    <message>
        <source>&amp;Whose relative</source>
        <translation>关系说明</translation>
    </message>
    <message>
        <source>Name and post of the staff member, and the relation</source>
        <translation>工作人员姓名、职务及亲属关系</translation>
    </message>
    <message>
        <source>The member moved out, married away or died: kept on file with the day and the reason, no longer counted</source>
        <translation>成员迁出、婚出或死亡：保留档案并记录日期和原因，不再计入家庭</translation>
    </message>
    <message>
        <source>Moved &amp;out…</source>
        <translation>迁出(&amp;O)…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Income and assets</source>
        <translation>收入与财产</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Add income…</source>
        <translation>添加收入…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Add asset…</source>
        <translation>添加财产…</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>{name} ({id}): {town_a} {village_a}, household of {head_a}, since {since_a}; {town_b} {village_b}, household of {head_b}, since {since_b}</source>
        <translation>{name}（{id}）：{town_a}{village_a}，户主{head_a}家，自{since_a}；{town_b}{village_b}，户主{head_b}家，自{since_b}</translation>
    </message>
    <message numerus="yes">
        <source>The city found %n person(s) in households of two townships; a person must resolve each case with the other township:</source>
        <translation>
            <numerusform>市级比对发现%n人同时在两个乡镇的家庭中，须与对方乡镇核实处理：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>导入花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Search: name, pinyin or initials (zs), ID number, phone, village</source>
        <translation>搜索：姓名、拼音或首字母（如 zs）、身份证号、电话、村（社区）</translation>
    </message>
    <message>
        <source>Relatives of staff only</source>
        <translation>只看工作人员近亲属</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新建家庭(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Apply for assistance</source>
        <translation>申请救助(&amp;A)</translation>
    </message>
    <message>
        <source>Same person in two townships…</source>
        <translation>跨乡镇重复人员…</translation>
    </message>
    <message>
        <source>Every case the city found, open and resolved</source>
        <translation>市级发现的全部重复人员，含已处理的</translation>
    </message>
    <message>
        <source>Choose a household above.</source>
        <translation>请在上方选择一户。</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Shows the selected member&apos;s full ID number. Every use is recorded in the audit log.</source>
        <translation>显示所选成员的完整身份证号。每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income and assets</source>
        <translation>收入与财产</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>救助案件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共%n户</numerusform>
        </translation>
    </message>
    <message>
        <source>No household matches “{text}”.</source>
        <translation>没有与“{text}”相符的家庭。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {village} {address} · phone {phone} · {n} member(s)</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {village} {address} · 电话 {phone} · {n}人</translation>
    </message>
    <message>
        <source>Close relative of staff: {note}. Recorded separately; the county visits in person before deciding.</source>
        <translation>工作人员近亲属：{note}。已单独登记备案，县级将入户核查后再作决定。</translation>
    </message>
    <message>
        <source> (not counted)</source>
        <translation>（不计入）</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/月</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>Housing: {type}</source>
        <translation>住房：{type}</translation>
    </message>
</context>
<context>
    <name>Housing</name>
    <message>
        <source>Own home</source>
        <translation>自有住房</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租赁住房</translation>
    </message>
    <message>
        <source>Public rental housing</source>
        <translation>公租房</translation>
    </message>
    <message>
        <source>Lodging with others</source>
        <translation>借住</translation>
    </message>
    <message>
        <source>Dilapidated house</source>
        <translation>危旧房</translation>
    </message>
    <message>
        <source>No home</source>
        <translation>无房</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Income</name>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Net business income</source>
        <translation>经营净收入</translation>
    </message>
    <message>
        <source>Net property income</source>
        <translation>财产净收入</translation>
    </message>
    <message>
        <source>Net transfer income</source>
        <translation>转移净收入</translation>
    </message>
    <message>
        <source>Special-care payments</source>
        <translation>优抚对象抚恤补助</translation>
    </message>
    <message>
        <source>Family-planning rewards and support</source>
        <translation>计划生育奖励与扶助</translation>
    </message>
    <message>
        <source>Scholarships and grants</source>
        <translation>奖学金/助学金</translation>
    </message>
    <message>
        <source>Social-assistance payments</source>
        <translation>社会救助金</translation>
    </message>
    <message>
        <source>Basic pension for rural and urban residents</source>
        <translation>城乡居民基础养老金</translation>
    </message>
    <message>
        <source>Awards for acts of bravery</source>
        <translation>见义勇为等奖励性补助</translation>
    </message>
    <message>
        <source>Government rewards and honours</source>
        <translation>政府颁发的奖励和表彰奖金</translation>
    </message>
    <message>
        <source>Old-age allowance</source>
        <translation>高龄津贴</translation>
    </message>
    <message>
        <source>Disability living and care allowances</source>
        <translation>残疾人生活补贴和重度残疾人护理补贴</translation>
    </message>
    <message>
        <source>Rigid medical costs (self-paid)</source>
        <translation>刚性医疗支出（自付部分）</translation>
    </message>
    <message>
        <source>Rigid education costs</source>
        <translation>刚性教育支出</translation>
    </message>
</context>
<context>
    <name>IncomeDialog</name>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>所属成员</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>收入类别</translation>
    </message>
    <message>
        <source>&amp;Monthly amount (yuan)</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>Income from new employment (part may be disregarded)</source>
        <translation>新就业收入（可按规定扣减）</translation>
    </message>
    <message>
        <source>&amp;Employment started</source>
        <translation>就业起始日</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The household as a whole</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>{label} (not counted)</source>
        <translation>{label}（不计入）</translation>
    </message>
    <message>
        <source>{label} (expense)</source>
        <translation>{label}（支出）</translation>
    </message>
    <message>
        <source>Recorded but not counted as household income (MCA 2021 art. 13).</source>
        <translation>登记但不计入家庭收入（《最低生活保障审核确认办法》第十三条）。</translation>
    </message>
    <message>
        <source>A rigid expense the household pays itself: deducted from its income where the county&apos;s rules allow (支出型贫困).</source>
        <translation>家庭自付的刚性支出：县级规定可扣减的，从家庭收入中扣减（支出型贫困）。</translation>
    </message>
    <message>
        <source>Counted as household income.</source>
        <translation>计入家庭收入。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>{amount}/month</source>
        <translation>{amount}/月</translation>
    </message>
    <message>
        <source>{amount} yuan/month</source>
        <translation>{amount} 元/月</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{conclusion}: {note}</source>
        <translation>{conclusion}：{note}</translation>
    </message>
</context>
<context>
    <name>Limit</name>
    <message>
        <source>start the investigation within {days} working days of acceptance</source>
        <translation>受理后{days}个工作日内启动调查</translation>
    </message>
    <message>
        <source>investigation and preliminary review within {days} working days of acceptance (Zhejiang regulation art. 11)</source>
        <translation>受理后{days}个工作日内完成调查和初审（《浙江省社会救助条例》第十一条）</translation>
    </message>
    <message>
        <source>the county decides within {days} working days of the hand-up (county setting)</source>
        <translation>县级收到初审材料后{days}个工作日内作出决定（县级设置）</translation>
    </message>
    <message>
        <source>whole procedure within {days} working days of acceptance, the public notice not counted (Zhejiang)</source>
        <translation>自受理之日起{days}个工作日内办结，公示期不计入（浙江省）</translation>
    </message>
    <message>
        <source>whole procedure within {days} working days of acceptance (MCA 2021)</source>
        <translation>自受理之日起{days}个工作日内完成审核确认（民政部2021年办法）</translation>
    </message>
    <message>
        <source>whole procedure, extended, within {days} working days of acceptance (MCA 2021)</source>
        <translation>经延期，自受理之日起{days}个工作日内完成审核确认（民政部2021年办法）</translation>
    </message>
    <message>
        <source>the 7-day public notice ends</source>
        <translation>7天公示期满</translation>
    </message>
    <message>
        <source>deliver the refusal within {days} working days of the decision</source>
        <translation>作出不予确认决定后{days}个工作日内送达</translation>
    </message>
    <message>
        <source>the county starts the data cross-check within {days} working days of the request (MCA 2021)</source>
        <translation>县级民政部门收到申请后 {days} 个工作日内启动信息核对（《最低生活保障审核确认办法》）</translation>
    </message>
    <message>
        <source>complete the investigation and paperwork within {days} working days of the pay-first (county setting)</source>
        <translation>先行救助后 {days} 个工作日内补齐调查和审批手续（县级设置）</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>none (the whole list)</source>
        <translation>无（整个列表）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message numerus="yes">
        <source>The session of {name} ({role}) was locked after %n minute(s) without use. Enter the password to go on.</source>
        <translation>
            <numerusform>{name}（{role}）已%n分钟未操作，会话已锁定。请输入密码继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>切换用户</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Office: {name} ({code})</source>
        <translation>单位：{name}（{code}）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Lishui social assistance casework</source>
        <translation>丽水市社会救助经办系统</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>County decisions</source>
        <translation>审核审批</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>救助申请</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>资金发放</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>用户与设置</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>数据同步</translation>
    </message>
    <message>
        <source>Lishui social assistance — {site}</source>
        <translation>丽水市社会救助经办系统 — {site}</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>导出列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The county&apos;s assistance &amp;figures…</source>
        <translation>本县救助政策参数(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>本页没有可导出的列表。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Lishui social assistance casework for township and county civil-affairs offices.

Database: {path}</source>
        <translation>丽水市社会救助经办系统，供乡镇（街道）和县级民政部门使用。

数据库：{path}</translation>
    </message>
    <message>
        <source>{site} ({code})  ·  {user} ({role})</source>
        <translation>{site}（{code}） · {user}（{role}）</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Lishui social assistance</source>
        <translation>丽水市社会救助经办系统</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <source>{relation} </source>
        <translation>{relation} </translation>
    </message>
    <message>
        <source> (pinyin {reading})</source>
        <translation>（拼音 {reading}）</translation>
    </message>
    <message>
        <source>, ID number </source>
        <translation> 身份证号 </translation>
    </message>
    <message>
        <source>, phone </source>
        <translation> 电话 </translation>
    </message>
    <message>
        <source>Phone </source>
        <translation>电话 </translation>
    </message>
    <message>
        <source>Village </source>
        <translation>村（社区） </translation>
    </message>
    <message>
        <source>Address </source>
        <translation>地址 </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Signed application form</source>
        <translation>经签字的社会救助申请表</translation>
    </message>
    <message>
        <source>Signed authorisation for the economic data check</source>
        <translation>经签字的家庭经济状况核对授权书</translation>
    </message>
    <message>
        <source>Copies of the ID cards of all members</source>
        <translation>全体家庭成员身份证复印件</translation>
    </message>
    <message>
        <source>Copy of the household register</source>
        <translation>户口簿复印件</translation>
    </message>
    <message>
        <source>Proof of income of the members</source>
        <translation>家庭成员收入证明</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾证</translation>
    </message>
    <message>
        <source>Medical records and bills</source>
        <translation>病历及医疗费用票据</translation>
    </message>
    <message>
        <source>Proof of housing</source>
        <translation>住房情况证明</translation>
    </message>
    <message>
        <source>Bank account for payments</source>
        <translation>救助金发放银行账户</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are read from it</source>
        <translation>18位；出生日期和性别由号码自动识别</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>From the ID number</source>
        <translation>号码信息</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Illnesses, long-term conditions</source>
        <translation>疾病、慢性病等</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Self-care: tick what the person cannot do unaided</source>
        <translation>生活自理能力：勾选不能独立完成的项目</translation>
    </message>
    <message>
        <source>Covered by the benefit (counted among the members paid for)</source>
        <translation>纳入保障（计入享受救助的人数）</translation>
    </message>
    <message>
        <source>Only digits here (the last character may be X).</source>
        <translation>只能填数字（最后一位可以是X）。</translation>
    </message>
    <message>
        <source>{n} of 18 characters</source>
        <translation>已输入{n}位，共18位</translation>
    </message>
    <message>
        <source>Born {birth} · {sex} · {age} years old</source>
        <translation>出生日期 {birth} · {sex} · {age}周岁</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Masked. Press &quot;Show full number&quot; to see or change it (this is recorded).</source>
        <translation>已隐藏。点击“显示完整号码”可查看或修改（将记入审计日志）。</translation>
    </message>
    <message>
        <source>Assessment: {level} ({n} of 6 items cannot be done unaided)</source>
        <translation>评估结果：{level}（6项中有{n}项不能自理）</translation>
    </message>
</context>
<context>
    <name>MovedOutDialog</name>
    <message>
        <source>Moved out of the household</source>
        <translation>成员迁出</translation>
    </message>
    <message>
        <source>{name} stays on file but no longer counts in the household: not in its size, not in the per-capita income, not covered.</source>
        <translation>{name}的档案保留，但不再计入本户：不计家庭人口，不计入人均收入，不作为保障对象。</translation>
    </message>
    <message>
        <source>e.g. household registration moved to 丽水市区; married; died</source>
        <translation>如：户口迁往丽水市区；婚嫁；死亡</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>新建救助申请</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Name, pinyin or initials, ID number, phone or village</source>
        <translation>姓名、拼音或首字母、身份证号、电话、村（社区）</translation>
    </message>
    <message>
        <source>Type of &amp;assistance</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>A&amp;pplicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Amount &amp;requested (yuan)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <source>Special hardship (temporary assistance up to 12 times the standard)</source>
        <translation>特殊困难（临时救助最高可达标准的12倍）</translation>
    </message>
    <message>
        <source>&amp;Date of application</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Urgent (急难型): the township may pay first and complete the paperwork afterwards</source>
        <translation>急难型：可由乡镇（街道）先行救助，事后补办手续</translation>
    </message>
    <message>
        <source>Take the application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Search for another household: name, pinyin, ID number, phone</source>
        <translation>查找其他家庭：姓名、拼音、身份证号、电话</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {village} {address} · {n} member(s)</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {village} {address} · {n}人</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Accept, or ask for materials</source>
        <translation>受理或告知补正</translation>
    </message>
    <message>
        <source>Wait for the materials</source>
        <translation>等待补正材料</translation>
    </message>
    <message>
        <source>Start the investigation</source>
        <translation>启动调查核对</translation>
    </message>
    <message>
        <source>Visit the household</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Preliminary review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Publish the notice or hand up</source>
        <translation>公示或报送</translation>
    </message>
    <message>
        <source>Close the notice when it ends</source>
        <translation>公示期满后结束公示</translation>
    </message>
    <message>
        <source>Hand up to the county</source>
        <translation>报送县级审核确认</translation>
    </message>
    <message>
        <source>County decision</source>
        <translation>县级审核确认</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期复核</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>Application form</source>
        <translation>社会救助申请表</translation>
    </message>
    <message>
        <source>Notice of acceptance</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Notice of missing materials</source>
        <translation>补正材料告知书</translation>
    </message>
    <message>
        <source>Home-visit investigation form</source>
        <translation>家庭经济状况入户调查表</translation>
    </message>
    <message>
        <source>Public notice list</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <source>Notice of approval</source>
        <translation>审核确认通知书</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予确认通知书</translation>
    </message>
    <message>
        <source>Notice of stopped payment</source>
        <translation>停发通知书</translation>
    </message>
    <message>
        <source>Notice of reduced payment</source>
        <translation>减发通知书</translation>
    </message>
    <message>
        <source>Notice of raised payment</source>
        <translation>增发通知书</translation>
    </message>
    <message>
        <source>Notice of review result (continued)</source>
        <translation>复核结果告知书</translation>
    </message>
</context>
<context>
    <name>NoticePreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>无法显示这个PDF。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Paid first (urgent aid)</source>
        <translation>先行救助</translation>
    </message>
</context>
<context>
    <name>PayFirstDialog</name>
    <message>
        <source>Pay first (先行救助)</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <source>Decide and pay first</source>
        <translation>决定先行救助</translation>
    </message>
    <message>
        <source>What happened, and why it cannot wait for the usual procedure</source>
        <translation>发生了什么，为何不能按一般程序等待</translation>
    </message>
    <message>
        <source>Amount paid now (yuan)</source>
        <translation>先行救助金额（元）</translation>
    </message>
    <message>
        <source>The emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Urgent temporary assistance (急难型临时救助): the township decides and pays first, up to the county&apos;s limit, and completes the home visit, the materials and the approval form afterwards. A larger amount, or a case that is not urgent, is decided by the county as usual.</source>
        <translation>急难型临时救助：由乡镇（街道）在县级设定的审批额度内先行决定并发放，事后补齐入户调查、申请材料和审批手续。超出额度的金额或非急难型申请，仍按一般程序由县级审核确认。</translation>
    </message>
    <message>
        <source>At most {limit} yuan (the county&apos;s limit). The paperwork is then due within {days} working days: by {due}.</source>
        <translation>最多 {limit} 元（县级设定的审批额度）。先行救助后须在 {days} 个工作日内补齐手续，即 {due} 前。</translation>
    </message>
    <message>
        <source>Recording the pay-first…</source>
        <translation>正在登记先行救助…</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <source>Monthly</source>
        <translation>按月发放</translation>
    </message>
    <message>
        <source>Back-payment</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Awaiting correction</source>
        <translation>待更正账户</translation>
    </message>
    <message>
        <source>Corrected; paid again in the next roll</source>
        <translation>已更正，下期重发</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>重新发放</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性救助</translation>
    </message>
    <message>
        <source>Offset of overpayment</source>
        <translation>扣减多发</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发放失败</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed off by the township</source>
        <translation>乡镇已审核</translation>
    </message>
    <message>
        <source>Approved by the county (frozen)</source>
        <translation>县级已审批（已锁定）</translation>
    </message>
    <message>
        <source>Offset in the next rolls</source>
        <translation>在以后的名册中扣减</translation>
    </message>
    <message>
        <source>Case stopped: recover outside the roll</source>
        <translation>已停发：在名册外追回</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Build roll</source>
        <translation>生成名册(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>乡镇审核(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve (county)</source>
        <translation>县级审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bank return…</source>
        <translation>导入银行回盘(&amp;I)…</translation>
    </message>
    <message>
        <source>Returned payments (correct the account; the next roll pays again)</source>
        <translation>发放失败（更正账户后下月名册重新发放）</translation>
    </message>
    <message>
        <source>&amp;Correct account…</source>
        <translation>更正账户(&amp;C)…</translation>
    </message>
    <message>
        <source>Overpayments (a reduction or stop from a month already paid)</source>
        <translation>多发待追回（自已发放月份起减发或停发）</translation>
    </message>
    <message>
        <source>&amp;Record repayment…</source>
        <translation>登记退回款(&amp;R)…</translation>
    </message>
    <message>
        <source>No roll for this month and type yet.</source>
        <translation>本月该类别尚未生成发放名册。</translation>
    </message>
    <message>
        <source>%1: %2 lines, %3 yuan</source>
        <translation>%1：共%2笔，%3元</translation>
    </message>
    <message>
        <source>; paid %1 + failed %2 + not answered %3 — %4</source>
        <translation>；已发放%1 + 失败%2 + 未回盘%3 — %4</translation>
    </message>
    <message>
        <source>reconciles</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>does NOT reconcile</source>
        <translation>账实不符</translation>
    </message>
    <message>
        <source>; of which overpayments offset %1 yuan</source>
        <translation>；其中扣减多发%1元</translation>
    </message>
    <message>
        <source>; approved by this county: the township freezes it at its next sync</source>
        <translation>；本县已审批，乡镇下次同步时锁定</translation>
    </message>
    <message>
        <source>; only %1 of its %2 lines have arrived: synchronise before approving</source>
        <translation>；共 %2 条明细，只收到 %1 条，请先同步再审批</translation>
    </message>
    <message>
        <source>Building the roll…</source>
        <translation>正在生成发放名册…</translation>
    </message>
    <message>
        <source>Export the roll</source>
        <translation>导出发放名册</translation>
    </message>
    <message>
        <source>Roll (*.xlsx);;Printable roll (*.pdf);;Bank file (*.xlsx);;Bank file CSV (*.csv)</source>
        <translation>发放名册 (*.xlsx);;打印名册 (*.pdf);;银行代发文件 (*.xlsx);;银行代发文件CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The bank&apos;s return file</source>
        <translation>银行回盘文件</translation>
    </message>
    <message>
        <source>Return file (*.xlsx *.csv)</source>
        <translation>回盘文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the return file…</source>
        <translation>正在读取回盘文件…</translation>
    </message>
    <message>
        <source>Record the repayment of an overpayment</source>
        <translation>登记多发款项退回</translation>
    </message>
    <message>
        <source>Amount repaid (yuan)</source>
        <translation>退回金额（元）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>缴款凭证号</translation>
    </message>
    <message>
        <source>Correct the account</source>
        <translation>更正发放账户</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>银行账号</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printing page 1 of {n}…</source>
        <translation>正在打印第1页，共{n}页…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing page {i} of {n}…</source>
        <translation>正在打印第{i}页，共{n}页…</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The household is not registered in this township</source>
        <translation>申请人户籍不在本乡镇（街道）</translation>
    </message>
    <message>
        <source>Clearly not eligible for this assistance</source>
        <translation>明显不符合该项救助条件</translation>
    </message>
    <message>
        <source>Refused to sign the authorisation for the economic data check</source>
        <translation>拒绝签署家庭经济状况核对授权书</translation>
    </message>
    <message>
        <source>Missing materials not supplied in time</source>
        <translation>逾期未补正材料</translation>
    </message>
    <message>
        <source>Per-capita income is not below the local standard</source>
        <translation>家庭月人均收入不低于当地低保标准</translation>
    </message>
    <message>
        <source>The household&apos;s assets exceed the limits</source>
        <translation>家庭财产状况超出规定</translation>
    </message>
    <message>
        <source>Income or assets were concealed or misreported</source>
        <translation>隐瞒或虚报家庭收入、财产</translation>
    </message>
    <message>
        <source>Refused to cooperate with the investigation</source>
        <translation>拒不配合入户调查和信息核对</translation>
    </message>
    <message>
        <source>A legal supporter is able to support</source>
        <translation>有具备赡养、抚养、扶养能力的法定义务人</translation>
    </message>
    <message>
        <source>The data cross-check found undeclared income: per-capita income is not below the standard</source>
        <translation>经家庭经济状况信息核对，家庭成员有未如实申报的收入，家庭月人均收入不低于当地保障标准</translation>
    </message>
    <message>
        <source>The data cross-check found deposits or securities above the local limits</source>
        <translation>经家庭经济状况信息核对，家庭存款、有价证券等金融资产超出当地规定</translation>
    </message>
    <message>
        <source>The data cross-check found a business registered to a member</source>
        <translation>经家庭经济状况信息核对，家庭成员名下有登记在册的市场主体</translation>
    </message>
    <message>
        <source>The data cross-check found a motor vehicle registered to a member</source>
        <translation>经家庭经济状况信息核对，家庭成员名下有登记在册的机动车辆</translation>
    </message>
    <message>
        <source>The home visit record is incomplete</source>
        <translation>入户调查记录不完整</translation>
    </message>
    <message>
        <source>The income was calculated wrongly</source>
        <translation>收入核算有误</translation>
    </message>
    <message>
        <source>The data cross-check found undeclared income or assets</source>
        <translation>信息核对发现未申报的收入或财产</translation>
    </message>
    <message>
        <source>The household&apos;s income fell</source>
        <translation>家庭收入减少</translation>
    </message>
    <message>
        <source>A member joined the household</source>
        <translation>家庭人口增加</translation>
    </message>
    <message>
        <source>The standard was raised</source>
        <translation>保障标准提高</translation>
    </message>
    <message>
        <source>The household&apos;s income rose</source>
        <translation>家庭收入增加</translation>
    </message>
    <message>
        <source>A member left the household</source>
        <translation>家庭人口减少</translation>
    </message>
    <message>
        <source>Per-capita income is now above the standard</source>
        <translation>家庭月人均收入已高于保障标准</translation>
    </message>
    <message>
        <source>The person died or moved the household registration</source>
        <translation>保障对象死亡或户籍迁出</translation>
    </message>
    <message>
        <source>Refused the periodic review</source>
        <translation>拒不配合定期复核</translation>
    </message>
    <message>
        <source>The applicant asked in writing to withdraw</source>
        <translation>申请人书面申请撤回</translation>
    </message>
    <message>
        <source>The data cross-check results are not back yet</source>
        <translation>家庭经济状况信息核对结果尚未反馈</translation>
    </message>
    <message>
        <source>Members live or work outside the county and must be verified there</source>
        <translation>家庭成员在外地居住或务工，需异地核实</translation>
    </message>
    <message>
        <source>An objection during the notice needs a new investigation</source>
        <translation>公示期间有异议，需重新调查</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation>导出Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File for the city</source>
        <translation>报送市级(&amp;F)</translation>
    </message>
    <message>
        <source>Sum checks: all pass.</source>
        <translation>表内校验：全部通过。</translation>
    </message>
    <message>
        <source>Sum checks failed: %1</source>
        <translation>表内校验不符：%1</translation>
    </message>
    <message>
        <source>Counting the month…</source>
        <translation>正在统计本月数据…</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出统计月报</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request the data cross-check</source>
        <translation>申请家庭经济状况信息核对</translation>
    </message>
    <message>
        <source>The county checks the household&apos;s registration, tax, social insurance, real estate, business registration, housing fund, vehicles, deposits, securities and insurance, with the authorisation the family signed.</source>
        <translation>凭家庭成员签署的授权书，由县级民政部门核对家庭户籍、税务、社会保险、不动产、市场主体登记、住房公积金、车辆、存款、证券和商业保险等信息。</translation>
    </message>
    <message>
        <source>Authorisation signed by</source>
        <translation>授权书签署人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result of request {no}</source>
        <translation>核对申请{no}的结果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>核对项目</translation>
    </message>
    <message>
        <source>Record found</source>
        <translation>有记录</translation>
    </message>
    <message>
        <source>What the source holds</source>
        <translation>核对情况</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>核对结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>不符合原因</translation>
    </message>
    <message>
        <source>Remarks (report number)</source>
        <translation>备注（核对报告编号）</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Preliminary review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>核算</translation>
    </message>
    <message>
        <source>&amp;Person supported</source>
        <translation>供养对象</translation>
    </message>
    <message>
        <source>Has a legal supporter able to support</source>
        <translation>有具备履行能力的法定义务人</translation>
    </message>
    <message>
        <source>Assessed &amp;amount (yuan)</source>
        <translation>核定金额（元）</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation>重新核算(&amp;C)</translation>
    </message>
    <message>
        <source>Computed amount</source>
        <translation>核算金额</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>初审意见</translation>
    </message>
    <message>
        <source>Recommend approval</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Reasons (one per line; needed when not recommending)</source>
        <translation>理由（每行一条；不同意时必填）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {type} · {n} member(s), {covered} covered</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {type} · {n}人，保障{covered}人</translation>
    </message>
    <message>
        <source>Cover one member alone (单人保: severely disabled or seriously ill member of a near-dibao household)</source>
        <translation>单人保：低保边缘家庭中的重度残疾人或重病患者单独纳入低保</translation>
    </message>
    <message>
        <source>Seriously ill (a disability of grade 1-2 counts by itself)</source>
        <translation>重病患者（一、二级残疾本身即符合）</translation>
    </message>
    <message>
        <source>Member covered alone</source>
        <translation>单独纳入的成员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Grab bars</source>
        <translation>扶手</translation>
    </message>
    <message>
        <source>Shower chair</source>
        <translation>淋浴椅</translation>
    </message>
    <message>
        <source>Anti-slip mats</source>
        <translation>防滑垫</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>提交初审意见</translation>
    </message>
    <message>
        <source>No amount computed yet.</source>
        <translation>尚未核算金额。</translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>yuan, once</source>
        <translation>元（一次性）</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;{amount}&lt;/b&gt; {per}&lt;/span&gt; — {verdict}</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;{amount}&lt;/b&gt; {per}&lt;/span&gt; — {verdict}</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期复核</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>家庭成员出生</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>家庭成员死亡</translation>
    </message>
    <message>
        <source>Moved in or out</source>
        <translation>家庭成员迁入迁出</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>家庭成员就业</translation>
    </message>
    <message>
        <source>Income changed</source>
        <translation>家庭收入变化</translation>
    </message>
    <message>
        <source>Objection to the public notice</source>
        <translation>公示异议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>Continue unchanged</source>
        <translation>维持原待遇</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Waiting for the visit</source>
        <translation>待入户核查</translation>
    </message>
    <message>
        <source>Waiting for the proposal</source>
        <translation>待乡镇提出意见</translation>
    </message>
    <message>
        <source>Waiting for the decision</source>
        <translation>待审批决定</translation>
    </message>
    <message>
        <source>Active cases are reviewed yearly (stable households, tekun) or every six months (able-bodied members of working age, irregular income). A reported change opens a review at once; it is due within 15 working days.</source>
        <translation>在保对象按年复核（收入稳定家庭、特困人员），或每半年复核（有劳动能力的劳动年龄人口、收入不固定家庭）。家庭报告情况变化即启动复核，应在15个工作日内办结。</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>开始复核(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Report a change…</source>
        <translation>登记情况变化(&amp;R)…</translation>
    </message>
    <message>
        <source>Record &amp;visit…</source>
        <translation>录入入户核查(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Propose…</source>
        <translation>提出复核意见(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>审批决定(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due or under way</source>
        <translation>
            <numerusform>到期或办理中的复核共%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Report a change</source>
        <translation>登记情况变化</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
    <message>
        <source>Reported by, what, when</source>
        <translation>报告人、内容、时间</translation>
    </message>
    <message>
        <source>The review&apos;s home visit</source>
        <translation>复核入户核查</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Second investigator</source>
        <translation>第二核查人</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>The rules give %1 yuan a month now.</source>
        <translation>按现行规定核算为每月%1元。</translation>
    </message>
    <message>
        <source>Taper period (渐退期)</source>
        <translation>给予渐退期</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <source>Recalculation</source>
        <translation>重新核算</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Township reviewer</source>
        <translation>乡镇审核人</translation>
    </message>
    <message>
        <source>County approver</source>
        <translation>县级审批人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import the office&apos;s roster</source>
        <translation>导入原有花名册</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>表中的列名</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>C&amp;heck only</source>
        <translation>只检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Roster workbook</source>
        <translation>花名册工作簿</translation>
    </message>
    <message>
        <source>Choose the roster workbook (.xlsx or the older .xls; first sheet). Every row is checked first; if any row is refused nothing is imported and the report lists each problem at its row and cell.</source>
        <translation>请选择花名册工作簿（.xlsx 或旧版 .xls，读取第一个工作表）。导入前逐行检查；只要有一行不合格，就不导入任何数据，检查报告会按行和单元格列出每个问题。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message>
        <source>one row per member</source>
        <translation>每户成员各占一行</translation>
    </message>
    <message>
        <source>one row per household (members other than the head are added later)</source>
        <translation>每户一行（户主以外的成员导入后补录）</translation>
    </message>
    <message>
        <source>Sheet “{title}”: headers in row {row}, {n} data rows, {layout}.</source>
        <translation>工作表“{title}”：第{row}行为列名，共{n}行数据，{layout}。</translation>
    </message>
    <message>
        <source>Missing columns: {cols}.</source>
        <translation>缺少的列：{cols}。</translation>
    </message>
    <message>
        <source>not recognised: not imported</source>
        <translation>未识别，不导入</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Checking: {done} of {total} households…</source>
        <translation>检查中：{done}/{total}户…</translation>
    </message>
    <message>
        <source>Writing: {done} of {total} households…</source>
        <translation>写入中：{done}/{total}户…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be imported…</source>
        <translation>正在停止，不会导入任何数据…</translation>
    </message>
    <message>
        <source>Imported {h} households, {m} members and {c} active cases (救助中). Report: {report}</source>
        <translation>已导入{h}户、{m}名成员、{c}个在保案件（救助中）。检查报告：{report}</translation>
    </message>
    <message>
        <source>No row is refused: {h} households, {m} members, {c} active cases can be imported. Nothing was written yet.</source>
        <translation>检查通过：可导入{h}户、{m}名成员、{c}个在保案件。尚未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported. Correct the cells named below (red in the report {report}) and import again.</source>
        <translation>
            <numerusform>%n处问题，未导入任何数据。请改正下列单元格（检查报告{report}中标红）后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>已停止，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>SelfCare</name>
    <message>
        <source>Eats unaided</source>
        <translation>自主吃饭</translation>
    </message>
    <message>
        <source>Dresses unaided</source>
        <translation>自主穿衣</translation>
    </message>
    <message>
        <source>Gets in and out of bed unaided</source>
        <translation>自主上下床</translation>
    </message>
    <message>
        <source>Uses the toilet unaided</source>
        <translation>自主如厕</translation>
    </message>
    <message>
        <source>Walks indoors unaided</source>
        <translation>室内自主行走</translation>
    </message>
    <message>
        <source>Bathes unaided</source>
        <translation>自主洗澡</translation>
    </message>
</context>
<context>
    <name>SelfCareLevel</name>
    <message>
        <source>Able to care for themselves</source>
        <translation>具备生活自理能力</translation>
    </message>
    <message>
        <source>Self-care partly lost</source>
        <translation>部分丧失生活自理能力</translation>
    </message>
    <message>
        <source>Self-care fully lost</source>
        <translation>完全丧失生活自理能力</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>{county} Civil Affairs Bureau</source>
        <translation>{county}民政局</translation>
    </message>
    <message>
        <source>Connecting to the city server…</source>
        <translation>正在连接城市服务器…</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>正在初始化数据库…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The database is encrypted. Write down this recovery code and keep it locked away, apart from this computer. It is shown only now; with it an administrator&apos;s password can be set again when every administrator password is lost (lishui-desktop recover).</source>
        <translation>数据库已加密。请抄下这个恢复密钥，锁好保管，不要和这台电脑放在一起。它只显示这一次；所有管理员密码都遗失时，可以凭它重新设置管理员密码（lishui-desktop recover）。</translation>
    </message>
    <message>
        <source>The database is set up. The city server at {url} does not answer, so this office is not registered yet; the address and token are kept. Continue now and register later on the Sync page (Server settings), or check the address and try again.</source>
        <translation>数据库已经设置好。城市服务器（{url}）没有应答，所以本单位还没有在服务器上登记；地址和令牌已经保存。可以先继续使用，以后在“数据同步”页的“服务器设置”中登记；也可以检查地址后重试。</translation>
    </message>
    <message>
        <source>The database is set up, but the city server refused the registration: {reason} Correct the address or token and try again, or continue and register later on the Sync page.</source>
        <translation>数据库已经设置好，但城市服务器没有接受登记：{reason}请改正地址或令牌后重试，或者先继续使用，以后在“数据同步”页登记。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Continue, register later</source>
        <translation>先继续，以后再登记</translation>
    </message>
    <message>
        <source>First-time setup</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <source>This computer&apos;s database is not set up yet. Choose the office it serves and create the administrator&apos;s account. Both can be changed later only by an administrator.</source>
        <translation>本机数据库尚未初始化。请选择本机服务的单位，并创建系统管理员账号。以后只有系统管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Township or subdistrict office</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>County civil-affairs bureau</source>
        <translation>县级民政局</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>City server (can also be set later)</source>
        <translation>城市服务器（也可以以后再设置）</translation>
    </message>
    <message>
        <source>City &amp;server address</source>
        <translation>城市服务器地址</translation>
    </message>
    <message>
        <source>Office &amp;token</source>
        <translation>站点令牌</translation>
    </message>
    <message>
        <source>The city issues each office its token. With both filled in, this office registers with the city server right after the setup. Without a connection, leave them empty and enter them later on the Sync page.</source>
        <translation>站点令牌由市里为每个单位发放。两项都填写后，设置完成时本单位会立即在城市服务器上登记。暂时没有网络的，可以先不填，以后在“数据同步”页填写。</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>At least 8 characters, mixing letters and digits.</source>
        <translation>至少8位，须同时包含字母和数字。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>SiteSettingsForm</name>
    <message>
        <source>Site code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>City &amp;server address</source>
        <translation>城市服务器地址</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>闲置锁定（分钟）</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Applied, awaiting acceptance</source>
        <translation>已申请待受理</translation>
    </message>
    <message>
        <source>Awaiting missing materials</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查核对中</translation>
    </message>
    <message>
        <source>Home visit done</source>
        <translation>已入户调查</translation>
    </message>
    <message>
        <source>Preliminary review done</source>
        <translation>已初审</translation>
    </message>
    <message>
        <source>Public notice running</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Public notice ended</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <source>Awaiting county decision</source>
        <translation>待县级审核确认</translation>
    </message>
    <message>
        <source>Receiving assistance</source>
        <translation>救助中</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Start the investigation</source>
        <translation>启动调查核对</translation>
    </message>
    <message>
        <source>Home visit by two investigators</source>
        <translation>入户调查（至少两名调查人员）</translation>
    </message>
    <message>
        <source>Preliminary review</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Start the 7-day public notice</source>
        <translation>开始 7 日公示</translation>
    </message>
    <message>
        <source>Close the public notice</source>
        <translation>结束公示</translation>
    </message>
    <message>
        <source>Hand up to the county</source>
        <translation>报送县级审核确认</translation>
    </message>
    <message>
        <source>Decision: approve, refuse or return</source>
        <translation>审核确认：批准、不予确认或退回</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期复核</translation>
    </message>
    <message>
        <source>None: the case is closed</source>
        <translation>无：案件已办结</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>{role} ({person})</source>
        <translation>{role}（{person}）</translation>
    </message>
    <message>
        <source>Accept (or ask for all missing materials at once)</source>
        <translation>受理申请（或一次性告知补正材料）</translation>
    </message>
    <message>
        <source>Mark the materials supplied</source>
        <translation>登记材料已补正</translation>
    </message>
    <message>
        <source>Request the data cross-check (signed authorisation)</source>
        <translation>提请信息核对（附签字授权书）</translation>
    </message>
    <message>
        <source>Data cross-check: the county checks and records the result</source>
        <translation>信息核对：县级核对并录入结果</translation>
    </message>
    <message>
        <source>Deliver the refusal and record it</source>
        <translation>送达不予确认通知书并登记</translation>
    </message>
    <message>
        <source>Paid first: complete the home visit and paperwork</source>
        <translation>已先行救助：补齐入户调查和审批手续</translation>
    </message>
    <message>
        <source>Waiting on the applicant</source>
        <translation>等待申请人</translation>
    </message>
    <message>
        <source>Waiting until {date}</source>
        <translation>等待至 {date}</translation>
    </message>
    <message>
        <source>Waiting on {who}</source>
        <translation>等待{who}</translation>
    </message>
    <message>
        <source>Township decision (delegated): approve, refuse or return</source>
        <translation>乡镇审核确认（已委托）：批准、不予确认或退回</translation>
    </message>
    <message>
        <source>, overdue (due {date})</source>
        <translation>，应于 {date} 前完成，已逾期</translation>
    </message>
    <message>
        <source>, due {date}</source>
        <translation>，{date} 前完成</translation>
    </message>
    <message>
        <source>Next step: none. The case is closed.</source>
        <translation>下一步：无，案件已办结。</translation>
    </message>
    <message>
        <source>Waiting on the applicant to bring the missing materials; then {who}: {step}{due}.</source>
        <translation>等待申请人补齐材料；之后由{who}：{step}{due}。</translation>
    </message>
    <message>
        <source>Waiting until {date}: the public notice runs until {end}. Then {who}: {step}{due}.</source>
        <translation>等待至 {date}：公示期至 {end}。之后由{who}：{step}{due}。</translation>
    </message>
    <message>
        <source>Receiving assistance. Next step: {step} by {who}, due {date}.</source>
        <translation>救助中。下一步：由{who}{step}，{date} 前完成。</translation>
    </message>
    <message>
        <source>Receiving assistance. Next step: {step} by {who}.</source>
        <translation>救助中。下一步：由{who}{step}。</translation>
    </message>
    <message>
        <source>Next step: {step}. It is yours{due}.</source>
        <translation>下一步：{step}，由您办理{due}。</translation>
    </message>
    <message>
        <source>Waiting on {who}: {step}{due}.</source>
        <translation>等待{who}办理：{step}{due}。</translation>
    </message>
    <message>
        <source>The county visits in person before it decides (relative of staff).</source>
        <translation>申请人为工作人员近亲属：县级民政部门须在作出决定前亲自入户。</translation>
    </message>
</context>
<context>
    <name>SyncEntity</name>
    <message>
        <source>Household details</source>
        <translation>家庭基本信息</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>救助申请</translation>
    </message>
    <message>
        <source>Step of a case</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>County decision</source>
        <translation>审批决定</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>所在村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房类型</translation>
    </message>
    <message>
        <source>Housing area</source>
        <translation>住房面积</translation>
    </message>
    <message>
        <source>Cause of hardship</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>Relative of staff</source>
        <translation>是否工作人员近亲属</translation>
    </message>
    <message>
        <source>Whose relative</source>
        <translation>近亲属说明</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>所属家庭</translation>
    </message>
    <message>
        <source>Order in the household</source>
        <translation>成员排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Self-care not managed</source>
        <translation>不能自理的项目</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Covered by the benefit</source>
        <translation>纳入保障</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>所属成员</translation>
    </message>
    <message>
        <source>Income category</source>
        <translation>收入类别</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>New employment since</source>
        <translation>新就业起始日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Handed up on</source>
        <translation>报送县级日期</translation>
    </message>
    <message>
        <source>Public notice from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <source>Public notice until</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>已延长办理期限</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Special hardship</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Review recommends approval</source>
        <translation>初审建议批准</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>拟保障金额</translation>
    </message>
    <message>
        <source>How the amount was reached</source>
        <translation>金额计算说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>核定金额</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>起始发放月份</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>经手人员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Caseworker in charge</source>
        <translation>负责经办人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>所属案件</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>办理前状态</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>办理后状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>入户日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Investigators&apos; accounts</source>
        <translation>调查人员账号</translation>
    </message>
    <message>
        <source>Visited by the county</source>
        <translation>县级入户</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>所属入户调查</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Content checksum</source>
        <translation>内容校验值</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>Reprint of</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>County visited in person</source>
        <translation>县级已亲自入户</translation>
    </message>
    <message>
        <source>Taken into the case</source>
        <translation>已写入案件</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount}元</translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area}平方米</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Synced at {time}; %n conflict(s) to resolve</source>
        <translation>
            <numerusform>{time} 已同步；有%n条冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>{time} 已同步</translation>
    </message>
    <message>
        <source>City server not reachable ({time})</source>
        <translation>连不上城市服务器（{time}）</translation>
    </message>
    <message>
        <source>Sync not completed ({time})</source>
        <translation>同步未完成（{time}）</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>{head} household ({village})</source>
        <translation>{head}户（{village}）</translation>
    </message>
    <message>
        <source>{head} household</source>
        <translation>{head}户</translation>
    </message>
    <message>
        <source>Sent {sent} change(s): {applied} taken, {duplicate} already there, {conflict} in conflict, {refused} refused.</source>
        <translation>上传{sent}项更改：采用{applied}项，服务器已有{duplicate}项，冲突{conflict}项，被拒收{refused}项。</translation>
    </message>
    <message>
        <source>Received {records} record(s) and {reference} reference item(s); {decisions} county decision(s) taken into cases.</source>
        <translation>接收{records}条记录、{reference}项参考数据；{decisions}个县级审批决定已写入案件。</translation>
    </message>
    <message>
        <source>Sync with the city server</source>
        <translation>与城市服务器同步</translation>
    </message>
    <message>
        <source>City server</source>
        <translation>城市服务器</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>被拒收的更改</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The program also syncs by itself every ten minutes whenever the city server can be reached. Work goes on meanwhile: everything is kept on this computer first.</source>
        <translation>只要能连上城市服务器，程序每十分钟会自动同步一次。同步时照常工作，所有数据都先保存在本机。</translation>
    </message>
    <message>
        <source>A record changed both on this computer and on the city server. Neither version was overwritten: open the conflict, compare the two versions item by item and choose what to keep. The choice is sent with the next sync and recorded in the audit log.</source>
        <translation>同一条记录在本机和城市服务器上都被改过。两个版本都没有被覆盖：请打开冲突，逐项比较两个版本，选择要保留的内容。你的选择会在下次同步时发送，并记入操作日志。</translation>
    </message>
    <message>
        <source>(only the time of change)</source>
        <translation>（只有修改时间不同）</translation>
    </message>
    <message>
        <source>&amp;Resolve the selected conflict…</source>
        <translation>处理所选冲突(&amp;R)…</translation>
    </message>
    <message>
        <source>Township staff or the administrator resolve conflicts.</source>
        <translation>同步冲突由乡镇工作人员或管理员处理。</translation>
    </message>
    <message>
        <source>Changes the city server did not accept, with its reason. They are set aside and hold up nothing else. Correct the record (open its household), then send it again; or, once the cause is dealt with, put the entry away.</source>
        <translation>市级服务器未接收的变更及其原因。这些变更已被隔离，不影响其他数据同步。请更正记录（打开所属家庭）后重新发送；或在原因处理完毕后将其移出列表。</translation>
    </message>
    <message>
        <source>&amp;Noted, remove from the list</source>
        <translation>已知悉，移出列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open the household</source>
        <translation>打开所属家庭(&amp;O)</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>重新发送(&amp;A)</translation>
    </message>
    <message>
        <source>Without a connection, changes travel on a USB stick:
1. Export what waits to be sent to a file and carry it to the city (or a computer that can reach the city server).
2. The city imports it and gives back an acknowledgement file (with the county&apos;s decisions).
3. Import the acknowledgement file here. The same changes are never applied twice, even if they also go by network.</source>
        <translation>没有网络时，可以用U盘传送数据：
1. 把待上传的数据导出为文件，带到市里（或能连上城市服务器的电脑）。
2. 市里导入后，会给回一个回执文件（其中有县级的审批决定）。
3. 在这里导入回执文件。同样的数据即使又通过网络传过，也不会重复计入。</translation>
    </message>
    <message>
        <source>&amp;Export changes to a file…</source>
        <translation>导出待上传数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import an acknowledgement file…</source>
        <translation>导入回执文件(&amp;I)…</translation>
    </message>
    <message>
        <source>USB transfer</source>
        <translation>U盘传送</translation>
    </message>
    <message>
        <source>City &amp;server address</source>
        <translation>城市服务器地址(&amp;S)</translation>
    </message>
    <message>
        <source>Office &amp;token</source>
        <translation>站点令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Save and &amp;register this office</source>
        <translation>保存并在服务器登记本单位(&amp;R)</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>The city issues each office its token. Registering gives the city server this office&apos;s public key, with which anyone can check the QR code on the notices this office prints.</source>
        <translation>站点令牌由市里为每个单位发放。登记时，本机把本单位的公钥交给城市服务器，用来核验本单位所打印通知书上的二维码。</translation>
    </message>
    <message>
        <source>Only the administrator changes these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>{url} (no token yet)</source>
        <translation>{url}（尚未填写令牌）</translation>
    </message>
    <message>
        <source>{changes} change(s), {audit} audit entries</source>
        <translation>{changes}项更改，{audit}条操作日志</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and on the city server (sync conflict). Both versions are kept until a person chooses: see &quot;Sync conflicts&quot; below.</source>
        <translation>
            <numerusform>有%n条记录在本机和城市服务器上都被改过（同步冲突）。两个版本都保留着，等待人工选择：请看下面的“同步冲突”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync conflicts (%n)</source>
        <translation>
            <numerusform>同步冲突（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused changes (%n)</source>
        <translation>
            <numerusform>被拒收的更改（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Set (not shown); paste a new token to replace it</source>
        <translation>已设置（不显示）；要更换请粘贴新的令牌</translation>
    </message>
    <message>
        <source>The token the city issued for this office</source>
        <translation>市里为本单位发放的令牌</translation>
    </message>
    <message>
        <source>Not connected yet: enter the city server&apos;s address and this office&apos;s token under &quot;Server settings&quot; below.</source>
        <translation>尚未连接：请在下面的“服务器设置”中填写城市服务器地址和本单位的令牌。</translation>
    </message>
    <message>
        <source>Not connected yet: the administrator enters the server address and token under &quot;Server settings&quot;.</source>
        <translation>尚未连接：请管理员在“服务器设置”中填写服务器地址和令牌。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>{time}, cancelled</source>
        <translation>{time}，已取消</translation>
    </message>
    <message>
        <source>{time}, not completed</source>
        <translation>{time}，未完成</translation>
    </message>
    <message>
        <source>{time}, completed: {sent} sent, {received} received</source>
        <translation>{time}，已完成：上传{sent}项，接收{received}项</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>当前这一步完成后停止…</translation>
    </message>
    <message>
        <source>Checking whether the city server answers…</source>
        <translation>正在检查能否连上城市服务器…</translation>
    </message>
    <message>
        <source>Connecting to the city server…</source>
        <translation>正在连接城市服务器…</translation>
    </message>
    <message>
        <source>Sending this office&apos;s changes… ({done} of {total})</source>
        <translation>正在上传本单位的更改…（{done}/{total}）</translation>
    </message>
    <message>
        <source>Sending attached files… ({n} so far)</source>
        <translation>正在发送附件文件…（已发送 {n} 个）</translation>
    </message>
    <message>
        <source>Receiving from the city server… ({n} so far)</source>
        <translation>正在接收城市服务器的数据…（已收到{n}条）</translation>
    </message>
    <message>
        <source>Sync completed at {time}.</source>
        <translation>{time} 同步完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a person&apos;s choice: see below.</source>
        <translation>
            <numerusform>有%n条冲突需要人工选择，请看下面。</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the city server could not be reached; the program tries again later. Nothing is lost meanwhile.</source>
        <translation>{time}：连不上城市服务器，程序稍后会再试。在此期间数据不会丢失。</translation>
    </message>
    <message>
        <source>Sync cancelled at {time}. What was already sent or received is kept; the next sync goes on from there.</source>
        <translation>{time} 同步已取消。已经上传或接收的部分都已保存，下次同步接着进行。</translation>
    </message>
    <message>
        <source>{time}: </source>
        <translation>{time}：</translation>
    </message>
    <message>
        <source>Your choice is saved as a new version; it goes to the city server with the next sync.</source>
        <translation>你的选择已保存为新版本，下次同步时发送到城市服务器。</translation>
    </message>
    <message>
        <source>The record goes to the city server again with the next sync.</source>
        <translation>该记录将在下次同步时重新发送到市级服务器。</translation>
    </message>
    <message>
        <source>Export changes to a file</source>
        <translation>导出待上传数据</translation>
    </message>
    <message>
        <source>Sync files (*.bundle)</source>
        <translation>同步数据文件 (*.bundle)</translation>
    </message>
    <message>
        <source>Written to {path}: {batches} batch(es), {records} change(s), {audit} audit entries. Carry the file to the city.</source>
        <translation>已写入 {path}：{batches}批，{records}项更改，{audit}条操作日志。请把文件带到市里。</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Import an acknowledgement file</source>
        <translation>导入回执文件</translation>
    </message>
    <message>
        <source>Acknowledgement files (*.acks);;All files (*)</source>
        <translation>回执文件 (*.acks);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>已导入 {name}。</translation>
    </message>
    <message>
        <source>Reading the acknowledgement file…</source>
        <translation>正在读取回执文件…</translation>
    </message>
    <message>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读写文件：{error}</translation>
    </message>
    <message>
        <source>Saved. The city server knows this office&apos;s key now; sync can start.</source>
        <translation>已保存。城市服务器已登记本单位的公钥，可以开始同步了。</translation>
    </message>
    <message>
        <source>Registering this office with the city server…</source>
        <translation>正在城市服务器上登记本单位…</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>正在询问 {url}…</translation>
    </message>
    <message>
        <source>The city server answers.</source>
        <translation>城市服务器有应答。</translation>
    </message>
    <message>
        <source>No answer from {url}. Check the address and the network.</source>
        <translation>{url} 没有应答。请检查地址和网络。</translation>
    </message>
</context>
<context>
    <name>SyncRefusal</name>
    <message>
        <source>The city server failed on this change; it was set aside so the other changes went on. Send it again later, or tell the city.</source>
        <translation>市级服务器处理此变更时出错；已将其隔离，其他变更照常同步。请稍后重新发送，或告知市局。</translation>
    </message>
    <message>
        <source>The case is decided only by the competent body&apos;s decision, which the city server does not hold; it arrives by sync.</source>
        <translation>案件须凭有权机关的审批决定才能变更为已决状态，市级服务器尚无该决定；决定将通过同步送达。</translation>
    </message>
    <message>
        <source>The amount differs from the amount the decision set.</source>
        <translation>金额与审批决定确定的金额不一致。</translation>
    </message>
    <message>
        <source>The city has not accepted the roster these migrated cases come from.</source>
        <translation>市局尚未认可这些迁移案件所来自的花名册。</translation>
    </message>
    <message>
        <source>More migrated cases than the city accepted from this roster.</source>
        <translation>迁移案件数超过市局对该花名册认可的数量。</translation>
    </message>
    <message>
        <source>The record&apos;s version does not match this office&apos;s audit log.</source>
        <translation>记录的版本号与本单位的审计日志不符。</translation>
    </message>
    <message>
        <source>The record refers to a household or case the city server does not hold; it goes up first.</source>
        <translation>记录所引用的家庭或案件市级服务器上还没有；需先同步上去。</translation>
    </message>
    <message>
        <source>Decisions of this kind are made by the county bureau; this office&apos;s decision was not taken.</source>
        <translation>这类审批由县级民政部门作出，本单位作出的审批决定未被采用。</translation>
    </message>
    <message>
        <source>Reference data is changed by the city only.</source>
        <translation>参考数据只能由市里修改。</translation>
    </message>
    <message>
        <source>The record belongs to another office; this office cannot change it.</source>
        <translation>这条记录属于别的单位，本单位不能修改。</translation>
    </message>
    <message>
        <source>The case is not on the city server yet; it goes up with the next sync.</source>
        <translation>城市服务器上还没有这个案件，下次同步时会一并上传。</translation>
    </message>
    <message>
        <source>On the city server the case is in a state that does not allow this step.</source>
        <translation>城市服务器上这个案件的状态不允许办理这一步。</translation>
    </message>
    <message>
        <source>This office may not write this record.</source>
        <translation>本单位无权修改这条记录。</translation>
    </message>
    <message>
        <source>The city server found the record incomplete or malformed.</source>
        <translation>城市服务器认为这条记录内容不完整或格式不对。</translation>
    </message>
    <message>
        <source>Refused by the city server (see the details).</source>
        <translation>被城市服务器拒收（详见服务器原话）。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cases by state (click to list them)</source>
        <translation>各状态案件数（点击查看）</translation>
    </message>
    <message>
        <source>County decisions waiting</source>
        <translation>待县级审核确认</translation>
    </message>
    <message>
        <source>My cases: next step and due date, overdue first</source>
        <translation>我的待办：下一步及办理期限（逾期优先）</translation>
    </message>
    <message>
        <source>Nothing waits for you. Well done.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>Public notices: the ones ending first on top</source>
        <translation>公示：即将期满的在前</translation>
    </message>
    <message>
        <source>County visits to make (relatives of staff)</source>
        <translation>需县级入户核查（工作人员近亲属）</translation>
    </message>
    <message>
        <source>Home visits to make</source>
        <translation>待入户调查</translation>
    </message>
    <message>
        <source>Paid first (urgent aid): paperwork to complete</source>
        <translation>先行救助待补办手续</translation>
    </message>
    <message>
        <source>{date}, {weekday}</source>
        <translation>{date}&#x3000;{weekday}</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>逾期：{n}件</translation>
    </message>
    <message>
        <source>{title} (first {shown} of {total}; all of them under Applications)</source>
        <translation>{title}（共{total}件，此处列前{shown}件；全部见“救助申请”）</translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation>{title}（{total}件）</translation>
    </message>
</context>
<context>
    <name>UrgentAidDialog</name>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {village} {address} · {type}</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {village} {address} · {type}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The person chooses a new password at the first sign-in. At least 8 characters, mixing letters and digits.</source>
        <translation>本人首次登录时须修改密码。至少8位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>创建账号</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不在场</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt; household · {village} {address} · {type}</source>
        <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {village} {address} · {type}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Monthly income (yuan)</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有赡养能力</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>文件校验码</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Able</source>
        <translation>有能力</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256：{hash}</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>正在保存入户调查…</translation>
    </message>
    <message>
        <source>Visit &amp;date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>&amp;Investigators (at least two)</source>
        <translation>调查人员（至少两人）</translation>
    </message>
    <message>
        <source>&amp;Other investigators</source>
        <translation>其他调查人员</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Members present</source>
        <translation>在场家庭成员</translation>
    </message>
    <message>
        <source>&amp;Village cadre present</source>
        <translation>在场村干部</translation>
    </message>
    <message>
        <source>Household head &amp;signed</source>
        <translation>户主签字</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查内容</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房类型</translation>
    </message>
    <message>
        <source>Housing a&amp;rea (m²)</source>
        <translation>住房面积（平方米）</translation>
    </message>
    <message>
        <source>&amp;Living conditions</source>
        <translation>生活状况</translation>
    </message>
    <message>
        <source>Vehicles and &amp;machinery</source>
        <translation>车辆及农机具</translation>
    </message>
    <message>
        <source>L&amp;ivestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <source>&amp;Deposits (yuan)</source>
        <translation>存款（元）</translation>
    </message>
    <message>
        <source>&amp;Supporters with a legal duty</source>
        <translation>赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <source>Add supporter</source>
        <translation>添加义务人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Cause of hardship</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>A member is a close relative of staff or village officials</source>
        <translation>家庭成员中有工作人员或村（居）干部的近亲属</translation>
    </message>
    <message>
        <source>&amp;Neighbours interviewed</source>
        <translation>邻里走访情况</translation>
    </message>
    <message>
        <source>Photos and scans (kept in the database with a checksum that shows the file is unchanged)</source>
        <translation>照片和扫描件（连同文件校验码保存在数据库中，可核对文件未被改动）</translation>
    </message>
    <message>
        <source>Conclusion and attachments</source>
        <translation>结论与附件</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>A home visit needs at least two investigators. The form is signed by the investigators and the family members present; add photos and scans of the signed form.</source>
        <translation>入户调查应有至少两名调查人员，调查表由调查人员和在场家庭成员签字；请附上照片和签字调查表的扫描件。</translation>
    </message>
    <message>
        <source>Applicants who are close relatives of staff: the county visits them in person before deciding.</source>
        <translation>申请人为工作人员近亲属的，县级须入户核查后再作决定。</translation>
    </message>
    <message>
        <source>&amp;Record a home visit…</source>
        <translation>录入入户调查(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Include cases already visited (a further visit)</source>
        <translation>包括已调查的案件（补充调查）</translation>
    </message>
    <message>
        <source>Waiting for a visit (due first)</source>
        <translation>待入户调查（期限近的在前）</translation>
    </message>
    <message>
        <source>Visits recorded lately</source>
        <translation>最近录入的入户调查</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting</source>
        <translation>
            <numerusform>待调查%n件</numerusform>
        </translation>
    </message>
</context>
</TS>
