// The edges hostile files and sheets reached (issue 25), as a user meets
// them at 1366×768: a plan with an item ending on the last day of 2200 and a
// lag at the integer limit opens mended and exports its task CSV (the tab
// froze); a bad date in an object's last field, a wrong type and a file
// nested 5,000 deep say where and what in the user's language; a done item
// at 7% opens at 100% with the mend listed; a sheet range across the new
// year is read into the next year and the preview says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newContext, open, waitFor, stored as storedAll } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function fresh(locale) {
  const ctx = await newContext(browser, locale);
  const page = await ctx.newPage();
  await open(page, srv.url);
  await waitFor(async () => (await page.getAttribute('[data-testid="save-state"]', 'class')).includes('saved'), 'saved');
  const stored = JSON.parse(Object.values(await storedAll(page))[0]);
  return { ctx, page, file: { format: stored.format, version: stored.version, plan: stored.plan } };
}

const importText = (page, text) => page.setInputFiles('[data-testid="import-input"]', {
  name: 'x.campaign.json', mimeType: 'application/json', buffer: Buffer.from(text),
});

test('a plan ending on the last day of 2200 with a lag at the integer limit opens mended and exports its tasks', async () => {
  const { ctx, page, file } = await fresh('zh-CN');
  file.plan.id = 'edge';
  file.plan.name = '边界计划';
  const i = file.plan.work_items.findIndex((w) => !w.milestone && !file.plan.work_items.some((c) => c.parent === w.id));
  file.plan.work_items[i].end = '2200-12-31';
  file.plan.work_items[i].status = 'done';
  file.plan.work_items[i].progress = 7;
  file.plan.dependencies[0].lag = 0;
  // JSON.stringify cannot write −2⁶³ exactly: put it in the text.
  const text = JSON.stringify(file).replace('"lag":0', '"lag":-9223372036854775808');
  await importText(page, text);
  const dialog = page.locator('[data-testid="import-repair"]');
  await dialog.waitFor();
  const said = await dialog.textContent();
  assert.match(said, /dependencies\[0\]\.lag: -9223372036854775808 超出范围，已改为 -3650/);
  assert.match(said, new RegExp(`work_items\\[${i}\\]\\.progress: 已完成的任务进度应为 100%（现为 7%）：7% 已改为 100%`));
  await dialog.locator('[data-action="accept-import"]').click();
  await page.waitForFunction(() => location.hash.includes('/plan/edge'));
  await page.click('a.tab[data-view="gantt"]');
  await page.waitForSelector('.bar-g');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  const rows = fs.readFileSync(await csv.path(), 'utf8').split('\r\n');
  assert.ok(rows.some((r) => r.includes('2200-12-31') && r.includes('已完成') && r.includes(',100,')), rows.join('\n'));
  await ctx.close();
});

test('a bad value in an object\'s last field, a wrong type and deep nesting say where and what', async () => {
  const { ctx, page, file } = await fresh('en');
  const dialog = page.locator('[data-testid="import-error"]');
  const refused = async (text) => {
    await importText(page, text);
    await dialog.waitFor();
    const said = await dialog.textContent();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    return said;
  };
  // Keys in the order a JSON tool sorts them: the date is the object's last field.
  const { id, name, end } = file.plan.phases[0];
  file.plan.phases[0] = { end, id, name, start: '2026-02-30' };
  assert.match(await refused(JSON.stringify(file)), /plan\.phases\[0\]\.start: invalid date "2026-02-30"/);
  file.plan.phases[0].start = end;
  file.plan.people = '张三';
  const wrong = await refused(JSON.stringify(file));
  assert.match(wrong, /plan\.people: wrong type: found text "张三", expected a list/);
  assert.doesNotMatch(wrong, /sequence|string/);
  assert.match(await refused('['.repeat(5000) + ']'.repeat(5000)), /Nested too deeply \(over 128 levels.*line 1, column/);
  await ctx.close();
});

test('a sheet range across the new year is read into the next year, and the preview says so', async () => {
  const { ctx, page } = await fresh('zh-CN');
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/tasks`);
  await page.waitForSelector('[data-testid="task-list"]');
  await page.click('[data-action="open-sheet-import"]');
  await page.fill('[data-field="sheet-paste"]', '任务\t起止时间\t负责人\n年货节预热\t12月30日-1月2日\t王敏\n开门红\t1月3日\t王敏');
  await page.waitForSelector('[data-testid="sheet-preview"]');
  const note = await page.locator('[data-testid="sheet-next-year"]').textContent();
  assert.match(note, /1 行的结束日期未写年份且早于开始，按跨年读作次年（如「年货节预热」.*2027.*）/);
  assert.match(await page.locator('[data-testid="sheet-preview"]').textContent(), /年货节预热.*2027年1月2日/);
  // A slip within one year is still refused, with its row.
  await page.fill('[data-field="sheet-paste"]', '任务\t开始\t结束\n海报\t6/5\t6/2');
  await page.waitForSelector('[data-testid="sheet-error"]');
  assert.equal(await page.locator('[data-testid="sheet-next-year"]').count(), 0);
  await ctx.close();
});
