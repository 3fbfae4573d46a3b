// A festival campaign on its festival (issue 27): from the festival
// template, choosing 双11 and a year lays the burst on 11/1–11/11 with
// both peak days as milestones, whatever the start date says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newContext, open, waitFor, storedPlan } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [loc, name, window] of [['zh-CN', '双11', '爆发期 11月1日 – 11月11日'], ['en', 'Double 11', 'Burst Nov 1 – Nov 11']]) {
  test(`the festival template laid on ${name} 2027 (${loc})`, async () => {
    const ctx = await newContext(browser, loc);
    await ctx.clock.install({ time: new Date('2026-12-06T10:00:00+08:00') });
    const page = await ctx.newPage();
    await open(page, srv.url, '#/new/builtin:festival_promotion');
    await page.waitForSelector('[data-testid="new-plan"]');
    await page.selectOption('[data-field="festival"]', { label: name });
    // After this year's 11.11, the next one is offered.
    assert.equal(await page.inputValue('[data-field="festival-year"]'), '2027');
    await waitFor(async () => (await page.textContent('[data-testid="festival-window"]')).startsWith(window), 'the window is said');
    assert.equal(await page.isDisabled('[data-field="start"]'), true, 'the festival sets the dates');
    await page.click('[data-action="create-plan"]');
    await page.waitForSelector('[data-testid="overview"]');
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    await waitFor(async () => !!(await storedPlan(page, id)), 'saved');
    const p = (await storedPlan(page, id)).plan;
    assert.deepEqual([p.phases[1].start, p.phases[1].end], ['2027-11-01', '2027-11-11']);
    const milestones = p.work_items.filter((w) => w.milestone).map((w) => w.start);
    assert.ok(milestones.includes('2027-11-01') && milestones.includes('2027-11-11'), `${milestones}`);
    assert.ok(p.start < '2027-11-01' && p.end > '2027-11-11');
    await ctx.close();
  });
}
