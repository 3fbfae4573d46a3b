// End-to-end tests of share links against the release build: the sample's
// link is made in the browser (deflate-raw in the fragment), its length
// said; opened in another browser with nothing stored, it shows a preview,
// leaves the address bar clean and saves a copy only on request; a summary
// link is read-only; a damaged link says so and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, stored as storedAll } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function withClipboard(locale) {
  const ctx = await newContext(browser, locale);
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  const page = await ctx.newPage();
  await open(page, srv.url);
  return { ctx, page };
}

test('a plan travels in a link, opens as a preview elsewhere and is saved as a copy', async () => {
  const { ctx, page } = await withClipboard('zh-CN');
  await page.click('[data-action="share"]');
  await page.waitForSelector('[data-testid="link-length"]');
  const length = await page.locator('[data-testid="link-length"]').textContent();
  assert.match(length, /链接长度 [\d,]+ 字符/);
  await page.click('[data-action="copy-link"]');
  await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())).includes('#/share/p/'), 'link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(srv.url), link.slice(0, 80));
  assert.equal(link.length, Number(length.match(/([\d,]+) 字符/)[1].replace(/,/g, '')));
  await page.click('[data-action="copy-summary-link"]');
  await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())).includes('#/share/s/'), 'summary copied');
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(summary.length < link.length && summary.length <= 2000, `summary ${summary.length} of ${link.length}`);
  await ctx.close();

  // Another browser, nothing stored: the preview, then a copy on request.
  const other = await newContext(browser, 'zh-CN');
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.waitForSelector('[data-testid="shared-preview"]');
  assert.equal(await p2.locator('[data-testid="shared-name"]').textContent(), '新品A上市推广（示例）');
  // The app clears it as it starts (the first look before it leaves it be).
  await waitFor(() => !p2.url().includes('#/share/'), 'the fragment leaves the address bar');
  // A first visit made nothing of its own: the saved copy is this browser's one plan.
  await p2.click('[data-action="save-shared"]');
  await p2.waitForSelector('[data-testid="overview"]');
  await waitFor(async () => Object.keys(await storedAll(p2)).length === 1, 'saved as its plan');
  assert.equal(await p2.locator('.plan-switch option').filter({ hasText: '新品A上市推广（示例）' }).count(), 1);
  // The summary link: read-only, nothing to save.
  await p2.goto(summary);
  await p2.waitForSelector('[data-testid="shared-preview"]');
  assert.match(await p2.locator('[data-testid="shared-preview"]').textContent(), /摘要链接/);
  assert.equal(await p2.locator('[data-action="save-shared"]').count(), 0);
  await p2.click('[data-action="close-shared"]');
  // A damaged link (cut short, or with a character no link has) says so and changes nothing.
  const kept = async () => JSON.stringify([await p2.evaluate(() => Object.keys(localStorage).sort()), await storedAll(p2)]);
  const stored = await kept();
  for (const bad of [link.slice(0, link.length - 40), link.slice(0, link.length - 40) + '!!']) {
    await p2.goto(srv.url + '#/plans');
    await p2.goto(bad);
    await p2.waitForSelector('.notice');
    assert.match(await p2.locator('.notice').textContent(), /不完整或已损坏/);
    assert.equal(await p2.locator('[data-testid="shared-preview"]').count(), 0);
    assert.equal(await kept(), stored);
  }
  await other.close();
});
