// End-to-end tests against the release build in dist/, driven as a person
// would: clicks, typing, keys, files. Run with `node --test e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newContext, open, waitFor, stored, putStored, failWrites } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForSelector('[data-testid="save-state"].saved');
// Everything kept: localStorage (index, preferences) and the IndexedDB stores.
const storageDump = async (page) => ({
  local: await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).sort())),
  plans: await stored(page), entries: await stored(page, 'entries'), recovery: await stored(page, 'recovery'),
});
const planCount = async (page) => Object.keys(await stored(page)).length;
const tmp = (name, text) => { const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), name); fs.writeFileSync(f, text); return f; };

// A count read right after a click may see the page before it re-renders;
// poll until it matches (or time runs out), then let the assertion judge.
async function countSoon(locator, want, timeout = 20000) {
  const end = Date.now() + timeout;
  let n = await locator.count();
  while (n !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    n = await locator.count();
  }
  return n;
}

async function exportText(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

async function fresh(locale = 'zh-CN') {
  const ctx = await newContext(browser, locale);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text().slice(0, 600)); });
  await open(page, srv.url);
  return { ctx, page };
}

test('first run opens the one page where plans start, with the sample one click away', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url, '', { stay: true });
  assert.equal(await page.evaluate(() => location.hash), '#/new');
  assert.equal(await page.textContent('.new-plan h1'), '开始你的第一个计划');
  // Nothing was made behind her back: no "未命名计划" waiting in the library.
  assert.equal(await planCount(page), 0);
  assert.ok(await page.locator('[data-template="builtin:festival_promotion"]').count(), 'the festival template is offered first');
  await page.click('[data-action="open-sample"]');
  await page.waitForSelector('[data-testid="sample-banner"]');
  assert.match(await page.textContent('.plan-title'), /新品A上市推广（示例）/);
  // Tasks are what gets done: the summary row is counted apart.
  assert.equal(await page.textContent('[data-testid="item-count"]'), '11');
  assert.equal(await page.textContent('[data-testid="summary-count"]'), '另有汇总行 1 项');
  assert.equal(await page.textContent('[data-testid="budget"]'), '¥800,000');
  assert.equal(await countSoon(page.locator('[data-testid="overdue"] li'), 1), 1);
  assert.match(page.url(), /#\/plan\/[^/]+\/overview$/);
  await ctx.close();
});

test('create and edit a plan, and a reload keeps exactly what was there', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', '618 大促');
  await page.press('[data-field="name"]', 'Enter');
  // Money as people say it: 120万 is ¥1,200,000 (issue 27).
  await page.fill('[data-field="budget"]', '120万');
  await page.press('[data-field="budget"]', 'Tab');
  await page.click('[data-action="add-person"]');
  await page.click('a.tab[data-view="tasks"]');
  // A person sees the new row's title selected, then types over it.
  const newRowFocused = () => page.waitForFunction(() => {
    const a = document.activeElement;
    return a?.value === '新任务' && a.selectionStart === 0 && a.selectionEnd === 3;
  });
  await page.click('[data-action="add-item"]');
  await newRowFocused();
  await page.keyboard.type('小红书笔记');
  await page.keyboard.press('Enter'); // commits and opens the next row, focused
  await newRowFocused();
  await page.keyboard.type('选题策划');
  await page.keyboard.press('Alt+Shift+ArrowRight'); // indent under the first
  await page.selectOption('tr[data-index="1"] [data-col="status"]', 'InProgress');
  await saved(page);
  const before = await storageDump(page);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.match(page.url(), /\/tasks$/, 'the view survives the reload');
  assert.deepEqual(await storageDump(page), before);
  const titles = await page.locator('[data-col="title"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(titles, ['小红书笔记', '选题策划']);
  assert.equal(await page.inputValue('tr[data-index="1"] [data-col="level"]'), 'Action');
  assert.equal(await page.inputValue('tr[data-index="1"] [data-col="status"]'), 'InProgress');
  // Collapsing the parent hides its child; expanding shows it again.
  await page.click('tr[data-index="0"] [data-action="toggle"]');
  await page.waitForSelector('tr[data-index="1"]', { state: 'detached' });
  assert.equal(await page.getAttribute('tr[data-index="0"] [data-action="toggle"]', 'aria-expanded'), 'false');
  await page.click('tr[data-index="0"] [data-action="toggle"]');
  await page.waitForSelector('tr[data-index="1"]');
  await page.click('a.tab[data-view="overview"]');
  assert.equal(await page.textContent('[data-testid="budget"]'), '¥1,200,000');
  assert.match(await page.textContent('.plan-switch'), /618 大促/);
  await ctx.close();
});

