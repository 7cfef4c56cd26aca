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
            <source>Start the household economic investigation and ask the county for the data cross-check. The home visit must be done within 15 working days.</source>
            <translation>启动家庭经济状况调查，并提请县级开展信息核对。入户调查应在15个工作日内完成。</translation>
        </message>
        <message>
            <source>Record the democratic appraisal. Village representatives must be at least two thirds of the panel, and everyone signs the record.</source>
            <translation>登记民主评议情况。村（居）民代表应不少于评议小组的三分之二，评议记录由全体参加人员签字。</translation>
        </message>
        <message>
            <source>Post the public notice in the village: the applicant's name, the number of family members and the amount, nothing else. It runs 7 days.</source>
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
            <source>Hand the case up to the county civil-affairs bureau for its decision (5 working days in Zhejiang).</source>
            <translation>报送县级民政部门审核确认（浙江省规定5个工作日内办结）。</translation>
        </message>
        <message>
            <source>Approve the assistance. Payment starts in the month you give, paid before the 10th, to the household's bank account.</source>
            <translation>批准救助。自所填月份起，每月10日前发放至该户银行账户。</translation>
        </message>
        <message>
            <source>Refuse. The township delivers the written notice with the reasons and the appeal rights within 3 working days.</source>
            <translation>不予确认。由乡镇（街道）在3个工作日内送达书面通知，写明理由及复议、诉讼权利。</translation>
        </message>
        <message>
            <source>Per-capita income is not below the local standard</source>
            <translation>家庭月人均收入不低于当地低保标准</translation>
        </message>
        <message>
            <source>The household's assets exceed the limits</source>
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
            <source>Return the case to the township for another investigation.</source>
            <translation>退回乡镇（街道）重新调查。</translation>
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
            <source>Raise the monthly amount, with written reasons.</source>
            <translation>增加每月发放金额，须写明理由。</translation>
        </message>
        <message>
            <source>The household's income fell</source>
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
            <source>Reduce the monthly amount, with written reasons. The new amount applies from next month.</source>
            <translation>减少每月发放金额，须写明理由。新金额自下月起执行。</translation>
        </message>
        <message>
            <source>The household's income rose</source>
            <translation>家庭收入增加</translation>
        </message>
        <message>
            <source>A member left the household</source>
            <translation>家庭人口减少</translation>
        </message>
        <message>
            <source>Stop the payment, with written reasons. It ends the month after the decision.</source>
            <translation>停止发放，须写明理由。自决定次月起停发。</translation>
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
            <source>The applicant withdraws the application in writing.</source>
            <translation>申请人书面申请撤回。</translation>
        </message>
        <message>
            <source>The applicant asked in writing to withdraw</source>
            <translation>申请人书面申请撤回</translation>
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
            <source>Notice period: {first} to {last} (7 days). It can be closed from {close}.</source>
            <translation>公示期：{first} 至 {last}（7天），{close} 起可结束公示。</translation>
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
            <source>Backups are consistent copies of the database made while it is in use, kept in the "backups" folder beside it: {folder}. A daily one is made when the program closes.</source>
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
            <source>Basic living support for children in hardship</source>
            <translation>孤困儿童基本生活保障</translation>
        </message>
        <message>
            <source>Home adaptation for the elderly</source>
            <translation>适老化改造</translation>
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
            <source>Approved: {amount} yuan, paid from {month}.</source>
            <translation>已批准：{amount} 元，自 {month} 起发放。</translation>
        </message>
        <message>
            <source>{n} ({covered} covered)</source>
            <translation>{n}人（保障{covered}人）</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount} 元</translation>
        </message>
        <message>
            <source>{amount} yuan from {month}</source>
            <translation>{amount} 元，自 {month} 起</translation>
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
            <source>Proposed amount: {amount} yuan</source>
            <translation>拟保障金额：{amount} 元</translation>
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
            <source>No objection was recorded.</source>
            <translation>公示期间无异议。</translation>
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
            <source>Scans of the application's documents</source>
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
            <source>Overdue</source>
            <translation>已逾期</translation>
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
            <source>SHA-256</source>
            <translation>SHA-256 校验值</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>添加日期</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
    </context>
    <context>
        <name>CountyPage</name>
        <message>
            <source>Search: name, pinyin, ID number, village</source>
            <translation>搜索：姓名、拼音、身份证号、村（社区）</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Waiting for the county's decision&lt;/b&gt;: %n case(s)</source>
            <translation>
                <numerusform>&lt;b&gt;待县级审核确认&lt;/b&gt;：%n件</numerusform>
            </translation>
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
            <source>Wrong check character {got}: it should be {expected}. Check the number for a typing error.</source>
            <translation>校验码{got}不正确，应为{expected}，请检查号码是否输错。</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
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
            <source>The county's dibao bands are not set up correctly.</source>
            <translation>本县的低保分档设置有误。</translation>
        </message>
        <message>
            <source>No assistance standard is in force for this county and date; sync the reference data from the city server.</source>
            <translation>该县在此日期没有有效的救助标准，请从市级服务器同步基础数据。</translation>
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
            <source>This step is not possible while the case is "{state_label}".</source>
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
            <source>Give the first month of payment.</source>
            <translation>请填写发放起始月份。</translation>
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
            <source>The file's contents are not in this database.</source>
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
            <source>An account name has 3 to 32 letters, digits, '.', '_' or '-'.</source>
            <translation>账号由3至32位字母、数字或“.”“_”“-”组成。</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
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
            <source>Enter the office's name.</source>
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
            <source>Unknown calendar entry.</source>
            <translation>未知的日历条目。</translation>
        </message>
        <message>
            <source>A day is both a holiday and a working day in the calendar.</source>
            <translation>日历中同一天既是节假日又是工作日。</translation>
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
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
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
            <source>Remove or reassign this member's income first.</source>
            <translation>请先删除或改动该成员的收入。</translation>
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
            <source>Choose a household above.</source>
            <translation>请在上方选择一户。</translation>
        </message>
        <message>
            <source>Show full ID number</source>
            <translation>显示完整身份证号</translation>
        </message>
        <message>
            <source>Shows the selected member's full ID number. Every use is recorded in the audit log.</source>
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
            <source>Recorded but not counted as household income (MCA 2021 art. 13).</source>
            <translation>登记但不计入家庭收入（《最低生活保障审核确认办法》第十三条）。</translation>
        </message>
        <message>
            <source>Counted as household income.</source>
            <translation>计入家庭收入。</translation>
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
            <source>Users and settings</source>
            <translation>用户与设置</translation>
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
            <source>Lan&amp;guage</source>
            <translation>语言(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of the program.</source>
            <translation>新的界面语言将在下次启动程序时生效。</translation>
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
            <source>Masked. Press "Show full number" to see or change it (this is recorded).</source>
            <translation>已隐藏。点击“显示完整号码”可查看或修改（将记入审计日志）。</translation>
        </message>
        <message>
            <source>Assessment: {level} ({n} of 6 items cannot be done unaided)</source>
            <translation>评估结果：{level}（6项中有{n}项不能自理）</translation>
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
            <source>Take the application</source>
            <translation>登记申请</translation>
        </message>
        <message>
            <source>&lt;b&gt;{head}&lt;/b&gt; household · {village} {address}</source>
            <translation>&lt;b&gt;{head}&lt;/b&gt;家 · {village} {address}</translation>
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
            <source>&lt;span style='font-size:15pt'&gt;&lt;b&gt;{amount}&lt;/b&gt; {per}&lt;/span&gt; — {verdict}</source>
            <translation>&lt;span style='font-size:15pt'&gt;&lt;b&gt;{amount}&lt;/b&gt; {per}&lt;/span&gt; — {verdict}</translation>
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
            <source>Setting up the database…</source>
            <translation>正在初始化数据库…</translation>
        </message>
        <message>
            <source>First-time setup</source>
            <translation>首次设置</translation>
        </message>
        <message>
            <source>This computer's database is not set up yet. Choose the office it serves and create the administrator's account. Both can be changed later only by an administrator.</source>
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
            <source>City &amp;server address</source>
            <translation>市级服务器地址</translation>
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
            <translation>市级服务器地址</translation>
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
            <source>{date}, {weekday}</source>
            <translation>{date}　{weekday}</translation>
        </message>
        <message>
            <source>Overdue: {n}</source>
            <translation>逾期：{n}件</translation>
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
            <source>SHA-256</source>
            <translation>SHA-256 校验值</translation>
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
            <source>Photos and scans (kept in the database with their SHA-256)</source>
            <translation>照片和扫描件（连同 SHA-256 校验值保存在数据库中）</translation>
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
