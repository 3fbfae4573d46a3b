// End-to-end tests of the Gantt chart, the item drawer and the RACI view,
// against the release build: real mouse drags, keys and downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor } from './harness.mjs';
import { bigPlan } from '../bench/plans.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function gantt(locale = 'zh-CN') {
  const ctx = await newContext(browser, locale);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await open(page, srv.url);
  await page.click('a.tab[data-view="gantt"]');
  await page.waitForSelector('.bar-g[data-id="w1"]');
  return { ctx, page };
}

const row = (page, id) => page.locator(`.gantt-row[data-id="${id}"]`);
const dates = async (page, id) => [await row(page, id).getAttribute('data-start'), await row(page, id).getAttribute('data-end')];
const addDays = (iso, n) => { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };

/** Presses at the centre of `locator`, moves by (dx, dy) in steps, releases. */
async function drag(page, locator, dx, dy = 0, check) {
  const box = await locator.boundingBox();
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  if (check) await check();
  await page.mouse.up();
}


test('dragging a bar moves it and pushes its successor; one undo restores both', async () => {
  const { ctx, page } = await gantt();
  const [s3, e3] = await dates(page, 'w3');
  const [s5, e5] = await dates(page, 'w5');
  // Week zoom is 14 px a day: two weeks to the right.
  await drag(page, page.locator('.bar-g[data-id="w3"] rect.bar'), 14 * 14, 0, async () => {
    const tip = await page.textContent('[data-testid="gantt-tip"]');
    assert.match(tip, /–/, 'the dates show while dragging');
  });
  await waitFor(async () => (await dates(page, 'w3'))[0] === addDays(s3, 14), 'w3 moved two weeks');
  assert.equal((await dates(page, 'w3'))[1], addDays(e3, 14));
  const [n5] = await dates(page, 'w5');
  assert.ok(n5 > addDays(e3, 14), `the live streams (${n5}) start after the budget (${addDays(e3, 14)})`);
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await dates(page, 'w3'))[0] === s3, 'undo moved w3 back');
  assert.deepEqual(await dates(page, 'w5'), [s5, e5], 'and its successor in the same step');
  await ctx.close();
});

test('dragging a bar end resizes it; the progress handle sets progress', async () => {
  const { ctx, page } = await gantt();
  const [s4, e4] = await dates(page, 'w4');
  await drag(page, page.locator('.bar-g[data-id="w4"] rect.handle.right'), 3 * 14);
  await waitFor(async () => (await dates(page, 'w4'))[1] === addDays(e4, 3), 'end +3 days');
  assert.equal((await dates(page, 'w4'))[0], s4, 'start unchanged');
  // Progress: drag the handle to the bar's end → 100% and done.
  const bar = await page.locator('.bar-g[data-id="w4"] rect.bar').boundingBox();
  const handle = page.locator('.bar-g[data-id="w4"] path.progress-handle');
  await page.hover('.bar-g[data-id="w4"] rect.bar');
  const hb = await handle.boundingBox();
  await drag(page, handle, bar.x + bar.width - (hb.x + hb.width / 2) + 4);
  await waitFor(() => page.evaluate(() => document.querySelector('.bar-g[data-id="w4"]').classList.contains('st-done')), 'w4 done at 100%');
  await ctx.close();
});

test('dragging from a connector to another bar links them; an arrow can be edited and deleted', async () => {
  const { ctx, page } = await gantt();
  const arrows = () => page.locator('g.arrow').count();
  const before = await arrows();
  const from = page.locator('.bar-g[data-id="w1"] circle.connector');
  await page.hover('.bar-g[data-id="w1"] rect.bar');
  const to = await page.locator('.bar-g[data-id="w6"] rect.bar').boundingBox();
  const fb = await from.boundingBox();
  await drag(page, from, to.x + 20 - (fb.x + fb.width / 2), to.y + to.height / 2 - (fb.y + fb.height / 2));
  await waitFor(async () => (await arrows()) === before + 1, 'a new arrow');
  // The new link is finish-to-start: w6 now starts after w1 ends.
  const [, e1] = await dates(page, 'w1');
  assert.ok((await dates(page, 'w6'))[0] > e1);
  // Click its arrow, make it start-to-start with a 2-day lead, then delete it.
  const dep = await page.evaluate(() => [...document.querySelectorAll('g.arrow')].map((g) => g.dataset.dep).find((d) => !/^d\d$/.test(d)));
  await page.locator(`g.arrow[data-dep="${dep}"] path.arrow-hit`).dispatchEvent('click');
  await page.waitForSelector('[data-testid="link-editor"]');
  await page.selectOption('[data-field="dep-kind"]', 'StartToStart');
  await page.fill('[data-field="dep-lag"]', '-2');
  await page.press('[data-field="dep-lag"]', 'Enter');
  await page.locator('[data-field="dep-lag"]').dispatchEvent('change');
  await waitFor(async () => (await page.inputValue('[data-field="dep-lag"]')) === '-2', 'lag kept');
  await page.click('[data-action="delete-link"]');
  await waitFor(async () => (await arrows()) === before, 'arrow deleted');
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await arrows()) === before + 1, 'undo brings the link back');
  await ctx.close();
});

