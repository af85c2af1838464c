import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument, DEFAULT_SETTINGS, DEFAULT_UI_STATE, newCurriculum, serializeDocument, type Block } from '../../src/core';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';
import { Workbench } from './pages/workbench';
import { startWebEdition } from './web-edition';

/** A training of 20 blocks with 50,000 characters each: cut to the handout's limits, its PDF still takes seconds to print. */
async function writeLongTraining(file: string): Promise<void> {
  const curriculum = newCurriculum('nl', 'Lange training', '09:00', '12:00');
  curriculum.days[0] = {
    ...curriculum.days[0]!,
    blocks: Array.from({ length: 20 }, (_, i): Block => ({ id: `b${i}`, kind: 'custom', type: 'exercise', title: `Oefening ${i + 1}`, durationMinutes: 10, groupFormat: 'pairs', goal: '', participantText: 'lang '.repeat(10_000), trainerNotes: '', materials: [] })),
  };
  await writeFile(file, serializeDocument(createDocument({ curriculum }, '0.1.0')));
}

async function openHandouts(workbench: Workbench, file: string): Promise<void> {
  const page = workbench.page;
  await workbench.openFile(file);
  await page.getByRole('button', { name: 'Hand-outs…' }).click();
}

async function startPdf(workbench: Workbench, path: string): Promise<void> {
  const page = workbench.page;
  await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: 'PDF', exact: true }).click();
  const save = new FileDialog(page, 'Opslaan als');
  await save.field.fill(path);
  await save.root.getByRole('button', { name: 'OK', exact: true }).click();
}

test('a PDF export in progress is cancelled from the progress line, and the next one is written', async ({ workbench, page, web }) => {
  const file = join(web.filesDir, 'lang.draaiboek');
  await writeLongTraining(file);
  await openHandouts(workbench, file);
  const status = page.getByRole('status').filter({ hasText: /PDF wordt gemaakt|Geannuleerd|Opgeslagen/ });

  await test.step('cancelling says so and writes nothing', async () => {
    const path = join(web.filesDir, 'geannuleerd.pdf');
    await startPdf(workbench, path);
    await status.getByRole('button', { name: 'Annuleren' }).click();
    await expect(status).toHaveText('Geannuleerd; er is niets opgeslagen.');
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  await test.step('the next PDF, cut with a notice, is written', async () => {
    const path = join(web.filesDir, 'lang.pdf');
    const saved = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/export.save');
    await startPdf(workbench, path);
    await saved;
    await expect(status).toContainText(`Opgeslagen: ${path}`);
  });
});

// Its own server process: the journey ends it with SIGTERM and reads the exit code.
test('after a failed Chromium start the export says so, and the server still exits 0 on SIGTERM', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-e2e-printer-'));
  try {
    // A program that calls itself Chromium but cannot start as one, set in the settings file.
    const broken = join(dataDir, 'broken-chromium');
    await writeFile(broken, '#!/bin/sh\n[ "$1" = --version ] && echo "Chromium 140.0.0.0 built on Debian" && exit 0\nexit 1\n');
    await chmod(broken, 0o755);
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settings: { ...DEFAULT_SETTINGS, chromiumPath: broken }, recentFiles: [], ui: DEFAULT_UI_STATE }));
    const files = join(dataDir, 'files');
    await mkdir(files);
    const file = join(files, 'lang.draaiboek');
    await writeLongTraining(file);
    const server = await startWebEdition({ dataDir });
    try {
      await test.step('the PDF export fails with a message', async () => {
        const workbench = new Workbench(page);
        await workbench.open(server.url);
        await openHandouts(workbench, file);
        await startPdf(workbench, join(files, 'mislukt.pdf'));
        await expect(page.getByText('Het exporteren is mislukt').first()).toBeVisible();
      });
    } finally {
      await test.step('SIGTERM ends the server with exit code 0', async () => {
        expect(await server.stop()).toBe(0);
      });
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
