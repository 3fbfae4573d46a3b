// End-to-end tests of the strategy workspace against the release build: a
// SWOT filled by hand, an SO strategy built from two entries, a goal linked to
// it and a work item linked to the strategy, seen in the trace; the SMART
// check's hints; the channel mix total; promotion into the SWOT; the brief.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, freshPage, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const fresh = (locale = 'zh-CN') => freshPage(browser, srv.url, locale);


/** A new blank plan, opened on the strategy workspace. */
async function blankPlan(page) {
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.click('a.tab[data-view="insight"]');
  await page.waitForSelector('[data-testid="strategy"][data-page="insight"]');
}

/** The texts of the entries in one SWOT quadrant (they are inputs). */
const quadrant = (page, q) => page.locator(`.swot-q[data-quadrant="${q}"] [data-field="text"]`).evaluateAll((els) => els.map((e) => e.value));

const sub = async (page, v) => {
  await page.click(`[data-subview="${v}"]`);
  await page.waitForSelector(`[data-testid="strategy"][data-page="${v}"]`);
};

async function addTo(page, scope, text) {
  const box = page.locator(`${scope} [data-add]`).first();
  await box.fill(text);
  await box.press('Enter');
}

test('fill a SWOT, build an SO strategy from two entries, link a goal and a work item, and see the trace', async () => {
  const { ctx, page } = await fresh();
  await blankPlan(page);
  // An empty section explains itself with an example from the brief.
  assert.match(await page.textContent('[data-section="tows"] .empty-example'), /SO/);
  await addTo(page, '.swot-q[data-quadrant="S"]', '自有私域社群12万人');
  await addTo(page, '.swot-q[data-quadrant="W"]', '直播经验不足');
  await addTo(page, '.swot-q[data-quadrant="O"]', '年轻职场人愿为效率付费');
  await addTo(page, '.tows-cell[data-tows="So"]', '以私域社群承接职场人效率需求');
  const so = page.locator('.tows-cell[data-tows="So"] .tows-strategy').first();
  await so.waitFor();
  // An SO strategy offers only strengths and opportunities to build on.
  assert.equal(await so.locator('button.chip').count(), 2);
  assert.equal(await so.locator('button.chip[data-quadrant="W"]').count(), 0);
  await so.locator('button.chip[data-quadrant="S"]').click();
  await so.locator('button.chip[data-quadrant="O"]').click();
  await waitFor(async () => (await so.locator('button.chip[aria-pressed="true"]').count()) === 2, 'both entries linked');
  assert.equal(await page.locator('[data-section="tows"] .empty-example').count(), 0, 'the example goes once there is a strategy');

  // A goal without a target fails "measurable" and says what to add.
  await sub(page, 'goals');
  await page.click('[data-action="add-goal"]');
  const goal = page.locator('.goal-card').first();
  await goal.waitFor();
  assert.equal(await goal.locator('[data-letter="M"]').getAttribute('data-ok'), 'false');
  assert.match(await goal.locator('li[data-gap="NoTarget"]').textContent(), /可衡量.*目标值/);
  await goal.locator('[data-field="statement"]').fill('30天新增用户5000人');
  await goal.locator('[data-field="statement"]').press('Tab');
  await goal.locator('[data-field="target"]').fill('5000');
  await goal.locator('[data-field="target"]').press('Tab');
  await goal.locator('[data-field="unit"]').fill('人');
  await goal.locator('[data-field="unit"]').press('Tab');
  await waitFor(async () => (await goal.locator('[data-letter="M"]').getAttribute('data-ok')) === 'true', 'measurable once target and unit exist');
  assert.equal(await goal.locator('li[data-gap="NoTarget"]').count(), 0);
  // Relevant needs a strategy: link the SO strategy.
  assert.equal(await goal.locator('[data-letter="R"]').getAttribute('data-ok'), 'false');
  await goal.locator('.goal-serves button.chip').first().click();
  await waitFor(async () => (await goal.locator('[data-letter="R"]').getAttribute('data-ok')) === 'true', 'relevant once linked');

  // The trace shows the goal with no work, then the item once it is linked.
  await sub(page, 'trace');
  assert.match(await page.textContent('[data-gaps="goals"]'), /30天新增用户5000人/);
  await page.click('a.tab[data-view="tasks"]');
  await page.click('[data-action="add-item"]');
  await page.keyboard.type('社群裂变活动');
  await page.keyboard.press('Tab');
  await page.click('tr[data-index="0"] [data-action="open-details"]');
  await page.waitForSelector('[data-testid="item-details"]');
  await page.check('[data-testid="item-details"] [data-field="serves"] input[type="checkbox"]');
  await page.keyboard.press('Escape');
  await page.click('a.tab[data-view="insight"]');
  await sub(page, 'trace');
  const row = page.locator('.trace-table tr[data-goal]').first();
  await waitFor(async () => /社群裂变活动/.test(await row.textContent()), 'the goal reaches the work item');
  assert.match(await row.textContent(), /以私域社群承接职场人效率需求/);
  assert.match(await row.locator('.smart-score').textContent(), /^SMART [0-5]\/5$/, 'the score says what it counts');
  assert.equal(await page.locator('[data-gaps]').count(), 0, 'no gaps are left');
  assert.match(await page.textContent('[data-section="gaps"]'), /没有缺口/);
  // Unlinking in the trace is one step, and undo brings the link back.
  await page.click('.strategy-work .chip.item .chip-x');
  await waitFor(async () => /尚无任务/.test(await row.textContent()), 'unlinked');
  await page.keyboard.press('Control+z');
  await waitFor(async () => /社群裂变活动/.test(await row.textContent()), 'undo restores the link');
  await ctx.close();
});