test('the keyboard selects, moves a day and opens the details; the drawer saves each field', async () => {
  const { ctx, page } = await gantt();
  await row(page, 'w2').click();
  const [s2, e2] = await dates(page, 'w2');
  await page.keyboard.press('Alt+ArrowRight');
  await waitFor(async () => (await dates(page, 'w2'))[0] === addDays(s2, 1), 'moved one day');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await waitFor(async () => (await dates(page, 'w2'))[1] === addDays(e2, 2), 'one day longer');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const drawer = page.locator('[data-testid="item-details"]');
  await drawer.waitFor();
  assert.match(await drawer.locator('h2').textContent(), /预算与资源申请/);
  await drawer.locator('[data-field="deliverable"]').fill('渠道报价单与审批单');
  await drawer.locator('[data-field="deliverable"]').dispatchEvent('change');
  await drawer.locator('[data-field="status"]').selectOption('Exception');
  await drawer.locator('[role="alert"]').waitFor();
  await drawer.locator('[data-field="exception-reason"]').fill('财务审批延迟');
  await drawer.locator('[data-field="exception-reason"]').dispatchEvent('change');
  await drawer.locator('[role="alert"]').waitFor({ state: 'detached' });
  await drawer.locator('[data-field="log-text"]').fill('已催办财务');
  await drawer.locator('[data-action="add-log"]').click();
  await waitFor(async () => (await drawer.locator('[data-testid="log"]').textContent())?.includes('已催办财务'), 'log entry');
  assert.equal(await drawer.locator('[data-field="deliverable"]').inputValue(), '渠道报价单与审批单');
  await drawer.locator('[data-action="close-details"]').click();
  await waitFor(() => page.evaluate(() => document.querySelector('.bar-g[data-id="w3"]').classList.contains('st-exc')), 'exception shown on the bar');
  await ctx.close();
});

test('filters, collapse all, the critical path and zoom levels', async () => {
  const { ctx, page } = await gantt();
  const shown = () => page.textContent('[data-testid="shown-count"]');
  assert.equal(await shown(), '显示 12 / 12');
  await page.selectOption('[data-filter="owner"]', 'p-manager');
  await waitFor(async () => (await shown()) === '显示 6 / 12', 'owner filter keeps 王敏’s items and their group');
  await page.selectOption('[data-filter="owner"]', '');
  await page.selectOption('[data-filter="channel"]', '抖音');
  await waitFor(async () => (await shown()) === '显示 1 / 12', 'channel filter');
  await page.click('[data-action="clear-filters"]');
  await page.click('[data-action="collapse-all"]');
  await waitFor(async () => (await shown()) === '显示 9 / 12', 'the milestone group folds');
  await page.click('[data-action="expand-all"]');
  await waitFor(async () => (await page.locator('.bar-g.critical').count()) >= 1, 'the critical path is marked');
  await page.click('[data-action="critical"]');
  await waitFor(async () => (await page.locator('.bar-g.critical').count()) === 0, 'and can be hidden');
  for (const z of ['day', 'month', 'quarter', 'week']) {
    await page.click(`[data-zoom="${z}"]`);
    await waitFor(() => page.evaluate((z) => document.querySelector(`[data-zoom="${z}"]`).classList.contains('on'), z), z);
    assert.ok(await page.locator('.tick-text').count() > 2, `${z} has ticks`);
  }
  await page.click('[data-action="fit"]');
  await waitFor(async () => (await page.locator('.bar-g').count()) >= 12, 'every bar in view after fit');
  await ctx.close();
});

