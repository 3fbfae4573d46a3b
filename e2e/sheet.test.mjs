// End-to-end test of bringing in a team's own tracking sheet: a GBK CSV as
// Chinese Excel saves it is read, its columns shown, the rows previewed and
// brought in as one undo step, with the new owner and phase created; a
// pasted block with a bad date is refused with its row and column.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor, stored } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const FIXTURE = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'tracking-sheet-gbk.csv');

test('a GBK tracking sheet comes in as work items in one undo step', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.clock.install({ time: new Date('2026-05-20T10:00:00+08:00') });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/tasks`);
  await page.waitForSelector('[data-testid="task-list"]');
  await page.click('[data-action="open-sheet-import"]');
  await page.setInputFiles('[data-field="sheet-file"]', FIXTURE);
  await page.waitForSelector('[data-testid="sheet-preview"]');
  const cols = await page.locator('[data-testid="sheet-columns"]').textContent();
  assert.match(cols, /起止时间 → 起止时间/);
  assert.match(cols, /负责人 → 负责人/);
  const preview = await page.locator('[data-testid="sheet-preview"]').textContent();
  assert.match(preview, /竞品调研.*王敏.*2026年6月1日 至 2026年6月3日.*已完成/);
  assert.match(preview, /达人直播排期.*新同事.*进行中/);
  const rowsBefore = await page.locator('table.grid.tasks tbody tr:not(.spacer)').count();
  await page.click('[data-action="sheet-bring-in"]');
  await page.waitForSelector('[data-testid="sheet-import"]', { state: 'detached' });
  await waitFor(async () => (await page.locator('table.grid.tasks tbody tr:not(.spacer)').count()) === rowsBefore + 3, 'three rows more');
  const titles = await page.locator('table.grid.tasks [data-col="title"]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(['竞品调研', '达人直播排期', '海报设计'].every((x) => titles.includes(x)), titles.join('|'));
  await waitFor(async () => Object.values(await stored(page)).some((v) => v.includes('"预热期"') && v.includes('达人直播排期')), 'the new phase and items are saved');
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  await page.waitForSelector('[data-testid="plan-setup"]');
  const names = await page.locator('[data-testid="plan-setup"] input').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(names.includes('新同事') && names.includes('设计部小李') && names.includes('预热期'), 'the new owners and phase are the plan\'s');
  // One undo takes the whole sheet back.
  await page.goto(`${srv.url}#/plan/${id}/tasks`);
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await page.locator('table.grid.tasks tbody tr:not(.spacer)').count()) === rowsBefore, 'undone whole');
  // A pasted block with a bad date: refused, with its row and column.
  await page.click('[data-action="open-sheet-import"]');
  await page.fill('[data-field="sheet-paste"]', '任务\t开始\t结束\n海报\t6/1\t6/2\n文案\t6月32日\t6/3');
  await page.waitForSelector('[data-testid="sheet-error"]');
  assert.match(await page.locator('[data-testid="sheet-error"]').textContent(), /第 3 行第 2 列：无法识别的日期“6月32日”/);
  assert.equal(await page.locator('[data-action="sheet-bring-in"]').count(), 0);
  await ctx.close();
});