test('export then import in a fresh browser gives the same plan', async () => {
  const a = await fresh('zh-CN');
  const { name, text } = await exportText(a.page);
  assert.equal(name, '新品A上市推广（示例）.campaign.json');
  assert.equal(JSON.parse(text).format, 'campaign-planner');
  const b = await fresh('en-US');
  await b.page.setInputFiles('[data-testid="import-input"]', tmp(name, text));
  await b.page.waitForSelector('[data-testid="notice"]');
  const again = await exportText(b.page);
  assert.equal(again.text, text, 'the imported plan exports byte for byte the same');
  // Importing the same plan again offers to merge its progress: a task done
  // in the file is listed; nothing else differs. Saved as a copy instead,
  // it never overwrites.
  const done = JSON.parse(text);
  const w = done.plan.work_items.find((w) => !done.plan.work_items.some((c) => c.parent === w.id));
  w.log = [...(w.log || []), { date: done.plan.start, text: '文件里的一条进展' }];
  w.exception_reason = '供应商延期';
  await b.page.setInputFiles('[data-testid="import-input"]', tmp(name, JSON.stringify(done)));
  const review = b.page.locator('[data-testid="update-review"]');
  await review.waitFor();
  assert.match(await review.locator('h2').textContent(), /This plan is already here: merge its progress\?/);
  // Another copy has no sender: its count, no time of sending, no "who sent it".
  assert.match(await review.textContent(), /2 differences in progress/);
  assert.doesNotMatch(await review.textContent(), /Sent |trust within a team/);
  assert.deepEqual(await review.locator('tr[data-fate]').evaluateAll((rows) => rows.map((r) => r.dataset.fate)), ['take', 'take']);
  assert.match(await review.textContent(), /供应商延期.*文件里的一条进展|文件里的一条进展.*供应商延期/);
  await review.locator('[data-action="import-as-copy"]').click();
  await b.page.waitForFunction(() => document.querySelector('.plan-title')?.textContent.includes('(copy)'));
  await b.page.click('a.tab[data-view="plans"]');
  assert.equal(await countSoon(b.page.locator('.plan-card'), 3), 3);
  // Merged instead: one step, logged as from another copy.
  await b.page.setInputFiles('[data-testid="import-input"]', tmp(name, JSON.stringify(done)));
  await review.locator('[data-action="apply-update"]').click();
  await b.page.waitForSelector('[data-testid="update-log"]');
  assert.match(await b.page.locator('[data-testid="update-log"]').textContent(), /Another copy .*: 2 changes/);
  await b.page.click('a.tab[data-view="plans"]');
  assert.equal(await countSoon(b.page.locator('.plan-card'), 3), 3, 'no new plan');
  await a.ctx.close(); await b.ctx.close();
});

