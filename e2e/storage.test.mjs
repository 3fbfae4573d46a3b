// The store with room for years (issue 28): plans in IndexedDB, moved in
// from localStorage without loss, the journal that brings back an edit the
// closing page cut short, a full disk warned, a browser without IndexedDB,
// and two hundred realistic plans imported, listed and opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor, stored, failWrites } from './harness.mjs';
import { realisticPlan } from '../bench/plans.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForSelector('[data-testid="save-state"].saved');
const ready = (page) => page.waitForSelector('body[data-ready="1"]');
const fixture = (name) => fs.readFileSync(path.join(import.meta.dirname, '..', 'tests', 'fixtures', name), 'utf8');
const SAMPLE = JSON.parse(fixture('v11-sample.campaign.json')).plan;
const localPlans = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('campaign-planner:plan:')));

test('plans an earlier version kept in localStorage move into IndexedDB, all of them, and open', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  // The profile an earlier version left: a plan of every file version and the knowledge base.
  const files = fs.readdirSync(path.join(import.meta.dirname, '..', 'tests', 'fixtures')).filter((f) => f.endsWith('.campaign.json')).sort();
  const entries = files.map((f, i) => {
    const v = JSON.parse(fixture(f));
    v.plan.id = `old${i}`;
    v.plan.name = `${f.replace('.campaign.json', '')} 旧计划`;
    return [v.plan.id, JSON.stringify({ ...v, revision: 2 })];
  });
  await ctx.addInitScript(([entries, knowledge]) => {
    if (!location.protocol.startsWith('http') || sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [id, text] of entries) localStorage.setItem(`campaign-planner:plan:${id}`, text);
    localStorage.setItem('campaign-planner:knowledge', knowledge);
    localStorage.setItem('campaign-planner:index', JSON.stringify({ plans: entries.map(([id]) => id), current: 'old0', locale: 'zh-CN' }));
  }, [entries, fixture('knowledge-v2.knowledge.json')]);
  const page = await ctx.newPage();
  await open(page, srv.url, '', { stay: true });
  await page.waitForSelector('.plan-title');
  assert.deepEqual(await localPlans(page), [], 'nothing is left behind in localStorage');
  assert.deepEqual(Object.keys(await stored(page)).sort(), entries.map(([id]) => id).sort());
  assert.equal(await page.evaluate(() => localStorage.getItem('campaign-planner:knowledge')), null);
  assert.ok(Object.keys(await stored(page, 'entries')).includes('knowledge'));
  await page.click('a.tab[data-view="plans"]');
  await waitFor(async () => (await page.locator('.plan-card').count()) === entries.length, 'every plan listed');
  assert.equal(await page.locator('[data-testid="recovery-entry"]').count(), 0, 'nothing needed recovery');
  for (const [id] of entries) {
    await page.click(`.plan-card[data-plan-id="${id}"] [data-action="open"]`);
    await waitFor(async () => (await page.textContent('.plan-title').catch(() => '')).includes('旧计划'), `${id} opens`);
    await page.click('a.tab[data-view="plans"]');
  }
  await ctx.close();
});

test('an edit whose save the closing page cut short comes back from the journal', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url);
  await saved(page);
  await page.click('a.tab[data-view="setup"]');
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  // The save cannot land (the write is cut short), and the page goes.
  await failWrites(page);
  await page.fill('[data-field="name"]', '关页前改的名字');
  await page.press('[data-field="name"]', 'Enter');
  await page.close({ runBeforeUnload: true });
  const again = await ctx.newPage();
  await open(again, srv.url, `#/plan/${id}/setup`, { stay: true });
  await again.waitForSelector('[data-field="name"]');
  assert.equal(await again.inputValue('[data-field="name"]'), '关页前改的名字');
  assert.match(await again.textContent('[data-testid="notice"]'), /上次关闭页面前未保存的修改已找回（1 个计划）/);
  await saved(again);
  await waitFor(async () => JSON.parse((await stored(again))[id]).plan.name === '关页前改的名字', 'saved for good');
  await waitFor(() => again.evaluate(() => !Object.keys(localStorage).some((k) => k.includes(':journal:'))), 'the journal is gone once saved');
  await ctx.close();
});

test('a full disk warns and offers export, keeping the work in the page', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url);
  await saved(page);
  // The disk is full: IndexedDB refuses every write, as a full quota does.
  // (Chromium's quota override does not reach a test browser's profile.)
  await failWrites(page);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'big.campaign.json');
  fs.writeFileSync(file, JSON.stringify(realisticPlan(1, { sample: SAMPLE })));
  await page.setInputFiles('[data-testid="import-input"]', file);
  await page.waitForSelector('[data-testid="storage-warning"]');
  assert.match(await page.textContent('[data-testid="storage-warning"]'), /存储空间已满/);
  await page.waitForSelector('[data-testid="save-state"].not-saved');
  assert.match(await page.textContent('.plan-title'), /第2期/, 'the plan stays open in the page');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="storage-warning"] button')]);
  assert.equal(JSON.parse(fs.readFileSync(await dl.path(), 'utf8')).plan.id, 'r1', 'the export holds it');
  // Room again: the next save lands, and the warning goes.
  await failWrites(page, false);
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', '有空间了');
  await page.press('[data-field="name"]', 'Enter');
  await saved(page);
  await page.waitForSelector('[data-testid="storage-warning"]', { state: 'detached' });
  assert.equal(JSON.parse((await stored(page)).r1).plan.name, '有空间了');
  await ctx.close();
});

