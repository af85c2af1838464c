import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeDocument } from '../../src/core';
import { HOSTILE_PAYLOADS, hostileDocument } from '../fixtures/hostile';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';

test(`a shared file with ${HOSTILE_PAYLOADS.length} hostile payloads runs and fetches nothing: editor, card view, preview, exports`, async ({ workbench, page, web }) => {
  // A canary server: any request to it means a payload executed or loaded something.
  const hits: string[] = [];
  const canary = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  const canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
  // Every request of every page and frame in this browser context that leaves the app (the canary or anywhere
  // else), and every alert or confirm a payload might raise.
  const outside: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== web.origin) outside.push(url);
  });
  const dialogs: string[] = [];
  page.context().on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const file = join(web.filesDir, 'vijandig.draaiboek');
    await writeFile(file, serializeDocument(hostileDocument(canaryUrl)));

    await test.step('the training opens in the editor with every payload as plain text, and a block opens in the form', async () => {
      await workbench.openFile(file);
      await expect(page.locator('.block-item')).toHaveCount(HOSTILE_PAYLOADS.length + 1);
      await expect(page.locator('.block-title').nth(1)).toHaveText(HOSTILE_PAYLOADS[0]!.replaceAll('{CANARY}', canaryUrl));
      await page.locator('.block-body').nth(1).click();
      await expect(page.getByRole('complementary', { name: 'Blok bewerken' })).toBeVisible();
    });

    await test.step('its card, imported through "Kaarten in dit bestand", renders its Markdown in the card view', async () => {
      await page.getByRole('button', { name: /Kaarten in dit bestand/ }).click();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await workbench.activityBar.select('Bibliotheek');
      await page.locator('#side-bar').getByRole('searchbox').fill('tekst');
      await page.locator('#side-bar button.card-item').first().click();
      await expect(page.locator('.card-view')).toBeVisible();
    });

    await test.step('the hand-out preview shows the training', async () => {
      await workbench.editor.tab(/vijandig/).click();
      await page.getByRole('button', { name: 'Hand-outs…' }).click();
      await expect(page.frameLocator('iframe.export-preview').getByRole('heading', { level: 1 })).toBeVisible();
    });

    // PDFs are printed in export.spec.ts only; the PDF is the same HTML as the preview, printed.
    for (const [format, name] of [['Word', 'v.docx'], ['HTML', 'v.html'], ['Markdown', 'v.md']] as const) {
      await test.step(`the ${format} export is written`, async () => {
        const path = join(web.filesDir, name);
        await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: format, exact: true }).click();
        const save = new FileDialog(page, 'Opslaan als');
        await save.field.fill(path);
        await save.root.getByRole('button', { name: 'OK', exact: true }).click();
        await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${path}` })).toBeVisible();
      });
    }

    await test.step('the exported HTML, opened on its own in a browser that allows scripts, runs and fetches nothing either', async () => {
      const exported = await page.context().newPage();
      // Network idle: nothing was requested for half a second after the load, so no payload is still on its way.
      await exported.goto(pathToFileURL(join(web.filesDir, 'v.html')).href, { waitUntil: 'networkidle' });
      await expect(exported.locator('h1').first()).toBeVisible();
      await exported.close();
    });

    await test.step('no payload raised a dialog or reached the canary or any other server', async () => {
      expect(dialogs).toEqual([]);
      expect(outside).toEqual([]);
      expect(hits).toEqual([]);
    });
  } finally {
    canary.close();
  }
});
