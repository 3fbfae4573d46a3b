// End-to-end tests of the team's Excel files (issue 29): workbooks written
// by a real spreadsheet library (Python's openpyxl, as Excel and WPS keep
// them: shared strings, date cells) come into the sheet import and the KPI
// import, a bad cell refused by row and column; the task table and a
// document's table download as .xlsx that openpyxl reads back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor } from './harness.mjs';

let srv, browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-xlsx-'));
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); fs.rmSync(dir, { recursive: true, force: true }); });

/** Writes a workbook with openpyxl: `rows` of cells, a cell `{ date: 'YYYY-MM-DD' }` a real date cell. */
function workbook(name, rows) {
  const file = path.join(dir, name);
  execFileSync('python3', ['-c', `
import sys, json, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '进度'
for row in json.loads(sys.argv[2]):
    ws.append([datetime.date.fromisoformat(c['date']) if isinstance(c, dict) else c for c in row])
wb.save(sys.argv[1])
`, file, JSON.stringify(rows)]);
  return file;
}

/** The cells of a workbook's first sheet, read by openpyxl. */
function cells(file) {
  return JSON.parse(execFileSync('python3', ['-c', `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], ensure_ascii=False, default=str))
`, file]).toString());
}

async function tasksPage(ctx) {
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/tasks`);
  await page.waitForSelector('[data-testid="task-list"]');
  return { page, id };
}

test('a tracking sheet saved as .xlsx comes in like its CSV; a bad cell is refused by row and column', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.clock.install({ time: new Date('2026-05-20T10:00:00+08:00') });
  const { page } = await tasksPage(ctx);
  const rowsBefore = await page.locator('table.grid.tasks tbody tr:not(.spacer)').count();
  const good = workbook('team.xlsx', [
    ['阶段', '任务', '负责人', '开始', '结束', '状态'],
    ['预热期', '竞品调研', '王敏', { date: '2026-06-01' }, { date: '2026-06-03' }, '已完成'],
    ['预热期', '达人直播排期, 第一批', '新同事', { date: '2026-06-04' }, '6/8', '进行中'],
  ]);
  await page.click('[data-action="open-sheet-import"]');
  await page.setInputFiles('[data-field="sheet-file"]', good);
  await page.waitForSelector('[data-testid="sheet-preview"]');
  assert.match(await page.locator('[data-testid="sheet-columns"]').textContent(), /开始 → 开始.*结束 → 结束/);
  const preview = await page.locator('[data-testid="sheet-preview"]').textContent();
  assert.match(preview, /竞品调研.*王敏.*2026年6月1日 至 2026年6月3日.*已完成/);
  assert.match(preview, /达人直播排期, 第一批.*新同事.*2026年6月4日 至 2026年6月8日/);
  await page.click('[data-action="sheet-bring-in"]');
  await page.waitForSelector('[data-testid="sheet-import"]', { state: 'detached' });
  await waitFor(async () => (await page.locator('table.grid.tasks tbody tr:not(.spacer)').count()) === rowsBefore + 2, 'two rows more');
  // A date that is no date, in row 3 of the 开始 column (the 4th): refused whole, saying where.
  const bad = workbook('bad.xlsx', [
    ['阶段', '任务', '负责人', '开始', '结束'],
    ['预热期', '海报', '王敏', { date: '2026-06-01' }, { date: '2026-06-02' }],
    ['预热期', '文案', '王敏', '6月32日', { date: '2026-06-03' }],
  ]);
  await page.click('[data-action="open-sheet-import"]');
  await page.setInputFiles('[data-field="sheet-file"]', bad);
  await page.waitForSelector('[data-testid="sheet-error"]');
  assert.match(await page.locator('[data-testid="sheet-error"]').textContent(), /第 3 行第 4 列：无法识别的日期“6月32日”/);
  assert.equal(await page.locator('[data-action="sheet-bring-in"]').count(), 0);
  // A file named .xlsx that is none: said, and nothing else changes.
  await page.setInputFiles('[data-field="sheet-file"]', { name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not a workbook') });
  await page.waitForSelector('[data-testid="sheet-file-error"]');
  assert.match(await page.locator('[data-testid="sheet-file-error"]').textContent(), /无法读取这个 Excel 文件（\.xlsx）/);
  await ctx.close();
});

test('the task table and a document’s table download as workbooks openpyxl reads', async () => {
  const ctx = await newContext(browser, 'en');
  await ctx.clock.install({ time: new Date('2026-05-20T10:00:00+08:00') });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/gantt`);
  await page.waitForSelector('[data-testid="gantt"]');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  const csvFile = path.join(dir, 'tasks.csv');
  await csvDl.saveAs(csvFile);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-xlsx"]')]);
  assert.match(dl.suggestedFilename(), /\.xlsx$/);
  const file = path.join(dir, 'tasks.xlsx');
  await dl.saveAs(file);
  const rows = cells(file);
  const csvLines = fs.readFileSync(csvFile, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
  assert.equal(rows.length, csvLines.length, 'one row per CSV line');
  assert.deepEqual(rows[0], csvLines[0].split(','), 'the same headings');
  assert.equal(rows[1][0], 1, 'the row number is a number');
  assert.match(String(rows[1][6]), /^\d{4}-\d{2}-\d{2}$/);
  // A document's table, from the document centre.
  await page.goto(`${srv.url}#/plan/${id}/docs`);
  await page.waitForSelector('[data-testid="documents"]');
  const pick = page.locator('select[data-action="download-xlsx"]').first();
  await pick.waitFor();
  const [docDl] = await Promise.all([page.waitForEvent('download'), pick.selectOption({ index: 1 })]);
  const docFile = path.join(dir, 'doc.xlsx');
  await docDl.saveAs(docFile);
  assert.match(docDl.suggestedFilename(), /\.xlsx$/);
  assert.ok(cells(docFile).length >= 2, 'a heading and rows');
  await ctx.close();
});

test('daily actuals in a workbook land in the KPI grid by name and date', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url);
  await page.click('a.tab[data-view="dashboard"]');
  await page.click('[data-subview="kpis"]');
  await page.waitForSelector('[data-testid="actuals-grid"]');
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const file = workbook('actuals.xlsx', [['日期', '抖音成交'], [{ date: today }, 44]]);
  // Today's row of the sample is empty (its data stops yesterday): the value lands there, in its column.
  const r = 14;
  const col = await page.locator('.actuals-grid thead th').evaluateAll((ths) => ths.findIndex((t) => t.textContent.startsWith('抖音成交')) - 1);
  const cell = page.locator(`[data-cell="${r}:${col}"]`);
  assert.equal(await cell.inputValue(), '');
  await page.locator('[data-testid="csv-input"]').setInputFiles(file);
  await waitFor(async () => (await cell.inputValue()) === '44', 'the workbook value landed in its column and day');
  // A bad cell refuses the block, with its row and column.
  const bad = workbook('bad-actuals.xlsx', [['日期', '抖音成交'], [{ date: today }, 'abc']]);
  await page.locator('[data-testid="csv-input"]').setInputFiles(bad);
  await waitFor(async () => /第 2 行第 2 列「abc」不是数字/.test(await page.locator('[data-testid="grid-msg"]').textContent()), 'refused with where');
  await ctx.close();
});