test('a browser without IndexedDB keeps plans in localStorage and says so', async () => {
  const ctx = await newContext(browser, 'en-US');
  await ctx.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => null }); });
  const page = await ctx.newPage();
  await open(page, srv.url);
  assert.match(await page.textContent('[data-testid="notice"]'), /has no IndexedDB: plans are kept in localStorage/);
  await saved(page);
  assert.equal((await localPlans(page)).length, 1);
  await page.click('a.tab[data-view="plans"]');
  await page.waitForSelector('[data-testid="no-idb"]');
  assert.match(await page.textContent('[data-testid="storage-use"]'), /used of about 5\.0 MB/);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.plan-card').count(), 1);
  await ctx.close();
});

test('an ended plan is archived to its file, its figures kept as benchmarks, and restored from the file', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url, '', { stay: true });
  // A campaign of early 2025: over for good, whatever day the test runs.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'r0.campaign.json');
  fs.writeFileSync(file, JSON.stringify(realisticPlan(0, { sample: SAMPLE })));
  await page.setInputFiles('[data-testid="import-input"]', file);
  await page.waitForFunction(() => location.hash.startsWith('#/plan/r0/'));
  await saved(page);
  await page.click('a.tab[data-view="plans"]');
  const card = page.locator('.plan-card[data-plan-id="r0"]');
  const [dl] = await Promise.all([page.waitForEvent('download'), card.locator('[data-action="archive-plan"]').click()]);
  const archived = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(JSON.parse(archived).plan.id, 'r0');
  await page.waitForSelector('.plan-card[data-plan-id="r0"]', { state: 'detached' });
  assert.match(await page.textContent('[data-testid="notice"]'), /已归档「年货节 第1期」|已归档「双11大促 第1期」/);
  await saved(page);
  await waitFor(async () => !(await stored(page)).r0, 'removed from the browser');
  const kept = async () => (JSON.parse((await stored(page, 'entries')).knowledge || '{"knowledge":{}}').knowledge.observations || []).filter((o) => o.plan === 'r0');
  await waitFor(async () => (await kept()).length > 0, 'its figures are kept in the knowledge base');
  // The knowledge base shows them as benchmarks.
  await page.click('[data-action="open-knowledge"]');
  await page.click('[data-tab="benchmarks"]');
  await waitFor(async () => /小红书/.test(await page.textContent('[data-testid="knowledge"]')), 'benchmarks by channel');
  // Restored from the file: the plan is back, as it was.
  const back = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'back.campaign.json');
  fs.writeFileSync(back, archived);
  await page.setInputFiles('[data-testid="import-input"]', back);
  await page.waitForFunction(() => location.hash.startsWith('#/plan/r0/'));
  await saved(page);
  assert.deepEqual(JSON.parse((await stored(page)).r0).plan, JSON.parse(archived).plan);
  await ctx.close();
});

test('two hundred realistic plans are imported, listed after a reload, and each opens', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url, '', { stay: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-'));
  const N = 200;
  const names = [];
  for (let i = 0; i < N; i++) {
    const f = realisticPlan(i, { sample: SAMPLE });
    names.push(f.plan.name);
    const file = path.join(dir, `r${i}.campaign.json`);
    fs.writeFileSync(file, JSON.stringify(f));
    await page.setInputFiles('[data-testid="import-input"]', file);
    await page.waitForFunction((id) => location.hash.startsWith(`#/plan/${id}/`), `r${i}`);
  }
  await saved(page);
  await waitFor(async () => Object.keys(await stored(page)).length === N, 'all stored', 60000);
  const chars = Object.values(await stored(page)).reduce((n, t) => n + t.length, 0);
  console.log(`${N} plans, ${(chars / 1e6).toFixed(1)} million characters stored, ${(chars / N / 1000).toFixed(0)} thousand each`);
  assert.ok(chars / N > 200_000, 'realistic plans');
  await page.reload();
  await ready(page);
  await page.click('a.tab[data-view="plans"]');
  await waitFor(async () => (await page.locator('.plan-card').count()) === N, 'every plan listed');
  for (let i = 0; i < N; i++) {
    await page.evaluate((h) => { location.hash = h; }, `#/plan/r${i}/overview`);
    await waitFor(async () => (await page.textContent('.plan-title').catch(() => '')).includes(names[i]), `plan ${i} opens`);
  }
  await ctx.close();
});