test('exports: CSV with a BOM for Excel, PNG of the chart', async () => {
  const { ctx, page } = await gantt();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.toString('utf8').slice(1);
  assert.match(text.split('\r\n')[0], /^序号,层级,任务,负责人,阶段,渠道,开始,结束/);
  assert.match(text, /小红书笔记种草,张悦/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const head = fs.readFileSync(await png.path()).subarray(0, 8);
  assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await ctx.close();
});

test('baselines: save one and see the slip after a move', async () => {
  const { ctx, page } = await gantt('en-US');
  assert.equal(await page.textContent('a.tab[data-view="gantt"]'), 'Gantt');
  await page.click('[data-action="capture-baseline"]');
  await waitFor(async () => (await page.textContent('.gantt-toolbar')).includes('Baseline '), 'the new baseline is named');
  const [, e8] = await dates(page, 'w8');
  await row(page, 'w8').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowRight');
  await waitFor(async () => (await dates(page, 'w8'))[1] === addDays(e8, 3), 'moved');
  await page.hover('.bar-g[data-id="w8"] rect.bar');
  await waitFor(async () => (await page.textContent('[data-testid="gantt-tip"]'))?.includes('3 days behind baseline'), 'slip in the tooltip');
  assert.ok(await page.locator('.bar-g[data-id="w8"] .baseline-ghost').count() === 1);
  await ctx.close();
});

test('RACI flags an item with two A’s; workload shows each person', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url);
  await page.click('a.tab[data-view="raci"]');
  const summary = page.locator('[data-testid="raci-flagged"]');
  // The community round's owner also does the work: A and R are one person, nothing flagged.
  assert.equal(await summary.textContent(), '每项都有负责人（A）和执行人（R）', 'every item has its A and R');
  const cell = page.locator('tr[data-id="w1"] button[data-person="p-ops"]');
  await cell.click(); // R
  await cell.click(); // A
  await waitFor(async () => (await cell.textContent()) === 'A', 'cell cycles to A');
  assert.match(await page.textContent('tr[data-id="w1"] .raci-flags'), /2 个 A/);
  await waitFor(async () => (await summary.textContent()) === '1 项职责不完整', 'one item flagged');
  assert.equal(await page.locator('.workload-table tbody tr').count(), 7);
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await cell.textContent()) === 'R', 'undo');
  await ctx.close();
});

test('10,000 items with 10,000 links: the chart keeps a small DOM and scrolls to the end', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'big.campaign.json');
  fs.writeFileSync(file, JSON.stringify(bigPlan(10000, 'big')));
  await page.setInputFiles('[data-testid="import-input"]', file);
  await page.waitForFunction(() => document.querySelector('[data-testid="item-count"]')?.dataset.total === '10000');
  await page.click('a.tab[data-view="gantt"]');
  await page.waitForSelector('.bar-g');
  const nodes = () => page.evaluate(() => document.querySelector('.gantt-scroll').querySelectorAll('*').length);
  assert.ok((await nodes()) <= 3000, `DOM nodes ${await nodes()}`);
  await page.evaluate(() => { const s = document.querySelector('.gantt-scroll'); s.scrollTop = s.scrollHeight; });
  await page.waitForSelector('.gantt-row[data-pos="9999"]');
  assert.ok((await nodes()) <= 3000);
  await ctx.close();
});

test('the working calendar: days off, holidays and make-up days change durations and shading', async () => {
  const { ctx, page } = await gantt();
  await page.click('a.tab[data-view="setup"]');
  const card = page.locator('[data-testid="calendar"]');
  const count = async () => Number((await card.locator('.card-head .muted').textContent()).match(/\d+/)[0]);
  const before = await count();
  assert.ok(await card.locator('[data-weekday="5"]').isChecked(), 'Saturday off by default');
  // A holiday on the first Monday of the plan, a make-up Saturday after it.
  const start = await page.inputValue('[data-field="start"]');
  const d = new Date(start + 'T00:00:00Z');
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  const monday = d.toISOString().slice(0, 10);
  d.setUTCDate(d.getUTCDate() + 5);
  const saturday = d.toISOString().slice(0, 10);
  await card.locator('[data-field="holiday-date"]').fill(monday);
  await card.locator('[data-action="add-holiday"]').click();
  await waitFor(async () => (await count()) === before - 1, 'one working day fewer');
  await card.locator('[data-field="makeup-date"]').fill(saturday);
  await card.locator('[data-action="add-makeup"]').click();
  await waitFor(async () => (await count()) === before, 'and one more');
  assert.equal(await card.locator(`[data-list="holiday"] [data-day="${monday}"]`).count(), 1);
  await card.locator('[data-weekday="6"]').uncheck();
  await waitFor(async () => (await count()) > before, 'Sundays worked');
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await count()) === before, 'undo');
  await ctx.close();
});

