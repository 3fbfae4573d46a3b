// `make bench`: bundle sizes and timings of the release build in headless
// Chromium. Prints figures; asserts nothing. Medians of several runs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, newContext } from '../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

// ---- sizes ----
const sizes = {};
for (const f of fs.readdirSync(dist)) {
  const kind = f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css' : null;
  if (!kind) continue;
  const buf = fs.readFileSync(path.join(dist, f));
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[kind] = { raw: buf.length, br };
}
const total = Object.values(sizes).reduce((a, s) => ({ raw: a.raw + s.raw, br: a.br + s.br }), { raw: 0, br: 0 });

// ---- a generated plan of N work items, in the stored format ----
function bigPlan(n) {
  const day = (d) => new Date(Date.UTC(2026, 10, 1) + d * 864e5).toISOString().slice(0, 10);
  const people = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `成员${i}`, role: '运营', department: '市场部' }));
  const phases = [['预热期', 0, 20], ['爆发期', 21, 27], ['持续期', 28, 55]].map(([name, a, b], i) => ({ id: `ph${i}`, name, start: day(a), end: day(b) }));
  const items = [];
  for (let i = 0; i < n; i++) {
    const lvl = i % 10 === 0 ? 0 : i % 5 === 0 ? 1 : 2;
    const parentOf = (l) => { for (let j = items.length - 1; j >= 0; j--) if (items[j].level === ['strategy', 'activity'][l - 1]) return items[j].id; return null; };
    const level = ['strategy', 'activity', 'action'][lvl];
    const parent = lvl === 0 ? null : parentOf(lvl);
    const s = (i * 7) % 50;
    items.push({ id: `w${i}`, title: `任务 ${i}：小红书笔记发布与数据监测`, parent, level: parent || lvl === 0 ? level : 'strategy',
      phase: `ph${i % 3}`, owner: `p${i % 20}`, start: day(s), end: day(s + 3), status: 'in_progress', progress: i % 100, notes: '每篇笔记含3个卖点，互动率≥5%' });
  }
  return { id: 'bench-plan', name: `压测计划（${n}项）`, scenario: 'festival_promotion', description: '', start: day(0), end: day(55),
    currency: 'CNY', total_budget: '1000000.00', status: 'active', is_sample: false, people, phases, work_items: items };
}

const srv = await serve();
const browser = await launch();

async function firstView(seed) {
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const ctx = await newContext(browser, 'zh-CN');
    if (seed) {
      await ctx.addInitScript(([plan]) => {
        if (!localStorage.getItem('campaign-planner:index')) {
          localStorage.setItem('campaign-planner:plan:bench-plan', JSON.stringify({ format: 'campaign-planner', version: 1, revision: 1, plan }));
          localStorage.setItem('campaign-planner:index', JSON.stringify({ plans: ['bench-plan'], current: 'bench-plan', locale: 'zh-CN' }));
        }
      }, [seed]);
    }
    const page = await ctx.newPage();
    await page.goto(srv.url);
    await page.waitForSelector('body[data-ready="1"]');
    times.push(await page.evaluate(() => window.cpMetrics.readyMs));
    if (r === RUNS - 1 && seed) {
      const t = await page.locator('[data-testid="item-count"]').textContent();
      if (t !== String(seed.work_items.length)) throw new Error(`seeded plan not shown: ${t}`);
      await benchEdits(page);
    }
    await ctx.close();
  }
  return median(times);
}

let saveMs, taskListMs, domRows;
async function benchEdits(page) {
  await page.click('a.tab[data-view="setup"]');
  const saves = [];
  for (let i = 0; i < RUNS; i++) {
    await page.fill('[data-field="name"]', `压测计划 ${i}`);
    await page.press('[data-field="name"]', 'Enter');
    await page.waitForSelector('[data-testid="save-state"].saved');
    saves.push(await page.evaluate(() => window.cpMetrics.lastSaveMs));
  }
  saveMs = median(saves);
  const t0 = await page.evaluate(() => performance.now());
  await page.click('a.tab[data-view="tasks"]');
  await page.waitForSelector('tr[data-index="20"]');
  taskListMs = (await page.evaluate(() => performance.now())) - t0;
  domRows = await page.locator('tbody tr:not(.spacer)').count();
}

const emptyMs = await firstView(null);
const bigMs = await firstView(bigPlan(1000));
await browser.close();
await srv.close();

const rows = [
  ['wasm', kb(sizes.wasm.raw), kb(sizes.wasm.br)],
  ['js', kb(sizes.js.raw), kb(sizes.js.br)],
  ['css', kb(sizes.css.raw), kb(sizes.css.br)],
  ['total', kb(total.raw), kb(total.br)],
];
console.log('\n| asset | raw | brotli |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\n| timing (median of ${RUNS}, headless Chromium) | ms |\n|---|---:|`);
console.log(`| navigation → first interactive view, empty storage | ${emptyMs.toFixed(0)} |`);
console.log(`| navigation → first interactive view, 1,000-item plan stored | ${bigMs.toFixed(0)} |`);
console.log(`| autosave of the 1,000-item plan (encode + localStorage write) | ${saveMs.toFixed(1)} |`);
console.log(`| open the task list of the 1,000-item plan (rows in view rendered) | ${taskListMs.toFixed(0)} |`);
console.log(`\ntask rows in the DOM for the 1,000-item plan: ${domRows}`);
console.log(`\nbudget: ≤ 300 KB brotli total → ${total.br <= 300 * 1024 ? 'within' : 'OVER'}; ≤ 500 ms first view (empty) → ${emptyMs <= 500 ? 'within' : 'OVER'}`);
