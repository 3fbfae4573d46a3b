// End-to-end tests of KPI monitoring against the release build: three low
// days typed for a conversion KPI raise a red alert on the dashboard, which is
// resolved with a note and brought back by undo; a spreadsheet block and a CSV
// fill the grid in one step each, and a bad block is refused whole; the
// funnel names its biggest leak, shows numbers on hover and a stage's KPIs
// on click, and compares two channels; the English dashboard reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, freshPage, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const fresh = (locale = 'zh-CN') => freshPage(browser, srv.url, locale);


const sub = async (page, v) => {
  await page.click(`[data-subview="${v}"]`);
  await page.waitForSelector(`[data-testid="monitor"][data-page="${v}"]`);
};
const badge = (page) => page.locator('[data-testid="open-alert-count"]').textContent();
const cell = (page, r, c) => page.locator(`[data-cell="${r}:${c}"]`);
const cellValue = (page, r, c) => cell(page, r, c).inputValue();
/** The day `n` days from today, as the date inputs want it. */
function isoDay(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** Pastes text on an element as a spreadsheet would (a clipboard event with text/plain). */
async function paste(page, selector, text) {
  await page.locator(selector).evaluate((el, t) => {
    el.focus();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

test('three low days of a conversion KPI raise a red alert on the dashboard; resolved with a note, undone', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  // The plan started ten days ago, so the days typed below are in the past.
  await page.click('a.tab[data-view="setup"]');
  await page.fill('input[data-field="start"]', isoDay(-10));
  await page.locator('input[data-field="start"]').dispatchEvent('change');
  // Moving the start carried the end; make it a 40-day plan.
  await page.fill('input[data-field="end"]', isoDay(29));
  await page.locator('input[data-field="end"]').dispatchEvent('change');
  await page.click('a.tab[data-view="dashboard"]');
  await page.waitForSelector('[data-testid="dashboard"]');
  assert.match(await page.locator('[data-section="kpi-cards"]').textContent(), /还没有 KPI/);
  assert.equal(await badge(page), '0');
  await sub(page, 'kpis');
  await page.fill('[data-add="kpi"]', '官网转化');
  await page.press('[data-add="kpi"]', 'Enter');
  await page.waitForSelector('.kpi-def');
  // At 1366 px the definitions wrap, each KPI a block of labelled fields: nothing scrolls sideways.
  const wrap = await page.locator('[data-card="kpis"] .table-wrap, .kpi-table').first().evaluate((t) => {
    const w = t.closest('.table-wrap') || t;
    return { scroll: w.scrollWidth, client: w.clientWidth, label: getComputedStyle(t.querySelector('.kpi-def td'), '::before').content };
  });
  assert.ok(wrap.scroll <= wrap.client, JSON.stringify(wrap));
  assert.equal(wrap.label, '"名称"');
  // 40 days, 400 conversions: 10 a day.
  await page.fill('.kpi-def input[data-field="target"]', '400');
  await page.press('.kpi-def input[data-field="target"]', 'Tab');
  await waitFor(async () => (await page.locator('.kpi-def input[data-field="target"]').inputValue()) === '400', 'target kept');
  await cell(page, 0, 0).click();
  for (const v of ['12', '7', '7']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Enter');
  }
  await waitFor(async () => (await cellValue(page, 2, 0)) === '7', 'three days typed');
  assert.equal(await cellValue(page, 0, 0), '12');
  // 12 beats the target: only the two days after it are below 80%. A third low day fires
  // (and to date it is 17.5% behind: yellow, not beyond red).
  assert.equal(await badge(page), '0');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await badge(page)) === '1', 'the alert count shows one');
  await sub(page, 'dashboard');
  const line = page.locator('[data-testid="dashboard-alert"][data-severity="red"]');
  await waitFor(async () => (await line.count()) === 1, 'a red alert on the dashboard');
  assert.match(await line.textContent(), /官网转化 连续 3 期低于目标的 80%/);
  // The card compares the value to date: 33 against 40 is 17.5% behind, yellow.
  assert.equal(await page.locator('[data-testid="kpi-card"]').getAttribute('data-light'), 'yellow');
  // Resolve it with a note: it leaves the open list and enters the history.
  await sub(page, 'alerts');
  const card = page.locator('[data-testid="alert"][data-state="open"]');
  await card.locator('[data-field="note"]').fill('已调整落地页');
  await card.locator('[data-action="resolve"]').click();
  await waitFor(async () => (await badge(page)) === '0', 'resolved');
  assert.match(await page.locator('[data-testid="alert-history"]').textContent(), /解决.*官网转化.*已调整落地页/);
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await badge(page)) === '1', 'undo reopens it');
  await ctx.close();
});

