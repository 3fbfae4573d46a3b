// Shared by the end-to-end tests, the screenshots and the benchmark: serves
// dist/ on loopback under a sub-path (proving relative asset URLs) and
// launches Debian's Chromium through playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

// CP_DIST serves another build (e.g. an older one, to see a test fail there).
const DIST = path.resolve(process.env.CP_DIST || path.resolve(import.meta.dirname, '..', 'dist'));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };
export const SUBPATH = '/some/sub/path/';

/**
 * Starts a static server for dist/ (or `dir`) at http://127.0.0.1:<port>/some/sub/path/.
 * With `brotli`, files are sent compressed as a static host sends them
 * (quality 11, made once at start), for the first-load benchmark. `fail(rel)`
 * answering true makes that file's request fail (a cut connection).
 */
export async function serve(dir = DIST, { brotli = false, fail = () => false } = {}) {
  const DIST_DIR = path.resolve(dir);
  if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) throw new Error('dist/ is missing: run `make dist` first');
  const packed = new Map();
  if (brotli) {
    for (const f of fs.readdirSync(DIST_DIR, { recursive: true })) {
      const file = path.join(DIST_DIR, f);
      if (!fs.statSync(file).isFile()) continue;
      packed.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(SUBPATH)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html';
    const file = path.join(DIST_DIR, rel);
    if (!file.startsWith(DIST_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    if (fail(rel)) { req.socket.destroy(); return; }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    const body = packed.get(file);
    if (body && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${SUBPATH}`;
  // Closing drops open connections too, so a test can take the server away for real.
  return { url, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * A fresh context (empty storage) with a language, ready for tests. Every
 * page error and console error on any of its pages is collected, and
 * closing the context fails the test if there was one (warnings are only
 * printed). A test that provokes an error on purpose lists its text in
 * `ctx.expectErrors` (substrings).
 */
export async function newContext(browser, locale = 'zh-CN', extra = {}) {
  // Service workers are off unless a test asks (the offline tests): the
  // other tests see the network as it is.
  const ctx = await browser.newContext({ locale, viewport: { width: 1366, height: 768 }, acceptDownloads: true, serviceWorkers: 'block', ...extra });
  ctx.errors = [];
  ctx.expectErrors = [];
  ctx.on('page', (page) => {
    page.on('pageerror', (e) => ctx.errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') ctx.errors.push(`console error: ${m.text().slice(0, 800)}`);
      // Playwright's note that it blocked the service worker (see below) is not the app's.
      else if (m.type() === 'warning' && !m.text().includes('Service Worker registration blocked')) console.log('console warning:', m.text().slice(0, 300));
    });
  });
  const close = ctx.close.bind(ctx);
  ctx.close = async (...args) => {
    await close(...args);
    const unexpected = ctx.errors.filter((e) => !ctx.expectErrors.some((x) => e.includes(x)));
    assert.deepEqual(unexpected, [], 'the page logged errors');
  };
  return ctx;
}

/** A phone in WeChat's in-app browser (Android), with touch, in China's time zone. */
export const WECHAT_PHONE = {
  viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, timezoneId: 'Asia/Shanghai',
  userAgent: 'Mozilla/5.0 (Linux; Android 13; V2203A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.49',
};

/** Opens the app and waits until the first view is interactive. A first
 * visit lands on the new plan page; like most tests' user, this one then
 * looks at the sample plan (`{ stay: true }` stays on the page). */
export async function open(page, url, hash = '', { stay = false } = {}) {
  await page.goto(url + hash);
  await page.waitForSelector('body[data-ready="1"]');
  if (!stay && hash === '' && await page.locator('[data-testid="new-plan"][data-first="1"]').count()) {
    await page.click('[data-action="open-sample"]');
    await page.waitForSelector('[data-testid="sample-banner"]');
  }
}

/** A fresh context and page on the app, with page errors printed. */
export async function freshPage(browser, url, locale = 'zh-CN') {
  const ctx = await newContext(browser, locale);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await open(page, url);
  return { ctx, page };
}

/** Polls `fn` until it is truthy (clicks and hash changes land a task later), or fails with `what`.
 * The time-out is generous: a machine whose cores are busy with other work
 * may take seconds to draw; it only decides how long a real failure takes. */
export async function waitFor(fn, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let v;
  while (!(v = await fn()) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  assert.ok(v, what);
}

/**
 * The app's IndexedDB entries in `store` ('plans', 'entries' — the knowledge
 * base — or 'recovery') as { key: text }; {} before the app has made its
 * database (never made here: that would leave it without its stores).
 */
export function stored(page, store = 'plans') {
  return page.evaluate((store) => new Promise((ok, bad) => {
    const r = indexedDB.open('campaign-planner');
    r.onupgradeneeded = () => r.transaction.abort();
    r.onerror = () => ok({});
    r.onsuccess = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains(store)) { db.close(); ok({}); return; }
      const out = {};
      const c = db.transaction(store).objectStore(store).openCursor();
      c.onsuccess = () => {
        const cur = c.result;
        if (cur) { out[cur.key] = cur.value; cur.continue(); } else { db.close(); ok(out); }
      };
      c.onerror = () => bad(c.error);
    };
  }), store);
}

/** The stored plan `id` (its file envelope, parsed: { revision, plan, … }), or null. */
export async function storedPlan(page, id) {
  const text = (await stored(page))[id];
  return text === undefined ? null : JSON.parse(text);
}

/**
 * Writes `text` under `key` in the app's store `store` (null removes it) and,
 * like another tab of the app, announces the write on its channel.
 */
export function putStored(page, store, key, text) {
  return page.evaluate(([store, key, text]) => new Promise((ok, bad) => {
    const r = indexedDB.open('campaign-planner');
    r.onsuccess = () => {
      const db = r.result;
      const tx = db.transaction(store, 'readwrite');
      if (text === null) tx.objectStore(store).delete(key); else tx.objectStore(store).put(text, key);
      tx.oncomplete = () => {
        db.close();
        const what = store === 'plans' ? `campaign-planner:plan:${key}` : 'campaign-planner:knowledge';
        const ch = new BroadcastChannel('campaign-planner');
        ch.postMessage(what);
        ch.close();
        ok();
      };
      tx.onabort = () => bad(tx.error);
    };
    r.onerror = () => bad(r.error);
  }), [store, key, text]);
}

/** Makes this page's IndexedDB writes fail as a full disk does (or, with false, work again). */
export function failWrites(page, on = true) {
  return page.evaluate((on) => {
    if (!window.__put) window.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = on
      ? function () { throw new DOMException('full', 'QuotaExceededError'); }
      : window.__put;
  }, on);
}