test('a malformed file says where and why, and changes nothing', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await saved(page);
  const good = JSON.parse((await exportText(page)).text);
  good.plan.work_items[3].start = '2026-02-30';
  const before = await storageDump(page);
  await page.setInputFiles('[data-testid="import-input"]', tmp('bad.campaign.json', JSON.stringify(good)));
  const dialog = page.locator('[data-testid="import-error"]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /plan\.work_items\[3\]\.start: 无效日期 "2026-02-30"/);
  assert.match(await dialog.textContent(), /没有任何计划被修改/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Not JSON at all, by drag and drop this time.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{ not json'], 'x.campaign.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /不是有效的 JSON：第 1 行第 3 列/);
  await page.click('[data-testid="import-error"] .btn.primary');
  await page.waitForSelector('[data-testid="import-error"]', { state: 'detached' });
  await saved(page);
  assert.deepEqual(await storageDump(page), before, 'storage untouched');
  await page.click('a.tab[data-view="plans"]');
  assert.equal(await countSoon(page.locator('.plan-card'), 1), 1);
  await ctx.close();
});

test('undo and redo by button and keyboard; deleting a plan is confirmed and undoable', async () => {
  const { ctx, page } = await fresh('en-US');
  await page.click('a.tab[data-view="setup"]');
  const original = await page.inputValue('[data-field="name"]');
  await page.fill('[data-field="name"]', 'Renamed');
  await page.press('[data-field="name"]', 'Enter');
  await page.click('[data-action="undo"]');
  assert.equal(await page.inputValue('[data-field="name"]'), original);
  await page.click('[data-action="redo"]');
  assert.equal(await page.inputValue('[data-field="name"]'), 'Renamed');
  await page.click('h2'); // focus outside any field
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('[data-field="name"]'), original);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.inputValue('[data-field="name"]'), 'Renamed');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  assert.equal(await page.inputValue('[data-field="name"]'), 'Renamed');
  // Delete the plan from the library, confirm, then undo from the notice.
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="delete-plan"]');
  await page.click('[data-testid="confirm-delete"] [data-action="confirm-delete"]');
  await page.waitForSelector('.empty.big');
  await saved(page);
  assert.equal(await planCount(page), 0);
  await page.click('[data-testid="notice"] button:has-text("Undo")');
  await page.waitForSelector('.plan-card');
  await saved(page);
  assert.equal(await planCount(page), 1);
  await ctx.close();
});

test('the task list edits with the keyboard and refuses bad dates', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="tasks"]');
  const rows = () => page.locator('tbody tr:not(.spacer)').count();
  await page.click('tr[data-index="3"] [data-col="title"]');
  await page.keyboard.press('Enter');
  assert.equal(await rows(), 13);
  await page.waitForFunction(() => document.activeElement?.value === '新任务' && document.activeElement.selectionEnd === 3);
  await page.keyboard.type('达人建联');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  assert.equal(await page.inputValue('tr[data-index="4"] [data-col="level"]'), 'Action');
  await page.keyboard.press('Alt+ArrowUp'); // no earlier sibling under its parent
  await page.waitForSelector('[data-testid="notice"]');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  assert.equal(await page.inputValue('tr[data-index="4"] [data-col="level"]'), 'Activity');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.value), '小红书笔记种草');
  // End before start is refused: the text stays, marked, to be fixed, and
  // the plan keeps its date (the Gantt shows it).
  const end = page.locator('tr[data-index="0"] [data-col="end"]');
  const was = await end.inputValue();
  await end.fill('2000-01-01');
  await end.dispatchEvent('change');
  await page.waitForSelector('[data-testid="notice"].error');
  assert.equal(await end.getAttribute('aria-invalid'), 'true');
  await end.fill(was);
  await end.dispatchEvent('change');
  assert.equal(await end.getAttribute('aria-invalid'), null);
  const progress = page.locator('tr[data-index="0"] [data-col="progress"]');
  await progress.fill('150');
  await progress.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="notice"]')?.textContent.includes('进度不能超过 100%'));
  assert.equal(await progress.inputValue(), '100');
  // The new row has no owner yet, and the overview says so.
  await page.click('a.tab[data-view="overview"]');
  assert.equal(await page.textContent('[data-testid="unassigned"]'), '无负责人 1 项');
  await ctx.close();
});

test('language switch translates everything and is remembered', async () => {
  const { ctx, page } = await fresh('zh-CN');
  assert.equal(await page.textContent('a.tab[data-view="overview"]'), '概览');
  await page.click('[data-action="lang"]');
  assert.equal(await page.textContent('a.tab[data-view="overview"]'), 'Overview');
  assert.equal(await page.textContent('[data-testid="budget"]'), 'CN¥800,000');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const remembered = () => page.evaluate(() => JSON.parse(localStorage.getItem('campaign-planner:index') || '{}').locale);
  await waitFor(async () => (await remembered()) === 'en', 'the language is remembered');
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.textContent('a.tab[data-view="overview"]'), 'Overview');
  await ctx.close();
});

