import { chromium } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { findChromium } from '../../scripts/system-deps.mjs';
import { loadBuiltinCards } from '../../src/services';
import { startWebEdition } from '../e2e/web-edition';
import { RESOURCES_DIR } from '../unit/fixtures';
import { syntheticLibrary } from './synthetic-library';

/** Longest main-thread task (ms) while `action` runs, from Chromium's Long Tasks API (tasks over 50 ms). */
const OBSERVE = `window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });`;

test('the library side bar with 10,000 own cards in Chromium', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-bench-ui-'));
  const cards = syntheticLibrary(await loadBuiltinCards(RESOURCES_DIR), 10_000);
  await writeFile(join(dataDir, 'library.json'), JSON.stringify({ cards, modules: [] }));
  const web = await startWebEdition({ dataDir });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(OBSERVE);
    const started = performance.now();
    await page.goto(web.url);
    await page.getByRole('searchbox').waitFor();
    console.log(`first paint of the workbench with 10,062 cards: ${(performance.now() - started).toFixed(0)} ms`);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('10'), undefined, { timeout: 60_000 });
    await page.waitForTimeout(6000); // let the chunked indexing finish
    const longest = async (name: string, action: () => Promise<void>) => {
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      await action();
      await page.waitForTimeout(200);
      const value = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      console.log(`${name.padEnd(48)} longest task ${value ? value.toFixed(0) + ' ms' : 'none over 50 ms'}`);
    };
    await longest('type "schaalvraag" letter by letter', () => page.getByRole('searchbox').pressSequentially('schaalvraag', { delay: 30 }));
    await longest('clear the query', () => page.getByRole('searchbox').fill(''));
    await longest('scroll the whole list', async () => {
      for (let i = 0; i < 20; i++) {
        await page.locator('.card-scroller').evaluate((el, step) => el.scrollTo(0, el.scrollHeight * (step / 20)), i + 1);
        await page.waitForTimeout(16);
      }
    });
    await page.getByRole('button', { name: 'Filters' }).click();
    await longest('toggle a tradition filter', () => page.locator('#library-filters').getByLabel('Narrative', { exact: true }).check());
    await longest('sort by title', async () => void (await page.locator('#library-filters').getByRole('combobox').selectOption('title')));
  } finally {
    await browser.close();
    await web.stop();
  }
}, 180_000);
