//! The built-in templates (方法论手册): one per scenario our users run, written
//! from the domain brief — new product launch (预热 / 爆发 / 持续), festival
//! promotion (预热 / 爆发 / 返场), the quarterly plan (筹备月 / 攻坚月 / 冲刺月 with
//! the 70/20/10 mix and an 80/20 base/flexible budget), user growth by
//! community fission, dormant-user reactivation, channel or regional
//! expansion and brand upgrade. Each is complete enough to run: phases, a
//! breakdown down to actions with RACI roles, budget shares, a funnel of
//! KPIs with warning rules, and a risk register.
//!
//! They are kept as compact text, one line per entry, and read into
//! `Template`s in the language asked for (a few kilobytes of text cost less
//! than the code of as many struct literals). Line kinds, fields split by `|`,
//! zh before en:
//! - `T scenario|name|name|working days|description|description`
//! - `R role|role`
//! - `P name|name|offset|days` (working days from the plan's first)
//! - `I level 1–3|parent|phase|offset|days|owner role|raci ("1R 2C")|M for a milestone|title|title|deliverable|deliverable|channel|channel`
//! - `L pred|succ|fs/ss/ff/sf|lag`
//! - `B account|share in basis points|1 for flexible|item|name|name|channel|channel`
//! - `K stage|role n/r/s|aggregate s/a/l|direction h/l|kind p/r|target per 10,000 of budget, or =fixed|unit|unit|name|name|channel|channel`
//! - `W share:P:N / weeks:N / red / missing:N / below:V|kpi|y/r|response|response`
//! - `G parent|dimension|owner role|measuring KPIs ("0 2")|target per 10,000 of budget, or =fixed|deadline: end of phase|unit|unit|metric|metric|scope|scope|statement|statement|feasibility|feasibility`
//! - `A festival|phase`: the festival the phase is anchored to
//! - `X category|likelihood|impact|owner role|cost in basis points|title|title|trigger|trigger|response|response|backup|backup`
//!
//! `-` stands for none. Must not know about the UI.

use crate::model::base::id::Id;
use crate::model::base::money::Money;
use crate::model::base::num::Num;
use crate::model::budget::data::Account;
use crate::model::budget::data::BudgetLine;
use crate::model::budget::data::Risk;
use crate::model::budget::data::RiskCategory;
use crate::model::knowledge::data::reference_start;
use crate::model::knowledge::data::Anchor;
use crate::model::knowledge::data::Template;
use crate::model::monitor::data::Aggregate;
use crate::model::monitor::data::Direction;
use crate::model::monitor::data::Kpi;
use crate::model::monitor::data::KpiKind;
use crate::model::monitor::data::Role;
use crate::model::monitor::data::Rule;
use crate::model::monitor::data::RuleKind;
use crate::model::monitor::data::Severity;
use crate::model::plan::Plan;
use crate::model::plan::Scenario;
use crate::model::sample::SampleLang;
use crate::model::schedule::data::DepKind;
use crate::model::schedule::data::Dependency;
use crate::model::schedule::data::Level;
use crate::model::schedule::data::Person;
use crate::model::schedule::data::Phase;
use crate::model::schedule::data::Raci;
use crate::model::schedule::data::WorkCalendar;
use crate::model::schedule::data::WorkItem;
use crate::model::strategy::data::Dimension;
use crate::model::strategy::data::Goal;

