// Takes screenshots of every view in both languages, light and dark, into
// bench/out/screens/, to look at as a user would.
import fs from 'node:fs';
import { serve, launch, newContext, open } from './harness.mjs';

const out = new URL('../bench/out/screens/', import.meta.url).pathname;
fs.mkdirSync(out, { recursive: true });
const srv = await serve();
const browser = await launch();
for (const [locale, scheme] of [['zh-CN', 'light'], ['en-US', 'light'], ['zh-CN', 'dark']]) {
  const ctx = await newContext(browser, locale, { colorScheme: scheme });
  const page = await ctx.newPage();
  await open(page, srv.url);
  for (const view of ['overview', 'tasks', 'setup', 'plans']) {
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
