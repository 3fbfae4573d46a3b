// Takes screenshots of every view in both languages, light and dark, into
// bench/out/screens/, to look at as a user would.
import fs from 'node:fs';
import { serve, launch, newContext, open, stored, putStored } from './harness.mjs';
import { bigPlan } from '../bench/plans.mjs';
import os from 'node:os';
import path from 'node:path';

// SCREENS_OUT puts them elsewhere (to compare two builds, with CP_DIST).
const out = process.env.SCREENS_OUT ? path.resolve(process.env.SCREENS_OUT) + '/' : new URL('../bench/out/screens/', import.meta.url).pathname;
fs.mkdirSync(out, { recursive: true });
const srv = await serve();
const browser = await launch();
for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
  const ctx = await newContext(browser, locale, { colorScheme: scheme });
  const page = await ctx.newPage();
  await open(page, srv.url);
  for (const view of ['overview', 'tasks', 'gantt', 'raci', 'setup', 'plans']) {
    if (view === 'plans') await page.click('a.tab[data-view="plans"]');
    else await page.click(`a.tab[data-view="${view}"]`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}${locale}-${scheme}-${view}.png`, fullPage: true });
  }
  if (scheme === 'light') {
    await page.setViewportSize({ width: 768, height: 900 });
    await page.click('a.tab[data-view="tasks"]');
    await page.screenshot({ path: `${out}${locale}-768-tasks.png` });
  }
  await ctx.close();
}
await browser.close();
await srv.close();
console.log('screenshots in', out);

// States worth looking at: empty plan, an error dialog, a deeper outline, storage warning.
{
  const srv2 = await serve();
  const b2 = await launch();
  for (const locale of ['zh-CN', 'en-US']) {
    const ctx = await newContext(b2, locale);
    const page = await ctx.newPage();
    await open(page, srv2.url);
    await page.click('a.tab[data-view="tasks"]');
    await page.click('tr[data-index="3"] [data-col="title"]');
    await page.keyboard.press('Enter');
    await page.keyboard.type(locale === 'zh-CN' ? '达人建联：5位腰部KOL+20位素人' : 'Talent outreach: 5 mid-tier KOLs + 20 amateurs');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type(locale === 'zh-CN' ? '选题策划（10个）' : 'Topic planning (10)');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}${locale}-tree.png` });
    await page.setInputFiles('[data-testid="import-input"]', { name: 'bad.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'campaign-planner', version: 1, plan: { id: 'x', name: 'x', scenario: 'other', start: '2026-02-30' } })) });
    await page.waitForSelector('[data-testid="import-error"]');
    await page.screenshot({ path: `${out}${locale}-import-error.png` });
    await page.keyboard.press('Escape');
    await page.click('a.tab[data-view="plans"]');
    await page.click('[data-action="new-blank"]');
    await page.click('[data-action="create-plan"]');
    await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
    await page.click('a.tab[data-view="setup"]');
    await page.fill('[data-field="name"]', locale === 'zh-CN' ? '2027 春节促销' : 'Spring Festival 2027');
    await page.press('[data-field="name"]', 'Enter');
    await page.waitForSelector('[data-testid="storage-warning"]');
    await page.screenshot({ path: `${out}${locale}-blank-setup-full.png`, fullPage: true });
    await page.click('a.tab[data-view="overview"]');
    await page.screenshot({ path: `${out}${locale}-blank-overview.png`, fullPage: true });
    await ctx.close();
  }
  await b2.close();
  await srv2.close();
}