const LAUNCH: &str = "
T new_product_launch|新品上市（预热 / 爆发 / 持续）|New product launch (pre-heat / burst / sustain)|40|三周预热种草、一周集中爆发、四周持续转化；小红书种草 + 抖音直播 + 私域承接。|Three weeks of seeding, a one-week burst, four weeks of sustained conversion: Xiaohongshu seeding, Douyin live streams, private-community follow-up.
R 市场经理|Marketing manager
R 内容策划|Content planner
R 渠道运营|Channel operations
R 社群运营|Community manager
R 设计|Designer
R 财务|Finance
P 预热期|Pre-heat|0|15
P 爆发期|Burst|15|5
P 持续期|Sustain|20|20
I 1|-|0|0|15|0|0A 1R|-|内容种草|Content seeding|-|-|-|-
I 2|0|0|0|5|1|1R 4C|-|选题与素材|Topics and assets|-|-|-|-
I 3|1|0|0|3|1|1R 0I|-|确定10个选题|Settle 10 topics|选题清单|Topic list|小红书|Xiaohongshu
I 3|1|0|3|5|4|4R 1C|-|主视觉与物料制作|Key visual and materials|设计稿终稿|Final designs|-|-
I 2|0|0|5|10|2|2R 1C|-|达人合作|Creator partnerships|-|-|-|-
I 3|4|0|9|1|2|2R 5C|M|达人签约（5位腰部+20位素人）|Creators signed (5 mid-tier + 20 amateurs)|达人合同|Creator contracts|小红书|Xiaohongshu
I 3|4|0|11|4|2|2R 1C|-|笔记发布（每周20篇）|Notes published (20 a week)|笔记链接表|Links to the notes|小红书|Xiaohongshu
I 1|-|1|15|5|0|0A 2R|-|集中爆发|Burst|-|-|-|-
I 2|7|1|15|5|2|2R 3C|-|直播带货|Live commerce|-|-|-|-
I 3|8|1|14|1|2|2R 4C|M|直播间设备与脚本彩排|Live-room rehearsal|彩排记录|Rehearsal notes|抖音|Douyin
I 3|8|1|15|1|0|0A 2R|M|上市日|Launch day|-|-|抖音|Douyin
I 3|8|1|15|5|2|2R 5I|-|每日直播与投流|Daily streams and ads|直播数据日报|Daily stream report|抖音|Douyin
I 1|-|2|20|20|3|3R 0I|-|持续转化|Sustained conversion|-|-|-|-
I 3|12|2|20|20|3|3R 2C|-|社群承接与复购|Community follow-up and repurchase|社群运营日报|Community daily report|私域社群|Private community
I 3|12|2|36|4|0|0R 5C|-|效果评估与复盘|Evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 2|3|fs|0
L 5|6|fs|0
L 9|10|fs|0
L 3|6|fs|3
B kol|3500|0|5|达人合作费|Creator fees|小红书|Xiaohongshu
B channel|2500|0|11|直播投流|Live-stream ads|抖音|Douyin
B content|1500|0|3|内容与物料|Content and materials|-|-
B gifts|1000|0|13|社群福利与券|Community perks and coupons|私域社群|Private community
B contingency|1500|0|-|备用金|Contingency|-|-
K exposure|n|s|h|p|50000|次||小红书曝光|XHS exposure|小红书|Xiaohongshu
K click|n|s|h|p|1500|次||小红书点击|XHS clicks|小红书|Xiaohongshu
K exposure|n|s|h|p|40000|次||抖音曝光|Douyin exposure|抖音|Douyin
K conversion|n|s|h|r|40|单|orders|抖音成交|Douyin orders|抖音|Douyin
K -|r|s|h|r|35000|元|CNY|抖音销售额|Douyin revenue|抖音|Douyin
K -|s|s|l|p|2500|元|CNY|抖音投放花费|Douyin ad spend|抖音|Douyin
K -|n|a|h|r|=5|%|%|转化率|Conversion rate|-|-
W share:80:3|6|r|检查落地页与素材，必要时更换创意|Check the landing page and creatives; change the creative if needed
W weeks:2|-|y|连续两周不达标的渠道，把预算切到表现更好的渠道|Move budget from a channel two weeks below target to a better one
W red|-|r|-|-
X talent|3|4|2|300|达人临时爽约或内容翻车|A creator drops out or a post backfires|签约达人48小时无回复|No answer from a signed creator for 48 hours|启用备选达人，内容二次审核|Bring in a backup creator; review content twice|2位备选腰部达人|Two backup mid-tier creators
X algorithm|3|3|2|200|平台限流|The platform throttles reach|笔记曝光连续3天低于均值50%|Note reach below half the average for 3 days|调整发布时间与标签，加投薯条|Change posting times and tags; add paid boosts|-|-
X supplier|2|4|0|200|货品或赠品延迟到货|Stock or gifts arrive late|到货晚于上市前5天|Delivery later than 5 days before launch|启用第二供应商|Switch to the second supplier|第二供应商报价单|Second supplier's quote
";

