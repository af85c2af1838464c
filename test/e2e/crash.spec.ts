import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKUP_MAX_WAIT_MS } from '../../src/app/documents';
import { expect, test } from './fixtures';
import { CurriculumEditor } from './pages/curriculum';
import { Workbench } from './pages/workbench';
import { startWebEdition } from './web-edition';

/** Backups on disk; a dot-file is an atomic write still under way, which a kill would leave half done. */
async function backupFiles(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
}

// Killing needs a server process of its own (not the worker's in-process one), over a data folder that
// outlives it; the folder is removed at the end.
test('unsaved work comes back after the server process is killed mid-edit', async ({ page, browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'draaiboek-e2e-crash-'));
  try {
    await test.step('a new training gets a block, which is backed up but never saved', async () => {
      const first = await startWebEdition({ dataDir });
      try {
        await page.clock.install();
        const workbench = new Workbench(page);
        await workbench.open(first.url);
        await workbench.editor.root.getByRole('button', { name: 'Nieuwe training' }).click();
        const day = new CurriculumEditor(page).day('Dag 1');
        await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption('energiser');
        await day.getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
        await expect(workbench.editor.tab(/● Nieuwe training/)).toBeVisible();
        await page.clock.runFor(BACKUP_MAX_WAIT_MS);
        await expect.poll(() => backupFiles(dataDir)).toHaveLength(1);
      } finally {
        await first.kill();
      }
    });

    await test.step('after a restart the training is back, unsaved, with its block', async () => {
      const again = await startWebEdition({ dataDir });
      // A new tab, as after a restart: the old one still talks to the killed server.
      const context = await browser.newContext();
      try {
        const fresh = await context.newPage();
        const restored = new Workbench(fresh);
        await restored.open(again.url);
        await expect(fresh.getByText('is hersteld').first()).toBeVisible();
        await expect(new CurriculumEditor(fresh).day('Dag 1').locator('.block-title')).toHaveText(['Energizer']);
        await expect(restored.editor.tab(/● Nieuwe training/)).toBeVisible();
      } finally {
        await context.close();
        await again.stop();
      }
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
