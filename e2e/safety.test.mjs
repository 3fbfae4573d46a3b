// Nothing a user does can lose a plan or crash the app: a deletion that
// used to make the plan vanish on reload, resizes and Back with an edit in
// progress (panics once), stored plans and files that break the rules
// (opened with their mends listed), the recovery area, a walk over every
// page in both languages, and a seeded monkey. The harness fails any test
// whose page logs an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor, stored, putStored } from './harness.mjs';
import { bigPlan } from '../bench/plans.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const LAPTOP = { width: 1366, height: 768 };

async function fresh(locale = 'zh-CN') {
  const ctx = await newContext(browser, locale, { viewport: LAPTOP });
  const page = await ctx.newPage();
  await open(page, srv.url);
  return { ctx, page };
}

const planKeys = async (page) => Object.keys(await stored(page));
// The recovery area spans both stores.
const recoveryKeys = async (page) => [
  ...(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':recovery:')))),
  ...Object.keys(await stored(page, 'recovery')),
];
const saved = (page) => waitFor(async () => (await page.getAttribute('[data-testid="save-state"]', 'class')).includes('saved'), 'saved');

test('deleting a person who owns a goal keeps the plan after a reload', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="setup"]');
  const hasWang = () => page.evaluate(() => [...document.querySelectorAll('input.cell')].some((i) => i.value === '王敏'));
  await waitFor(hasWang, 'setup lists 王敏');
  // The × of 王敏's row, as a person would click it.
  const row = await page.evaluate(() => [...document.querySelectorAll('tr')].findIndex((tr) => [...tr.querySelectorAll('input.cell')].some((i) => i.value === '王敏')));
  await page.locator('tr').nth(row).locator('button.icon-btn:not([data-action="send-to"])').click();
  await waitFor(async () => !(await hasWang()), 'person removed');
  await saved(page);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal((await planKeys(page)).length, 1, 'the plan is still stored');
  assert.deepEqual(await recoveryKeys(page), [], 'nothing was set aside');
  assert.equal(await page.locator('[data-testid="recovered"]').count(), 0);
  assert.equal(await page.locator('[data-testid="repaired"]').count(), 0);
  await page.click('a.tab[data-view="overview"]');
  assert.match(await page.textContent('.plan-title'), /新品A上市推广/);
  await ctx.close();
});

test('resizing the window after the task list, and Back with an edit in progress, raise no error and keep the edit', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="tasks"]');
  await page.waitForSelector('[data-col="title"]');
  await page.click('a.tab[data-view="overview"]');
  for (const [w, h] of [[1000, 700], [1920, 1080], [1366, 768]]) await page.setViewportSize({ width: w, height: h });
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  // An edit typed in setup, then the browser's Back before leaving the field.
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', '改名后的计划');
  await page.goBack();
  await waitFor(async () => !page.url().endsWith('/setup'), 'went back');
  await waitFor(async () => (await page.title()).startsWith('改名后的计划'), 'the edit was committed');
  // A task title typed, then Back.
  await page.click('a.tab[data-view="tasks"]');
  const first = page.locator('[data-col="title"]').first();
  await first.fill('改过的任务');
  await page.goBack();
  await page.goForward();
  await waitFor(async () => (await page.locator('[data-col="title"]').first().inputValue()) === '改过的任务', 'title kept');
  await ctx.close();
});

/** Puts a plan whose text breaks reference rules straight into storage. */
async function storeBroken(page) {
  const [id, text] = Object.entries(await stored(page))[0];
  const v = JSON.parse(text);
  v.plan.work_items[0].owner = 'ghost';
  v.plan.work_items[1].raci = { ghost: 'A' };
  v.plan.strategy.goals[0].owner = 'nobody';
  v.plan.dependencies.push({ ...v.plan.dependencies[0], id: 'dup-link' });
  await putStored(page, 'plans', id, JSON.stringify(v));
}