const FESTIVAL: &str = "
T festival_promotion|节日大促（预热 / 爆发 / 返场）|Festival promotion (pre-heat / burst / encore)|25|以618或双11为例：两周预热蓄水，三天集中爆发，一周返场清尾。|Like 618 or Double 11: two weeks of pre-heat, a three-day burst, a week of encore.
R 市场经理|Marketing manager
R 活动策划|Campaign planner
R 电商运营|E-commerce operations
R 设计|Designer
R 客服主管|Customer service lead
P 预热期|Pre-heat|0|10
P 爆发期|Burst|10|3
P 返场期|Encore|13|12
I 1|-|0|0|10|1|1R 0C|-|预热蓄水|Pre-heat|-|-|-|-
I 3|0|0|0|3|1|1R 0I|-|优惠机制与价格表|Offer rules and price list|优惠方案|Offer plan|-|-
I 3|0|0|3|5|3|3R 1C|-|会场页面与海报|Event pages and posters|设计稿|Designs|-|-
I 3|0|0|5|5|2|2R 1C|-|加购与预约蓄水|Add-to-cart and reservations|蓄水数据|Reservation figures|天猫|Tmall
I 1|-|1|10|3|2|2R 0I|-|爆发转化|Burst|-|-|-|-
I 3|4|1|10|1|2|2R 4C|M|大促开场|Sale opens|-|-|天猫|Tmall
I 3|4|1|10|3|2|2R 1C|-|直播间与投流|Live streams and ads|投放日报|Daily ad report|天猫|Tmall
I 3|4|1|10|3|4|4R 2I|-|客服与售后保障|Customer service cover|客服排班表|Service rota|-|-
I 1|-|2|13|12|1|1R 0I|-|返场清尾|Encore|-|-|-|-
I 3|8|2|13|5|2|2R 1C|-|返场优惠与清库存|Encore offers and clearance|-|-|天猫|Tmall
I 3|8|2|20|5|0|0A 1R|-|效果评估与复盘|Evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 1|2|fs|0
L 2|5|fs|0
L 5|9|fs|0
B channel|4000|0|6|店铺直播与站内投放|Store live streams and on-site ads|天猫|Tmall
B gifts|2500|0|1|满减券与赠品|Coupons and gifts|天猫|Tmall
B content|1500|0|2|会场设计与物料|Event design and materials|-|-
B people|500|0|7|临时客服|Temporary service staff|-|-
B contingency|1500|0|-|备用金|Contingency|-|-
K visit|n|s|h|p|8000|次||会场访问|Event page visits|天猫|Tmall
K conversion|n|s|h|r|300|单|orders|大促订单|Sale orders|天猫|Tmall
K -|r|s|h|r|60000|元|CNY|大促销售额|Sale revenue|天猫|Tmall
K -|s|s|l|p|4000|元|CNY|投放花费|Ad spend|天猫|Tmall
K -|n|a|h|r|=4|%|%|转化率|Conversion rate|-|-
G -|revenue|0|2|60000|1|元|CNY|大促销售额|Sale revenue|天猫旗舰店|Tmall store|大促期间销售额达成目标|Reach the sale's revenue target|按往年投产比6倍测算|At the 6× return of past sales
G 0|conversion|2|1|300|1|单|orders|大促订单量|Sale orders|天猫旗舰店|Tmall store|大促订单量达成目标|Reach the sale's order target|按客单价约200元测算|At an average order of about ¥200
G 0|traffic|1|0|8000|1|次|visits|会场访问量|Event page visits|天猫旗舰店|Tmall store|预热与爆发期会场访问达标|Bring the event pages their visits|按转化率约4%倒推|Worked back from about 4% conversion
A double11|1
W share:80:3|4|r|检查落地页加载与优惠力度|Check landing page speed and the offer
W below:3|4|y|转化率低于3%时当天复盘素材|Review creatives the same day when conversion drops below 3%
W share:80:3|2|r|销售额连续3天低于目标的80%：加大直播与优惠力度|Revenue below 80% of target 3 days running: step up live streams and offers
W red|-|r|-|-
X competitor|4|3|0|300|竞品同期更大力度促销|A rival runs a deeper discount|竞品价格低于我方10%以上|Rival prices more than 10% below ours|启用第二档优惠|Release the second offer tier|预留第二档券|A second coupon tier kept back
X technical|2|5|2|100|会场页面崩溃或卡顿|The event page crashes or lags|页面错误率超过1%|Page errors above 1%|切换静态备用页|Switch to the static backup page|静态备用页|A static backup page
X execution|3|3|4|100|客服响应超时|Customer service falls behind|平均响应超过3分钟|Average response over 3 minutes|启用临时客服与快捷回复|Call in temporary staff and canned replies|-|-
";