// The Gantt chart at each zoom level, its drawer and link editor, and a
// 10,000-item plan, in both languages.
{
  const srv3 = await serve();
  const b3 = await launch();
  const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-')), 'big.campaign.json');
  fs.writeFileSync(big, JSON.stringify(bigPlan(10000, 'big')));
  for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
    const ctx = await newContext(b3, locale, { colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    const page = await ctx.newPage();
    await open(page, srv3.url);
    await page.click('a.tab[data-view="gantt"]');
    await page.waitForSelector('.bar-g');
    for (const z of ['day', 'week', 'month', 'quarter', 'fit']) {
      await page.click(z === 'fit' ? '[data-action="fit"]' : `[data-zoom="${z}"]`);
      await page.waitForTimeout(250);
      await page.screenshot({ path: `${out}${locale}-${scheme}-gantt-${z}.png` });
    }
    if (scheme === 'light') {
      await page.click('[data-zoom="week"]');
      await page.waitForTimeout(200);
      await page.hover('.bar-g[data-id="w3"] rect.bar');
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${out}${locale}-gantt-tooltip.png` });
      await page.locator('g.arrow path.arrow-hit').first().dispatchEvent('click');
      await page.waitForSelector('[data-testid="link-editor"]');
      await page.screenshot({ path: `${out}${locale}-gantt-link-editor.png` });
      await page.keyboard.press('Escape');
      await page.dblclick('.gantt-row[data-id="w4"]');
      await page.waitForSelector('[data-testid="item-details"]');
      await page.screenshot({ path: `${out}${locale}-gantt-details.png` });
      await page.keyboard.press('Escape');
      await page.setInputFiles('[data-testid="import-input"]', big);
      await page.waitForFunction(() => document.querySelector('[data-testid="item-count"]')?.dataset.total === '10000', null, { timeout: 60000 });
      await page.click('a.tab[data-view="gantt"]');
      await page.waitForSelector('.bar-g');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}${locale}-gantt-10k.png` });
      await page.evaluate(() => { const s = document.querySelector('.gantt-scroll'); s.scrollTop = s.scrollHeight / 2; });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}${locale}-gantt-10k-middle.png` });
    }
    await ctx.close();
  }
  await b3.close();
  await srv3.close();
}

// The strategy workspace: each page with the sample, the brief on screen and as
// printed, and the empty pages of a blank plan, in both languages.
{
  const srv4 = await serve();
  const b4 = await launch();
  for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
    const ctx = await newContext(b4, locale, { colorScheme: scheme });
    const page = await ctx.newPage();
    await open(page, srv4.url);
    await page.click('a.tab[data-view="insight"]');
    for (const v of ['insight', 'goals', 'strategy', 'trace', 'brief']) {
      await page.click(`[data-subview="${v}"]`);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}${locale}-${scheme}-strategy-${v}.png`, fullPage: true });
    }
    if (scheme === 'light') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${out}${locale}-strategy-brief-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.click('a.tab[data-view="plans"]');
      await page.click('[data-action="new-blank"]');
      await page.click('[data-action="create-plan"]');
      await page.click('a.tab[data-view="insight"]');
      for (const v of ['insight', 'goals', 'strategy', 'trace']) {
        await page.click(`[data-subview="${v}"]`);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}${locale}-blank-strategy-${v}.png`, fullPage: true });
      }
    }
    await ctx.close();
  }
  await b4.close();
  await srv4.close();
}

// KPI monitoring: each page with the sample (the funnel with a stage picked,
// the grid after a refused paste), and the blank plan's empty pages.
{
  const srv5 = await serve();
  const b5 = await launch();
  for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
    const ctx = await newContext(b5, locale, { colorScheme: scheme });
    const page = await ctx.newPage();
    await open(page, srv5.url);
    await page.click('a.tab[data-view="dashboard"]');
    for (const v of ['dashboard', 'kpis', 'alerts', 'funnel', 'review']) {
      await page.click(`[data-subview="${v}"]`);
      await page.waitForTimeout(250);
      if (v === 'funnel') {
        await page.hover('g.stage[data-stage="lead"]');
        await page.click('g.stage[data-stage="conversion"]');
      }
      await page.screenshot({ path: `${out}${locale}-${scheme}-monitor-${v}.png`, fullPage: true });
    }
    if (scheme === 'light') {
      await page.click('[data-subview="funnel"]');
      await page.selectOption('[data-field="channel"]', { index: 1 });
      await page.selectOption('[data-field="compare"]', { index: 2 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}${locale}-monitor-funnel-compare.png`, fullPage: true });
      await page.click('a.tab[data-view="plans"]');
      await page.click('[data-action="new-blank"]');
      await page.click('[data-action="create-plan"]');
      await page.click('a.tab[data-view="dashboard"]');
      for (const v of ['dashboard', 'kpis', 'funnel']) {
        await page.click(`[data-subview="${v}"]`);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}${locale}-blank-monitor-${v}.png`, fullPage: true });
      }
    }
    await ctx.close();
  }
  await b5.close();
  await srv5.close();
}

// Budget, resources and risks: each page with the sample (a line's payments
// open, a risk picked on the heat map), and the blank plan's empty pages.
{
  const srv6 = await serve();
  const b6 = await launch();
  for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
    const ctx = await newContext(b6, locale, { colorScheme: scheme });
    const page = await ctx.newPage();
    await open(page, srv6.url);
    await page.screenshot({ path: `${out}${locale}-${scheme}-overview-budget.png`, fullPage: true });
    await page.click('a.tab[data-view="budget"]');
    for (const v of ['budget', 'resources', 'risks']) {
      await page.click(`[data-subview="${v}"]`);
      await page.waitForTimeout(250);
      if (v === 'budget') await page.click('tr[data-line="b-dy-kol"] [data-action="payments"]');
      if (v === 'risks') await page.click('.risk-chip[data-risk="risk-kol"]');
      await page.screenshot({ path: `${out}${locale}-${scheme}-budget-${v}.png`, fullPage: true });
    }
    if (scheme === 'light') {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.screenshot({ path: `${out}${locale}-header-1400.png` });
      await page.click('a.tab[data-view="plans"]');
      await page.click('[data-action="new-blank"]');
      await page.click('[data-action="create-plan"]');
      await page.click('a.tab[data-view="budget"]');
      for (const v of ['budget', 'resources', 'risks']) {
        await page.click(`[data-subview="${v}"]`);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${out}${locale}-blank-budget-${v}.png`, fullPage: true });
      }
    }
    await ctx.close();
  }
  await b6.close();
  await srv6.close();
}

