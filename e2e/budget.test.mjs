// End-to-end tests of budget, resources and risks against the release build:
// on a blank plan, lines are added until the contingency warning appears and
// then clears; a payment overspends a line and undo takes it back; a line is
// submitted and approved; a risk is moved on the heat map by clicking it and
// a cell; triggering a risk draws its cost from the reserve (and the overview
// shows it among the top risks); a need planned too late is flagged; the
// English pages read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, freshPage, waitFor } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const fresh = (locale = 'zh-CN') => freshPage(browser, srv.url, locale);

const sub = async (page, v) => {
  await page.click(`[data-subview="${v}"]`);
  await page.waitForSelector(`[data-testid="budget"][data-page="${v}"]`);
};
const warningKinds = (page) => page.locator('[data-testid="budget-warning"]').evaluateAll((els) => els.map((e) => e.dataset.kind));
const text = (page, sel) => page.locator(sel).textContent();

/** A blank plan with a total budget of ¥100,000, on its budget page. */
async function blankPlan(page) {
  await page.click('a.tab[data-view="plans"]');
  await page.click('[data-action="new-blank"]');
  await page.click('[data-action="create-plan"]');
  await page.click('a.tab[data-view="setup"]');
  await page.fill('input[data-field="budget"]', '100000');
  await page.locator('input[data-field="budget"]').dispatchEvent('change');
  await page.click('a.tab[data-view="budget"]');
  await page.waitForSelector('[data-testid="budget"][data-page="budget"]');
}

/** Adds a line by typing its name, then sets its account and planned amount. */
async function addLine(page, name, account, planned) {
  await page.fill('[data-add="line"]', name);
  await page.press('[data-add="line"]', 'Enter');
  const last = page.locator('tr.budget-line').last();
  await waitFor(async () => (await last.locator('input[data-field="name"]').inputValue()) === name, `line ${name}`);
  // Pin the row by its id: `last()` would follow later additions.
  const row = page.locator(`tr[data-line="${await last.getAttribute('data-line')}"]`);
  await row.locator('select[data-field="account"]').selectOption(account);
  await row.locator('input[data-field="planned"]').fill(planned);
  await row.locator('input[data-field="planned"]').press('Tab');
  return row;
}

