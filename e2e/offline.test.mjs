// End-to-end tests of working offline and updating, against a copy of the
// release build: the service worker takes control after the first visit;
// then the server is stopped for real and the context set offline, and a
// reload still opens the stored plans, takes an edit and saves it. A second
// deploy (a new worker, a changed page) is announced, and the user's click
// lands on it with nothing lost. The manifest meets the install criteria.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor, stored } from './harness.mjs';

const DIST = path.resolve(import.meta.dirname, '..', 'dist');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A private copy of the build, so a test can "deploy" into it. */
function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-dist-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** A copy of the build served, and a page on it controlled by its worker. */
async function controlledPage() {
  const dir = copyDist();
  const srv = await serve(dir);
  const ctx = await newContext(browser, 'zh-CN', { serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  await open(page, srv.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit is claimed by the worker on activation.
  await waitFor(() => page.evaluate(() => !!navigator.serviceWorker.controller), 'the worker controls the page', 10_000);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  return { dir, srv, ctx, page, id };
}

test('after one visit the app opens, edits and saves with the server gone', async () => {
  const { dir, srv, ctx, page, id } = await controlledPage();
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'));
  // The server goes away, and the network with it.
  await srv.close();
  await ctx.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.ok((await page.title()).includes('营销策划执行台'));
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  await page.waitForSelector('body[data-ready="1"]');
  const name = page.locator('[data-testid="plan-setup"] input[data-field="name"]');
  await name.fill('离线修改的计划');
  await name.press('Tab');
  await waitFor(async () => Object.values(await stored(page)).some((t) => t.includes('离线修改的计划')), 'saved offline');
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.match(await page.locator('header').first().textContent(), /离线修改的计划/);
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a new deploy is announced and the click lands on it with nothing lost', async () => {
  const { dir, srv, ctx, page, id } = await controlledPage();
  // Deploy: a changed page and a worker of a new version.
  const html = path.join(dir, 'index.html');
  fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replace('<head>', '<head><meta name="cp-deploy" content="2" />'));
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/campaign-planner-[0-9a-f]+/, 'campaign-planner-deploy2'));
  // Unsaved work in flight when the new version arrives.
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  const name = page.locator('[data-testid="plan-setup"] input[data-field="name"]');
  await name.fill('更新前的修改');
  await name.press('Tab');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('[data-testid="update-ready"]', { timeout: 15_000 });
  assert.match(await page.locator('[data-testid="update-ready"]').textContent(), /新版本可用/);
  await Promise.all([page.waitForEvent('load'), page.click('[data-action="apply-update"]')]);
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.locator('meta[name="cp-deploy"]').count(), 1, 'the new version is running');
  assert.match(await page.locator('header').first().textContent(), /更新前的修改/);
  assert.equal(await page.locator('[data-testid="update-ready"]').count(), 0);
  await ctx.close();
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
