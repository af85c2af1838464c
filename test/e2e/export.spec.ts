import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDocument, newCurriculum, serializeDocument, type DraaiboekDocument } from '../../src/core';
import { unzipText } from '../unit/zip';
import { expect, test } from './fixtures';
import type { Workbench } from './pages/workbench';

const SECRET = 'GEHEIMETRAINERNOTITIE';

/** A small curriculum with a trainer-only note and a material that must never reach participants. */
function curriculumWithSecrets(): DraaiboekDocument {
  const curriculum = newCurriculum('nl', 'Basistraining gesprekstechnieken', '09:00', '12:00');
  curriculum.trainers = ['Anna de Vries'];
  curriculum.days[0] = {
    ...curriculum.days[0]!,
    title: 'Dag een',
    date: '2027-03-09',
    blocks: [
      { id: 'b1', kind: 'custom', type: 'opening', title: 'Welkom en kennismaking', durationMinutes: 20, groupFormat: 'plenary', goal: 'Kennismaken', participantText: 'We beginnen met een rondje.', trainerNotes: `${SECRET} let op de tijd`, materials: [`Flip-over ${SECRET}MATERIAAL`] },
      { id: 'b2', kind: 'custom', type: 'break', title: 'Pauze', durationMinutes: 15, groupFormat: 'plenary', goal: '', participantText: '', trainerNotes: '', materials: [] },
    ],
  };
  return createDocument({ curriculum }, '0.1.0');
}

async function openExport(workbench: Workbench, file: string) {
  const page = workbench.page;
  await workbench.activityBar.select('Trainingen');
  await workbench.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bestand openen' });
  await dialog.getByLabel('Pad naar het bestand').fill(file);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Hand-outs…' }).click();
}

async function exportAs(workbench: Workbench, format: string, path: string) {
  const page = workbench.page;
  await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: format, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Opslaan als' });
  await dialog.getByLabel('Pad naar het bestand').fill(path);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${path}` })).toBeVisible({ timeout: 20_000 });
}

test('the participant PDF is A4, has the programme and no trainer-only text; the trainer PDF has it', async ({ workbench, page, web }) => {
  const file = join(web.dataDir, 'training.draaiboek');
  await writeFile(file, serializeDocument(curriculumWithSecrets()));
  await openExport(workbench, file);
  await expect(page.frameLocator('iframe.export-preview').getByText('Welkom en kennismaking').first()).toBeVisible();

  const participant = join(web.dataDir, 'deelnemers.pdf');
  await exportAs(workbench, 'PDF', participant);
  const info = execFileSync('pdfinfo', [participant], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
  const text = execFileSync('pdftotext', ['-layout', participant, '-'], { encoding: 'utf8' });
  expect(text).toContain('Basistraining gesprekstechnieken');
  expect(text).toContain('Welkom en kennismaking');
  expect(text).toMatch(/Pagina 1 van \d+/);
  expect(text).not.toContain(SECRET);

  await page.getByLabel('Trainer (draaiboek)').check();
  const trainer = join(web.dataDir, 'trainer.pdf');
  await exportAs(workbench, 'PDF', trainer);
  expect(execFileSync('pdftotext', [trainer, '-'], { encoding: 'utf8' })).toContain(SECRET);
});

test('Word, HTML and Markdown exports are valid and keep trainer notes out of the participant edition', async ({ workbench, web }) => {
  const file = join(web.dataDir, 'training.draaiboek');
  await writeFile(file, serializeDocument(curriculumWithSecrets()));
  await openExport(workbench, file);

  const docx = join(web.dataDir, 'deelnemers.docx');
  await exportAs(workbench, 'Word', docx);
  const parts = await unzipText(await readFile(docx));
  expect(parts['word/document.xml']).toContain('Basistraining gesprekstechnieken');
  expect(parts['word/document.xml']).toMatch(/w:val="Heading1"|w:val="Title"/);
  expect(JSON.stringify(parts)).not.toContain(SECRET);

  const html = join(web.dataDir, 'deelnemers.html');
  await exportAs(workbench, 'HTML', html);
  const htmlText = await readFile(html, 'utf8');
  expect(htmlText).not.toMatch(/<script/i);
  expect(htmlText).not.toContain(SECRET);

  const markdown = join(web.dataDir, 'deelnemers.md');
  await exportAs(workbench, 'Markdown', markdown);
  const md = await readFile(markdown, 'utf8');
  expect(md).toMatch(/^# /m);
  expect(md).not.toContain(SECRET);
});