test('a stored plan that breaks the rules opens mended, lists the mends, and keeps the original in the recovery area', async () => {
  const { ctx, page } = await fresh('en');
  await saved(page);
  await storeBroken(page);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  const banner = page.locator('[data-testid="repaired"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /had 4 entries that broke the rules/);
  await banner.locator('button', { hasText: 'Details' }).click();
  const details = await banner.textContent();
  assert.match(details, /plan\.work_items\[0\]\.owner: pointed at "ghost", which is not there: cleared/);
  assert.match(details, /plan\.strategy\.goals\[0\]\.owner/);
  assert.match(details, /plan\.dependencies\[\d+\]: invalid entry: removed/);
  assert.equal((await planKeys(page)).length, 1);
  assert.equal((await recoveryKeys(page)).length, 1);
  // The mended plan is saved: the next load needs no mends.
  await saved(page);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.locator('[data-testid="repaired"]').count(), 0);
  // The recovery area lists the original: download, open (asks), delete.
  await page.click('a.tab[data-view="plans"]');
  const entry = page.locator('[data-testid="recovery-entry"]');
  await entry.waitFor();
  assert.match(await entry.textContent(), /New product A launch/);
  // Plans live in IndexedDB: the browser's estimate is the measure, not localStorage's 5 MB.
  await page.waitForSelector('[data-testid="storage-estimate"]');
  assert.match(await page.textContent('[data-testid="storage-estimate"]'), /^What this browser keeps for this site: [\d.]+ (KB|MB) used of about [\d.]+ (MB|GB)$/);
  assert.equal(await page.locator('[data-testid="storage-use"]').count(), 0);
  const [dl] = await Promise.all([page.waitForEvent('download'), entry.locator('[data-action="recovery-download"]').click()]);
  assert.match(dl.suggestedFilename(), /^recovered-\d+\.campaign\.json$/);
  await entry.locator('[data-action="recovery-open"]').click();
  const dialog = page.locator('[data-testid="import-repair"]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /4 entries break the rules/);
  await dialog.locator('[data-action="cancel-import"]').click();
  assert.equal(await page.locator('.plan-card').count(), 1, 'cancel changed nothing');
  await entry.locator('[data-action="recovery-open"]').click();
  await page.click('[data-action="accept-import"]');
  await waitFor(async () => (await planKeys(page)).length === 2, 'imported as a second plan');
  await page.click('a.tab[data-view="plans"]');
  await entry.locator('[data-action="recovery-delete"]').click();
  await page.click('[data-action="recovery-confirm-delete"]');
  await waitFor(async () => (await recoveryKeys(page)).length === 0, 'recovery entry deleted');
  assert.equal(await page.locator('[data-testid="recovery-entry"]').count(), 0);
  await ctx.close();
});

test('a file with a dangling reference asks before importing; a lag beyond bounds is refused with its path', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await saved(page);
  const text = Object.values(await stored(page))[0];
  const v = JSON.parse(text);
  v.plan.id = 'other';
  v.plan.people = v.plan.people.slice(1);
  const file = { name: 'x.campaign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v)) };
  await page.setInputFiles('[data-testid="import-input"]', file);
  const dialog = page.locator('[data-testid="import-repair"]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /指向不存在的/);
  await page.keyboard.press('Escape');
  assert.equal((await planKeys(page)).length, 1, 'Escape imports nothing');
  v.plan.dependencies[0].lag = 100000000;
  await page.setInputFiles('[data-testid="import-input"]', { ...file, buffer: Buffer.from(JSON.stringify(v)) });
  // Out of range lags are mended to the bound, not refused: the dialog says so.
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /dependencies\[0\]\.lag: 100000000 超出范围，已改为 3650/);
  await dialog.locator('[data-action="accept-import"]').click();
  await waitFor(async () => (await planKeys(page)).length === 2, 'imported');
  await ctx.close();
});

test('a 10,000-item plan saves, reloads, exports compact and imports again', async () => {
  const { ctx, page } = await fresh('zh-CN');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'big.campaign.json');
  fs.writeFileSync(file, JSON.stringify(bigPlan(10000, 'big')));
  await page.setInputFiles('[data-testid="import-input"]', file);
  await page.waitForFunction(() => document.querySelector('[data-testid="item-count"]')?.dataset.total === '10000');
  await saved(page);
  const chars = (await stored(page)).big.length;
  assert.ok(chars < 3_000_000, `stored ${chars} characters`);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="item-count"]')?.dataset.total === '10000');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
  const text = fs.readFileSync(await dl.path(), 'utf8');
  assert.ok(!text.includes('\n  '), 'compact JSON');
  const back = JSON.parse(text);
  assert.equal(back.plan.work_items.length, 10000);
  // Shift+click asks for the indented file.
  const [pretty] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]', { modifiers: ['Shift'] })]);
  assert.ok(fs.readFileSync(await pretty.path(), 'utf8').includes('\n  '), 'indented on request');
  await ctx.close();
});