const QUARTER: &str = "
T quarterly_plan|季度计划（筹备月 / 攻坚月 / 冲刺月）|Quarterly plan (prepare / attack / sprint)|60|第一个月定策略与资源、建基线看板；第二个月按70/20/10渠道组合攻坚、每周作战复盘；第三个月冲刺，剩余20%弹性预算投向快渠道。|Month one sets strategy, resources and the baseline dashboard; month two pushes a 70/20/10 channel mix with weekly war-room reviews; month three sprints, with the remaining 20% flexible budget on fast channels.
R 市场总监|Marketing director
R 渠道运营|Channel operations
R 内容策划|Content planner
R 数据分析|Data analyst
R 财务|Finance
P 筹备月|Preparation month|0|20
P 攻坚月|Attack month|20|20
P 冲刺月|Sprint month|40|20
I 1|-|0|0|20|0|0R 3C|-|筹备|Preparation|-|-|-|-
I 3|0|0|0|5|3|3R 0I|-|基于近3个季度数据建基线看板|Baseline dashboard from the last 3 quarters|基线看板|Baseline dashboard|-|-
I 3|0|0|7|1|0|0R 4C|M|季度预算审批（80%基础+20%弹性）|Quarter budget approved (80% base + 20% flexible)|预算审批表|Budget approval form|-|-
I 3|0|0|8|12|2|2R 0C|-|季度内容日历|Quarter content calendar|内容日历|Content calendar|-|-
I 1|-|1|20|20|1|1R 0I|-|攻坚|Attack|-|-|-|-
I 3|4|1|20|20|1|1R 3C|-|高转化渠道投放（70%）|High-conversion channels (70%)|-|-|抖音|Douyin
I 3|4|1|20|20|2|2R 1C|-|潜力渠道（20%）|Promising channels (20%)|-|-|小红书|Xiaohongshu
I 3|4|1|20|20|1|1R 3C|-|实验渠道（10%）|Experiments (10%)|-|-|B站|Bilibili
I 3|4|1|20|20|3|3R 0I|-|每周作战复盘，连续2周未达标即切换渠道|Weekly war-room; switch a channel after 2 weeks below target|周报|Weekly report|-|-
I 1|-|2|40|20|0|0A 1R|-|冲刺|Sprint|-|-|-|-
I 3|9|2|40|15|1|1R 4C|-|弹性预算投向快渠道|Flexible budget on fast channels|-|-|抖音|Douyin
I 3|9|2|55|5|3|3R 0C|-|季度评估与复盘|Quarter evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 1|2|fs|0
L 2|5|fs|0
L 2|6|fs|0
L 2|7|fs|0
B channel|5600|0|5|高转化渠道|High-conversion channels|抖音|Douyin
B kol|1600|0|6|潜力渠道|Promising channels|小红书|Xiaohongshu
B channel|800|0|7|实验渠道|Experiments|B站|Bilibili
B channel|2000|1|10|弹性预算池|Flexible pool|-|-
K exposure|n|s|h|p|30000|次||抖音曝光|Douyin exposure|抖音|Douyin
K lead|n|s|h|p|200|条|leads|抖音线索|Douyin leads|抖音|Douyin
K conversion|n|s|h|r|50|单|orders|抖音成交|Douyin orders|抖音|Douyin
K -|r|s|h|r|25000|元|CNY|抖音销售额|Douyin revenue|抖音|Douyin
K -|s|s|l|p|5600|元|CNY|抖音投放花费|Douyin ad spend|抖音|Douyin
K exposure|n|s|h|p|20000|次||小红书曝光|XHS exposure|小红书|Xiaohongshu
W weeks:2|-|y|连续2周未达标：把预算切到表现更好的渠道|Two weeks below target: move budget to a better channel
W share:80:3|2|r|当天复盘素材与出价|Review creatives and bids the same day
W missing:2|-|y|数据连续2期未录入，提醒负责人|No data for 2 periods: remind the owner
W red|-|r|-|-
X budget|3|3|4|0|弹性预算提前用尽|The flexible pool runs out early|攻坚月结束前弹性池剩余不足50%|Less than half the pool left before the attack month ends|冻结实验渠道，复核ROI|Freeze experiments and review ROI|-|-
X algorithm|3|3|1|200|主渠道政策或算法变化|The main channel changes its rules|主渠道CPA上升30%|Main-channel CPA up 30%|按70/20/10重新分配|Rebalance by 70/20/10|备用渠道账户|A standby channel account
";

const FISSION: &str = "
T user_growth|用户增长（社群裂变）|User growth (community fission)|30|扫码→关注→分享海报→好友助力→领取奖励：两轮裂变，每轮预计带来新用户。|Scan → follow → share a poster → a friend helps → reward: two fission rounds, each bringing new users.
R 增长负责人|Growth lead
R 社群运营|Community manager
R 设计|Designer
R 技术支持|Tech support
P 筹备期|Preparation|0|8
P 裂变期|Fission|8|15
P 收尾期|Closing|23|7
I 1|-|0|0|8|0|0A 1R|-|裂变方案|Fission design|-|-|-|-
I 3|0|0|0|3|0|0R 1C|-|奖励规则与成本测算|Reward rules and unit cost|奖励方案|Reward plan|-|-
I 3|0|0|3|3|2|2R 1C|-|分享海报与话术|Share posters and scripts|海报终稿|Final posters|-|-
I 3|0|0|3|5|3|3R 1C|-|助力工具配置与压测|Helper tool set-up and load test|压测报告|Load-test report|-|-
I 1|-|1|8|15|1|1R 0I|-|两轮裂变|Two fission rounds|-|-|-|-
I 3|4|1|8|1|1|1R 0I|M|第一轮启动|Round one starts|-|-|私域社群|Private community
I 3|4|1|8|7|1|1R 2C|-|第一轮裂变|Round one|裂变日报|Daily fission report|私域社群|Private community
I 3|4|1|15|8|1|1R 2C|-|第二轮裂变|Round two|裂变日报|Daily fission report|私域社群|Private community
I 1|-|2|23|7|0|0A 1R|-|留存与复盘|Retention and retrospective|-|-|-|-
I 3|8|2|23|5|1|1R 0I|-|新人欢迎与首单券|Welcome and first-order coupon|-|-|私域社群|Private community
I 3|8|2|28|2|0|0R 1C|-|效果评估与复盘|Evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 1|2|fs|0
L 3|5|fs|0
L 6|7|fs|0
B gifts|5000|0|6|裂变奖励|Fission rewards|私域社群|Private community
B tools|1500|0|3|裂变工具|Fission tool|-|-
B content|2000|0|2|海报与物料|Posters and materials|-|-
B contingency|1500|0|-|备用金|Contingency|-|-
K exposure|n|s|h|p|20000|次||海报曝光|Poster views|私域社群|Private community
K lead|n|s|h|p|600|人|people|助力参与|Helpers|私域社群|Private community
K conversion|n|s|h|r|150|人|users|新增用户|New users|私域社群|Private community
K -|n|l|h|r|=60|%|%|社群活跃度|Community activity|私域社群|Private community
W share:80:3|2|r|加推第二档奖励或更换海报|Add the second reward tier or change the poster
W red|-|r|-|-
X publicopinion|2|5|0|300|被判定诱导分享或封号|Flagged for forced sharing, account banned|平台警告|A platform warning|改为非强制分享，准备备用号|Make sharing optional; keep a backup account|备用服务号|A backup service account
X technical|3|4|3|100|助力工具高峰卡顿|The helper tool lags at peak|接口错误率超过2%|API errors above 2%|扩容并限流|Scale up and rate-limit|-|-
";

