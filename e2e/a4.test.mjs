// Documents fit A4 (issue 27): the retrospective document and the strategy
// brief printed to PDF, each page rendered by pdftoppm, keep every mark of
// ink inside the printable area (the right margin is 11 mm), and their
// tables print in the body's type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, newContext, open } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const DPI = 50;

/** The rightmost inked column of each page (grey PGM from pdftoppm), and the page width. */
function rightInk(pdf) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-a4-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', file, path.join(dir, 'p')]);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => {
    const buf = fs.readFileSync(path.join(dir, f));
    // P5\n<w> <h>\n<max>\n then bytes.
    const header = buf.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    const [w, h] = [+header[1], +header[2]];
    const data = buf.subarray(header[0].length);
    let right = 0;
    for (let y = 0; y < h; y++) for (let x = w - 1; x > right; x--) if (data[y * w + x] < 200) { right = x; break; }
    return { right, width: w };
  });
}

for (const [view, what] of [['retro-doc', 'the retrospective document'], ['brief', 'the strategy brief']]) {
  test(`${what} keeps its ink inside A4 and its tables in the body's type`, async () => {
    const ctx = await newContext(browser, 'zh-CN');
    await ctx.clock.install({ time: new Date('2027-01-05T10:00:00+08:00') });
    const page = await ctx.newPage();
    await open(page, srv.url);
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    await page.goto(`${srv.url}#/plan/${id}/${view}`);
    await page.waitForSelector('.brief');
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.evaluate(() => {
      const body = getComputedStyle(document.querySelector('.brief p') || document.body).fontSize;
      return [body, [...document.querySelectorAll('.brief .data-table td')].map((td) => getComputedStyle(td).fontSize)];
    });
    assert.ok(sizes[1].every((s) => s === sizes[0]), `tables print at ${[...new Set(sizes[1])]} beside body ${sizes[0]}`);
    const pages = rightInk(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const margin = Math.floor((11 / 25.4) * DPI);
    for (const [i, p] of pages.entries()) {
      assert.ok(p.right <= p.width - margin + 1, `page ${i + 1}: ink at ${p.right} px of ${p.width}, past the ${margin} px margin`);
    }
    await ctx.close();
  });
}

for (const loc of ['zh-CN', 'en']) test(`every document of the document centre keeps its ink inside A4, and no table prints larger than its text (${loc})`, async () => {
  const ctx = await newContext(browser, loc);
  await ctx.clock.install({ time: new Date('2027-01-05T10:00:00+08:00') });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${srv.url}#/plan/${id}/docs`);
  await page.waitForSelector('.doc-page');
  const slugs = await page.locator('.docs-list [data-doc]').evaluateAll((els) => els.map((e) => e.dataset.doc));
  assert.equal(slugs.length, 16, `${slugs}`);
  const seen = [];
  // The Gantt chart at each of its zooms too.
  for (const path_ of [...slugs, 'gantt/day', 'gantt/month']) {
    const slug = path_.split('/')[0];
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${srv.url}#/plan/${id}/docs/${path_}`);
    await page.waitForSelector(`.docs-list .doc-link.active[data-doc="${slug}"]`);
    await page.waitForSelector('.doc-page');
    await page.emulateMedia({ media: 'print' });
    const [body, cells, landscape] = await page.evaluate(() => {
      const doc = document.querySelector('.doc-page');
      return [parseFloat(getComputedStyle(doc).fontSize),
        [...doc.querySelectorAll('.data-table td')].map((td) => parseFloat(getComputedStyle(td).fontSize)),
        doc.classList.contains('landscape')];
    });
    assert.ok(cells.every((s) => s <= body), `${slug}: tables at ${[...new Set(cells)]} px beside text at ${body} px`);
    const pages = rightInk(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const margin = Math.floor(((landscape ? 10 : 11) / 25.4) * DPI);
    for (const [i, p] of pages.entries()) {
      assert.ok(p.right <= p.width - margin + 1, `${path_} page ${i + 1}: ink at ${p.right} px of ${p.width}, past the ${margin} px margin`);
    }
    seen.push(`${path_}:${pages.length}`);
  }
  console.log(`documents within A4 (${loc}): ${seen.join(' ')}`);
  await ctx.close();
});
