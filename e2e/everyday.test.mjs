// The everyday screens at 1366×768 (issue 17): a readable breakdown with
// columns the user sizes and chooses, dates shown and typed in the app's
// language, a plan start that carries its end, a wider Gantt outline and
// readable budget line names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function fresh(locale = 'zh-CN', extra = {}) {
  const ctx = await newContext(browser, locale, extra);
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  const go = async (view) => { await page.goto(`${srv.url}#/plan/${id}/${view}`); await page.waitForSelector('body[data-ready="1"]'); };
  return { ctx, page, go };
}

const widthOf = (page, sel) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().width);
// Every element matching `sel` shows its whole text (nothing cut off).
const clipped = (page, sel) => page.$$eval(sel, (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.value ?? el.textContent));

for (const locale of ['zh-CN', 'en']) {
  test(`the breakdown gives the title the room and shows every cell whole (${locale})`, async () => {
    const { ctx, page, go } = await fresh(locale);
    await go('tasks');
    await page.waitForSelector('tr[data-index="0"]');
    assert.ok(await widthOf(page, 'th.c-title') >= 240, 'the title column is at least 240 px');
    if (locale === 'zh-CN') assert.deepEqual(await clipped(page, 'tbody [data-col="title"]'), [], 'every sample title shows whole');
    // A title too long for its column shows whole on hover and while edited.
    const title = page.locator('tr[data-index="5"] [data-col="title"]');
    assert.equal(await title.getAttribute('title'), await title.inputValue());
    await title.focus();
    assert.deepEqual(await clipped(page, 'tr[data-index="5"] [data-col="title"]'), [], 'the title being edited shows whole');
    for (const col of ['start', 'end', 'level', 'phase', 'owner', 'status']) {
      assert.deepEqual(await clipped(page, `tbody [data-col="${col}"]`), [], `the ${col} cells show whole`);
    }
    // Dates in the app's language, not the browser's date format.
    const start = await page.inputValue('tr[data-index="0"] [data-col="start"]');
    assert.match(start, locale === 'en' ? /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/ : /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(await page.locator('input[type="date"]').count(), 0, 'no browser date field in the outline');
    await ctx.close();
  });
}

test('the breakdown uses the whole window on a wide screen', async () => {
  const { ctx, page, go } = await fresh('zh-CN', { viewport: { width: 1920, height: 1080 } });
  await go('tasks');
  await page.waitForSelector('tr[data-index="0"]');
  assert.ok(await widthOf(page, 'table.grid.tasks') > 1800, 'the table spans the window');
  assert.ok(await widthOf(page, 'th.c-title') > 800, 'the extra room goes to the title');
  await ctx.close();
});

test('a column is resized by dragging its edge and chosen in the columns menu; both are remembered', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('tasks');
  await page.waitForSelector('tr[data-index="0"]');
  const notes = 'th[data-col-head="notes"]';
  const before = await widthOf(page, notes);
  const handle = await page.locator(`${notes} .col-resize`).boundingBox();
  await page.mouse.move(handle.x + 3, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 63, handle.y + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = await widthOf(page, notes);
  assert.ok(Math.abs(after - before - 60) <= 2, `dragged 60 px wider: ${before} → ${after}`);
  // The drawer's fields as columns: the deliverable, typed in the outline.
  assert.equal(await page.locator('th[data-col-head="deliverable"]').count(), 0);
  await page.click('[data-action="choose-columns"]');
  await page.check('[data-column="deliverable"]');
  await page.uncheck('[data-column="preds"]');
  await page.click('[data-action="choose-columns"]');
  const cell = page.locator('tr[data-index="1"] [data-col="deliverable"]');
  await cell.fill('策略拆解表 v1');
  await cell.press('Tab');
  await page.click('tr[data-index="1"] [data-action="open-details"]');
  await waitFor(async () => (await page.locator('[data-field="deliverable"]').inputValue().catch(() => '')) === '策略拆解表 v1', 'the drawer shows the deliverable typed in the outline');
  await page.keyboard.press('Escape');
  // The milestone flag as a column.
  await page.click('[data-action="choose-columns"]');
  await page.check('[data-column="milestone"]');
  await page.click('[data-action="choose-columns"]');
  assert.ok(await page.isChecked('tr[data-index="11"] [data-col="milestone"]'), 'the launch day is a milestone');
  await page.reload();
  await page.waitForSelector('tr[data-index="0"]');
  assert.ok(Math.abs(await widthOf(page, notes) - after) <= 2, 'the width survives a reload');
  assert.equal(await page.locator('th[data-col-head="deliverable"]').count(), 1, 'the chosen column survives a reload');
  assert.equal(await page.locator('th[data-col-head="preds"]').count(), 0, 'the hidden column stays hidden');
  assert.equal(await page.inputValue('tr[data-index="1"] [data-col="deliverable"]'), '策略拆解表 v1');
  await ctx.close();
});

test('dates are typed as people write them, and text that is not a date stays to be fixed', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('tasks');
  const end = page.locator('tr[data-index="6"] [data-col="end"]');
  const year = (await end.inputValue()).slice(0, 4);
  const next = String(+year + 1);
  for (const [typed, shown] of [[`${next}/2/3`, `${next}-02-03`], [`${next}年2月4日`, `${next}-02-04`], ['２月５日', `${next}-02-05`]]) {
    await end.fill(typed);
    await end.press('Enter');
    await waitFor(async () => (await end.inputValue()) === shown, `“${typed}” reads as ${shown}`);
  }
  await end.fill('下周五');
  await end.press('Enter');
  await waitFor(() => page.locator('[data-testid="notice"].error').isVisible(), 'a message');
  assert.match(await page.textContent('[data-testid="notice"]'), /结束：“下周五” 不是 1900 至 2200 年间可识别的日期/);
  assert.equal(await end.inputValue(), '下周五', 'the text stays to be fixed');
  assert.equal(await end.getAttribute('aria-invalid'), 'true');
  await end.fill('2/6');
  await end.press('Enter');
  await waitFor(async () => (await end.inputValue()) === `${next}-02-06`, 'a month/day takes the year shown');
  assert.equal(await end.getAttribute('aria-invalid'), null);
  // English shows and reads its own format.
  await page.click('[data-action="lang"]');
  await waitFor(async () => (await end.inputValue()) === `Feb 6, ${next}`, 'English shows Feb 6');
  await end.fill(`Mar 9, ${next}`);
  await end.press('Enter');
  await waitFor(async () => (await end.inputValue()) === `Mar 9, ${next}`, 'English reads Mar 9');
  await ctx.close();
});