test('the sample goal without a feasibility note fails "achievable"; a bad number is refused and kept', async () => {
  const { ctx, page } = await fresh('en-US');
  await page.click('a.tab[data-view="insight"]');
  await sub(page, 'goals');
  const brand = page.locator('.goal-card[data-goal="g-brand"]');
  assert.equal(await brand.locator('[data-letter="A"]').getAttribute('data-ok'), 'false');
  assert.match(await brand.locator('li[data-gap="NoFeasibility"]').textContent(), /Achievable.*feasibility note/);
  // Clearing a target breaks "measurable" with its hint; undo mends it.
  const traffic = page.locator('.goal-card[data-goal="g-traffic"]');
  await traffic.locator('[data-field="target"]').fill('');
  await traffic.locator('[data-field="target"]').press('Tab');
  await waitFor(async () => (await traffic.locator('li[data-gap="NoTarget"]').count()) === 1, 'the hint appears');
  assert.match(await traffic.locator('li[data-gap="NoTarget"]').textContent(), /Give a numeric target/);
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await traffic.locator('[data-field="target"]').inputValue()) === '5,000,000', 'undo restores the target');
  // Text that is not a number is refused with a message; the value stays.
  await traffic.locator('[data-field="baseline"]').fill('lots');
  await traffic.locator('[data-field="baseline"]').press('Tab');
  await waitFor(async () => /Enter a number/.test(await page.textContent('body')), 'the message says what is wrong');
  assert.equal(await traffic.locator('[data-field="baseline"]').inputValue(), '1,200,000');
  // "3万" is read as 30,000 and the growth follows.
  await traffic.locator('[data-field="baseline"]').fill('300万');
  await traffic.locator('[data-field="baseline"]').press('Tab');
  await waitFor(async () => /\+66\.7%/.test(await traffic.locator('[data-testid="growth"]').textContent()), 'growth over the new baseline');
  await ctx.close();
});

