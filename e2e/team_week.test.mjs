// A week of a campaign run through the app alone (issue 26): the manager at
// her laptop sends the plan to two owners ("发给负责人"); each opens it on a
// phone in WeChat (one in Chinese, one in English), says "我是 …", works on
// 我的工作 and sends an update back by link — one through the copy fallback
// where the browser refuses the clipboard and has no service workers; the
// manager merges both, one conflict kept as hers and one taken as theirs,
// with both lines in the update log; then an owner receives the manager's
// newer plan into the same copy, keeping what she had not sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, WECHAT_PHONE, storedPlan, stored as storedAll } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const text = (page, sel) => page.locator(sel).first().textContent();
const saved = (page) => waitFor(async () => (await page.getAttribute('[data-testid="save-state"]', 'class')).includes('saved'), 'saved');
const phone = WECHAT_PHONE;
const grant = (ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
const clip = (page) => page.evaluate(() => navigator.clipboard.readText());
const stored = async (page, id) => (await storedPlan(page, id)).plan;
const item = (p, id) => p.work_items.find((w) => w.id === id);

/** The manager's "发给负责人" link for `name`, from the RACI page. */
async function sendTo(m, id, name) {
  await m.goto(`${srv.url}#/plan/${id}/raci`);
  await m.locator(`th.raci-person:has-text("${name}") [data-action="send-to"]`).click();
  const panel = m.locator('[data-testid="send-to"]');
  assert.match(await panel.locator('h2').textContent(), new RegExp(`发给 ${name}`));
  assert.match(await panel.textContent(), /团队内的信任，不是登录/);
  await m.evaluate(() => navigator.clipboard.writeText(''));
  await panel.locator('[data-action="copy-person-link"]').click();
  await waitFor(async () => /#\/share\/p\/[\w-]+\.[\w-]+$/.test(await clip(m)), 'person link copied');
  await panel.locator('.modal-actions button').click();
  return clip(m);
}

/** The manager sets an item's status in its drawer. */
async function setStatus(m, id, w, status) {
  await m.goto(`${srv.url}#/plan/${id}/tasks`);
  await m.locator(`tr[data-id="${w}"] [data-action="open-details"]`).click();
  await m.locator('[data-testid="item-details"] [data-field="status"]').selectOption(status);
  await m.keyboard.press('Escape');
  await saved(m);
}

/** An owner opens the link on her phone and says who she is. */
async function iAm(o, link, forLine) {
  await o.goto(link);
  const preview = o.locator('[data-testid="shared-preview"]');
  await preview.waitFor();
  assert.equal((await text(o, '.for-person')).trim(), forLine);
  await preview.locator('[data-action="i-am"]').tap();
  await o.locator('[data-testid="my-work"]').waitFor();
}

/** The owner's update link, from the overview's "send my update". */
async function sendBack(o, id) {
  await o.goto(`${srv.url}#/plan/${id}/overview`);
  await o.locator('[data-action="send-back"]').tap();
  await o.waitForSelector('[data-testid="update-size"]');
  const size = await text(o, '[data-testid="update-size"]');
  await o.locator('[data-action="copy-update-link"]').tap();
  return size;
}

test('a manager and two owners on phones: send, update, send back, merge with a conflict each way, and the newer plan received in place', async () => {
  const mgr = await newContext(browser, 'zh-CN');
  await mgr.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
  await grant(mgr);
  const m = await mgr.newPage();
  await open(m, srv.url);
  const id = await m.evaluate(() => location.hash.split('/')[2]);
  const toZhang = await sendTo(m, id, '张悦');
  const toChen = await sendTo(m, id, '陈静');
  // After sending, the manager marks both owners' items as exceptions herself.
  await setStatus(m, id, 'w4', 'Exception');
  await setStatus(m, id, 'w3', 'Exception');

  // 张悦, in WeChat on her phone: no service workers, and the clipboard refused.
  const zhang = await newContext(browser, 'zh-CN', phone);
  await zhang.addInitScript(() => {
    delete Navigator.prototype.serviceWorker;
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    document.execCommand = () => false;
  });
  await zhang.clock.install({ time: new Date('2026-11-20T17:30:00+08:00') });
  const z = await zhang.newPage();
  await iAm(z, toZhang, '这是发给 张悦 的计划');
  assert.equal(await z.locator('[data-testid="my-work"] select[data-field="me"]').inputValue(), 'p-ops');
  // Her 小红书 work (w4) runs today: done by touch. Her figures: each with its KPI, date and target.
  await z.locator('[data-group="today"] [data-item="w4"] button[data-status="Done"]').tap();
  await z.waitForSelector('[data-item="w4"]', { state: 'detached' });
  const xhs = z.locator('[data-kpi="k-xhs-exp"]');
  assert.match(await xhs.textContent(), /小红书曝光 · 11月20日.*目标 30,000/);
  await xhs.locator('input').fill('31000');
  await xhs.locator('input').press('Tab');
  await saved(z);
  // Done (status, progress, its actual finish day) and the figure.
  assert.match(await sendBack(z, id), /自收到计划以来 4 项修改/);
  // The clipboard is refused: the link is shown to copy by hand.
  const manual = z.locator('[data-testid="manual-copy"]');
  await manual.waitFor();
  assert.match(await manual.textContent(), /长按下方文字/);
  const fromZhang = await manual.locator('textarea').inputValue();
  assert.match(fromZhang, /#\/share\/u\//);
  assert.ok(fromZhang.length <= 1024, `fits a QR code: ${fromZhang.length}`);
  await manual.locator('.modal-actions button').tap();
  // A file is not the way in WeChat: the export says how to open a browser.
  await z.evaluate(() => document.querySelector('[data-action="export"]').click());
  await waitFor(async () => /在浏览器中打开/.test(await text(z, '[data-testid="notice"]')), 'open in a browser');
  // She goes on after sending: a second figure, not yet sent.
  await z.goto(`${srv.url}#/plan/${id}/mine`);
  await z.locator('[data-kpi="k-dy-exp"] input').fill('52000');
  await z.locator('[data-kpi="k-dy-exp"] input').press('Tab');
  await saved(z);

  // 陈静, in English, marks her late budget request (w3) done.
  const chen = await newContext(browser, 'en', phone);
  await chen.clock.install({ time: new Date('2026-11-20T18:02:00+08:00') });
  await grant(chen);
  const c = await chen.newPage();
  await iAm(c, toChen, 'This plan was sent to 陈静');
  await c.locator('[data-group="late"] [data-item="w3"] button[data-status="Done"]').tap();
  await c.waitForSelector('[data-item="w3"]', { state: 'detached' });
  await saved(c);
  assert.match(await sendBack(c, id), /\d+ changes since you received the plan/);
  await waitFor(async () => (await clip(c)).includes('#/share/u/'), 'update link copied');
  const fromChen = await clip(c);
  await chen.close();

  // The manager merges 张悦's: her own exception on w4 kept.
  await m.goto(fromZhang);
  const review = m.locator('[data-testid="update-review"]');
  await review.waitFor();
  assert.match(await review.locator('h2').textContent(), /张悦 的更新/);
  let conflict = review.locator('tr[data-fate="conflict"]');
  assert.equal(await conflict.count(), 1);
  assert.match(await conflict.textContent(), /状态.*保留我的：异常.*采用对方的：已完成/);
  await m.click('[data-action="apply-update"]');
  await m.waitForSelector('[data-testid="update-review"]', { state: 'detached' });
  // …and 陈静's, taking hers.
  await m.goto(fromChen);
  await review.waitFor();
  conflict = review.locator('tr[data-fate="conflict"]');
  assert.equal(await conflict.count(), 1);
  await conflict.locator('input[data-choice="theirs"]').check();
  await m.click('[data-action="apply-update"]');
  await m.waitForSelector('[data-testid="update-log"]');
  await waitFor(async () => /陈静 11月20日 18:02 更新/.test(await text(m, '[data-testid="update-log"]')), 'both lines');
  const log = await text(m, '[data-testid="update-log"]');
  assert.match(log, /张悦 11月20日 17:30 更新 \d+ 项（保留我的 1 项）/);
  await saved(m);
  let p = await stored(m, id);
  assert.deepEqual([item(p, 'w3').status, item(p, 'w4').status], ['done', 'exception']);
  assert.equal(Number(p.kpis.find((k) => k.id === 'k-xhs-exp').actuals['2026-11-20']), 31000);

  // The manager's newer plan reaches 张悦 in the same copy, her unsent figure kept.
  const again = await sendTo(m, id, '张悦');
  await mgr.close();
  await iAm(z, again, '这是发给 张悦 的计划');
  await waitFor(async () => /尚未回传的 1 项修改已保留/.test(await text(z, '[data-testid="notice"]')), 'kept what she had not sent');
  const plans = Object.values(await storedAll(z)).map((t) => JSON.parse(t).plan.name);
  assert.equal(plans.length, 1, `this plan only, no copy: ${plans}`);
  assert.ok(!plans.some((n) => n.includes('副本')), `${plans}`);
  await z.locator('[data-group="exceptions"] [data-item="w4"]').waitFor();
  assert.equal(await z.locator('[data-kpi="k-dy-exp"] input').inputValue(), '52,000');
  assert.equal(await z.locator('[data-kpi="k-xhs-exp"] input').inputValue(), '31,000');
  assert.match(await sendBack(z, id), /自收到计划以来 1 项修改/);
  await zhang.close();
});