test('a spreadsheet block and a CSV fill the grid in one undoable step; a bad block is refused whole', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="dashboard"]');
  await sub(page, 'kpis');
  // Today's row of the sample is empty: the data stops yesterday.
  const r = 14;
  assert.equal(await cellValue(page, r, 0), '');
  await paste(page, `[data-cell="${r}:0"]`, '31,000\t900\r\n32000\t910\r\n');
  await waitFor(async () => (await cellValue(page, r + 1, 1)) === '910', 'block pasted');
  assert.deepEqual([await cellValue(page, r, 0), await cellValue(page, r, 1), await cellValue(page, r + 1, 0)], ['31,000', '900', '32,000']);
  assert.match(await page.locator('[data-testid="grid-msg"]').textContent(), /已写入 4 个数值/);
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await cellValue(page, r, 0)) === '', 'one undo takes the whole block back');
  assert.equal(await cellValue(page, r + 1, 1), '');
  // A bad cell refuses the whole block, saying where.
  await paste(page, `[data-cell="${r}:0"]`, '1\t2\n3\tabc\n');
  await waitFor(async () => /第 2 行第 2 列「abc」不是数字/.test(await page.locator('[data-testid="grid-msg"]').textContent()), 'refused with where');
  assert.equal(await cellValue(page, r, 0), '');
  // A dash is "no data that day", as spreadsheets show it: the rest lands, nothing is refused.
  await paste(page, `[data-cell="${r}:0"]`, '500\t—\n-\t600\n');
  await waitFor(async () => (await cellValue(page, r + 1, 1)) === '600', 'the block with dashes landed');
  assert.deepEqual([await cellValue(page, r, 0), await cellValue(page, r, 1), await cellValue(page, r + 1, 0)], ['500', '', '']);
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await cellValue(page, r, 0)) === '', 'undone');
  // With headers and dates the block lands by name and day, wherever it is pasted.
  const csv = `日期,抖音成交\n${isoDay(0)},44\n`;
  await page.locator('[data-testid="csv-input"]').setInputFiles({ name: 'actuals.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + csv) });
  const dyConv = await page.locator('.actuals-grid thead th').evaluateAll((ths) => ths.findIndex((t) => t.textContent.startsWith('抖音成交')) - 1);
  await waitFor(async () => (await cellValue(page, r, dyConv)) === '44', 'the CSV value landed in its column and day');
  // A target typed for one day shows as that day's grey hint when typing actuals.
  await page.click('[data-mode="targets"]');
  await waitFor(async () => (await page.locator('.actuals-grid.target-mode').count()) === 1, 'target mode');
  await cell(page, r + 2, 0).fill('99999');
  await cell(page, r + 2, 0).press('Tab');
  await page.click('[data-mode="actuals"]');
  await waitFor(async () => (await cell(page, r + 2, 0).getAttribute('placeholder')) === '99,999', 'the typed target is the hint');
  assert.equal(await cellValue(page, r + 2, 0), '');
  assert.equal(await cell(page, r + 3, 0).getAttribute('placeholder'), '30,000');
  // Delete clears a cell; the alert count follows the data.
  await cell(page, r, dyConv).click();
  await page.keyboard.press('Delete');
  await waitFor(async () => (await cellValue(page, r, dyConv)) === '', 'cleared');
  await ctx.close();
});