test('moving the plan start after its end moves the end with it, keeping the length', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('setup');
  const start = page.locator('[data-field="start"]');
  const end = page.locator('[data-field="end"]');
  const [s0, e0] = [await start.inputValue(), await end.inputValue()];
  const len = (Date.parse(e0) - Date.parse(s0)) / 864e5;
  const later = new Date(Date.parse(e0) + 10 * 864e5).toISOString().slice(0, 10);
  await start.fill(later);
  await start.press('Enter');
  const want = new Date(Date.parse(later) + len * 864e5).toISOString().slice(0, 10);
  await waitFor(async () => (await end.inputValue()) === want, `the end moved to ${want}`);
  assert.equal(await start.inputValue(), later);
  assert.match(await page.textContent('[data-testid="notice"]'), /结束日期随开始日期移至.*活动时长不变/);
  await page.click('[data-testid="notice"] button:not([aria-label])');
  await waitFor(async () => (await start.inputValue()) === s0 && (await end.inputValue()) === e0, 'one undo restores both');
  await ctx.close();
});

test('the Gantt outline widens by dragging its edge, and stays so', async () => {
  const { ctx, page, go } = await fresh('en');
  await go('gantt');
  const tree = page.locator('.gantt-tree');
  await tree.waitFor();
  // Dates in another year read in English too (Jan 4 '27), not 2027/1/4.
  const dates = await page.locator('.gantt-tree .gantt-row .c-date').allTextContents();
  assert.ok(dates.length > 0 && dates.every((d) => /^[A-Z][a-z]{2} \d{1,2}( '\d{2})?$/.test(d.trim())), dates.join('|'));
  const w0 = (await tree.boundingBox()).width;
  const edge = await page.locator('[data-testid="gantt-split"]').boundingBox();
  await page.mouse.move(edge.x + 4, edge.y + 100);
  await page.mouse.down();
  await page.mouse.move(edge.x + 154, edge.y + 100, { steps: 5 });
  await page.mouse.up();
  const w1 = (await tree.boundingBox()).width;
  assert.ok(Math.abs(w1 - w0 - 150) <= 2, `150 px wider: ${w0} → ${w1}`);
  assert.ok(Math.abs((await page.locator('[data-testid="gantt-svg"]').boundingBox()).x - (await tree.boundingBox()).x - w1) <= 2, 'the timeline starts at the new edge');
  await page.reload();
  await tree.waitFor();
  assert.ok(Math.abs((await tree.boundingBox()).width - w1) <= 2, 'remembered');
  await ctx.close();
});

test('budget line names have room to be read', async () => {
  const { ctx, page, go } = await fresh('en');
  await go('budget');
  const names = page.locator('[data-testid="budget-lines"] input[data-field="name"]');
  await names.first().waitFor();
  assert.ok(await names.first().evaluate((el) => el.getBoundingClientRect().width) >= 250, 'the name box is at least 250 px');
  // A name longer than the box shows whole on hover.
  for (const el of await names.all()) assert.equal(await el.getAttribute('title'), await el.inputValue());
  await ctx.close();
});

test('a conversion rate computed from two KPIs shows in the grid read-only and a rule watches it literally', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('kpis');
  await page.fill('[data-add="kpi"]', '抖音转化率');
  await page.press('[data-add="kpi"]', 'Enter');
  const row = page.locator('tr.kpi-def').last();
  await row.waitFor();
  await row.locator('[data-field="unit"]').fill('%');
  await row.locator('[data-field="unit"]').press('Tab');
  // Long lists fill in when the pointer reaches them, as for a person.
  for (const [field, label] of [['ratio-of', '抖音成交'], ['ratio-per', '抖音线索']]) {
    await row.locator(`[data-field="${field}"]`).hover();
    await row.locator(`[data-field="${field}"]`).selectOption({ label });
  }
  // A rate is held every day, not spread: its aggregate became the average.
  await waitFor(async () => (await row.locator('[data-field="aggregate"]').inputValue()) === 'Average', 'held as an average');
  await row.locator('[data-field="target"]').fill('100');
  await row.locator('[data-field="target"]').press('Tab');
  // The grid: the rate's column is computed, read-only, orders ÷ leads × 100.
  const heads = await page.locator('[data-testid="actuals-grid"] thead th').allTextContents();
  const col = (name) => heads.findIndex((h) => h.startsWith(name)) - 1;
  const [rate, orders, leads] = [col('抖音转化率'), col('抖音成交'), col('抖音线索')];
  assert.ok(rate >= 0 && orders >= 0 && leads >= 0, heads.join('|'));
  const num = async (r, c) => Number((await page.inputValue(`[data-cell="${r}:${c}"]`)).replace(/,/g, ''));
  const want = (await num(0, orders)) / (await num(0, leads)) * 100;
  await waitFor(async () => Math.abs((await num(0, rate)) - want) < 0.01, `day 1 rate is ${want}`);
  const cell = page.locator(`[data-cell="0:${rate}"]`);
  assert.equal(await cell.evaluate((el) => el.readOnly), true);
  assert.match(await cell.getAttribute('title'), /抖音成交 ÷ 抖音线索/);
  // "连续3天转化率低于目标值的80%", aimed at the rate, fires on it.
  await go('alerts');
  await page.click('[data-action="add-rule"]');
  const rule = page.locator('.rule-row').last();
  await rule.locator('[data-field="kind"]').selectOption('below_share');
  await rule.locator('[data-field="kpi"]').selectOption({ label: '抖音转化率' });
  await waitFor(async () => /抖音转化率 连续 \d+ 期低于目标的 80%/.test(await page.textContent('[data-testid="monitor"]')), 'the rate raises its alert');
  await ctx.close();
});

test('phases typed by length are laid end to end, and a band dragged on the overview moves its phase', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('setup');
  const start = await page.inputValue('[data-field="start"]');
  await page.fill('[data-field="phases-by-length"]', '预热期 3 周, 爆发期 1 周, 持续期 4 周');
  await page.click('[data-action="lay-phases"]');
  await waitFor(async () => /已依次排布 3 个阶段/.test(await page.textContent('[data-testid="notice"]')), 'laid out');
  // Bad input says which part and keeps the text.
  await page.fill('[data-field="phases-by-length"]', '预热期 3 周, 爆发期');
  await page.press('[data-field="phases-by-length"]', 'Enter');
  await waitFor(async () => /第 2 段“爆发期”缺少时长/.test(await page.textContent('[data-testid="notice"]')), 'names the part');
  assert.equal(await page.inputValue('[data-field="phases-by-length"]'), '预热期 3 周, 爆发期');
  await go('overview');
  const band = (name) => page.locator('.phase-band', { hasText: name });
  const dates = async (name) => (await band(name).locator('.phase-dates').textContent()).trim();
  const day = (iso, n) => { const d = new Date(Date.parse(iso) + n * 864e5); return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`; };
  assert.equal(await dates('预热期'), `${day(start, 0)} – ${day(start, 20)}`);
  assert.equal(await dates('爆发期'), `${day(start, 21)} – ${day(start, 27)}`);
  // Drag the burst phase's right edge three days later, then the whole band back one day.
  const box = await band('爆发期').boundingBox();
  const endGrip = band('爆发期').locator('.phase-grip.end');
  const g = await endGrip.boundingBox();
  const pxDay = box.width / 7;
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
  await page.mouse.down();
  await page.mouse.move(g.x + g.width / 2 + pxDay * 3, g.y + g.height / 2, { steps: 6 });
  await page.mouse.up();
  await waitFor(async () => (await dates('爆发期')) === `${day(start, 21)} – ${day(start, 30)}`, 'the end moved three days');
  const b2 = await band('爆发期').boundingBox();
  await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height / 2);
  await page.mouse.down();
  await page.mouse.move(b2.x + b2.width / 2 - pxDay, b2.y + b2.height / 2, { steps: 4 });
  await page.mouse.up();
  await waitFor(async () => (await dates('爆发期')) === `${day(start, 20)} – ${day(start, 29)}`, 'the band moved a day earlier');
  // Each drag is one undo step.
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await dates('爆发期')) === `${day(start, 21)} – ${day(start, 30)}`, 'undo');
  await ctx.close();
});

test('the plan description seeds the overall goal', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="description"]', '618 大促：新客成交额达到 600 万\n其余说明');
  await page.press('[data-field="description"]', 'Tab');
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/goals`);
  await page.click('[data-action="add-goal"]');
  await waitFor(async () => (await page.locator('[data-field="statement"]').first().inputValue().catch(() => '')) === '618 大促：新客成交额达到 600 万', 'the first line became the goal');
  await ctx.close();
});

test('before the start typed figures show; after the end KPIs meet their full targets', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('dashboard');
  assert.equal(await page.locator('[data-testid="plan-stage"]').count(), 0, 'a running plan needs no note');
  const work = await page.textContent('[data-testid="work-progress"]');
  await go('overview');
  const tasks = await page.textContent('[data-testid="item-count"]');
  assert.match(work, new RegExp(`/ ${tasks} 项完成`), 'the overview and the dashboard count the same tasks');
  // Two months later the sample has ended.
  await page.clock.install({ time: new Date(Date.now() + 60 * 864e5) });
  await go('dashboard');
  await page.reload();
  await page.waitForSelector('[data-testid="plan-stage"]');
  assert.match(await page.textContent('[data-testid="plan-stage"]'), /计划已于 .* 结束：每个指标按完整目标对比/);
  const card = page.locator('[data-testid="kpi-card"][data-kpi="k-dy-conv"]');
  assert.match(await card.textContent(), /完整目标 2,100 次/);
  await ctx.close();
  // A month before it starts: what was typed shows, and nothing is compared.
  const early = await fresh('zh-CN');
  await early.page.clock.install({ time: new Date(Date.now() - 30 * 864e5) });
  await early.go('dashboard');
  await early.page.reload();
  await early.page.waitForSelector('[data-testid="plan-stage"]');
  assert.match(await early.page.textContent('[data-testid="plan-stage"]'), /计划尚未开始/);
  const c = early.page.locator('[data-testid="kpi-card"][data-kpi="k-dy-conv"]');
  assert.doesNotMatch(await c.textContent(), /还没有数据/);
  assert.match(await c.textContent(), /计划尚未开始，暂不比对目标/);
  await early.ctx.close();
});