const REACTIVATE: &str = "
T reactivation|存量激活（沉睡用户唤醒）|Reactivation (dormant users)|20|分层圈选沉睡用户，专属权益 + 多触点唤醒，两周集中触达、一周承接复购。|Segment dormant users, then win them back with exclusive perks across touchpoints: two weeks of outreach, one week of repurchase.
R 用户运营|CRM lead
R 数据分析|Data analyst
R 内容策划|Content planner
P 圈选期|Segmenting|0|5
P 唤醒期|Win-back|5|10
P 承接期|Follow-up|15|5
I 1|-|0|0|5|1|1R 0C|-|人群分层|Segmentation|-|-|-|-
I 3|0|0|0|3|1|1R 0I|-|按最近购买时间与频次分层|Segment by recency and frequency|分层名单|Segment lists|-|-
I 3|0|0|3|2|0|0R 2C|-|专属权益设计|Exclusive perks|权益方案|Perk plan|-|-
I 1|-|1|5|10|0|0A 2R|-|多触点唤醒|Multi-touch win-back|-|-|-|-
I 3|3|1|5|10|0|0R 2C|-|短信与公众号推送|SMS and WeChat pushes|-|-|微信公众号|WeChat account
I 3|3|1|5|10|2|2R 0I|-|朋友圈广告重定向|Moments ad retargeting|-|-|朋友圈广告|Moments ads
I 1|-|2|15|5|0|0R 1C|-|复购承接|Repurchase|-|-|-|-
I 3|6|2|15|3|0|0R 1C|-|回流用户首单关怀|First-order care for returners|-|-|私域社群|Private community
I 3|6|2|18|2|1|1R 0C|-|效果评估与复盘|Evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 1|2|fs|0
L 2|4|fs|0
L 2|5|fs|0
B gifts|4500|0|2|唤醒权益|Win-back perks|-|-
B channel|3000|0|5|朋友圈广告|Moments ads|朋友圈广告|Moments ads
B tools|1000|0|4|短信费用|SMS costs|微信公众号|WeChat account
B contingency|1500|0|-|备用金|Contingency|-|-
K exposure|n|s|h|p|60000|次||触达人数|People reached|朋友圈广告|Moments ads
K click|n|s|h|p|2400|次||点击|Clicks|朋友圈广告|Moments ads
K conversion|n|s|h|r|120|人|users|回流下单|Returning buyers|朋友圈广告|Moments ads
K -|r|s|h|r|30000|元|CNY|回流销售额|Returning revenue|朋友圈广告|Moments ads
K -|s|s|l|p|3000|元|CNY|广告花费|Ad spend|朋友圈广告|Moments ads
W share:80:3|2|r|更换权益或触达文案|Change the perk or the message
W share:80:3|3|r|回流销售额连续3天低于目标的80%：加大权益力度|Returning revenue below 80% of target 3 days running: deepen the perk
W red|-|r|-|-
X publicopinion|2|3|0|0|过度打扰引发投诉|Too many messages cause complaints|退订率超过2%|Unsubscribes above 2%|降低频次，只发高价值人群|Send less, only to high-value segments|-|-
X execution|3|3|1|100|名单质量差|A poor list|首日触达失败率超过10%|More than 10% fail to reach on day one|清洗名单后重发|Clean the list and resend|-|-
";