test('the funnel names its biggest leak, shows numbers on hover, a stage on click, and compares channels', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="dashboard"]');
  await sub(page, 'funnel');
  const leak = page.locator('[data-testid="leak"]');
  assert.match(await leak.textContent(), /^线索 → 转化 流失最多：\d+(\.\d)?% 的线索没有走到转化（计划流失 75%）$/);
  assert.equal(await page.locator('.funnel .step.leak').getAttribute('data-step'), '3');
  await page.hover('g.stage[data-stage="click"]');
  await waitFor(async () => /^点击: 实际 [\d,]+ · 计划 [\d,]+ · 累计 [\d.]+%$/.test(await page.locator('[data-testid="funnel-hover"]').first().textContent()), 'hover numbers');
  await page.click('g.stage[data-stage="conversion"]');
  const detail = page.locator('[data-testid="stage-detail"]');
  await waitFor(async () => (await detail.count()) === 1, 'stage detail');
  assert.match(await detail.textContent(), /小红书成交.*抖音成交/);
  assert.equal(await detail.locator('svg.sparkline').count(), 2);
  // One channel against another: two funnels side by side.
  await page.selectOption('[data-field="channel"]', '小红书');
  await page.selectOption('[data-field="compare"]', '抖音');
  await waitFor(async () => (await page.locator('svg.funnel').count()) === 2, 'two funnels');
  assert.match(await page.locator('.funnel-title').nth(1).textContent(), /抖音/);
  // A period with no data yet says so.
  await page.fill('input[data-field="from"]', isoDay(1));
  await page.locator('input[data-field="from"]').dispatchEvent('change');
  await waitFor(async () => /还没有数据/.test(await leak.textContent()), 'no data in a future range');
  await ctx.close();
});

test('the English dashboard reads at a glance: cards, channel ROI advice, the cumulative chart', async () => {
  const { ctx, page } = await fresh('en-US');
  // The overview sums it up and leads to the dashboard.
  const summary = page.locator('[data-testid="monitor-summary"]');
  assert.match(await summary.textContent(), /Open alerts \d+ · \d+ red · \d+ yellow/);
  assert.ok((await summary.locator('.sev.red').count()) >= 1);
  await summary.locator('a', { hasText: 'Dashboard' }).click();
  await page.waitForSelector('[data-testid="kpi-card"]');
  // The twelve that need attention first, worst first; the rest on request.
  assert.equal(await page.locator('[data-testid="kpi-card"]').count(), 12);
  // Douyin's orders are on track to date, but their last three days raised a red alert: they come first.
  assert.match(await page.locator('[data-testid="kpi-card"]').first().textContent(), /Douyin (orders|revenue).*Open alerts: 1/);
  assert.equal(await page.locator('[data-testid="kpi-card"]').first().locator('.card-alerts.red').count(), 1);
  await page.click('[data-action="all-kpis"]');
  await waitFor(async () => (await page.locator('[data-testid="kpi-card"]').count()) === 17, 'all seventeen');
  assert.match(await page.locator('[data-testid="days-left"]').textContent(), /Days left\d+ of 56 days/);
  const red = page.locator('[data-testid="dashboard-alert"][data-severity="red"]');
  assert.ok((await red.count()) >= 1);
  assert.match(await red.first().textContent(), /Douyin (orders|revenue) below 80% of target for 3 periods in a row/);
  const douyin = page.locator('[data-testid="channel-table"] tr[data-channel="Douyin"]');
  assert.match(await douyin.textContent(), /Douyin[\d,]+[\d.]+%/);
  assert.equal(await page.locator('[data-testid="cumulative-chart"] path.cum-actual').count(), 1);
  // A click on a card shows it in the chart; the select picks another.
  await page.click('[data-testid="kpi-card"][data-kpi="k-dy-rev"]');
  await waitFor(async () => (await page.locator('[data-testid="cumulative-chart"] .axis-label').first().textContent()).includes('CNY'), 'the chart follows the card');
  assert.equal(await page.locator('[data-field="cumulative-kpi"]').inputValue(), 'k-dy-rev');
  await page.selectOption('[data-field="cumulative-kpi"]', { label: 'XHS orders' });
  await waitFor(async () => !(await page.locator('[data-testid="cumulative-chart"] .axis-label').first().textContent()).includes('CNY'), 'the chart follows the select');
  await ctx.close();
});
