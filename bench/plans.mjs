// Generated plans for the benchmark and the large-plan tests: N work items
// in three levels (a strategy per 100, an activity per 10, actions under
// them) and as many links as items, all already satisfied, on working days
// only, so nothing is pushed until someone drags. Plain data in the current
// file format (version 3).

const DAY = 864e5;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const isWork = (t) => { const w = new Date(t).getUTCDay(); return w !== 0 && w !== 6; };
const nextWork = (t) => { while (!isWork(t)) t += DAY; return t; };
/** `n` working days after the working day `t` (0 = `t`). */
const addWork = (t, n) => { t = nextWork(t); while (n > 0) { t += DAY; if (isWork(t)) n--; } return t; };

const TITLES = ['小红书笔记发布', '抖音直播排期', '达人建联', '社群裂变活动', '素材设计', '渠道投放', '数据复盘', '落地页优化'];
const CHANNELS = ['小红书', '抖音', '微信社群', '微博', ''];

export function bigPlan(n, id = 'bench-plan', { start = Date.UTC(2027, 0, 4) } = {}) {
  const people = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `成员${i + 1}`, role: '运营', department: '市场部' }));
  const items = [];
  const times = [];
  let strategy = null, activity = null;
  for (let i = 0; i < n; i++) {
    const level = i % 100 === 0 ? 'strategy' : i % 10 === 0 ? 'activity' : 'action';
    const parent = level === 'strategy' ? null : level === 'activity' ? strategy : (activity ?? strategy);
    // Starts creep forward one working day per 10 items, so a 10k plan spans about four years.
    const s = addWork(start, Math.floor(i * 0.1));
    const e = addWork(s, 1 + (i * 7) % 6);
    times.push([s, e]);
    const it = {
      id: `t${i}`, title: `${TITLES[i % TITLES.length]} ${i + 1}`, parent, level, phase: null,
      owner: `p${i % 20}`, start: iso(s), end: iso(e),
      status: i % 7 === 0 ? 'in_progress' : 'not_started', progress: i % 7 === 0 ? 40 : 0, notes: '',
    };
    const ch = CHANNELS[i % CHANNELS.length];
    if (ch) it.channel = ch;
    items.push(it);
    if (level === 'strategy') { strategy = it.id; activity = null; }
    if (level === 'activity') activity = it.id;
  }
  // Links between actions only, pointing forward: finish-to-start where it
  // already holds, start-to-start otherwise. One per action from the one
  // before, then more from further back until there are as many as items.
  const actions = items.map((it, i) => (it.level === 'action' ? i : -1)).filter((i) => i >= 0);
  const deps = [];
  const link = (p, s) => {
    const fs = nextWork(times[p][1] + DAY) <= times[s][0];
    deps.push({ id: `l${deps.length}`, pred: items[p].id, succ: items[s].id, kind: fs ? 'finish_to_start' : 'start_to_start', lag: 0 });
  };
  for (let k = 1; k < actions.length && deps.length < n; k++) link(actions[k - 1], actions[k]);
  for (let k = 12; k < actions.length && deps.length < n; k += 1) link(actions[k - 12], actions[k]);
  const end = iso(Math.max(...times.map((t) => t[1])));
  return {
    format: 'campaign-planner', version: 3,
    plan: {
      id, name: `压测计划（${n.toLocaleString('en')}项）`, scenario: 'festival_promotion', description: '',
      start: iso(start), end, currency: 'CNY', total_budget: '1000000.00', status: 'active', is_sample: false,
      people, phases: [], work_items: items,
      calendar: { days_off: [5, 6], holidays: [], makeup_days: [] }, dependencies: deps, baselines: [],
    },
  };
}

/** The same tasks as plain rows, for the other Gantt libraries. */
export function bigTasks(n) {
  const { plan } = bigPlan(n);
  const byId = new Map(plan.work_items.map((w, i) => [w.id, i]));
  const preds = plan.work_items.map(() => []);
  for (const d of plan.dependencies) preds[byId.get(d.succ)].push(d.pred);
  return plan.work_items.map((w, i) => ({ id: w.id, name: w.title, start: w.start, end: w.end, progress: w.progress, parent: w.parent, deps: preds[i] }));
}

/** A year-long plan ending today with `k` KPIs and a value for every day:
 * the monitoring benchmark (alerts after one edit, the dashboard). Some KPIs
 * slump for a few days, so the rules have alerts to find. */