test('adding lines raises the contingency warning and a reserve line of 12% clears it; overspend and undo', async () => {
  const { ctx, page } = await fresh();
  await blankPlan(page);
  assert.match(await text(page, '[data-section="checks"]'), /头部达人直播合作/, 'the empty state gives an example');
  assert.equal(await page.locator('[data-testid="budget-warning"]').count(), 0);

  const kol = await addLine(page, '头部达人直播合作', 'Kol', '40000');
  await waitFor(async () => (await warningKinds(page)).includes('reserve'), 'reserve warning appears');
  assert.match(await text(page, '[data-kind="reserve"]'), /备用金占 0%，建议保留 10–15%/);
  assert.equal(await text(page, '[data-testid="budget-count"]'), '1');
  await addLine(page, '抖音投流', 'Channel', '30000');
  // 9% is not enough…
  const reserve = await addLine(page, '备用金', 'Contingency', '9000');
  await waitFor(async () => /9%/.test(await text(page, '[data-kind="reserve"]')), 'still warned at 9%');
  // …12% is.
  await reserve.locator('input[data-field="planned"]').fill('12,000');
  await reserve.locator('input[data-field="planned"]').press('Tab');
  await waitFor(async () => (await warningKinds(page)).length === 0, 'warning clears');
  assert.match(await text(page, '[data-testid="checks-ok"]'), /各项检查均通过/);
  assert.equal(await text(page, '[data-testid="budget-count"]'), '0');
  // The allocation shows each account's share of the ¥100,000.
  const alloc = await text(page, '[data-testid="allocation"]');
  assert.match(alloc, /达人\/KOL\s*40%/);
  assert.match(alloc, /备用金\s*12%/);
  assert.match(alloc, /合计\s*82%/);
  assert.match(await text(page, '[data-testid="stat-planned"]'), /¥82,000/);

  // A payment over the line's plan: the line, account and channel checks speak.
  await kol.locator('input[data-field="channel"]').fill('抖音');
  await kol.locator('input[data-field="channel"]').press('Tab');
  await kol.locator('[data-action="payments"]').click();
  await page.fill('[data-field="pay-amount"]', '45,000.50');
  await page.click('[data-action="add-payment"]');
  await waitFor(async () => (await warningKinds(page)).includes('line-over'), 'overspend flagged');
  // Paid on a line still in draft: the skipped approval is flagged too.
  assert.deepEqual((await warningKinds(page)).sort(), ['account-over', 'channel-over', 'line-over', 'paid-unapproved']);
  assert.match(await text(page, '[data-kind="paid-unapproved"]'), /「头部达人直播合作」未经批准已付款 ¥45,000.50（审批状态：草稿）/);
  assert.match(await text(page, '[data-kind="line-over"]'), /「头部达人直播合作」已支出 ¥45,000.50，超出计划 ¥40,000/);
  assert.equal(await page.locator('[data-testid="payment"]').count(), 1);
  assert.match(await text(page, '[data-testid="stat-actual"]'), /¥45,000.50/);
  // A bad amount is refused with a message and changes nothing.
  await page.fill('[data-field="pay-amount"]', '12.345');
  await page.click('[data-action="add-payment"]');
  await page.waitForSelector('.notice');
  assert.match(await text(page, '.notice'), /12.345/);
  assert.equal(await page.locator('[data-testid="payment"]').count(), 1);
  // Undo takes the payment back: one step.
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await warningKinds(page)).length === 0, 'undo clears the overspend');
  assert.equal(await page.locator('[data-testid="payment"]').count(), 0);
  await ctx.close();
});

test('a line is submitted and approved, with the approver and the day; the item-start check clears', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="budget"]');
  await page.waitForSelector('[data-testid="budget"]');
  // The sample's Xiaohongshu boosting is still being approved while its notes have started.
  const row = page.locator('tr[data-line="b-xhs-ads"]');
  assert.equal(await row.locator('[data-testid="approval"]').textContent(), '审批中');
  assert.ok((await warningKinds(page)).includes('unapproved'));
  assert.match(await text(page, '[data-kind="unapproved"]'), /「小红书薯条加热」尚未批准，「小红书笔记种草」今天开始/);
  await row.locator('select[data-field="approver"]').selectOption({ label: '王敏' });
  await row.locator('[data-action="approve"]').click();
  await waitFor(async () => (await row.locator('[data-testid="approval"]').textContent()) === '已批准', 'approved');
  assert.match(await row.locator('.decided').textContent(), /^王敏 · \d+月\d+日$/);
  assert.ok(!(await warningKinds(page)).includes('unapproved'), 'nothing left to chase');
  // A draft is submitted first; withdrawing an approval puts it back to draft.
  const draft = page.locator('tr[data-line="b-fission"]');
  await draft.locator('[data-action="submit"]').click();
  await waitFor(async () => (await draft.locator('[data-testid="approval"]').textContent()) === '审批中', 'submitted');
  await row.locator('[data-action="withdraw"]').click();
  await waitFor(async () => (await row.locator('[data-testid="approval"]').textContent()) === '草稿', 'withdrawn');
  assert.equal(await row.locator('.decided').textContent(), '');
  await ctx.close();
});