test('back and forward move between views', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="tasks"]');
  await page.waitForSelector('[data-testid="task-list"]');
  await page.click('a.tab[data-view="setup"]');
  await page.waitForSelector('[data-testid="plan-setup"]');
  await page.goBack();
  await page.waitForSelector('[data-testid="task-list"]');
  await page.goBack();
  await page.waitForSelector('[data-testid="overview"]');
  await page.goForward();
  await page.waitForSelector('[data-testid="task-list"]');
  await ctx.close();
});

test('two tabs on the same plan take each other\'s saves', async () => {
  const { ctx, page: a } = await fresh('zh-CN');
  await saved(a);
  const b = await ctx.newPage();
  await open(b, a.url().replace(/#.*/, ''), new URL(a.url()).hash);
  await a.click('a.tab[data-view="setup"]');
  await b.click('a.tab[data-view="setup"]');
  await a.fill('[data-field="name"]', '来自A');
  await a.press('[data-field="name"]', 'Enter');
  await saved(a);
  await b.waitForFunction(() => document.querySelector('[data-field="name"]').value === '来自A');
  // A newer revision written by A lands in B, which has nothing unsaved.
  const [id, text] = Object.entries(await stored(a))[0];
  const v = JSON.parse(text);
  v.revision += 5; v.plan.name = '来自A第二版';
  await putStored(a, 'plans', id, JSON.stringify(v));
  await b.waitForFunction(() => document.querySelector('[data-field="name"]').value === '来自A第二版');
  await ctx.close();
});

test('unreadable storage is kept aside and full storage warns, offering export', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await saved(page);
  const id = Object.keys(await stored(page))[0];
  await putStored(page, 'plans', id, '{"format":"campaign-planner","version":1,"plan":{');
  await page.reload();
  await page.waitForSelector('[data-testid="recovered"]');
  const dump = await storageDump(page);
  assert.equal(dump.plans[id], undefined, 'moved aside');
  const rec = Object.keys(dump.recovery).find((k) => k.includes(':recovery:'));
  assert.ok(rec && rec.endsWith(`campaign-planner:plan:${id}`), rec);
  assert.equal(dump.recovery[rec], '{"format":"campaign-planner","version":1,"plan":{');
  // Now make storage full: the warning stays and export is offered. (With
  // no plan left, the app opens where plans start; the sample is there.)
  await page.click('[data-action="open-sample"]');
  await saved(page);
  await failWrites(page);
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', '存不下');
  await page.press('[data-field="name"]', 'Enter');
  await page.waitForSelector('[data-testid="storage-warning"]');
  await page.waitForSelector('[data-testid="save-state"].not-saved');
  assert.match(await page.textContent('[data-testid="storage-warning"]'), /存储空间已满/);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="storage-warning"] button')]);
  assert.match(fs.readFileSync(await dl.path(), 'utf8'), /存不下/);
  await ctx.close();
});

test('a long outline renders only the rows in view and scrolls to the end', async () => {
  const { ctx, page } = await fresh('zh-CN');
  const { text } = await exportText(page);
  const file = JSON.parse(text);
  const base = file.plan.work_items[0];
  file.plan.id = 'long-plan';
  file.plan.work_items = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `w${i}`, title: `任务 ${i}` }));
  file.plan.dependencies = [];
  file.plan.baselines = [];
  await page.setInputFiles('[data-testid="import-input"]', tmp('long.campaign.json', JSON.stringify(file)));
  await page.waitForFunction(() => document.querySelector('[data-testid="item-count"]')?.dataset.total === '600');
  await page.click('a.tab[data-view="tasks"]');
  await page.waitForSelector('tr[data-index="0"]');
  const inDom = await page.locator('tbody tr:not(.spacer)').count();
  assert.ok(inDom < 80, `only visible rows are in the DOM (${inDom})`);
  await page.evaluate(() => { const w = document.querySelector('.table-wrap.scroll'); w.scrollTop = w.scrollHeight; });
  await page.waitForSelector('tr[data-index="599"]');
  assert.equal(await page.inputValue('tr[data-index="599"] [data-col="title"]'), '任务 599');
  // Arrow keys walk past the rendered window.
  await page.click('tr[data-index="599"] [data-col="title"]');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.value), '任务 559');
  await ctx.close();
});