export function kpiPlan(k = 50, days = 365) {
  const now = new Date();
  const end = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const start = end - (days - 1) * DAY;
  // Actuals run up to today; the plan runs 20 days on, so today's month in the
  // grid always has rows to type into (on the 1st it had one).
  const last = end + 20 * DAY;
  const stages = ['exposure', 'click', 'visit', 'lead', 'conversion'];
  const channels = ['小红书', '抖音', '微信社群', '微博', 'B站'];
  const kpis = [];
  for (let i = 0; i < k; i++) {
    const base = 100 * (1 + (i % 7));
    const actuals = {};
    for (let d = 0; d < days; d++) {
      const slump = i % 5 === 0 && d % 60 >= 50 && d % 60 < 54;
      // Mostly on or above target (−4% to +12%), as a campaign that works.
      const noise = (((i * 7919 + d * 104729) % 1000) / 1000 - 0.5) * 0.16 + 0.04;
      actuals[iso(start + d * DAY)] = Math.round(base * (slump ? 0.6 : 1 + noise));
    }
    kpis.push({
      id: `k${i}`, name: `指标 ${i + 1}`, kind: i % 3 ? 'process' : 'result', unit: '次', direction: 'higher',
      aggregate: 'sum', period: 'day', target: base * days, baseline: null,
      channel: channels[i % channels.length], stage: stages[i % stages.length], actuals,
    });
  }
  const plan = {
    id: 'bench-plan', name: `监控压测 ${k}×${days}`, scenario: 'other', description: '', start: iso(start), end: iso(last),
    currency: 'CNY', total_budget: '0.00', status: 'active', is_sample: false, people: [], phases: [],
    work_items: [{ id: 't0', title: '投放', parent: null, level: 'strategy', phase: null, owner: null, start: iso(start), end: iso(last), status: 'in_progress', progress: 50, notes: '' }],
    calendar: { days_off: [5, 6], holidays: [], makeup_days: [] }, dependencies: [], baselines: [], kpis,
  };
  return { plan };
}

/** The 300-item plan with a large budget: `lines` budget lines, each linked
 * to an item with four payments, `needs` resources and `risks` risks spread
 * over the heat map; a 12% reserve. The budget benchmark (file format 6). */
export function budgetPlan(lines = 500, needs = 200, risks = 100) {
  const { plan } = bigPlan(300);
  const accounts = ['kol', 'content', 'channel', 'materials', 'gifts', 'people', 'tools', 'venue', 'other'];
  const approvals = ['draft', 'submitted', 'approved', 'approved', 'rejected'];
  const items = plan.work_items;
  const budget = { lines: [], resources: [], risks: [] };
  // ¥1,000,000 in all: 88% over the lines, 12% in reserve.
  const each = Math.floor(880_000 / lines);
  for (let i = 0; i < lines; i++) {
    const w = items[(i * 7) % items.length];
    const spends = [0, 1, 2, 3].map((k) => ({ date: w.start, amount: `${Math.floor(each / 5) + k}.50` }));
    budget.lines.push({
      id: `b${i}`, name: `预算项 ${i + 1}`, account: accounts[i % accounts.length], channel: CHANNELS[i % CHANNELS.length],
      item: w.id, planned: `${each}.00`, committed: `${Math.floor(each * 0.8)}.00`, spends, approval: approvals[i % approvals.length],
    });
  }
  budget.lines.push({ id: 'reserve', name: '备用金', account: 'contingency', planned: '120000.00', approval: 'approved' });
  for (let i = 0; i < needs; i++) {
    const w = items[(i * 3) % items.length];
    budget.resources.push({
      id: `n${i}`, name: `资源 ${i + 1}`, kind: ['people', 'materials', 'channel', 'tool'][i % 4], quantity: 1 + (i % 30),
      item: w.id, lead_days: i % 11, status: ['needed', 'arranging', 'ready'][i % 3],
    });
  }
  const categories = ['policy', 'public_opinion', 'execution', 'technical', 'budget', 'supplier', 'talent', 'algorithm', 'competitor', 'other'];
  for (let i = 0; i < risks; i++) {
    budget.risks.push({
      id: `r${i}`, title: `风险 ${i + 1}`, category: categories[i % categories.length], likelihood: 1 + (i % 5), impact: 1 + ((i * 3) % 5),
      trigger: '触发条件', response: '应对方案', status: ['open', 'watching', 'open', 'closed'][i % 4], cost: `${1000 + i * 10}.00`,
    });
  }
  return { plan: { ...plan, total_budget: '1000000.00', budget } };
}

