// End-to-end tests of closing the loop, against the release build at
// 1366×768: the sample is finished by moving the clock past its end; the
// overview says when the evaluation is due; the report reads final figures;
// a retrospective is held (feedback, goals written in from the report, a
// cause citing a KPI and a risk, a lesson promoted, an action item that then
// shows on the overview); the retrospective document prints to A4; a new plan
// of the same scenario offers the lesson and a benchmark and is made from a
// built-in template; the knowledge base is exported and imported into a fresh
// browser, with undo. Then the English report reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const DAY = 86_400_000;
/** A context whose first visit makes the sample (dated around the real today), then a page 70 days later: the sample has ended. */
async function finishedSample(locale) {
  const ctx = await newContext(browser, locale);
  const first = await ctx.newPage();
  await open(first, srv.url);
  const id = await first.evaluate(() => location.hash.split('/')[2]);
  await first.close();
  await ctx.clock.install({ time: new Date(Date.now() + 70 * DAY) });
  const page = await ctx.newPage();
  await open(page, srv.url, `#/plan/${id}/overview`);
  return { ctx, page, id };
}

const text = (page, sel) => page.locator(sel).first().textContent();
const count = (page, sel) => page.locator(sel).count();

/** Picks an option of a retrospective entry's evidence picker by its label. */
async function cite(entry, label) {
  const picker = entry.locator('select[data-field="cite"]');
  await picker.focus();
  await picker.selectOption({ label });
}