test('a date outside 1900–2200 is refused with a message and the plan keeps its date', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="setup"]');
  const before = await page.inputValue('[data-field="end"]');
  await page.fill('[data-field="end"]', '2201-01-01');
  await page.keyboard.press('Tab');
  await waitFor(async () => /1900 至 2200/.test((await page.textContent('[data-testid="notice"]').catch(() => '')) ?? ''), 'a message');
  assert.match(await page.textContent('[data-testid="notice"]'), /结束日期.*2201-01-01/);
  // The text stays, marked, to be fixed; the plan kept its date.
  assert.equal(await page.inputValue('[data-field="end"]'), '2201-01-01');
  assert.equal(await page.getAttribute('[data-field="end"]', 'aria-invalid'), 'true');
  await page.click('a.tab[data-view="overview"]');
  await page.click('a.tab[data-view="setup"]');
  assert.equal(await page.inputValue('[data-field="end"]'), before);
  await ctx.close();
});

const VIEWS = ['overview', 'insight', 'goals', 'strategy', 'trace', 'brief', 'tasks', 'gantt', 'budget', 'resources',
  'risks', 'dashboard', 'kpis', 'alerts', 'funnel', 'review', 'raci', 'setup', 'report', 'retro', 'retro-doc',
  'docs/tracking', 'docs/gantt/day', 'docs/weekly', 'docs/evaluation'];

test('a walk over every page in both languages, with resizes, back and forward and print, raises no error', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { ctx, page } = await fresh(locale);
    const id = page.url().match(/#\/plan\/([^/]+)\//)[1];
    for (const [i, v] of VIEWS.entries()) {
      await page.evaluate((h) => { location.hash = h; }, `#/plan/${id}/${v}`);
      await waitFor(() => page.evaluate((s) => location.hash.endsWith(s), `/${v}`), `on ${v}`);
      if (i % 3 === 0) await page.setViewportSize(i % 2 ? { width: 1920, height: 1080 } : LAPTOP);
      if (i % 5 === 0) { await page.emulateMedia({ media: 'print' }); await page.emulateMedia({ media: 'screen' }); }
    }
    for (let i = 0; i < 6; i++) await page.goBack();
    for (let i = 0; i < 3; i++) await page.goForward();
    await page.setViewportSize(LAPTOP);
    await page.click('a.tab[data-view="plans"]');
    await page.click('[data-action="lang"]');
    await page.waitForSelector('[data-testid="library"]');
    await ctx.close();
  }
});

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = ['小红书笔记种草', 'Douyin live', '0', '-1', '1e305亿', '99999999999999', '2026-02-30', '1899-12-31',
  '2201-01-01', '4SF+84467709551', '3, 5SS+2', '12.5%', '3万', '', ' ', '<b>x</b>', '𠮷野家', 'abc', '100', '6/1'];