/** `n` closed campaigns of 500 items, each with 20 KPIs × 90 days of
 * actuals on four channels (revenue and spend among them) and budget lines
 * paid per channel: the close benchmark (report and benchmarks). File format 7. */
export function closedPlans(n = 30) {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const channels = ['小红书', '抖音', '微信社群', '微博'];
  const stages = ['exposure', 'click', 'visit', 'lead', 'conversion'];
  return Array.from({ length: n }, (_, p) => {
    const start = today - (200 + p * 3) * DAY;
    const { plan } = bigPlan(500, `c${p}`, { start });
    plan.name = `已结束活动 ${p + 1}`;
    plan.end = iso(Math.max(Date.parse(plan.end), start + 89 * DAY));
    plan.kpis = Array.from({ length: 20 }, (_, i) => {
      const ch = channels[i % 4];
      const role = i >= 16 ? (i % 2 ? 'spend' : 'revenue') : 'none';
      const base = role === 'revenue' ? 20000 : role === 'spend' ? 5000 : 1000 * (5 - (i % 5));
      const actuals = {};
      for (let d = 0; d < 90; d++) actuals[iso(start + d * DAY)] = Math.round(base * (0.9 + ((i * 31 + d * 17 + p) % 20) / 100));
      const k = { id: `k${i}`, name: `${ch}指标${i}`, kind: 'process', unit: '次', direction: role === 'spend' ? 'lower' : 'higher', aggregate: 'sum', period: 'day', target: base * 90, channel: ch, actuals };
      if (role === 'none') k.stage = stages[i % 5]; else k.role = role;
      return k;
    });
    plan.budget = { lines: channels.map((c, i) => ({ id: `b${i}`, name: `${c}投放`, account: 'channel', channel: c, planned: '200000.00', spends: [{ date: iso(start + DAY), amount: `${150000 + p * 1000 + i}.00` }], approval: 'approved' })) };
    return { format: 'campaign-planner', version: 7, plan };
  });
}

/** The figures benchmark (issue 24): the 50 KPIs × 365 days of `kpiPlan`
 * made a campaign with money — on each of the five channels a revenue KPI,
 * a spend KPI and a conversion rate of two counts — and 500 budget lines on
 * those channels, two in three paid (so some channels' cost comes from
 * payments and some from spend KPIs). File format 10. */
export function figuresPlan(lines = 500) {
  const { plan } = kpiPlan(50, 365);
  plan.name = `数字一致压测 50×365 · ${lines} 预算行`;
  plan.total_budget = '2000000.00';
  plan.kpis.forEach((k, i) => {
    const slot = Math.floor(i / 5) % 10;
    if (slot === 0) { k.role = 'revenue'; k.unit = '元'; k.stage = null; }
    if (slot === 1) { k.role = 'spend'; k.unit = '元'; k.direction = 'lower'; k.stage = null; }
    if (slot === 9) {
      // A rate of this channel's counts of slots 3 and 2 (orders ÷ visits).
      k.unit = '%'; k.aggregate = 'average'; k.target = 5; k.actuals = {}; k.stage = null;
      k.ratio_of = `k${i - 30}`; k.ratio_per = `k${i - 35}`;
    }
  });
  const channels = ['小红书', '抖音', '微信社群', '微博', 'B站'];
  const start = plan.start;
  plan.budget = {
    lines: Array.from({ length: lines }, (_, i) => ({
      id: `b${i}`, name: `预算项 ${i + 1}`, account: 'channel', channel: channels[i % 5], planned: '3000.00',
      spends: i % 3 === 2 || (i % 5 === 4) ? [] : [{ date: start, amount: `${1000 + (i % 97)}.00` }], approval: 'approved',
    })),
  };
  return { plan };
}

/**
 * A realistic plan as a team keeps it (issue 28's measure of "full"): 300
 * work items in three levels with owners and links, 25 KPIs × 90 days of
 * actuals, 40 budget lines with payments, 15 risks and a filled strategy
 * (the sample's, from `sample`: the plan of a sample file, whose people its
 * goals name), about 225,000 characters as stored. `i` makes it unique;
 * `start` (ms, UTC) places it.
 */
