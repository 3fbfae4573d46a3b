// The manager takes an owner's update in (issue 26, the manager's side): an
// update link opens a review — who sent it and when, each change as before →
// after, what it meets here — with a conflict shown side by side (keep mine /
// take theirs); applying is one undo step and leaves a line in the plan's
// update log on the overview; the same link opened again has nothing new;
// an update for a plan this browser does not hold says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, WECHAT_PHONE, storedPlan } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const text = (page, sel) => page.locator(sel).first().textContent();
const saved = (page) => waitFor(async () => (await page.getAttribute('[data-testid="save-state"]', 'class')).includes('saved'), 'saved');

/** The link of an update (its file text compressed as the app does). */
async function updateLink(page, update) {
  const data = await page.evaluate(async (text) => {
    const s = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(s).arrayBuffer());
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, JSON.stringify({ format: 'campaign-planner-update', version: 1, update }));
  return `${srv.url}#/share/u/${data}`;
}

test('an owner’s update is reviewed, a conflict decided, applied in one step and logged', async () => {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  // The manager marks 抖音直播 (w5) as an exception herself.
  await page.goto(`${srv.url}#/plan/${id}/tasks`);
  await page.locator('tr[data-id="w5"] [data-action="open-details"]').click();
  const drawer = page.locator('[data-testid="item-details"]');
  await drawer.locator('[data-field="status"]').selectOption('Exception');
  await page.keyboard.press('Escape');
  await saved(page);
  const plan = (await storedPlan(page, id)).plan;
  const kpi = plan.kpis.find((k) => !k.ratio_of);
  // 陈静's day on her copy: she started w5 and w6, noted w6, typed a figure.
  const update = {
    plan: id, person: 'p-finance', name: '陈静', sent: '2026-11-20', minute: 18 * 60 + 2, base: 3,
    changes: [
      { field: 'status', item: 'w5', before: { status: 'not_started' }, after: { status: 'in_progress' } },
      { field: 'status', item: 'w6', before: { status: 'not_started' }, after: { status: 'in_progress' } },
      { field: 'note', item: 'w6', after: { note: { date: '2026-11-20', text: '群主已确认，周五开团' } } },
      { field: 'actual', kpi: kpi.id, day: '2026-11-20', before: { num: kpi.actuals['2026-11-20'] ?? null }, after: { num: 4321 } },
    ],
  };
  const link = await updateLink(page, update);
  await page.goto(link);
  const review = page.locator('[data-testid="update-review"]');
  await review.waitFor();
  assert.match(await review.locator('h2').textContent(), /陈静 的更新/);
  assert.match(await review.textContent(), /11月20日 18:02 发出 · 4 项修改/);
  const fates = await review.locator('tr[data-fate]').evaluateAll((rows) => rows.map((r) => r.dataset.fate));
  assert.deepEqual(fates, ['conflict', 'take', 'take', 'take']);
  const conflict = review.locator('tr[data-fate="conflict"]');
  assert.match(await conflict.textContent(), /抖音直播（3场）状态未开始 → 进行中/);
  assert.match(await conflict.textContent(), /保留我的：异常.*采用对方的：进行中/);
  // Mine by default: three to apply; taking theirs makes four.
  assert.equal((await text(page, '[data-action="apply-update"]')).trim(), '应用 3 项');
  await conflict.locator('input[data-choice="theirs"]').check();
  await waitFor(async () => (await text(page, '[data-action="apply-update"]')).trim() === '应用 4 项', 'four to apply');
  await page.click('[data-action="apply-update"]');
  await page.waitForSelector('[data-testid="update-review"]', { state: 'detached' });
  // The overview's update log, and the plan as she sent it.
  await page.waitForSelector('[data-testid="update-log"]');
  assert.match(await text(page, '[data-testid="update-log"]'), /陈静 11月20日 18:02 更新 4 项/);
  const stored = async () => { await saved(page); return (await storedPlan(page, id)).plan; };
  let p = await stored();
  const item = (p, id) => p.work_items.find((w) => w.id === id);
  assert.deepEqual([item(p, 'w5').status, item(p, 'w6').status], ['in_progress', 'in_progress']);
  assert.equal(item(p, 'w6').log.at(-1).text, '群主已确认，周五开团');
  assert.equal(Number(p.kpis.find((k) => k.id === kpi.id).actuals['2026-11-20']), 4321);
  // One undo step takes it all back, log line included.
  await page.click('[data-action="undo"]');
  await page.waitForSelector('[data-testid="update-log"]', { state: 'detached' });
  p = await stored();
  assert.deepEqual([item(p, 'w5').status, item(p, 'w6').status], ['exception', 'not_started']);
  await page.click('[data-action="redo"]');
  await page.waitForSelector('[data-testid="update-log"]');
  // The same link again: nothing new to apply.
  await page.goto(link);
  await review.waitFor();
  assert.deepEqual(await review.locator('tr[data-fate]').evaluateAll((rows) => rows.map((r) => r.dataset.fate)), ['already', 'already', 'already', 'already']);
  assert.equal(await page.locator('[data-action="apply-update"]').count(), 0);
  assert.match(await text(page, '[data-testid="nothing-new"]'), /都已在计划中/);
  await page.click('[data-action="close-update"]');
  await ctx.close();
});