const EXPANSION: &str = "
T channel_expansion|渠道 / 区域拓展|Channel or regional expansion|45|新渠道或新区域：先小规模测试，达标后放量，同步建立本地团队与渠道伙伴。|A new channel or region: test small, scale once on target, and build the local team and partners alongside.
R 拓展负责人|Expansion lead
R 渠道经理|Channel manager
R 区域运营|Regional operations
R 财务|Finance
P 测试期|Test|0|15
P 放量期|Scale|15|20
P 沉淀期|Consolidate|35|10
I 1|-|0|0|15|0|0A 1R|-|小规模测试|Small test|-|-|-|-
I 3|0|0|0|5|1|1R 0C|-|筛选渠道伙伴与门店|Select partners and stores|伙伴名单|Partner list|线下门店|Offline stores
I 3|0|0|5|9|2|2R 1C|-|试点投放与数据回收|Pilot and data collection|试点报告|Pilot report|线下门店|Offline stores
I 3|0|0|14|1|0|0R 3C|M|放量决策会|Scale-up decision|决策纪要|Decision notes|-|-
I 1|-|1|15|20|1|1A 2R|-|放量|Scale|-|-|-|-
I 3|4|1|15|20|1|1R 2C|-|渠道铺货与陈列|Stocking and display|铺货表|Stocking sheet|线下门店|Offline stores
I 3|4|1|15|20|2|2R 0I|-|本地投放|Local advertising|-|-|抖音|Douyin
I 1|-|2|35|10|0|0A 2R|-|沉淀|Consolidate|-|-|-|-
I 3|7|2|35|5|2|2R 1C|-|建立本地运营手册|Local operations handbook|运营手册|Handbook|-|-
I 3|7|2|40|5|0|0R 3C|-|效果评估与复盘|Evaluation and retrospective|效果评估报告|Evaluation report|-|-
L 1|2|fs|0
L 2|3|fs|0
L 3|5|fs|0
L 3|6|fs|0
B channel|3500|0|5|渠道进场与陈列费|Listing and display fees|线下门店|Offline stores
B channel|2500|0|6|本地投放|Local ads|抖音|Douyin
B people|1500|0|8|本地团队|Local team|-|-
B materials|1000|0|1|试点物料|Pilot materials|线下门店|Offline stores
B contingency|1500|0|-|备用金|Contingency|-|-
K visit|n|s|h|p|500|人次|visits|门店客流|Store traffic|线下门店|Offline stores
K conversion|n|s|h|r|60|单|orders|门店成交|Store sales|线下门店|Offline stores
K -|r|s|h|r|20000|元|CNY|门店销售额|Store revenue|线下门店|Offline stores
K -|s|s|l|p|3500|元|CNY|渠道费用|Channel costs|线下门店|Offline stores
W weeks:2|-|y|连续2周不达标，暂停放量|Two weeks below target: pause scaling
W red|-|r|-|-
X supplier|3|4|1|300|渠道伙伴回款慢|A partner pays late|账期超过45天|Payment over 45 days late|调整账期与押金|Change terms and deposits|备选伙伴|A backup partner
X policy|2|4|0|200|区域政策或准入变化|Regional rules change|-|-|法务评估后调整方案|Adjust after a legal review|-|-
";

const BRAND: &str = "
T brand_upgrade|品牌升级|Brand upgrade|40|新定位与视觉发布：内测共识、发布会造势、持续内容与口碑沉淀，看曝光、声量与好感度。|New positioning and identity: align inside, launch with an event, then sustain with content and word of mouth; measured by reach, share of voice and favourability.
R 品牌总监|Brand director
R 公关经理|PR manager
R 内容策划|Content planner
R 设计|Designer
P 筹备期|Preparation|0|15
P 发布期|Launch|15|5
P 沉淀期|Sustain|20|20
I 1|-|0|0|15|0|0A 3R|-|定位与视觉|Positioning and identity|-|-|-|-
I 3|0|0|0|8|0|0R 2C|-|品牌定位与核心信息|Positioning and key messages|定位说明书|Positioning brief|-|-
I 3|0|0|8|7|3|3R 0C|-|新视觉系统|New visual identity|视觉规范|Identity guidelines|-|-
I 1|-|1|15|5|1|1R 0I|-|发布|Launch|-|-|-|-
I 3|3|1|15|1|1|1R 0C|M|品牌发布会|Brand launch event|发布会通稿|Press release|-|-
I 3|3|1|16|4|1|1R 2C|-|媒体与KOL扩散|Media and KOL amplification|媒体报道清单|Coverage list|微博|Weibo
I 1|-|2|20|20|2|2R 0I|-|口碑沉淀|Word of mouth|-|-|-|-
I 3|6|2|20|20|2|2R 1C|-|系列内容与用户共创|Content series and co-creation|-|-|小红书|Xiaohongshu
I 3|6|2|36|4|0|0R 1C|-|品牌健康度调研与复盘|Brand health survey and retrospective|调研报告|Survey report|-|-
L 1|2|fs|0
L 2|4|fs|0
L 4|5|fs|0
B content|3000|0|2|视觉与内容|Identity and content|-|-
B venue|2500|0|4|发布会|Launch event|-|-
B kol|3000|0|5|媒体与KOL|Media and KOLs|微博|Weibo
B contingency|1500|0|-|备用金|Contingency|-|-
K exposure|n|s|h|p|80000|次||全网曝光|Total reach|微博|Weibo
K click|n|s|h|p|1600|次||互动量|Engagements|微博|Weibo
K -|n|s|h|r|=30|篇|articles|媒体报道|Media articles|-|-
K -|n|l|h|r|=60|%|%|品牌好感度|Favourability|-|-
W share:80:3|0|y|复盘传播节奏与内容|Review the cadence and content
W red|-|r|-|-
X publicopinion|2|5|1|400|负面舆情|Negative publicity|负面声量占比超过10%|Negative share of voice above 10%|24小时内回应，启动危机预案|Respond within 24 hours under the crisis plan|预审声明模板|Pre-approved statements
X execution|3|3|3|100|视觉延期|The identity is late|发布前5天未定稿|Not final 5 days before launch|先发布核心元素|Launch the core elements first|-|-
";