export function realisticPlan(i, { start = Date.UTC(2025, 0, 6) + i * 3 * DAY, sample } = {}) {
  const { plan } = bigPlan(300, `r${i}`, { start });
  const channels = ['小红书', '抖音', '微信社群', '微博', 'B站'];
  plan.name = `${['双11大促', '618大促', '年货节', '新品上市', '会员日'][i % 5]} 第${i + 1}期`;
  plan.description = `第${i + 1}期活动：全渠道种草、直播转化与私域复购，目标与预算按上期复盘调整。`;
  plan.end = iso(Math.max(Date.parse(plan.end), start + 89 * DAY));
  // What a team writes on its work: a note, and who does, approves and is told.
  for (const [k, w] of plan.work_items.entries()) {
    w.notes = `${['已与达人确认档期，脚本二稿待审', '素材按品牌规范出三版，周三前定稿', '投放计划已提交，等待平台审核通过', '复盘数据已拉取，待补充竞品对比'][k % 4]}；负责人每日同步进度，风险及时上报。本周重点：跟进达人内容排期、核对投放数据口径、整理素材反馈并在周会上汇报。`;
    w.raci = { [`p${k % 20}`]: 'R', [`p${(k + 1) % 20}`]: 'A', [`p${(k + 2) % 20}`]: 'C', [`p${(k + 3) % 20}`]: 'I' };
  }
  // Two baselines: the plan as approved, and as re-planned at mid-point.
  plan.baselines = ['初始计划', '中期调整'].map((name, b) => ({
    id: `bl${b}`, name, taken: iso(start + b * 30 * DAY),
    items: plan.work_items.map((w) => ({ id: w.id, start: w.start, end: w.end })),
  }));
  if (sample) {
    plan.strategy = sample.strategy;
    plan.people.push(...sample.people);
  }
  plan.kpis = Array.from({ length: 25 }, (_, k) => {
    const ch = channels[k % 5];
    const role = k >= 20 ? (k % 2 ? 'spend' : 'revenue') : null;
    const base = role === 'revenue' ? 20000 : role === 'spend' ? 5000 : 1000 * (5 - (k % 5));
    const actuals = {};
    for (let d = 0; d < 90; d++) actuals[iso(start + d * DAY)] = Math.round(base * (0.9 + ((k * 31 + d * 17 + i) % 20) / 100));
    const kpi = { id: `k${k}`, name: `${ch}${['曝光', '点击', '访问', '线索', '成交'][k % 5]}`, kind: 'process', unit: '次', direction: role === 'spend' ? 'lower' : 'higher', aggregate: 'sum', period: 'day', target: base * 90, baseline: null, channel: ch, actuals };
    if (role) kpi.role = role; else kpi.stage = ['exposure', 'click', 'visit', 'lead', 'conversion'][k % 5];
    return kpi;
  });
  plan.budget = {
    lines: Array.from({ length: 40 }, (_, b) => ({
      id: `b${b}`, name: `${channels[b % 5]}投放 ${b + 1}`, account: 'channel', channel: channels[b % 5], item: `t${(b * 7) % 300}`,
      planned: `${20000 + b * 500}.00`, committed: `${18000 + b * 500}.00`,
      spends: [0, 1, 2, 3].map((n) => ({ date: iso(start + (b % 50 + n * 10) * DAY), amount: `${4000 + b * 100 + n}.00`, note: ['首付款 30%', '第二笔 30%', '第三笔 30%', '尾款 10%'][n] })),
      approval: 'approved',
    })),
    resources: [],
    risks: Array.from({ length: 15 }, (_, r) => ({
      id: `rk${r}`, title: `风险 ${r + 1}：${['达人临时取消', '素材审核不过', '库存不足', '物流延迟', '舆情风险'][r % 5]}`, category: ['talent', 'execution', 'supplier', 'budget', 'public_opinion'][r % 5],
      likelihood: 1 + (r % 5), impact: 1 + ((r * 3) % 5), trigger: '监测到相关信号', response: '启动预案，24 小时内复盘', backup: '备选方案已准备', owner: `p${r % 20}`, status: 'watching', cost: `${5000 + r * 1000}.00`,
    })),
  };
  return { format: 'campaign-planner', version: 11, plan };
}