test('targets of countable KPIs are whole numbers per day', async () => {
  const { ctx, page, go } = await fresh('zh-CN');
  await go('kpis');
  const heads = await page.locator('[data-testid="actuals-grid"] thead th').allTextContents();
  const c = heads.findIndex((h) => h.startsWith('抖音成交')) - 1;
  const hints = await page.locator(`[data-cell$=":${c}"]`).evaluateAll((els) => els.map((e) => e.placeholder).filter(Boolean));
  assert.ok(hints.length > 5);
  assert.deepEqual(hints.filter((h) => !/^\d[\d,]*$/.test(h)), [], 'no fractional orders');
  await ctx.close();
});

test('a funnel stage with no data is skipped and the rate after it is measured from the stage before', async () => {
  const { ctx, page, go } = await fresh('en');
  await go('kpis');
  for (const name of ['XHS visits', 'Douyin visits']) {
    const row = page.locator('tr.kpi-def', { has: page.locator(`input[data-field="name"][title="${name}"]`) });
    await row.locator('[data-field="stage"]').selectOption('');
  }
  await go('funnel');
  const visit = page.locator('.funnel .stage[data-stage="visit"]').first();
  await visit.waitFor();
  assert.match(await visit.textContent(), /no data · skipped/);
  const into = page.locator('.funnel .step[data-step="2"]').first();
  assert.equal(await into.getAttribute('data-from'), '1');
  assert.match(await into.textContent(), /↓ [\d.]+% \(vs Clicks?\)/);
  // Every step label fits inside its chart.
  const out = await page.$$eval('svg.funnel', (svgs) => svgs.flatMap((svg) => {
    const r = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.step text')].filter((t) => t.getBoundingClientRect().right > r.right + 1).map((t) => t.textContent);
  }));
  assert.deepEqual(out, []);
  await ctx.close();
});

