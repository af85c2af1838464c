import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'vitest';
import { findChromium } from '../../scripts/system-deps.mjs';
import { startWebEdition } from '../e2e/web-edition';
import { REPO_ROOT } from '../unit/fixtures';
import { reportGoal } from './goals';

// Goal (issue 13): the first screen (workbench, library, welcome page) loads at most 250 KB of JavaScript,
// gzip-compressed; editors load their code when first opened.
const RENDERER = join(REPO_ROOT, 'out', 'renderer');

test('JavaScript the first screen loads, in Chromium', async () => {
  const web = await startWebEdition();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(web.url);
    await page.getByRole('searchbox').waitFor();
    await page.getByRole('tab', { name: 'Welkom' }).waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all([...scripts].map(async (path) => ({ path, bytes: await readFile(join(RENDERER, path)) })));
    const raw = sizes.reduce((sum, file) => sum + file.bytes.length, 0);
    const gzip = sizes.reduce((sum, file) => sum + gzipSync(file.bytes, { level: 9 }).length, 0);
    console.log(`first screen: ${sizes.length} script file(s), ${(raw / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzip: ${sizes.map((file) => file.path).join(', ')}`);
    reportGoal({ name: 'JavaScript of the first screen (gzip)', value: gzip / 1024, goal: 250, unit: 'KB', issue: 13 });

    // For the record: what opening each kind of editor adds.
    const before = new Set(scripts);
    await page.getByRole('button', { name: 'Instellingen' }).first().click().catch(() => undefined);
    await page.waitForLoadState('networkidle');
    const added = [...scripts].filter((path) => !before.has(path));
    console.log(`opening the settings loads ${added.length} more file(s): ${added.join(', ') || 'none'}`);
  } finally {
    await browser.close();
    await web.stop();
  }
}, 120_000);
