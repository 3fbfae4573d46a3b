// End-to-end tests of the document centre against the release build at
// 1366×768, on a fixed clock (2026-11-20, a Friday): every document opens
// and prints to A4 PDF with Chromium (landscape for the wide ones), the
// pages are rendered to PNG with pdftoppm for a person to look at
// (bench/out/docs/), and a table row is never split across pages; the weekly
// report opens prefilled from the overview and follows the reporting day
// set in Plan setup; copy as text, CSV and ICS downloads carry the plan;
// an exception asks to be reported until marked; the official holidays go
// into the calendar, and an unpublished year says so. Then English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, newContext, open, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'bench', 'out', 'docs');

/** A context on a fixed clock whose first visit makes the sample; its page and the plan id. */
async function sampleAt(locale, iso) {
  const ctx = await newContext(browser, locale);
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  await ctx.clock.install({ time: new Date(iso) });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  return { ctx, page, id };
}

const text = (page, sel) => page.locator(sel).first().textContent();

/** PDF pages and whether each is landscape, read from the file's MediaBoxes. */
function pdfPages(buf) {
  const s = buf.toString('latin1');
  const boxes = [...s.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  const pages = (s.match(/\/Type\s*\/Page(?!s)/g) || []).length;
  return { pages, landscape: boxes.length > 0 && boxes.every((b) => +b[3] > +b[4]) };
}

/** Prints the page as Chromium would to PDF, keeps it and its PNG pages under bench/out/docs. */
async function print(page, name) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(OUT, name)]);
  return pdfPages(pdf);
}

/** Under print media, no table row of the document may straddle a page: each row's break-inside is avoid. */
async function rowsKeepTogether(page) {
  await page.emulateMedia({ media: 'print' });
  const bad = await page.evaluate(() =>
    [...document.querySelectorAll('.doc-page .data-table tbody tr, .doc-page table.gs tbody tr')]
      .filter((tr) => getComputedStyle(tr).breakInside !== 'avoid').length);
  const hidden = await page.evaluate(() => ['.app-header', '.docs-list', '.docs-toolbar'].every((s) => !document.querySelector(s) || getComputedStyle(document.querySelector(s)).display === 'none'));
  await page.emulateMedia({ media: null });
  return bad === 0 && hidden;
}

test('every document opens, prints to A4 and keeps its rows whole', async () => {
  const { ctx, page, id } = await sampleAt('zh-CN', '2026-11-20T10:00:00+08:00');
  await page.click('nav >> text=文档中心');
  await page.waitForSelector('[data-testid="documents"] .doc-page');
  const links = await page.locator('.doc-link').count();
  assert.equal(links, 16);
  // The tracking sheet is exactly the seed's columns with its status boxes.
  assert.equal(await page.locator('.doc-page').getAttribute('data-doc'), 'tracking');
  const heads = await page.locator('.doc-page .data-table th').allTextContents();
  assert.deepEqual(heads, ['阶段', '任务', '负责人', '起止时间', '所需资源', '状态', '备注']);
  const status = await page.locator('.doc-page .data-table tbody tr').first().locator('td').nth(5).textContent();
  assert.match(status, /^[□■]未开始 [□■]进行中 [□■]已完成 [□■]异常$/);
  const slugs = await page.locator('.doc-link').evaluateAll((els) => els.map((e) => e.dataset.doc));
  for (const slug of slugs) {
    await page.click(`.doc-link[data-doc="${slug}"]`);
    await waitFor(async () => (await page.locator('.doc-page').getAttribute('data-doc')) === slug, `${slug} opens`);
    assert.ok(page.url().includes(`/docs/${slug}`), 'the address names the document');
    const title = await text(page, '.doc-page h1');
    assert.ok(title.length > 3, slug);
    assert.ok(await rowsKeepTogether(page), `${slug}: rows avoid page breaks and the app is hidden in print`);
    const { pages, landscape } = await print(page, `${slug}-zh`);
    assert.ok(pages >= 1 && pages <= 30, `${slug}: ${pages} pages`);
    const wide = await page.locator('.doc-page.landscape').count();
    assert.equal(landscape, wide === 1, `${slug} prints ${wide ? 'landscape' : 'portrait'}`);
    // The sample's short documents fit one or two pages: no page is left blank.
    if (['tracking', 'goals', 'resources', 'daily', 'evaluation', 'retro'].includes(slug)) assert.equal(pages, 1, `${slug}: ${pages} pages`);
  }
  // The Gantt chart: as many landscape pages as the preview's sheets; a finer scale makes more.
  await page.click('.doc-link[data-doc="gantt"]');
  // Count the chart's sheets once it is drawn (a count right after the click can see the page before).
  await page.waitForSelector('.doc-page[data-doc="gantt"] .gantt-sheet');
  const weekSheets = await page.locator('.gantt-sheet').count();
  assert.equal((await print(page, 'gantt-week-zh')).pages, weekSheets, 'no blank page after the chart');
  await page.selectOption('[data-field="doc-zoom"]', 'day');
  await waitFor(async () => page.url().endsWith('/day'), 'the zoom is in the address');
  const daySheets = await page.locator('.gantt-sheet').count();
  assert.ok(daySheets > weekSheets, `${daySheets} pages by day, ${weekSheets} by week`);
  const g = await print(page, 'gantt-day-zh');
  assert.equal(g.pages, daySheets);
  assert.ok(g.landscape);
  // Every bar and its task are on the same page: the task table repeats on each.
  assert.equal(await page.locator('.gantt-sheet').first().locator('thead th').first().textContent(), '编号');
  await ctx.close();
});