test('channel shares total live against 100% and the 70/20/10 rule', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="insight"]');
  await sub(page, 'strategy');
  const total = page.locator('[data-testid="mix-total"]');
  assert.equal(await total.getAttribute('data-total'), '100');
  assert.match(await page.textContent('[data-testid="rule-verdict"]'), /与法则一致/);
  const share = page.locator('.channel-row').first().locator('[data-field="share"]');
  await share.fill('45');
  await share.press('Tab');
  await waitFor(async () => (await total.getAttribute('data-total')) === '110', 'the total follows');
  assert.match(await total.textContent(), /超出 10%/);
  assert.match(await total.getAttribute('class'), /bad/);
  assert.match(await page.textContent('[data-testid="rule-verdict"]'), /偏差/);
  // A share over 100 is refused and the field shows the stored value again.
  await share.fill('150');
  await share.press('Tab');
  await waitFor(async () => (await share.inputValue()) === '45', 'refused');
  // A new channel takes what is left (none here), and the mix chart has a slice per channel.
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await total.getAttribute('data-total')) === '100', 'undo');
  assert.equal(await page.locator('.mix-slice').count(), 4);
  await ctx.close();
});

test('insight entries are promoted into the SWOT, and the five forces draw their radar', async () => {
  const { ctx, page } = await fresh('en-US');
  await blankPlan(page);
  await addTo(page, '.pestel-col[data-factor="Legal"]', 'Stricter review of claims');
  const entry = page.locator('.pestel-col[data-factor="Legal"] .pestel-entry').first();
  await entry.waitFor();
  await entry.locator('[data-field="effect"]').selectOption('Threat');
  await entry.locator('[data-action="to-swot"]').click();
  await waitFor(async () => (await quadrant(page, 'T')).includes('Stricter review of claims'), 'the threat is in T');
  assert.deepEqual(await quadrant(page, 'O'), []);
  assert.ok(await entry.locator('[data-action="to-swot"]').isDisabled(), 'it cannot be added twice');
  assert.match(await entry.locator('[data-action="to-swot"]').textContent(), /In SWOT/);
  await page.selectOption('tr[data-force="Rivalry"] [data-field="rating"]', '5');
  await waitFor(async () => /Rivalry 5/.test(await page.textContent('[data-testid="forces-radar"]')), 'the radar shows the rating');
  await addTo(page, '.side-col[data-side="Strength"]', 'Own community of 120k');
  await page.click('.side-col[data-side="Strength"] [data-action="to-swot"]');
  await waitFor(async () => (await quadrant(page, 'S')).includes('Own community of 120k'), 'the strength is in S');
  // Switching the language rebuilds the page in Chinese, with the user's text kept.
  await page.click('[data-action="lang"]');
  await waitFor(async () => /PESTEL 宏观环境/.test(await page.textContent('[data-section="pestel"] h2')), 'the labels follow the language');
  assert.match(await page.textContent('.swot-q[data-quadrant="T"] h3'), /威胁 T/);
  assert.ok((await quadrant(page, 'T')).includes('Stricter review of claims'));
  await ctx.close();
});

test('the overview sums up the goals and the gaps; the strategy brief prints on its own, in Chinese', async () => {
  const { ctx, page } = await fresh();
  const card = page.locator('[data-testid="strategy-summary"]');
  assert.equal(await card.locator('.summary-goal').count(), 5);
  assert.equal(await card.locator('.summary-goal').last().locator('.smart-letter.ok').count(), 4, 'the brand goal misses one letter');
  assert.match(await card.locator('[data-testid="summary-gaps"]').textContent(), /没有任务支撑的目标 1/);
  await page.click('a.tab[data-view="insight"]');
  await page.click('[data-subview="brief"]');
  await page.waitForSelector('[data-testid="brief"]');
  const text = await page.textContent('[data-testid="brief"]');
  for (const want of ['为职场人打造的效率工具', '效率职场人 小林', '30天内，通过小红书种草', '以小红书达人种草', '每天省下半小时', '领取奖励并下单', '合计 100%']) {
    assert.ok(text.includes(want), want);
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false, 'no app header on paper');
  assert.equal(await page.locator('[data-action="print"]').isVisible(), false, 'no buttons on paper');
  assert.ok(await page.locator('.brief-head h1').isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await ctx.close();
});