// Keeping plans safe: a stored plan opened after mends (banner with its
// details), the recovery area, and an import that asks before mending; at
// 1366×768 and 1920×1080, both languages, light and dark.
{
  const srv3 = await serve();
  const b3 = await launch();
  for (const [locale, scheme, width, height] of [['zh-CN', 'light', 1366, 768], ['en-US', 'light', 1366, 768], ['zh-CN', 'dark', 1920, 1080], ['en-US', 'dark', 1920, 1080]]) {
    const ctx = await newContext(b3, locale, { colorScheme: scheme, viewport: { width, height } });
    const page = await ctx.newPage();
    await open(page, srv3.url);
    await page.waitForSelector('[data-testid="save-state"].saved');
    const [pid, text] = Object.entries(await stored(page))[0];
    const v = JSON.parse(text);
    v.plan.work_items[0].owner = 'ghost';
    v.plan.strategy.goals[0].owner = 'nobody';
    v.plan.dependencies.push({ ...v.plan.dependencies[0], id: 'dup-link' });
    await putStored(page, 'plans', pid, JSON.stringify(v));
    v.plan.id = 'other';
    const broken = JSON.stringify(v);
    await page.reload();
    await page.waitForSelector('[data-testid="repaired"]');
    await page.click('[data-testid="repaired"] button');
    const tag = `${locale}-${scheme}-${width}`;
    await page.screenshot({ path: `${out}${tag}-repaired.png` });
    await page.click('a.tab[data-view="plans"]');
    await page.waitForSelector('[data-testid="recovery-entry"]');
    await page.screenshot({ path: `${out}${tag}-recovery.png`, fullPage: true });
    await page.setInputFiles('[data-testid="import-input"]', { name: 'x.campaign.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.waitForSelector('[data-testid="import-repair"]');
    await page.screenshot({ path: `${out}${tag}-import-repair.png` });
    await ctx.close();
  }
  await b3.close();
  await srv3.close();
}

// The close of a campaign: the sample finished by moving the clock 70 days on,
// its report, retrospective and document, the knowledge base and a new plan
// from a template, at 1366×768 and 1920×1080, zh and en, light and dark.
{
  const srv6 = await serve();
  const b6 = await launch();
  for (const [locale, scheme, width, height] of [['zh-CN', 'light', 1366, 768], ['en-US', 'light', 1366, 768], ['zh-CN', 'dark', 1920, 1080], ['en-US', 'dark', 1920, 1080]]) {
    const ctx = await newContext(b6, locale, { colorScheme: scheme, viewport: { width, height } });
    const first = await ctx.newPage();
    await open(first, srv6.url);
    const id = await first.evaluate(() => location.hash.split('/')[2]);
    await first.close();
    await ctx.clock.install({ time: new Date(Date.now() + 70 * 86_400_000) });
    const page = await ctx.newPage();
    await open(page, srv6.url, `#/plan/${id}/retro`);
    await page.click('[data-action="prefill"]');
    const tag = `${locale}-${scheme}-${width}`;
    for (const v of [`#/plan/${id}/overview`, `#/plan/${id}/report`, `#/plan/${id}/retro`, `#/plan/${id}/retro-doc`, '#/knowledge', '#/new/builtin:new_product_launch']) {
      await page.goto(srv6.url + v);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}${tag}-close-${v.split('/').pop().replace(':', '-')}.png`, fullPage: true });
    }
    await ctx.close();
  }
  await b6.close();
  await srv6.close();
}

// The document centre on a fixed clock: the list with the tracking sheet,
// the weekly report, the Gantt chart for paper, the goal sign-off sheet and
// the overview's reporting card, at 1366×768 and 1920×1080, zh and en,
// light and dark. The printed pages are in bench/out/docs (e2e/docs.test.mjs).
{
  const srv7 = await serve();
  const b7 = await launch();
  for (const [locale, scheme, width, height] of [['zh-CN', 'light', 1366, 768], ['en-US', 'light', 1366, 768], ['zh-CN', 'dark', 1920, 1080], ['en-US', 'dark', 1920, 1080]]) {
    const ctx = await newContext(b7, locale, { colorScheme: scheme, viewport: { width, height } });
    await ctx.clock.install({ time: new Date('2026-11-20T10:00:00+08:00') });
    const page = await ctx.newPage();
    await open(page, srv7.url);
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    const tag = `${locale}-${scheme}-${width}`;
    for (const v of ['docs/tracking', 'docs/weekly', 'docs/gantt', 'docs/goals', 'overview', 'setup']) {
      await page.goto(`${srv7.url}#/plan/${id}/${v}`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}${tag}-docs-${v.replace('/', '-')}.png`, fullPage: true });
    }
    await ctx.close();
  }
  await b7.close();
  await srv7.close();
}

// Sharing and bringing a sheet in: the share panel, a summary link's
// preview and the sheet import's preview, zh light at 1366×768 and en dark
// at 1920×1080.
{
  const srv8 = await serve();
  const b8 = await launch();
  for (const [locale, scheme, width, height] of [['zh-CN', 'light', 1366, 768], ['en-US', 'dark', 1920, 1080]]) {
    const ctx = await newContext(b8, locale, { colorScheme: scheme, viewport: { width, height } });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv8.url).origin });
    const page = await ctx.newPage();
    await open(page, srv8.url);
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    const tag = `${locale}-${scheme}-${width}`;
    await page.click('[data-action="share"]');
    await page.waitForSelector('[data-testid="link-length"]');
    await page.screenshot({ path: `${out}${tag}-share-panel.png` });
    await page.click('[data-action="copy-summary-link"]');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('#/share/s/'));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const p2 = await ctx.newPage();
    await p2.goto(link);
    await p2.waitForSelector('[data-testid="shared-preview"]');
    await p2.screenshot({ path: `${out}${tag}-share-preview.png` });
    await p2.close();
    await page.goto(`${srv8.url}#/plan/${id}/tasks`);
    await page.click('[data-action="open-sheet-import"]');
    await page.setInputFiles('[data-field="sheet-file"]', new URL('../tests/fixtures/tracking-sheet-gbk.csv', import.meta.url).pathname);
    await page.waitForSelector('[data-testid="sheet-preview"]');
    await page.screenshot({ path: `${out}${tag}-sheet-import.png` });
    await ctx.close();
  }
  await b8.close();
  await srv8.close();
}
