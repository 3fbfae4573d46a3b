// End-to-end tests of the first look at a share link (issue 29) against the
// release build: on a first visit from a link, a small program of its own
// shows the preview while the app downloads (here the app's wasm is held
// back until the test lets it go); a tap on it waits for the app and is then
// done; closing it stays closed; and the app's preview, once it takes over,
// reads exactly as the first look did.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, WECHAT_PHONE } from './harness.mjs';

let browser, srv;
let made;
before(async () => { browser = await launch(); srv = await serve(); made = await links(); });
after(async () => { await browser?.close(); await srv?.close(); });

const clip = (page) => page.evaluate(() => navigator.clipboard.readText());

/** The sample's share link, and its link for 陈静, as the manager copies them. */
async function links() {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  const m = await ctx.newPage();
  await open(m, srv.url);
  await m.click('[data-action="share"]');
  await m.click('[data-action="copy-link"]');
  await waitFor(async () => (await clip(m)).includes('#/share/p/'), 'share link copied');
  const share = await clip(m);
  await m.keyboard.press('Escape');
  const id = await m.evaluate(() => location.hash.split('/')[2]);
  await m.goto(`${srv.url}#/plan/${id}/raci`);
  await m.locator('th.raci-person:has-text("陈静") [data-action="send-to"]').click();
  await m.evaluate(() => navigator.clipboard.writeText(''));
  await m.locator('[data-testid="send-to"] [data-action="copy-person-link"]').click();
  await waitFor(async () => /#\/share\/p\/[\w-]+\.[\w-]+$/.test(await clip(m)), 'person link copied');
  const owner = await clip(m);
  await ctx.close();
  return { share, owner };
}

/** A phone opening `link` for the first time, the app's own wasm held back until `release()`. */
async function firstVisit(link, locale = 'zh-CN') {
  const ctx = await newContext(browser, locale, WECHAT_PHONE);
  const page = await ctx.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  let asked = false;
  await page.route(/\/campaign-planner-[0-9a-f]+_bg\.wasm$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto(link);
  const look = page.locator('#first-look [data-testid="shared-preview"]');
  await look.waitFor();
  return { ctx, page, look, release, asked: () => asked };
}

test('the app’s wasm starts downloading once the first look’s has arrived, before the preview is drawn', async () => {
  const ctx = await newContext(browser, 'zh-CN', WECHAT_PHONE);
  const page = await ctx.newPage();
  // The first look's glue held back: its wasm arrives, the preview cannot be drawn.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\/first-look-[0-9a-f]+\.js$/, async (route) => { await held; await route.continue(); });
  const app = page.waitForRequest(/\/campaign-planner-[0-9a-f]+_bg\.wasm$/);
  await page.goto(made.owner, { waitUntil: 'commit' });
  await app;
  assert.equal(await page.locator('[data-testid="shared-preview"]').count(), 0, 'asked for before the preview is drawn');
  release();
  await page.locator('[data-testid="shared-preview"]').first().waitFor();
  await ctx.close();
});

test('an owner’s link on a first visit: the plan shows before the app, and “我是 陈静” tapped meanwhile opens 我的工作', async () => {
  const { ctx, page, look, release, asked } = await firstVisit(made.owner);
  assert.equal(await page.locator('body[data-ready]').count(), 0, 'the app has not started');
  assert.equal((await look.locator('.for-person').textContent()).trim(), '这是发给 陈静 的计划');
  assert.match(await look.locator('[data-testid="shared-name"]').textContent(), /\S/);
  assert.ok((await look.locator('.shared-cols li').count()) > 3, 'goals, phases and milestones listed');
  const iAm = look.locator('[data-action="i-am"]');
  assert.equal((await iAm.textContent()).trim(), '我是 陈静');
  assert.equal((await look.locator('[data-action="save-shared"]').textContent()).trim(), '我不是，只保存计划');
  // Nothing of it needs the page to scroll sideways on the phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
  await iAm.tap();
  assert.equal((await iAm.textContent()).trim(), '正在打开计划……');
  assert.ok(await iAm.isDisabled(), 'a second tap does nothing');
  // The app downloads once the first look is up.
  await waitFor(asked, 'the app’s wasm requested after the first look');
  release();
  // 我的工作 lists her items: the app knows who she is.
  await page.locator('[data-testid="my-work"] .my-item').first().waitFor();
  assert.equal(await page.locator('#first-look').count(), 0, 'the first look is gone');
  assert.equal(await page.locator('[data-testid="shared-preview"]').count(), 0, 'no second preview');
  await ctx.close();
});

test('the app’s preview reads exactly as the first look did, and takes its place', async () => {
  for (const link of [made.share, made.owner]) {
    const { ctx, page, look, release } = await firstVisit(link);
    const before = await look.innerText();
    release();
    await page.waitForSelector('body[data-ready="1"]');
    const preview = page.locator('[data-testid="shared-preview"]');
    await waitFor(async () => (await page.locator('#first-look').count()) === 0 && (await preview.count()) === 1, 'the app’s preview in place');
    assert.equal(await preview.innerText(), before);
    await ctx.close();
  }
});

test('a first look closed before the app arrives stays closed', async () => {
  const { ctx, page, look, release } = await firstVisit(made.share);
  await look.locator('[data-action="close-shared"]').tap();
  assert.ok(await look.isHidden(), 'closed at once');
  release();
  await page.waitForSelector('body[data-ready="1"]');
  await page.locator('[data-testid="new-plan"]').waitFor();
  await waitFor(async () => (await page.locator('#first-look').count()) === 0, 'the first look handed over');
  // What the app draws after taking over is on screen two frames later.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  assert.equal(await page.locator('[data-testid="shared-preview"]').count(), 0);
  await ctx.close();
});

test('a first look speaks the browser’s language, and the page says which', async () => {
  const { ctx, page, look, release } = await firstVisit(made.owner, 'en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await look.locator('h2').textContent()).trim(), 'A shared plan');
  assert.equal((await look.locator('.for-person').textContent()).trim(), 'This plan was sent to 陈静');
  assert.equal((await look.locator('[data-action="i-am"]').textContent()).trim(), "I'm 陈静");
  assert.equal((await look.locator('[data-action="close-shared"]').textContent()).trim(), 'Close');
  release();
  await page.waitForSelector('body[data-ready="1"]');
  await ctx.close();
});
