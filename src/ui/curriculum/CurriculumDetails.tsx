import { useState } from 'react';
import type { Curriculum } from '../../core';
import { BoundText } from '../components/BoundText';
import { useI18n } from '../i18n';

type Details = Pick<Curriculum, 'title' | 'audience' | 'learningGoals' | 'trainers' | 'place' | 'groupSize'>;
type Field = keyof Details;

/** A whole number of participants, or none (empty); anything else keeps what was there. */
function groupSizeOf(text: string, current: number | undefined): number | undefined {
  if (!text.trim()) return undefined;
  const size = Number(text.trim());
  return Number.isInteger(size) && size >= 1 && size <= 500 ? size : current;
}

const toList = (text: string, separator: string) => text.split(separator).map((item) => item.trim()).filter(Boolean);
const sameList = (separator: string) => (text: string, value: string) => toList(text, separator).join(separator) === toList(value, separator).join(separator);

/** Title and the facts a draaiboek starts with: audience, group size (some checks need it), learning goals, trainers, place. */
export function CurriculumDetails({ curriculum, readOnly, onChange }: { curriculum: Curriculum; readOnly: boolean; onChange(changes: Partial<Details>, field: Field): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="curriculum-details">
      <div className="curriculum-title-row">
        <BoundText className="curriculum-title" aria-label={t('curriculum.title')} value={curriculum.title} readOnly={readOnly} onEdit={(title) => onChange({ title }, 'title')} />
        <button type="button" className="link-button" aria-expanded={open} aria-controls="curriculum-details" onClick={() => setOpen(!open)}>
          <span className={`codicon codicon-chevron-${open ? 'down' : 'right'}`} aria-hidden="true" /> {t('curriculum.details')}
        </button>
      </div>
      {open && (
        <div id="curriculum-details" className="details-grid">
          <label className="text-field">
            {t('curriculum.audience')}
            <BoundText value={curriculum.audience} readOnly={readOnly} onEdit={(audience) => onChange({ audience }, 'audience')} />
          </label>
          <label className="text-field">
            {t('curriculum.groupSize')}
            <BoundText
              value={curriculum.groupSize === undefined ? '' : String(curriculum.groupSize)}
              readOnly={readOnly}
              onEdit={(text) => onChange({ groupSize: groupSizeOf(text, curriculum.groupSize) }, 'groupSize')}
            />
          </label>
          <label className="text-field">
            {t('curriculum.place')}
            <BoundText value={curriculum.place} readOnly={readOnly} onEdit={(place) => onChange({ place }, 'place')} />
          </label>
          <label className="text-field">
            {t('curriculum.trainers')}
            <BoundText
              value={curriculum.trainers.join(', ')}
              readOnly={readOnly}
              sameValue={sameList(',')}
              onEdit={(text) => onChange({ trainers: toList(text, ',') }, 'trainers')}
            />
          </label>
          <label className="text-field">
            {t('curriculum.learningGoals')}
            <BoundText
              multiline
              value={curriculum.learningGoals.join('\n')}
              readOnly={readOnly}
              sameValue={sameList('\n')}
              onEdit={(text) => onChange({ learningGoals: toList(text, '\n') }, 'learningGoals')}
            />
          </label>
        </div>
      )}
    </section>
  );
}
