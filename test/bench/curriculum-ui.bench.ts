import { chromium } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'vitest';
import { findChromium } from '../../scripts/system-deps.mjs';
import { createDocument, customBlock, newCurriculum, serializeDocument } from '../../src/core';
import { startWebEdition } from '../e2e/web-edition';

/** Frame times (ms between animation frames) while a block is dragged through a day of 60 blocks. */
test('dragging in a 60-block day, in Chromium', async () => {
  const web = await startWebEdition();
  const curriculum = newCurriculum('nl', 'Lange dag', '08:00', '23:00');
  const types = ['exercise', 'theory', 'energiser', 'role-play'] as const;
  curriculum.days[0] = { ...curriculum.days[0]!, blocks: Array.from({ length: 60 }, (_, i) => customBlock(types[i % 4]!, `Blok ${i + 1}`, 10 + (i % 3) * 5)) };
  const file = join(web.dataDir, 'lange-dag.draaiboek');
  await writeFile(file, serializeDocument(createDocument({ curriculum }, '0.1.0')));
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
    await page.goto(web.url);
    await page.getByRole('button', { name: 'Bestand openen…' }).first().click();
    await page.getByLabel('Pad naar het bestand').fill(file);
    await page.keyboard.press('Enter');
    const blocks = page.locator('.block-body');
    await blocks.nth(59).waitFor();
    const from = (await blocks.nth(0).boundingBox())!;
    const to = (await blocks.nth(8).boundingBox())!;
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { __frames: number[] }).__frames = times;
      let last = performance.now();
      const tick = (now: number) => {
        times.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(from.x + 40, from.y + 10);
    await page.mouse.down();
    for (let step = 1; step <= 60; step++) {
      await page.mouse.move(from.x + 40, from.y + 10 + ((to.y - from.y) * step) / 60);
    }
    await page.mouse.up();
    await page.waitForTimeout(300);
    const frames = (await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)).slice(2).sort((a, b) => a - b);
    const p95 = frames[Math.floor(frames.length * 0.95)] ?? 0;
    console.log(`drag in a 60-block day: ${frames.length} frames, median ${frames[frames.length >> 1]?.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, longest ${frames.at(-1)?.toFixed(1)} ms (target: no frame over 16.7 ms)`);
  } finally {
    await browser.close();
    await web.stop();
  }
}, 120_000);