/// Every built-in template's text, in the order the picker lists them.
const ALL: [&str; 7] = [LAUNCH, FESTIVAL, QUARTER, FISSION, REACTIVATE, EXPANSION, BRAND];

/// The built-in templates in one language. Ids are `builtin:<scenario>`.
pub fn builtin_templates(lang: SampleLang) -> Vec<Template> {
    ALL.iter().filter_map(|s| parse(s, lang)).collect()
}

fn scenario(s: &str) -> Option<Scenario> {
    Scenario::ALL
        .iter()
        .copied()
        .find(|x| serde_json::to_value(x).ok().and_then(|v| v.as_str().map(|v| v == s)) == Some(true))
}

fn account(s: &str) -> Option<Account> {
    Account::ALL.iter().copied().find(|a| format!("{a:?}").to_lowercase() == s)
}

fn category(s: &str) -> Option<RiskCategory> {
    RiskCategory::ALL.iter().copied().find(|a| format!("{a:?}").to_lowercase() == s)
}

fn rule_kind(s: &str) -> Option<RuleKind> {
    let p: Vec<&str> = s.split(':').collect();
    let n = |i: usize| p.get(i).and_then(|x| x.parse::<u32>().ok());
    Some(match p[0] {
        "share" => RuleKind::BelowShare { percent: n(1)?, periods: n(2)? },
        "weeks" => RuleKind::BelowTargetWeeks { weeks: n(1)? },
        "red" => RuleKind::BeyondRed,
        "missing" => RuleKind::MissingData { periods: n(1)? },
        "below" => RuleKind::Threshold { below: true, value: Num(p.get(1)?.parse().ok()?) },
        _ => return None,
    })
}

