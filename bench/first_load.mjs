// The first load on a phone (issue 29): a colleague's first visit on
// Lighthouse's mobile profile (1.6 Mbps down, 750 kbps up, 150 ms round trip,
// CPU slowed 4×), files sent with brotli as a static host sends them, nothing
// cached. Prints figures; asserts nothing. Used by bench.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, newContext, WECHAT_PHONE } from '../e2e/harness.mjs';

const MOBILE = { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** When each of `marks` (name → selector) first appears, in ms since navigation started. */
function watchMarks(ctx, marks) {
  return ctx.addInitScript((marks) => {
    window.__marks = {};
    const look = () => {
      for (const [name, sel] of Object.entries(marks)) {
        if (!(name in window.__marks) && document.querySelector(sel)) window.__marks[name] = performance.now();
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  }, marks);
}

/** Bytes over the wire until `t` ms (the document and every response finished by then). */
function bytesUntil(page, t) {
  return page.evaluate((t) => {
    const nav = performance.getEntriesByType('navigation')[0];
    return performance.getEntriesByType('resource').filter((r) => r.responseEnd <= t)
      .reduce((sum, r) => sum + r.transferSize, nav ? nav.transferSize : 0);
  }, t);
}

async function throttle(page, mobile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (mobile) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
}

/** The sample's share link, and its link for one person (陈静), made by the app. */
async function links(browser, url) {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  await page.click('[data-action="open-sample"]');
  await page.waitForSelector('[data-testid="overview"]');
  const clip = () => page.evaluate(() => navigator.clipboard.readText());
  await page.click('[data-action="share"]');
  await page.click('[data-action="copy-link"]');
  while (!(await clip()).includes('#/share/p/')) await page.waitForTimeout(20);
  const share = await clip();
  await page.keyboard.press('Escape');
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await page.goto(`${url}#/plan/${id}/raci`);
  await page.locator('th.raci-person:has-text("陈静") [data-action="send-to"]').click();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('[data-testid="send-to"] [data-action="copy-person-link"]').click();
  while (!/#\/share\/p\/[\w-]+\.[\w-]+$/.test(await clip())) await page.waitForTimeout(20);
  const owner = await clip();
  // The plan as a manager keeps it, for the overview's first view.
  const plan = await page.evaluate(async (id) => {
    const db = await new Promise((ok) => { const r = indexedDB.open('campaign-planner'); r.onsuccess = () => ok(r.result); });
    return new Promise((ok) => { const r = db.transaction('plans').objectStore('plans').get(id); r.onsuccess = () => ok(r.result); });
  }, id);
  await ctx.close();
  return { share, owner, plan: typeof plan === 'string' ? plan : plan.text, id };
}

/**
 * One cold first view: a fresh browser (nothing cached, no service worker),
 * `hash` opened, until `mark` shows. With `then`, also until a second mark
 * after an action (the owner's tap on "我是 陈静" → 我的工作).
 */
async function cold(browser, url, { hash, mark, seed, then, mobile }) {
  const ctx = await newContext(browser, 'zh-CN', WECHAT_PHONE);
  const marks = { first: mark };
  if (then) marks.then = then.mark;
  await watchMarks(ctx, marks);
  if (seed) {
    await ctx.addInitScript(([id, text]) => {
      if (!location.protocol.startsWith('http') || localStorage.getItem('campaign-planner:index')) return;
      localStorage.setItem(`campaign-planner:plan:${id}`, text);
      localStorage.setItem('campaign-planner:index', JSON.stringify({ plans: [id], current: id, locale: 'zh-CN' }));
    }, seed);
  }
  const page = await ctx.newPage();
  await throttle(page, mobile);
  await page.goto(url + hash);
  await page.waitForFunction(() => 'first' in window.__marks, null, { timeout: 120000 });
  const first = await page.evaluate(() => window.__marks.first);
  const bytes = await bytesUntil(page, first);
  let after = null;
  if (then) {
    await page.locator(then.tap).tap();
    await page.waitForFunction(() => 'then' in window.__marks, null, { timeout: 120000 });
    after = await page.evaluate(() => window.__marks.then);
  }
  await ctx.close();
  return { first, bytes, after };
}

/** Warm: the second visit, every file from the service worker's cache. */
async function warm(browser, url, mobile) {
  const ctx = await newContext(browser, 'zh-CN', { ...WECHAT_PHONE, serviceWorkers: 'allow' });
  await watchMarks(ctx, { first: '[data-testid="new-plan"], [data-testid="library"]' });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'first' in window.__marks);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // Every chunk is in the cache once the worker installed: it lists them all.
  await throttle(page, mobile);
  await page.reload();
  await page.waitForFunction(() => 'first' in window.__marks);
  const t = await page.evaluate(() => window.__marks.first);
  await ctx.close();
  return t;
}

export async function benchFirstLoad(browser, runs) {
  // CP_DIST measures another build (an older one, for the figures before).
  const dist = path.resolve(process.env.CP_DIST || path.resolve(import.meta.dirname, '..', 'dist'));
  const srv = await serve(dist, { brotli: true });
  const l = await links(browser, srv.url);
  const cases = {
    overview: { hash: `#/plan/${l.id}/overview`, mark: '[data-testid="overview"]', seed: [l.id, l.plan] },
    owner: { hash: l.owner.slice(l.owner.indexOf('#')), mark: '[data-action="i-am"]', then: { tap: '[data-action="i-am"]', mark: '[data-testid="my-work"] .my-item' } },
    share: { hash: l.share.slice(l.share.indexOf('#')), mark: '[data-testid="shared-preview"]' },
  };
  const out = {};
  for (const mobile of [true, false]) {
    for (const [name, c] of Object.entries(cases)) {
      const rs = [];
      for (let r = 0; r < runs; r++) rs.push(await cold(browser, srv.url, { ...c, mobile }));
      out[`${name}-${mobile ? 'mobile' : 'fast'}`] = {
        first: median(rs.map((x) => x.first)), bytes: median(rs.map((x) => x.bytes)),
        after: c.then ? median(rs.map((x) => x.after)) : null,
      };
    }
    const ws = [];
    for (let r = 0; r < Math.min(runs, 3); r++) ws.push(await warm(browser, srv.url, mobile));
    out[`warm-${mobile ? 'mobile' : 'fast'}`] = { first: median(ws) };
  }
  // Each file's size as sent.
  out.files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).map((f) => {
    const buf = fs.readFileSync(path.join(dist, f));
    return { f, raw: buf.length, br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  }).sort((a, b) => b.br - a.br);
  out.runs = runs;
  await srv.close();
  return out;
}

export function printFirstLoad(d) {
  const kb = (n) => (n / 1000).toFixed(1);
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(`\n| first visit from a link, nothing cached (median of ${d.runs}) | mobile profile: first view (s) | target | KB before it | unthrottled (s) | KB |\n|---|---:|---:|---:|---:|---:|`);
  const row = (label, k, target) => {
    const m = d[`${k}-mobile`], f = d[`${k}-fast`];
    console.log(`| ${label} | ${s(m.first)} | ≤ ${target} ${m.first <= target * 1000 ? '✓' : 'OVER'} | ${kb(m.bytes)} | ${s(f.first)} | ${kb(f.bytes)} |`);
  };
  row('overview of a stored plan', 'overview', 3.5);
  row('owner link → "我是 陈静" shown', 'owner', 2.5);
  row('share link → preview', 'share', 2.5);
  console.log(`| owner link → tap "我是 陈静" → 我的工作 (from navigation) | ${s(d['owner-mobile'].after)} | – | – | ${s(d['owner-fast'].after)} | – |`);
  console.log(`| second visit, every file from the service worker | ${s(d['warm-mobile'].first)} | – | – | ${s(d['warm-fast'].first)} | – |`);
  console.log(`\n| file (chunks load on first use) | raw KB | brotli KB |\n|---|---:|---:|`);
  const big = d.files.filter((x) => x.br >= 5000);
  for (const x of big) console.log(`| ${x.f.replace(/-[0-9a-f]{16}/, '')} | ${kb(x.raw)} | ${kb(x.br)} |`);
  const small = d.files.filter((x) => x.br < 5000);
  const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
  console.log(`| ${small.length} smaller files (shared chunks, glue, styles) | ${kb(sum(small, 'raw'))} | ${kb(sum(small, 'br'))} |`);
  console.log(`| all | ${kb(sum(d.files, 'raw'))} | ${kb(sum(d.files, 'br'))} |`);
}