const KEYS = ['Enter', 'Escape', 'Tab', 'Control+z', 'Control+Shift+z', 'Delete', 'ArrowDown', 'ArrowUp', 'Alt+Shift+ArrowRight'];

for (const seed of (process.env.MONKEY_SEED ? [Number(process.env.MONKEY_SEED)] : [20261201, 7]))
test(`a seeded monkey (seed ${seed}) clicks, types and presses keys all over the app, then every plan still opens`, async () => {
  const steps = Number(process.env.MONKEY_STEPS || 300);
  console.log(`monkey seed ${seed}, ${steps} actions (replay with MONKEY_SEED=${seed})`);
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const { ctx, page } = await fresh('zh-CN');
  // Downloads and print dialogs are real effects, not part of the walk.
  await page.evaluate(() => { window.print = () => {}; });
  const id = page.url().match(/#\/plan\/([^/]+)\//)[1];
  const done = { clicks: 0, typed: 0, keys: 0, pages: 0 };
  for (let i = 0; i < steps; i++) {
    const r = rand();
    try {
      if (r < 0.12) {
        await page.evaluate((h) => { location.hash = h; }, `#/plan/${id}/${pick(VIEWS)}`);
        done.pages++;
      } else if (r < 0.55) {
        const n = await page.locator('button:visible, a.tab:visible, a.subtab:visible, select:visible').count();
        if (n) {
          const el = page.locator('button:visible, a.tab:visible, a.subtab:visible, select:visible').nth(Math.floor(rand() * n));
          const kind = await el.evaluate((e) => (/export|print|download|lang|delete-plan|confirm-delete|recovery/.test(e.getAttribute('data-action') || '')
            ? 'skip' : e.tagName === 'SELECT' ? `select:${e.options.length}` : 'click'));
          if (kind === 'click') { await el.click({ timeout: 500 }); done.clicks++; }
          else if (kind.startsWith('select:') && Number(kind.slice(7)) > 0) {
            // Choosing an option, as a person does with the picker.
            await el.selectOption({ index: Math.floor(rand() * Number(kind.slice(7))) }, { timeout: 500 });
            done.picks = (done.picks || 0) + 1;
          }
        }
      } else if (r < 0.85) {
        const inputs = page.locator('input[type="text"]:visible, input:not([type]):visible, textarea:visible, input[type="number"]:visible, input[type="date"]:visible');
        const n = await inputs.count();
        if (n) {
          const el = inputs.nth(Math.floor(rand() * n));
          const type = await el.getAttribute('type');
          const value = type === 'number' ? pick(['0', '-1', '100', '101', '1e305', '99999999999', '3.5'])
            : type === 'date' ? pick(['2201-01-01', '1899-12-31', '2026-06-01', '2200-12-31', '1900-01-01', '9999-12-31'])
            : pick(TYPED);
          await el.fill(value, { timeout: 500 });
          await page.keyboard.press(pick(['Enter', 'Tab', 'Escape']));
          done.typed++;
        }
      } else {
        await page.keyboard.press(pick(KEYS));
        done.keys++;
      }
    } catch (e) {
      // An element that moved or went away between look-up and action is
      // the monkey's problem, not the app's; errors from the page are
      // collected by the harness.
      if (!/Timeout|detached|not visible|intercepts pointer|outside of the viewport|not an <input>|Element is not/.test(e.message)) throw e;
    }
  }
  console.log(`monkey did ${JSON.stringify(done)}`);
  await saved(page).catch(() => {});
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.deepEqual(await recoveryKeys(page), [], 'no plan was set aside');
  assert.equal(await page.locator('[data-testid="repaired"]').count(), 0, 'no stored plan needed mends');
  const ids = await planKeys(page);
  for (const pid of ids) {
    await page.evaluate((h) => { location.hash = h; }, `#/plan/${pid}/overview`);
    await page.waitForSelector('.plan-title');
  }
  await ctx.close();
});
