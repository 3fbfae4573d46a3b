// Takes screenshots of every view in both languages, light and dark, into
// bench/out/screens/, to look at as a user would.
import fs from 'node:fs';
import { serve, launch, newContext, open } from './harness.mjs';
import { bigPlan } from '../bench/plans.mjs';
import os from 'node:os';
import path from 'node:path';

const out = new URL('../bench/out/screens/', import.meta.url).pathname;
fs.mkdirSync(out, { recursive: true });
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