test('a risk moves on the heat map by clicking it and then a cell; a cell click filters the register', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="budget"]');
  await sub(page, 'risks');
  const chip = '.risk-chip[data-risk="risk-opinion"]';
  assert.equal(await page.locator(`[data-cell="2-4"] ${chip}`).count(), 1);
  const score = page.locator('tr[data-risk="risk-opinion"] [data-testid="risk-score"]');
  assert.equal(await score.textContent(), '8');
  await page.click(chip);
  assert.match(await text(page, '[data-testid="heat-status"]'), /已选中「负面笔记或评论发酵」/);
  await page.click('[data-cell="5-5"]');
  await waitFor(async () => (await page.locator(`[data-cell="5-5"] ${chip}`).count()) === 1, 'moved to 5×5');
  assert.equal(await page.locator(`[data-cell="2-4"] ${chip}`).count(), 0);
  assert.equal(await score.textContent(), '25');
  assert.equal(await page.locator('tr[data-risk="risk-opinion"] select[data-field="likelihood"]').inputValue(), '5');
  assert.match(await page.locator('[data-cell="5-5"]').getAttribute('class'), /critical/);
  // Undo puts it back in one step.
  await page.click('[data-action="undo"]');
  await waitFor(async () => (await page.locator(`[data-cell="2-4"] ${chip}`).count()) === 1, 'undo moves it back');
  // With nothing picked, a cell lists only its risks.
  await page.click('[data-cell="3-4"]');
  await page.waitForSelector('[data-testid="risk-filter"]');
  const shown = await page.locator('tr.risk-row').evaluateAll((rs) => rs.map((r) => r.dataset.risk));
  assert.deepEqual(shown, ['risk-price']);
  await page.click('[data-testid="risk-filter"] button');
  await waitFor(async () => (await page.locator('tr.risk-row').count()) === 7, 'all risks again');
  await ctx.close();
});

test('triggering a risk draws its cost from the reserve; the overview lists it first', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="budget"]');
  await sub(page, 'risks');
  assert.equal(await text(page, '[data-testid="reserve-left"]'), '剩余 ¥80,000');
  // The badge counts the risks still open, as the register lists them, and says so on hover.
  const open = await page.locator('tr[data-risk]:not([data-status="closed"])').count();
  assert.equal(await text(page, '[data-testid="risks-count"]'), String(open));
  assert.equal(await page.getAttribute('[data-testid="risks-count"]', 'title'), `未关闭的风险 ${open} 项，其中已触发 1 项`);
  // Red because one has happened (a badge is calm while nothing is triggered).
  const badge = () => page.locator('[data-testid="risks-count"]').evaluate((e) => [e.className, getComputedStyle(e).backgroundColor]);
  const red = await page.evaluate(() => { const d = document.createElement('i'); d.style.color = 'var(--red)'; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; });
  assert.deepEqual(await badge(), ['count-badge', red]);
  const row = page.locator('tr[data-risk="risk-kol"]');
  await row.locator('[data-action="trigger"]').click();
  await waitFor(async () => (await text(page, '[data-testid="reserve-left"]')) === '剩余 ¥50,000', 'reserve drops by 30,000');
  assert.equal(await text(page, '[data-testid="reserve-drawn"]'), '已动用 ¥70,000');
  assert.equal(await row.getAttribute('data-status'), 'triggered');
  assert.match(await row.textContent(), /\d+月\d+日 触发/);
  assert.equal(await text(page, '[data-testid="risks-count"]'), String(open));
  assert.equal(await page.getAttribute('[data-testid="risks-count"]', 'title'), `未关闭的风险 ${open} 项，其中已触发 2 项`);
  assert.equal(await page.locator('.risk-chip.triggered[data-risk="risk-kol"]').count(), 1);
  // A higher cost draws more.
  await row.locator('input[data-field="cost"]').fill('90000');
  await row.locator('input[data-field="cost"]').press('Tab');
  await waitFor(async () => (await text(page, '[data-testid="reserve-left"]')) === '剩余 -¥10,000', 'overdrawn');
  await sub(page, 'budget');
  assert.ok((await warningKinds(page)).includes('reserve-overdrawn'));
  await page.click('a.tab[data-view="overview"]');
  // Wait for the overview to draw its risks (a loaded machine draws after the click returns).
  const topRisks = () => page.locator('[data-testid="top-risk"]').evaluateAll((els) => els.map((e) => e.dataset.risk));
  await waitFor(async () => (await topRisks()).length === 3, 'the top risks are drawn', 15000);
  const top = await topRisks();
  assert.equal(top.length, 3);
  assert.ok(top.slice(0, 2).includes('risk-kol') && top.slice(0, 2).includes('risk-dy-roi'), `triggered first: ${top}`);
  await ctx.close();
});