test('the task list shows parents rolled up and read-only, and opens the details', async () => {
  const ctx = await newContext(browser, 'en-US');
  const page = await ctx.newPage();
  await open(page, srv.url);
  await page.click('a.tab[data-view="tasks"]');
  const ms = page.locator('tr[data-id="ms"]');
  assert.ok(await ms.locator('[data-col="start"]').isDisabled(), 'a summary row’s dates are rolled up');
  assert.equal(await ms.locator('[data-col="start"]').inputValue(), await page.locator('tr[data-id="m1"] [data-col="start"]').inputValue());
  assert.equal(await ms.locator('[data-col="end"]').inputValue(), await page.locator('tr[data-id="m3"] [data-col="end"]').inputValue());
  // m1 is done, m2 and m3 not: one day of three → 33%.
  assert.equal(await ms.locator('[data-col="progress"]').inputValue(), '33');
  await page.locator('tr[data-id="w4"] [data-action="open-details"]').click();
  const drawer = page.locator('[data-testid="item-details"]');
  await drawer.waitFor();
  assert.equal(await drawer.locator('[data-field="acceptance"]').inputValue(), 'Each note carries 3 selling points; engagement ≥ 5%');
  assert.equal(await drawer.locator('[data-field="channel"]').inputValue(), 'Xiaohongshu');
  assert.match(await drawer.textContent(), /20 published, engagement 5\.6%/);
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await ctx.close();
});

test('the owner is the A unless the RACI says otherwise (doing the work too), and a flag says which rule is broken', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const plan = {
    id: 'owner-a', name: '负责人即 A', scenario: 'new_product_launch', description: '', start: '2026-06-01', end: '2026-06-30',
    currency: 'CNY', total_budget: '100000.00', status: 'draft', is_sample: false,
    people: [{ id: 'p1', name: '王敏', role: '', department: '' }, { id: 'p2', name: '李想', role: '', department: '' }],
    phases: [], calendar: { days_off: [5, 6], holidays: [], makeup_days: [] }, dependencies: [], baselines: [],
    work_items: [
      { id: 'w1', title: '只有负责人', parent: null, level: 'activity', phase: null, owner: 'p1', start: '2026-06-01', end: '2026-06-05', status: 'not_started', progress: 0, notes: '' },
      { id: 'w2', title: '负责人也执行', parent: null, level: 'activity', phase: null, owner: 'p1', start: '2026-06-01', end: '2026-06-05', status: 'not_started', progress: 0, notes: '', raci: { p1: 'R' } },
      { id: 'w3', title: '负责人只是知会', parent: null, level: 'activity', phase: null, owner: 'p1', start: '2026-06-01', end: '2026-06-05', status: 'not_started', progress: 0, notes: '', raci: { p1: 'I', p2: 'R' } },
    ],
  };
  await ctx.addInitScript((plan) => {
    if (!location.protocol.startsWith('http') || localStorage.getItem('campaign-planner:index')) return;
    localStorage.setItem('campaign-planner:plan:owner-a', JSON.stringify({ format: 'campaign-planner', version: 8, revision: 1, plan }));
    localStorage.setItem('campaign-planner:index', JSON.stringify({ plans: ['owner-a'], current: 'owner-a', locale: 'zh-CN' }));
  }, plan);
  const page = await ctx.newPage();
  await open(page, srv.url, '#/plan/owner-a/raci');
  await page.waitForSelector('[data-testid="raci"]');
  // w1: the owner shows as the A; only the missing R is flagged, in words.
  const a = page.locator('tr[data-id="w1"] button[data-person="p1"]');
  assert.equal(await a.textContent(), 'A');
  assert.equal(await a.getAttribute('class').then((c) => c.includes('implied')), true);
  assert.equal(await page.textContent('tr[data-id="w1"] .raci-flags'), '缺少 R：没有人执行');
  // w2: the owner also does the work: A and R are one person, nothing to flag.
  assert.equal(await page.textContent('tr[data-id="w2"] .raci-flags'), '✓');
  assert.match(await page.getAttribute('tr[data-id="w2"] button[data-person="p1"]', 'title'), /负责人/);
  // w3: the owner is only informed, so nobody is A.
  assert.equal(await page.textContent('tr[data-id="w3"] .raci-flags'), '缺少 A：没有人负责签收');
  await ctx.close();
});