test('the weekly report opens prefilled, follows the reporting day and copies as text, CSV and a calendar', async () => {
  const { ctx, page, id } = await sampleAt('zh-CN', '2026-11-20T10:00:00+08:00');
  // Friday 17:00 by default: due today.
  assert.match(await text(page, '[data-testid="next-report"]'), /下次周报：2026年11月20日 17:00 前/);
  await page.click('[data-action="open-weekly"]');
  await page.waitForSelector('.doc-page[data-doc="weekly"]');
  assert.match(await text(page, '.doc-page .doc-facts'), /2026年11月14日 至 2026年11月20日/);
  await page.click('[data-action="next-period"]');
  await waitFor(async () => /2026年11月21日 至 2026年11月27日/.test(await text(page, '.doc-page .doc-facts')), 'next week');
  // Copy as text for a chat: the title, the plan and lights as words.
  await page.click('[data-action="copy-text"]');
  await page.waitForSelector('.notice, .toast, [role="status"]');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith('【营销执行周报】新品A上市推广'), copied.slice(0, 40));
  assert.match(copied, /■ KPI 达成/);
  assert.match(copied, /(正常|关注|预警)/);
  await page.click('[data-action="copy-markdown"]');
  await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())).startsWith('# 营销执行周报'), 'markdown copied');
  // A table as CSV: BOM, CRLF, Chinese intact.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.selectOption('select[data-action="download-csv"]', '5')]);
  const bytes = fs.readFileSync(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csvText = bytes.toString('utf8').slice(1);
  // The week's own figure beside the figure to date, each labelled with its days.
  assert.match(csvText.split('\r\n')[0], /^KPI,渠道,本期（2026年11月21日 至 2026年11月27日）,截至 2026年11月20日,目标（截至 2026年11月20日）,达成率,灯号$/);
  assert.match(csv.suggestedFilename(), /^营销执行周报-KPI 达成\.csv$/);
  // The calendar.
  const [ics] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-ics"]')]);
  const cal = fs.readFileSync(await ics.path(), 'utf8');
  assert.ok(cal.startsWith('BEGIN:VCALENDAR\r\n') && cal.endsWith('END:VCALENDAR\r\n'));
  assert.ok((cal.match(/BEGIN:VEVENT/g) || []).length >= 10);
  assert.match(cal, /SUMMARY:小红书笔记种草/);
  assert.match(ics.suggestedFilename(), /\.ics$/);
  // Thursday as the reporting day: the overview and the report follow.
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  await page.selectOption('[data-field="report-weekday"]', '3');
  await page.fill('[data-field="report-time"]', '10:30');
  await page.locator('[data-field="report-time"]').dispatchEvent('change');
  await page.goto(`${srv.url}#/plan/${id}/overview`);
  assert.match(await text(page, '[data-testid="next-report"]'), /2026年11月26日 10:30 前/);
  await ctx.close();
});

test('an exception asks to be reported within 24 h until it is marked; official holidays go into the calendar', async () => {
  const { ctx, page, id } = await sampleAt('zh-CN', '2026-12-15T10:00:00+08:00');
  const pending = page.locator('[data-testid="pending-reports"] li');
  const before = await pending.count();
  assert.ok(before >= 1, 'the sample has an open red alert');
  assert.match(await pending.first().textContent(), /须 24 小时内上报/);
  await pending.first().locator('[data-action="mark-reported"]').click();
  await waitFor(async () => (await pending.count()) === before - 1, 'marked reported');
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await pending.count()) === before, 'undo asks again');
  // The plan spans 2026 and 2027: 2026 is published, 2027 is not guessed.
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  assert.match(await text(page, '[data-unpublished="2027"]'), /2027 尚未公布/);
  await page.click('[data-action="add-official"][data-year="2026"]');
  await page.waitForSelector('[data-list="holiday"] [data-day="2026-10-01"]');
  await page.waitForSelector('[data-list="makeup"] [data-day="2026-10-10"]');
  assert.equal(await page.locator('[data-list="holiday"] .day-chip').count(), 33);
  await ctx.close();
});

test('the documents read in English', async () => {
  const { ctx, page, id } = await sampleAt('en', '2026-11-20T10:00:00+08:00');
  await page.goto(`${srv.url}#/plan/${id}/docs/goals`);
  await page.waitForSelector('.doc-page[data-doc="goals"]');
  assert.equal(await text(page, '.doc-page h1'), 'Campaign goal sign-off sheet');
  assert.match(await text(page, '.doc-signs'), /Approved by/);
  await print(page, 'goals-en');
  await page.click('.doc-link[data-doc="tracking"]');
  await waitFor(async () => (await page.locator('.doc-page').getAttribute('data-doc')) === 'tracking', 'tracking');
  assert.match(await page.locator('.doc-page .data-table tbody tr').first().locator('td').nth(5).textContent(), /Not started/);
  await print(page, 'tracking-en');
  await ctx.close();
});
