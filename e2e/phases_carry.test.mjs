// A phase carries its work (issue 27): typing a later start in setup, or
// dragging its band on the overview, moves the whole phase — its end and
// every item in it — in one undo step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, storedPlan } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => waitFor(async () => (await page.getAttribute('[data-testid="save-state"]', 'class')).includes('saved'), 'saved');
const stored = async (page, id) => (await storedPlan(page, id)).plan;

/** The sample on a fixed clock, saved, and its phase `i` with the work it carries. */
async function samplePhase(i) {
  const ctx = await newContext(browser, 'zh-CN');
  await ctx.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
  const page = await ctx.newPage();
  await open(page, srv.url);
  const id = await page.evaluate(() => location.hash.split('/')[2]);
  await saved(page);
  const p0 = await stored(page, id);
  const ph = p0.phases[i];
  const mine = p0.work_items.filter((w) => w.phase === ph.id && !w.fixed);
  assert.ok(mine.length > 0);
  return { ctx, page, id, ph, mine };
}

test('typing a later start moves the phase and its work, undone in one step', async () => {
  const { ctx, page, id, ph, mine } = await samplePhase(0);
  await page.goto(`${srv.url}#/plan/${id}/setup`);
  const start = page.locator('[data-field="phase-start"]').first();
  await start.fill('2026-11-13');
  await start.press('Enter');
  await saved(page);
  const shift = (d, n) => { const x = new Date(`${d}T00:00:00Z`); x.setUTCDate(x.getUTCDate() + n); return x.toISOString().slice(0, 10); };
  const gap = (new Date('2026-11-13') - new Date(ph.start)) / 86400000;
  await waitFor(async () => (await stored(page, id)).phases[0].start === '2026-11-13', 'the phase starts later');
  const p1 = await stored(page, id);
  assert.equal(p1.phases[0].end, shift(ph.end, gap), 'its end moves with it');
  for (const w of mine) {
    const now = p1.work_items.find((x) => x.id === w.id);
    assert.deepEqual([now.start, now.end], [shift(w.start, gap), shift(w.end, gap)], w.title);
  }
  // One undo step puts the phase and its work back.
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await stored(page, id)).phases[0].start === ph.start, 'undone');
  const p2 = await stored(page, id);
  for (const w of mine) assert.equal(p2.work_items.find((x) => x.id === w.id).start, w.start, w.title);
  await ctx.close();
});

test('dragging a phase on the overview timeline carries its work, undone in one step', async () => {
  const { ctx, page, id, ph, mine } = await samplePhase(1);
  const band = page.locator('.phase-band', { hasText: ph.name });
  const box = await band.boundingBox();
  const days = (new Date(ph.end) - new Date(ph.start)) / 86400000 + 1;
  const pxDay = box.width / days;
  // The whole band, three days later, as a person drags it.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + pxDay * 3, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const shift = (d, n) => { const x = new Date(`${d}T00:00:00Z`); x.setUTCDate(x.getUTCDate() + n); return x.toISOString().slice(0, 10); };
  await waitFor(async () => (await stored(page, id)).phases[1].start === shift(ph.start, 3), 'the phase moved three days');
  const p1 = await stored(page, id);
  for (const w of mine) {
    const now = p1.work_items.find((x) => x.id === w.id);
    assert.ok(now.start >= shift(w.start, 3), `${w.title}: ${w.start} → ${now.start}`);
  }
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await stored(page, id)).phases[1].start === ph.start, 'one undo');
  const p2 = await stored(page, id);
  for (const w of mine) assert.equal(p2.work_items.find((x) => x.id === w.id).start, w.start, w.title);
  await ctx.close();
});
