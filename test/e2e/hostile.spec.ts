import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeDocument } from '../../src/core';
import { HOSTILE_PAYLOADS, hostileDocument } from '../fixtures/hostile';
import { expect, test } from './fixtures';

test(`a shared file with ${HOSTILE_PAYLOADS.length} hostile payloads runs and fetches nothing: editor, card view, preview, exports`, async ({ workbench, page, web, browser }) => {
  // Four exports (one a PDF in a cold Chromium) in one test: about 15 s alone, twice that beside another worker.
  test.setTimeout(90_000);
  // A canary server: any request to it means a payload executed or loaded something.
  const hits: string[] = [];
  const canary = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  const canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const file = join(web.dataDir, 'vijandig.draaiboek');
    await writeFile(file, serializeDocument(hostileDocument(canaryUrl)));
    await workbench.activityBar.select('Trainingen');
    await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
    await page.getByRole('dialog', { name: 'Bestand openen' }).getByLabel('Pad naar het bestand').fill(file);
    await page.keyboard.press('Enter');
    await expect(page.locator('.block-item')).toHaveCount(HOSTILE_PAYLOADS.length + 1);
    await page.locator('.block-body').nth(1).click();
    await expect(page.getByRole('complementary', { name: 'Blok bewerken' })).toBeVisible();

    // The card view renders its Markdown; the card comes in through "Cards in this file".
    await page.getByRole('button', { name: /Kaarten in dit bestand/ }).click();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await workbench.activityBar.select('Bibliotheek');
    await page.locator('#side-bar').getByRole('searchbox').fill('tekst');
    await page.locator('#side-bar button.card-item').first().click();
    await expect(page.locator('.card-view')).toBeVisible();

    // The handout preview and every export format.
    await workbench.editor.tab(/vijandig/).click();
    await page.getByRole('button', { name: 'Hand-outs…' }).click();
    await expect(page.frameLocator('iframe.export-preview').locator('h1').first()).toBeVisible();
    for (const [format, name] of [['PDF', 'v.pdf'], ['Word', 'v.docx'], ['HTML', 'v.html'], ['Markdown', 'v.md']] as const) {
      await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: format, exact: true }).click();
      await page.getByRole('dialog', { name: 'Opslaan als' }).getByLabel('Pad naar het bestand').fill(join(web.dataDir, name));
      await page.getByRole('dialog', { name: 'Opslaan als' }).getByRole('button', { name: 'OK' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${join(web.dataDir, name)}` })).toBeVisible({ timeout: 20_000 });
    }
    // The exported HTML opened on its own, in a browser with scripts allowed: still nothing happens.
    const exported = await browser.newPage();
    exported.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await exported.goto(pathToFileURL(join(web.dataDir, 'v.html')).href);
    await exported.waitForTimeout(500);
    await exported.close();

    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(hits).toEqual([]);
  } finally {
    canary.close();
  }
});