test('a tab with unsaved changes asks before taking or overwriting the other tab\'s save', async () => {
  const { ctx, page: a } = await fresh('zh-CN');
  await saved(a);
  const b = await ctx.newPage();
  await open(b, a.url().replace(/#.*/, ''), new URL(a.url()).hash);
  for (const p of [a, b]) await p.click('a.tab[data-view="setup"]');
  const writeFromA = async (name) => {
    const [id, text] = Object.entries(await stored(a))[0];
    const v = JSON.parse(text);
    v.revision += 1; v.plan.name = name;
    await putStored(a, 'plans', id, JSON.stringify(v));
  };
  const storedName = async () => JSON.parse(Object.values(await stored(a))[0]).plan.name;
  // B's edit cannot be saved yet (its storage refuses), so B holds an unsaved change.
  await failWrites(b);
  await b.fill('[data-field="name"]', 'B 的版本');
  await b.press('[data-field="name"]', 'Enter');
  await b.waitForSelector('[data-testid="save-state"].not-saved');
  await writeFromA('A 的版本');
  await b.waitForSelector('[data-testid="conflict"]');
  assert.equal(await b.inputValue('[data-field="name"]'), 'B 的版本', 'nothing replaced silently');
  assert.equal(await storedName(), 'A 的版本', 'nothing overwritten silently');
  await failWrites(b, false);
  await b.click('[data-testid="conflict"] button:has-text("保留我的版本")');
  await b.waitForSelector('[data-testid="conflict"]', { state: 'detached' });
  await waitFor(async () => (await storedName()) === 'B 的版本', 'mine is what is stored');
  await a.waitForFunction(() => document.querySelector('[data-field="name"]').value === 'B 的版本');
  // And the other way: take theirs.
  await failWrites(b);
  await b.fill('[data-field="name"]', 'B 第二版');
  await b.press('[data-field="name"]', 'Enter');
  await b.waitForSelector('[data-testid="save-state"].not-saved');
  await writeFromA('A 第二版');
  await b.waitForSelector('[data-testid="conflict"]');
  await failWrites(b, false);
  await b.click('[data-testid="conflict"] button:has-text("载入对方版本")');
  await waitFor(async () => (await b.inputValue('[data-field="name"]')) === 'A 第二版', 'theirs is read in');
  await waitFor(async () => (await storedName()) === 'A 第二版', 'the loaded version is what is stored');
  await ctx.close();
});

test('the library duplicates, renames and switches plans', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="duplicate"]');
  await page.waitForSelector('.plan-card >> nth=1');
  const second = page.locator('.plan-card').nth(1);
  assert.match(await second.textContent(), /新品A上市推广（示例）（副本）/);
  // A copy of the sample is still a sample (its figures are made up) until she says it is real.
  assert.equal(await second.locator('.badge:has-text("示例")').count(), 1, 'a copy of the sample is a sample');
  await second.locator('[data-action="rename"]').click();
  await second.locator('.rename-input').fill('双十一 复盘');
  await second.locator('.rename-input').press('Enter');
  await page.waitForSelector('.plan-card .plan-name:has-text("双十一 复盘")');
  await second.locator('[data-action="open"]').click();
  assert.match(await page.textContent('.plan-title'), /双十一 复盘/);
  // The header switcher goes back to the first plan, keeping the view.
  await page.click('a.tab[data-view="tasks"]');
  const first = await page.locator('.plan-switch option').first().getAttribute('value');
  await page.selectOption('.plan-switch', first);
  await page.waitForFunction((id) => location.hash === `#/plan/${id}/tasks`, first);
  await ctx.close();
});