test('a need planned after its lead time is flagged, and moving its date clears it; alerts name their risk', async () => {
  const { ctx, page } = await fresh();
  await page.click('a.tab[data-view="budget"]');
  await sub(page, 'resources');
  const gifts = page.locator('tr[data-resource="r-gifts"]');
  assert.equal(await gifts.getAttribute('data-readiness'), 'late');
  assert.match(await gifts.locator('[data-testid="readiness"]').textContent(), /晚于最晚到位日/);
  const needed = await gifts.locator('[data-field="needed-by"]').textContent();
  // Ready a week earlier than planned: inside the lead time.
  const ready = await gifts.locator('input[data-field="ready-by"]').inputValue();
  const d = new Date(ready);
  d.setDate(d.getDate() - 7);
  await gifts.locator('input[data-field="ready-by"]').fill(d.toISOString().slice(0, 10));
  await gifts.locator('input[data-field="ready-by"]').dispatchEvent('change');
  await waitFor(async () => (await gifts.getAttribute('data-readiness')) !== 'late', `fixed (needed by ${needed})`);
  // The Douyin conversion alert points at the risk that watches it.
  await page.click('a.tab[data-view="dashboard"]');
  await page.click('[data-subview="alerts"]');
  await page.waitForSelector('[data-testid="linked-risk"]');
  assert.match(await text(page, '[data-testid="linked-risk"]'), /关联风险：抖音投流转化不达预期（已触发）/);
  await ctx.close();
});

test('the English budget pages read, with money in CN¥ and ROI advice', async () => {
  const { ctx, page } = await fresh('en-US');
  await page.click('a.tab[data-view="budget"]');
  await page.waitForSelector('[data-testid="budget"]');
  assert.equal(await page.locator('a.tab[data-view="budget"]').textContent(), 'Budget');
  assert.match(await text(page, '[data-testid="stat-total"]'), /Total budget\s*CN¥800,000/);
  const alloc = await text(page, '[data-testid="allocation"]');
  assert.match(alloc, /KOL \/ talent\s*40%/);
  assert.match(alloc, /Contingency\s*15%/);
  await page.click('[data-group="channel"]');
  await waitFor(async () => /Douyin/.test(await text(page, '[data-testid="allocation"]')), 'by channel');
  const advice = await page.locator('[data-testid="roi-advice"]').allTextContents();
  assert.ok(advice.length === 2 && advice.every((a) => /ROI|Keep/.test(a)), advice.join('|'));
  assert.match(await text(page, '[data-testid="burn-chart"]'), /To date: CN¥[\d,]+ spent against CN¥[\d,.]+ planned/);
  await sub(page, 'risks');
  assert.equal(await page.locator('tr[data-risk="risk-kol"] input[data-field="title"]').inputValue(), 'Top KOL cancels');
  assert.equal(await page.locator('tr[data-risk="risk-kol"] select[data-field="category"] option:checked').textContent(), 'Talent / KOL');
  assert.match(await text(page, '[data-testid="reserve-left"]'), /Left CN¥80,000/);
  // The header still fits on one line at 1,400 px.
  await page.setViewportSize({ width: 1400, height: 800 });
  const tabs = await page.locator('a.tab').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  const undo = await page.locator('[data-action="undo"]').boundingBox();
  assert.ok(tabs.every((y) => Math.abs(y - tabs[0]) < 2) && Math.abs(undo.y - tabs[0]) < 20, `one line: ${tabs} / ${undo.y}`);
  await ctx.close();
});
