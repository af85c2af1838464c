import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createDocument, newCurriculum, serializeDocument, type DraaiboekDocument } from '../../src/core';
import { unzipText } from '../unit/zip';
import { expect, test } from './fixtures';
import { FileDialog } from './pages/file-dialog';
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

const isExportSave = (url: string) => new URL(url).pathname === '/api/export.save';

/**
 * Exports in one format to `path` through the save dialog. Waits for the host to answer the export (a PDF
 * first starts a Chromium of its own, which on a busy machine takes longer than an assertion's timeout),
 * then for the editor to say where it saved.
 */
async function exportAs(workbench: Workbench, format: 'PDF' | 'Word' | 'HTML' | 'Markdown', path: string): Promise<void> {
  const page = workbench.page;
  await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: format, exact: true }).click();
  const dialog = new FileDialog(page, 'Opslaan als');
  await dialog.field.fill(path);
  const saved = page.waitForResponse((response) => isExportSave(response.url()));
  await dialog.root.getByRole('button', { name: 'OK', exact: true }).click();
  await saved;
  await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${path}` })).toBeVisible();
}

/** The PDF's text as a reader sees it: the soft hyphens in headings and table cells only show at a line's end. */
const pdfText = (file: string, ...options: string[]) => execFileSync('pdftotext', [...options, file, '-'], { encoding: 'utf8' }).replaceAll('\u00ad', '');

test('hand-outs of a training: the preview, a participant and a trainer PDF, Word, HTML and Markdown, and no file replaced unasked', async ({ workbench, page, web }) => {
  // The only journey that prints PDFs: two, in a Chromium the export starts for itself, plus four other
  // files. It took 14-16 s beside another worker and 24 s with six CPU burners added; a machine twice as
  // busy would reach the default 60 s, so this one journey gets twice that.
  test.setTimeout(120_000);
  const training = join(web.filesDir, 'training.draaiboek');
  await writeFile(training, serializeDocument(curriculumWithSecrets()));
  const existing = join(web.filesDir, 'hand-out.md');
  await writeFile(existing, 'van een collega');
  const preview = page.frameLocator('iframe.export-preview');

  await test.step('I open the training and its hand-outs; the preview shows the participant programme without trainer notes', async () => {
    await workbench.openFile(training);
    await page.getByRole('button', { name: 'Hand-outs…' }).click();
    await expect(workbench.editor.tab('Hand-outs: Basistraining gesprekstechnieken')).toHaveAttribute('aria-selected', 'true');
    // The preview is a document of its own: its title heading shows once that document is loaded and laid out.
    await expect(preview.getByRole('heading', { level: 1, name: 'Basistraining gesprekstechnieken' })).toBeVisible();
    await expect(preview.locator('table.programme')).toContainText('Welkom en kennismaking');
    await expect(preview.locator('main')).not.toContainText(SECRET);
  });

  await test.step('the participant PDF is A4 and tagged, and has the programme and page numbers but no trainer-only text', async () => {
    const participant = join(web.filesDir, 'deelnemers.pdf');
    await exportAs(workbench, 'PDF', participant);
    const info = execFileSync('pdfinfo', [participant], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
    const text = pdfText(participant, '-layout');
    expect(text).toContain('Basistraining gesprekstechnieken');
    expect(text).toContain('Welkom en kennismaking');
    expect(text).toMatch(/Pagina 1 van \d+/);
    expect(text).not.toContain(SECRET);
  });

  await test.step('the trainer edition shows the trainer notes in the preview and in its PDF', async () => {
    await page.getByLabel('Trainer (draaiboek)').check();
    await expect(preview.locator('main')).toContainText(SECRET);
    const trainer = join(web.filesDir, 'trainer.pdf');
    await exportAs(workbench, 'PDF', trainer);
    expect(pdfText(trainer)).toContain(SECRET);
    await page.getByLabel('Deelnemers (hand-out)').check();
    await expect(preview.locator('main')).not.toContainText(SECRET);
  });

  await test.step('the participant Word file is a valid document with headings and no trainer notes', async () => {
    const docx = join(web.filesDir, 'deelnemers.docx');
    await exportAs(workbench, 'Word', docx);
    const parts = await unzipText(await readFile(docx));
    // The text as Word shows it: its optional hyphens (in the title) show only at a line's end.
    expect(parts['word/document.xml']!.replace(/<[^>]+>/g, '')).toContain('Basistraining gesprekstechnieken');
    expect(parts['word/document.xml']).toMatch(/w:val="Heading1"|w:val="Title"/);
    expect(JSON.stringify(parts)).not.toContain(SECRET);
  });

  await test.step('the participant HTML has no script and no trainer notes; the Markdown has a title and no trainer notes', async () => {
    const html = join(web.filesDir, 'deelnemers.html');
    await exportAs(workbench, 'HTML', html);
    const htmlText = await readFile(html, 'utf8');
    // Headings and table cells carry soft hyphens, which a browser shows only at a line's end.
    expect(htmlText.replaceAll('\u00ad', '')).toContain('Welkom en kennismaking');
    expect(htmlText).not.toMatch(/<script/i);
    expect(htmlText).not.toContain(SECRET);

    const markdown = join(web.filesDir, 'deelnemers.md');
    await exportAs(workbench, 'Markdown', markdown);
    const md = await readFile(markdown, 'utf8');
    expect(md).toMatch(/^# /m);
    expect(md).toContain('Welkom en kennismaking');
    expect(md).not.toContain(SECRET);
  });

  const save = new FileDialog(page, 'Opslaan als');
  const question = page.getByRole('dialog', { name: 'Bestand vervangen?' });

  await test.step("exporting onto a colleague's file asks first, with Cancel focused, and Enter keeps their file", async () => {
    await page.getByRole('group', { name: 'Exporteren als' }).getByRole('button', { name: 'Markdown', exact: true }).click();
    // The save dialog starts in the training's folder; a name without extension gets it.
    await expect(save.current).toHaveText(basename(web.filesDir));
    await expect(save.entry('hand-out.md')).toBeVisible();
    await save.field.fill('hand-out');
    await page.keyboard.press('Enter');
    await expect(question).toContainText('hand-out.md bestaat al. Vervangen?');
    await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(save.root).toBeVisible();
    expect(await readFile(existing, 'utf8')).toBe('van een collega');
  });

  await test.step('asked again, only "Vervangen" replaces it', async () => {
    await page.keyboard.press('Enter');
    await expect(question.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await question.getByRole('button', { name: 'Vervangen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Opgeslagen: ${existing}` })).toBeVisible();
    await expect(save.root).toBeHidden();
    expect(await readFile(existing, 'utf8')).toContain('Basistraining gesprekstechnieken');
  });
});