test('a change made just before leaving the page is not lost', async () => {
  const { ctx, page } = await fresh('en-US');
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', 'Saved on the way out');
  await page.press('[data-field="name"]', 'Enter');
  await page.reload(); // well inside the autosave delay: pagehide must flush
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('[data-field="name"]'), 'Saved on the way out');
  await ctx.close();
});

test('without any storage the app still works in memory and offers export', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const page = await ctx.newPage();
  await open(page, srv.url);
  await page.waitForSelector('[data-testid="storage-warning"]');
  assert.match(await page.textContent('[data-testid="storage-warning"]'), /无法使用浏览器存储/);
  await page.click('a.tab[data-view="setup"]');
  await page.fill('[data-field="name"]', '只在内存里');
  await page.press('[data-field="name"]', 'Enter');
  await page.waitForSelector('[data-testid="save-state"].not-saved');
  const { text } = await exportText(page);
  assert.equal(JSON.parse(text).plan.name, '只在内存里');
  await ctx.close();
});

test('a file over 20 MB is refused before it is read', async () => {
  const { ctx, page } = await fresh('en-US');
  assert.equal(await page.title(), 'New product A launch (sample) · Campaign Planner');
  const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
  await page.setInputFiles('[data-testid="import-input"]', { name: 'huge.campaign.json', mimeType: 'application/json', buffer: big });
  const dialog = page.locator('[data-testid="import-error"]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /too large \(21\.0 MB\); the limit is 20 MB/);
  await ctx.close();
});

test('a file from every earlier format version opens in the browser', async () => {
  const { ctx, page } = await fresh('zh-CN');
  const dir = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.campaign.json'))) {
    await page.setInputFiles('[data-testid="import-input"]', path.join(dir, f));
    // Fixtures of one plan in two versions share its id: the second is offered as a merge, kept as a copy here.
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"], [data-action="import-as-copy"]'));
    await page.evaluate(() => document.querySelector('[data-action="import-as-copy"]')?.click());
    await page.waitForFunction(() => document.querySelector('[data-testid="notice"]'));
    await page.waitForSelector('[data-testid="import-error"]', { state: 'detached' });
    const items = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).plan.work_items.length;
    assert.equal(await page.getAttribute('[data-testid="item-count"]', 'data-total'), String(items), f);
    await page.evaluate(() => document.querySelector('[data-testid="notice"] button:last-child')?.click());
  }
  await page.click('a.tab[data-view="plans"]');
  const want = 1 + fs.readdirSync(dir).filter((n) => n.endsWith('.campaign.json')).length;
  assert.equal(await countSoon(page.locator('.plan-card'), want), want);
  await ctx.close();
});

test('typing predecessors links items and pushes their dates', async () => {
  const { ctx, page } = await fresh('zh-CN');
  await page.click('a.tab[data-view="tasks"]');
  const cell = (row, col) => page.locator(`tr[data-index="${row}"] [data-col="${col}"]`);
  // Row 5 (Douyin live) after row 6 (community fission), which ends on a Wednesday.
  const end6 = await cell(5, 'end').inputValue();
  const before = await cell(4, 'start').inputValue();
  const predsBefore = await cell(4, 'preds').inputValue();
  assert.notEqual(predsBefore, '', 'the sample links the live streams to what they wait for');
  await cell(4, 'preds').fill('6');
  await cell(4, 'preds').press('Enter');
  await page.waitForFunction(([sel, was]) => document.querySelector(sel).value !== was,
    ['tr[data-index="4"] [data-col="start"]', before]);
  const start5 = new Date(await cell(4, 'start').inputValue());
  assert.ok(start5 > new Date(end6), `${start5.toISOString()} after ${end6}`);
  // A cycle is refused with the items named, and the cell shows what was there.
  await cell(5, 'preds').fill('5');
  await cell(5, 'preds').press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="notice"].error')?.textContent.includes('循环依赖'));
  assert.equal(await cell(5, 'preds').inputValue(), '');
  // Unreadable input says where.
  await cell(5, 'preds').fill('99');
  await cell(5, 'preds').press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="notice"].error')?.textContent.includes('没有第 99 行'));
  // One undo takes back the link and the push.
  await page.click('[data-action="undo"]');
  assert.equal(await cell(4, 'preds').inputValue(), predsBefore);
  assert.equal(await cell(4, 'start').inputValue(), before);
  await ctx.close();
});