for (const locale of ['en', 'zh-CN']) {
  test(`the header keeps one line at 1280 px (${locale})`, async () => {
    for (const width of [1280, 1366]) {
      const { ctx, page } = await fresh(locale, { viewport: { width, height: 768 } });
      const h = await page.evaluate(() => document.querySelector('.app-header').getBoundingClientRect().height);
      assert.ok(h < 60, `${width}: ${h}px`);
      await ctx.close();
    }
  });
}

test('the drawer wraps long strategy names and the risk register says what a level means', async () => {
  const { ctx, page, go } = await fresh('en');
  await go('tasks');
  await page.click('tr[data-index="3"] [data-action="open-details"]');
  const drawer = page.locator('.drawer');
  await drawer.waitFor();
  const spill = await drawer.evaluate((d) => {
    const r = d.getBoundingClientRect();
    return [...d.querySelectorAll('label, span, input, select')].filter((e) => { const b = e.getBoundingClientRect(); return b.width > 0 && b.right > r.right + 1; }).map((e) => e.textContent.slice(0, 40));
  });
  assert.deepEqual(spill, [], 'nothing runs off the drawer');
  await page.keyboard.press('Escape');
  await go('risks');
  const sel = page.locator('tr[data-risk] select[data-field="likelihood"]').first();
  await sel.waitFor();
  assert.match(await sel.evaluate((s) => s.selectedOptions[0].textContent), /^\d · [A-Z][a-z]+/);
  assert.ok(await sel.evaluate((s) => s.getBoundingClientRect().width) >= 90, 'wide enough to read');
  await ctx.close();
});
