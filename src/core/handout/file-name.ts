import type { Curriculum } from '../model/curriculum';
import { translator } from '../i18n';
import { slugify } from '../text';
import type { Audience } from './model';

export type ExportFormat = 'pdf' | 'markdown' | 'html' | 'docx';
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { pdf: '.pdf', markdown: '.md', html: '.html', docx: '.docx' };

/** "basistraining-deelnemers-dag-2.pdf": a file name in the curriculum's language, for the CLI and the save dialog. */
export function exportFileName(curriculum: Curriculum, audience: Audience, format: ExportFormat, dayIndex?: number): string {
  const t = translator(curriculum.language);
  const parts = [slugify(curriculum.title), slugify(t(audience === 'participant' ? 'export.fileParticipant' : 'export.fileTrainer'))];
  if (dayIndex !== undefined) parts.push(slugify(t('curriculum.dayN', { n: dayIndex + 1 })));
  return parts.join('-') + EXPORT_EXTENSIONS[format];
}