test('finish the sample, evaluate it, hold its retrospective and start the next campaign from what was learned', async () => {
  const { ctx, page, id } = await finishedSample('zh-CN');
  // She ran it as her own campaign: a sample's figures count as history only once she says so.
  await page.click('[data-action="mark-real"]');
  await page.waitForSelector('[data-testid="sample-banner"]', { state: 'detached' });
  // The overview says the evaluation is due three working days after the end.
  assert.match(await text(page, '[data-testid="evaluation-due"]'), /评估报告(应于|已逾期)/);

  // The report: final figures against the full targets.
  await page.click('[data-testid="evaluation-due"] a');
  await page.waitForSelector('[data-testid="report"][data-complete="true"]');
  assert.match(await text(page, '[data-testid="report-status"]'), /已于 .* 结束/);
  const rate = await text(page, '[data-section="goals"] tr[data-key="g-all"] [data-field="rate"]');
  assert.match(rate, /^\d+(\.\d)?%$/);
  assert.ok(parseFloat(rate) < 100, 'the unfinished sample falls short of its full targets');
  assert.equal(await count(page, '[data-section="channels"] tbody tr'), 2);
  assert.match(await text(page, '[data-section="channels"] tr[data-key="小红书"] [data-field="verdict"]'), /ROI/);
  assert.match(await text(page, '[data-testid="report-leak"]'), /流失最多/);
  assert.match(await text(page, '[data-testid="exec-line"]'), /动作 \d+ 项/);
  assert.match(await text(page, '[data-testid="mon-line"]'), /共触发预警 \d+ 条/);

  // The retrospective, in the meeting's order.
  await page.click('[data-subview="retro"]');
  await page.waitForSelector('[data-testid="close"][data-page="retro"]');
  const firstFeedback = page.locator('[data-section="feedback"] textarea').first();
  await firstFeedback.fill('达人排期要提前两周锁定');
  await firstFeedback.press('Tab');
  await page.click('[data-action="prefill"]');
  await waitFor(async () => (await count(page, '[data-section="goals"] .retro-entry')) === 5, 'one entry per goal');
  await page.click('[data-action="prefill"]');
  assert.equal(await count(page, '[data-section="goals"] .retro-entry'), 5, 'written in once');

  await page.fill('[data-add="entry-causes"]', '抖音最后三天成交下滑，直播间优惠力度不足');
  await page.press('[data-add="entry-causes"]', 'Enter');
  const cause = page.locator('[data-section="causes"] .retro-entry').first();
  await cite(cause, '抖音成交');
  await cite(cause, '抖音投流转化不达预期');
  await waitFor(async () => (await cause.locator('.cite').count()) === 2, 'two citations');
  assert.match(await cause.locator('.cite[data-cite="kpi"] .cite-figure').textContent(), /\/.*%/);
  assert.match(await cause.locator('.cite[data-cite="risk"]').textContent(), /风险/);

  await page.fill('[data-add="entry-lessons"]', '小红书素人笔记性价比高，可复制');
  await page.press('[data-add="entry-lessons"]', 'Enter');
  const lesson = page.locator('[data-section="lessons"] .retro-entry').first();
  await cite(lesson, '小红书');
  await waitFor(async () => (await lesson.locator('.cite[data-cite="channel"]').count()) === 1, 'the channel cited');
  // Promoted from the foot of the window: the notice about it leaves the row in view.
  await page.evaluate(() => {
    const b = document.querySelector('[data-section="lessons"] .retro-entry [data-action="promote"]');
    window.scrollBy(0, b.getBoundingClientRect().bottom - innerHeight + 12);
  });
  await lesson.locator('[data-action="promote"]').click();
  await lesson.locator('[data-testid="promoted"]').waitFor();
  await page.waitForSelector('[data-testid="notice"]');
  await waitFor(async () => {
    const [n, c] = await Promise.all([page.locator('[data-testid="notice"]').boundingBox(), lesson.locator('[data-testid="promoted"]').boundingBox()]);
    return c.y + c.height <= n.y;
  }, 'the notice covers nothing it is about');

  await page.fill('[data-add="action"]', '下季度继续投放素人笔记');
  await page.press('[data-add="action"]', 'Enter');
  const action = page.locator('[data-section="actions"] tbody tr').first();
  await action.locator('select[data-field="owner"]').focus();
  await action.locator('select[data-field="owner"]').selectOption({ index: 1 });
  assert.equal(await text(page, '[data-testid="retro-count"]'), '1');

  // Undo and redo go through the retrospective like any edit.
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await action.locator('select[data-field="owner"]').inputValue()) === '', 'owner undone');
  await page.click('[data-action="redo"]');
  await waitFor(async () => (await action.locator('select[data-field="owner"]').inputValue()) !== '', 'owner redone');

  // The printable document, on A4.
  await page.goto(`${srv.url}#/plan/${id}/retro-doc`);
  await page.waitForSelector('[data-testid="retro-doc"]');
  assert.match(await text(page, '[data-testid="retro-doc"]'), /小红书素人笔记性价比高/);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);

  // The open action shows on the overview.
  await page.click('a.tab[data-view="overview"]');
  assert.match(await text(page, '[data-testid="open-actions"]'), /未完成的行动项 1 项/);

  // Keep the figures and the plan as a template.
  await page.click('a.tab[data-view="report"]');
  await page.click('[data-action="record"]');
  await page.click('[data-action="save-template"]');

  // The knowledge base finds the lesson, in Chinese and by channel.
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="open-knowledge"]');
  await page.waitForSelector('[data-testid="knowledge"]');
  assert.equal(await count(page, 'li.lesson'), 1);
  await page.fill('[data-field="search"]', '素人');
  assert.equal(await count(page, 'li.lesson'), 1);
  await page.fill('[data-field="search"]', '直播');
  await waitFor(async () => (await count(page, 'li.lesson')) === 0, 'no match');
  await page.fill('[data-field="search"]', '');
  await page.click('[data-tag="小红书"]');
  assert.equal(await count(page, 'li.lesson'), 1);
  await page.click('[data-tab="benchmarks"]');
  assert.ok((await count(page, '[data-section="benchmarks"] tbody tr')) >= 5);

  // A new plan of the same scenario: the lesson and a benchmark are offered; made from the built-in template.
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.waitForSelector('[data-testid="new-plan"]');
  await page.fill('[data-field="name"]', '新品B上市');
  await page.selectOption('select[data-field="scenario"]', 'NewProductLaunch');
  assert.match(await text(page, '[data-testid="offer-lessons"]'), /小红书素人笔记性价比高/);
  await page.check('input[data-template="builtin:new_product_launch"]');
  assert.match(await text(page, '[data-testid="offer-benchmarks"]'), /小红书 .*过去|小红书 .*上次/);
  await page.fill('[data-field="budget"]', '800,000');
  await page.press('[data-field="budget"]', 'Tab');
  await page.click('[data-action="create-plan"]');
  await page.waitForSelector('a.tab.active[data-view="overview"]');
  // The launch template's fifteen items, phases and budget came along.
  assert.equal(await page.getAttribute('[data-testid="item-count"]', 'data-total'), '15');
  assert.match(await text(page, '[data-testid="budget"]'), /800,000/);
  await page.click('a.tab[data-view="budget"]');
  await waitFor(async () => /800,000/.test(await page.locator('[data-testid="budget"]').textContent()), 'the budget split');

  // Export the knowledge base (reached from the plan switcher too)…
  await page.selectOption('select.plan-switch', '__knowledge');
  await page.waitForSelector('[data-testid="knowledge"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-knowledge"]')]);
  // Kept where it outlives this browser (a download goes with its context).
  const file = path.join(os.tmpdir(), `knowledge-${process.pid}.knowledge.json`);
  await download.saveAs(file);
  const body = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(body.format, 'campaign-planner-knowledge');
  assert.equal(body.knowledge.lessons.length, 1);
  assert.equal(body.knowledge.templates.length, 1);
  await ctx.close();

  // …and import it in a fresh browser, with undo.
  const other = await newContext(browser, 'zh-CN');
  const p2 = await other.newPage();
  await open(p2, srv.url, '#/knowledge');
  await p2.waitForSelector('[data-testid="knowledge"]');
  assert.equal(await count(p2, 'li.lesson'), 0);
  await p2.setInputFiles('[data-testid="import-knowledge-input"]', file);
  await waitFor(async () => (await count(p2, 'li.lesson')) === 1, 'the lesson came in');
  await p2.click('[data-tab="templates"]');
  assert.equal(await count(p2, 'li.template'), 8, 'the saved template and the seven built-in ones');
  await p2.click('[data-action="undo"]');
  await waitFor(async () => (await count(p2, 'li.template')) === 7, 'undo of the import');
  await p2.click('[data-action="redo"]');
  // Importing the same file again brings copies, never overwrites.
  await p2.setInputFiles('[data-testid="import-knowledge-input"]', file);
  await waitFor(async () => (await count(p2, 'li.template')) === 9, 'a copy');
  // A plan file is refused with a message.
  await p2.setInputFiles('[data-testid="import-knowledge-input"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"campaign-planner","version":7,"plan":{}}') });
  assert.match(await text(p2, '[data-testid="import-error"]'), /不是知识库文件/);
  await p2.keyboard.press('Escape');
  // It was saved: a reload keeps it.
  await p2.reload();
  await p2.waitForSelector('body[data-ready="1"]');
  await p2.click('[data-tab="templates"]');
  await waitFor(async () => (await count(p2, 'li.template')) === 9, 'kept after a reload');
  await other.close();
});

test('the English report and retrospective read', async () => {
  const { ctx, page, id } = await finishedSample('en');
  await page.goto(`${srv.url}#/plan/${id}/report`);
  await page.waitForSelector('[data-testid="report"][data-complete="true"]');
  assert.match(await text(page, '.report-head h1'), /^Evaluation report · /);
  assert.match(await text(page, '[data-testid="report-due"]'), /(Evaluation due by|evaluation is overdue)/);
  assert.match(await text(page, '[data-section="channels"] tr[data-key="Xiaohongshu"] [data-field="verdict"]'), /ROI/);
  await page.click('[data-subview="retro"]');
  await page.click('[data-action="prefill"]');
  await waitFor(async () => /achieved/.test(await page.locator('[data-section="goals"] .retro-entry textarea').first().inputValue()), 'English entries');
  await ctx.close();
});
