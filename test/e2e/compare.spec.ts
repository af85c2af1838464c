import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDocument, customBlock, newCurriculum, serializeDocument, type Curriculum } from '../../src/core';
import { expect, test } from './fixtures';

test("a colleague's version is compared semantically: added, moved and changed blocks, field by field", async ({ workbench, page, web }) => {
  const mine: Curriculum = newCurriculum('nl', 'Gedeelde training', '09:00', '17:00');
  mine.days[0] = { ...mine.days[0]!, blocks: [customBlock('opening', 'Opening', 15), customBlock('theory', 'Theorie', 20), customBlock('exercise', 'Oefenen', 30)] };
  const [opening, theory, exercise] = mine.days[0]!.blocks;
  const theirs: Curriculum = {
    ...mine,
    days: [{ ...mine.days[0]!, blocks: [opening!, exercise!, { ...theory!, durationMinutes: 15 }, customBlock('energiser', 'Energizer', 10)] }],
  };
  const mineFile = join(web.dataDir, 'mijn.draaiboek');
  const theirsFile = join(web.dataDir, 'collega.draaiboek');
  await writeFile(mineFile, serializeDocument(createDocument({ curriculum: mine }, '0.1.0')));
  await writeFile(theirsFile, serializeDocument(createDocument({ curriculum: theirs }, '0.1.0')));

  const openPath = async (path: string) => {
    const dialog = page.getByRole('dialog', { name: 'Bestand openen' });
    await dialog.getByLabel('Pad naar het bestand').fill(path);
    await dialog.getByRole('button', { name: 'OK' }).click();
  };
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  await openPath(mineFile);
  await page.getByRole('button', { name: 'Vergelijken met bestand…' }).click();
  await openPath(theirsFile);

  const view = workbench.editor.content;
  await expect(view).toContainText('1 blok toegevoegd');
  await expect(view).toContainText('Energizer');
  await expect(view).toContainText(/1 blok(ken)? verplaatst/);
  await expect(view.getByRole('table').first()).toContainText('20');
  await expect(view.getByRole('table').first()).toContainText('15');
});
