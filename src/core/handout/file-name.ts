import type { Curriculum } from '../model/curriculum';
import { translator } from '../i18n';
import { slugify } from '../text';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import type { Audience } from './model';


/** "basistraining-deelnemers-dag-2.pdf": a file name in the curriculum's language, for the CLI and the save dialog. */
export function exportFileName(curriculum: Curriculum, audience: Audience, format: ExportFormat, dayIndex?: number): string {
  const t = translator(curriculum.language);
  const parts = [slugify(curriculum.title), slugify(t(audience === 'participant' ? 'export.fileParticipant' : 'export.fileTrainer'))];
  if (dayIndex !== undefined) parts.push(slugify(t('curriculum.dayN', { n: dayIndex + 1 })));
  return parts.join('-') + EXPORT_FORMATS[format].extension;
}