test('an update for a plan this browser does not hold says so (English), and a broken one is refused with its path', async () => {
  const ctx = await newContext(browser, 'en');
  const page = await ctx.newPage();
  await open(page, srv.url);
  const link = await updateLink(page, { plan: 'elsewhere', person: 'p-x', name: 'Chen Jing', sent: '2026-11-20', minute: 600, changes: [] });
  await page.goto(link);
  await page.waitForSelector('[data-testid="update-review"]');
  assert.match(await text(page, '[data-testid="update-not-here"]'), /This update is for plan “elsewhere”, which this browser does not hold/);
  await page.click('[data-action="close-update"]');
  // For a plan here, but a value of the wrong kind: refused before anything is shown.
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  const odd = await updateLink(page, { plan: id, person: 'p-ops', sent: '2026-11-20', changes: [{ field: 'progress', item: 'w1', after: { text: 'half' } }] });
  await page.goto(odd);
  await page.waitForSelector('[data-testid="update-refused"]');
  assert.match(await text(page, '[data-testid="update-refused"]'), /does not fit its field/);
  assert.equal(await page.locator('[data-action="apply-update"]').count(), 0);
  await page.click('[data-action="close-update"]');
  const broken = await updateLink(page, { plan: 'x', person: 'p', sent: '2026-11-20', changes: [{ field: 'status', item: 'w1', after: { status: 'half' } }] });
  await page.goto(broken);
  await page.waitForSelector('[data-testid="import-error"]');
  assert.match(await text(page, '[data-testid="import-error"]'), /update\.changes\[0\]/);
  await ctx.close();
});

test('the loop by links: the manager shares, an owner on a phone updates and sends back, the manager merges', async () => {
  const grant = (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  const clip = (page) => page.evaluate(() => navigator.clipboard.readText());
  // The manager, at her laptop, copies the full link of her plan.
  const mgr = await newContext(browser, 'zh-CN');
  await mgr.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
  await grant(mgr);
  const m = await mgr.newPage();
  await open(m, srv.url);
  const id = await m.evaluate(() => location.hash.split('/')[2]);
  await m.click('[data-action="share"]');
  await m.click('[data-action="copy-link"]');
  await waitFor(async () => (await clip(m)).includes('#/share/p/'), 'plan link copied');
  const planLink = await clip(m);
  await m.keyboard.press('Escape');
  // 陈静 opens it in WeChat on her phone and keeps it.
  const own = await newContext(browser, 'zh-CN', WECHAT_PHONE);
  await own.clock.install({ time: new Date('2026-11-20T17:30:00+08:00') });
  await grant(own);
  const o = await own.newPage();
  await o.goto(planLink);
  await o.waitForSelector('[data-testid="shared-preview"]');
  await o.locator('[data-action="save-shared"]').tap();
  await o.waitForSelector('[data-testid="overview"]');
  assert.equal(await o.evaluate(() => location.hash.split('/')[2]), id, 'her copy is the same plan');
  // Her copy offers to send her changes back from the start.
  await o.locator('[data-action="send-back"]').waitFor();
  // On 我的工作 she is 陈静: her late 预算与资源申请 (w3) is done, with a note, by touch.
  await o.locator('[data-action="my-work"]').tap();
  await o.locator('[data-testid="my-work"] select[data-field="me"]').selectOption({ label: '陈静' });
  const late = o.locator('[data-group="late"] [data-item="w3"]');
  await late.waitFor();
  await late.locator('button[data-status="Done"]').tap();
  await o.waitForSelector('[data-item="w3"]', { state: 'detached' });
  // …and sends her update back (her name is already chosen).
  await o.goto(`${srv.url}#/plan/${id}/overview`);
  await o.locator('[data-action="send-back"]').tap();
  await o.waitForSelector('[data-testid="update-size"]');
  assert.match(await text(o, '[data-testid="update-size"]'), /自收到计划以来 \d+ 项修改/);
  await o.locator('[data-action="copy-update-link"]').tap();
  await waitFor(async () => (await clip(o)).includes('#/share/u/'), 'update link copied');
  const updateLink = await clip(o);
  assert.ok(updateLink.length <= 1024, `a link for a QR code: ${updateLink.length}`);
  await own.close();
  // The manager opens it: the change is taken, logged under 陈静's name.
  await m.goto(updateLink);
  const review = m.locator('[data-testid="update-review"]');
  await review.waitFor();
  assert.match(await review.locator('h2').textContent(), /陈静 的更新/);
  const fates = await review.locator('tr[data-fate]').evaluateAll((rows) => rows.map((r) => r.dataset.fate));
  assert.ok(fates.length >= 2 && fates.every((f) => f === 'take'), `${fates}`);
  await m.click('[data-action="apply-update"]');
  await m.waitForSelector('[data-testid="update-log"]');
  assert.match(await text(m, '[data-testid="update-log"]'), new RegExp(`陈静 11月20日 17:30 更新 ${fates.length} 项`));
  await m.goto(`${srv.url}#/plan/${id}/tasks`);
  await waitFor(async () => (await m.locator('tr[data-id="w3"] .status-select').inputValue()) === 'Done', 'w3 done here too');
  await mgr.close();
});