/// One template's text read in a language into a plan on the reference
/// dates (ids `r1` for roles, `ph1`, `i1`, `b1`, `k1`…); None when a line
/// does not read (the tests read every built-in one).
fn parse(text: &str, lang: SampleLang) -> Option<Template> {
    let zh = lang == SampleLang::Zh;
    let pick = |a: &str, b: &str| {
        let v = if zh { a } else { b };
        if v == "-" {
            String::new()
        } else {
            v.to_string()
        }
    };
    let cal = WorkCalendar::default().to_calendar();
    let at = |o: i64| cal.add_workdays(reference_start(), o);
    let until = |s, d: i64| cal.add_workdays(s, d.max(1) - 1);
    // "-" (or anything not an index) is none.
    let id = |p: &str, i: &str| -> Option<Id> { Some(format!("{p}{}", i.parse::<usize>().ok()? + 1)) };
    let n = |s: &str| s.parse::<i64>().ok();
    let mut t = Template {
        id: String::new(),
        name: String::new(),
        scaled: true,
        origin: String::new(),
        anchor: None,
        plan: Plan::blank(String::new(), "", reference_start()),
    };
    let mut anchor = None;
    let p = &mut t.plan;
    p.monitor.rules.clear();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (kind, rest) = line.split_once(' ')?;
        let f: Vec<&str> = rest.split('|').collect();
        let g = |i: usize| f.get(i).copied();
        match kind {
            "T" => {
                p.scenario = scenario(g(0)?)?;
                t.id = format!("builtin:{}", g(0)?);
                t.name = pick(g(1)?, g(2)?);
                p.name = t.name.clone();
                p.end = until(reference_start(), n(g(3)?)?);
                p.description = pick(g(4)?, g(5)?);
            }
            "R" => {
                let r = pick(g(0)?, g(1)?);
                p.people.push(Person {
                    id: format!("r{}", p.people.len() + 1),
                    name: r.clone(),
                    role: r,
                    department: String::new(),
                });
            }
            "P" => {
                let s = at(n(g(2)?)?);
                p.phases.push(Phase {
                    id: format!("ph{}", p.phases.len() + 1),
                    name: pick(g(0)?, g(1)?),
                    start: s,
                    end: until(s, n(g(3)?)?),
                });
            }
            "I" => {
                let s = at(n(g(3)?)?);
                let level = Level::from_depth(g(0)?.parse::<i32>().ok()? - 1)?;
                let mut w = WorkItem::new(
                    format!("i{}", p.work_items.len() + 1),
                    pick(g(8)?, g(9)?),
                    level,
                    s,
                    until(s, n(g(4)?)?),
                );
                w.parent = id("i", g(1)?);
                w.phase = id("ph", g(2)?);
                w.owner = id("r", g(5)?);
                for x in g(6)?.split_whitespace() {
                    let (i, r) = x.split_at(x.len() - 1);
                    w.raci.insert(id("r", i)?, Raci::ALL.into_iter().find(|v| v.letter() == r)?);
                }
                w.milestone = g(7)? == "M";
                w.deliverable = pick(g(10)?, g(11)?);
                w.channel = pick(g(12)?, g(13)?);
                p.work_items.push(w);
            }
            "L" => p.dependencies.push(Dependency {
                id: format!("d{}", p.dependencies.len() + 1),
                pred: id("i", g(0)?)?,
                succ: id("i", g(1)?)?,
                kind: match g(2)? {
                    "ss" => DepKind::StartToStart,
                    "ff" => DepKind::FinishToFinish,
                    "sf" => DepKind::StartToFinish,
                    _ => DepKind::FinishToStart,
                },
                lag: n(g(3)?)?,
            }),
            "B" => {
                let share = n(g(1)?)?;
                let mut b = BudgetLine::new(
                    format!("b{}", p.budget.lines.len() + 1),
                    pick(g(4)?, g(5)?),
                    account(g(0)?)?,
                    Money(share * 10_000),
                );
                b.flexible = g(2)? == "1";
                b.item = id("i", g(3)?);
                b.channel = pick(g(6)?, g(7)?);
                p.budget.lines.push(b);
            }
            "K" => {
                let mut k = Kpi::new(format!("k{}", p.kpis.len() + 1), pick(g(8)?, g(9)?));
                k.stage = (g(0)? != "-").then(|| g(0).unwrap_or_default().to_string());
                k.role = match g(1)? {
                    "r" => Role::Revenue,
                    "s" => Role::Spend,
                    _ => Role::None,
                };
                k.aggregate = match g(2)? {
                    "a" => Aggregate::Average,
                    "l" => Aggregate::Last,
                    _ => Aggregate::Sum,
                };
                k.direction = if g(3)? == "l" { Direction::Lower } else { Direction::Higher };
                k.kind = if g(4)? == "r" { KpiKind::Result } else { KpiKind::Process };
                let target = g(5)?;
                // A target per ¥10,000 of budget, per the reference ¥1,000,000; "=" fixes it.
                k.target = Some(Num(match target.strip_prefix('=') {
                    Some(fixed) => fixed.parse().ok()?,
                    None => target.parse::<f64>().ok()? * 100.0,
                }));
                k.unit = pick(g(6)?, g(7)?);
                k.channel = pick(g(10)?, g(11)?);
                p.kpis.push(k);
            }
            "W" => p.monitor.rules.push(Rule {
                id: format!("w{}", p.monitor.rules.len() + 1),
                kind: rule_kind(g(0)?)?,
                kpi: id("k", g(1)?),
                severity: if g(2)? == "r" { Severity::Red } else { Severity::Yellow },
                response: pick(g(3)?, g(4)?),
                enabled: true,
            }),
            "G" => {
                let dimension = Dimension::ALL.iter().copied().find(|d| {
                    serde_json::to_value(d).ok().and_then(|v| v.as_str().map(|v| Some(v) == g(1))) == Some(true)
                })?;
                let mut goal = Goal::new(
                    format!("g{}", p.strategy.goals.len() + 1),
                    id("g", g(0)?),
                    dimension,
                    pick(g(12)?, g(13)?),
                );
                goal.owner = id("r", g(2)?);
                goal.target = Some(Num(match g(4)?.strip_prefix('=') {
                    Some(fixed) => fixed.parse().ok()?,
                    None => g(4)?.parse::<f64>().ok()? * 100.0,
                }));
                goal.deadline = Some(p.phases.get(g(5)?.parse::<usize>().ok()?)?.end);
                goal.unit = pick(g(6)?, g(7)?);
                goal.metric = pick(g(8)?, g(9)?);
                goal.scope = pick(g(10)?, g(11)?);
                goal.feasibility = pick(g(14)?, g(15)?);
                for k in g(3)?.split_whitespace() {
                    p.kpis.get_mut(k.parse::<usize>().ok()?)?.goal = Some(goal.id.clone());
                }
                p.strategy.goals.push(goal);
            }
            "A" => {
                let festival = serde_json::from_value(serde_json::Value::from(g(0)?)).ok()?;
                anchor = Some(Anchor { festival, phase: id("ph", g(1)?)? });
            }
            "X" => {
                let mut r = Risk::new(format!("x{}", p.budget.risks.len() + 1), pick(g(5)?, g(6)?), category(g(0)?)?);
                r.likelihood = n(g(1)?)? as u8;
                r.impact = n(g(2)?)? as u8;
                r.owner = id("r", g(3)?);
                r.cost = Money(n(g(4)?)? * 10_000);
                r.trigger = pick(g(7)?, g(8)?);
                r.response = pick(g(9)?, g(10)?);
                r.backup = pick(g(11)?, g(12)?);
                p.budget.risks.push(r);
            }
            _ => return None,
        }
    }
    // The quarterly plan keeps a 20% flexible pool.
    if p.budget.lines.iter().any(|l| l.flexible) {
        p.budget.flexible_share = Some(20);
    }
    t.anchor = anchor;
    (!t.id.is_empty()).then_some(t)
}