test('a load prints nothing to the console, not even a warning', async () => {
  // Service workers allowed: Playwright's own note that it blocked one is not the app's.
  const ctx = await newContext(browser, 'zh-CN', { serviceWorkers: 'allow' });
  const page = await ctx.newPage();
  const said = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') said.push(`${m.type()}: ${m.text().slice(0, 200)}`); });
  await open(page, srv.url);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert.deepEqual(said, []);
  await ctx.close();
});

test('reopening the app brings back the plan last worked on, even from the plan library', async () => {
  const { ctx, page } = await fresh('zh-CN');
  // A second plan, worked on, then the library.
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.waitForSelector('[data-testid="plan-setup"], [data-testid="overview"]');
  const second = await page.evaluate(() => location.hash.split('/')[2]);
  await page.click('a.tab[data-view="plans"]');
  await page.waitForFunction(() => location.hash === '#/plans');
  await page.waitForFunction((id) => JSON.parse(localStorage.getItem('campaign-planner:index')).current === id, second);
  // Reopened at the app's plain address: the second plan, not the first.
  await page.goto(srv.url);
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.evaluate(() => location.hash.split('/')[2]), second);
  await ctx.close();
});

test('a link to a plan this browser does not hold says so', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  await open(page, srv.url, '#/plan/not-here-123/overview');
  assert.match(await page.locator('.notice').textContent(), /这个计划不在此浏览器中/);
  await page.click('.notice button:last-child');
  // Typed into a tab where a plan is open: said too, and the plan stays open.
  // (Nothing planned here yet: it opened where plans start.)
  assert.equal(await page.evaluate(() => location.hash), '#/new');
  await page.click('[data-action="open-sample"]');
  await page.waitForSelector('[data-testid="overview"]');
  const open_ = await page.evaluate(() => location.hash);
  await page.evaluate(() => { location.hash = '#/plan/also-not-here/tasks'; });
  await waitFor(async () => /这个计划不在此浏览器中/.test(await page.locator('.notice').textContent().catch(() => '')), 'said');
  await waitFor(async () => (await page.evaluate(() => location.hash)) === open_, 'the address goes back to the open plan');
  assert.equal(await page.locator('[data-testid="overview"]').count(), 1);
  await ctx.close();
});

test('a real plan asks the browser to keep the data, once; the recovery area shows the answer and the space', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await open(page, srv.url, '', { stay: true });
  // Why, before the first plan is made.
  assert.match(await page.textContent('.keep-hint'), /创建后会请浏览器长期保存本站数据/);
  // The sample alone asks nothing.
  await page.click('[data-action="open-sample"]');
  await page.waitForSelector('[data-testid="overview"]');
  assert.equal(await page.evaluate(() => localStorage.getItem('campaign-planner:persist-asked')), null);
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.waitForSelector('[data-testid="overview"]');
  await waitFor(() => page.evaluate(() => localStorage.getItem('campaign-planner:persist-asked') === 'true'), 'asked');
  await page.click('a.tab[data-view="plans"]');
  await page.waitForSelector('[data-testid="persisted"]');
  assert.match(await page.textContent('[data-testid="persisted"]'), /^长期保存：(已开启|未开启)/);
  assert.match(await page.textContent('[data-testid="storage-estimate"]'), /：已用 [\d.]+ (KB|MB|GB)，可用约 [\d.]+ (MB|GB)$/);
  // Asked once: the next plan's page says nothing more about it.
  await page.click('[data-action="new-blank"]');
  await page.waitForSelector('[data-testid="new-plan"]');
  assert.equal(await page.locator('.keep-hint').count(), 0);
  assert.deepEqual(errors, []);
  await ctx.close();
});
