import { useState } from 'react';
import type { Curriculum } from '../../core';
import { useI18n } from '../i18n';

type Details = Pick<Curriculum, 'title' | 'audience' | 'learningGoals' | 'trainers' | 'place'>;

/** Title and the facts a draaiboek starts with: audience, learning goals, trainers, place. */
export function CurriculumDetails({ curriculum, readOnly, onChange }: { curriculum: Curriculum; readOnly: boolean; onChange(changes: Partial<Details>): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const field = (label: string, value: string, commit: (value: string) => void, multiline = false) => {
    const props = { defaultValue: value, key: value, readOnly, onBlur: (event: { target: { value: string } }) => event.target.value !== value && commit(event.target.value) };
    return (
      <label className="text-field">
        {label}
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      </label>
    );
  };
  return (
    <section className="curriculum-details">
      <div className="curriculum-title-row">
        <input
          className="curriculum-title"
          aria-label={t('curriculum.title')}
          defaultValue={curriculum.title}
          key={curriculum.title}
          readOnly={readOnly}
          onBlur={(event) => event.target.value !== curriculum.title && onChange({ title: event.target.value })}
        />
        <button type="button" className="link-button" aria-expanded={open} aria-controls="curriculum-details" onClick={() => setOpen(!open)}>
          <span className={`codicon codicon-chevron-${open ? 'down' : 'right'}`} aria-hidden="true" /> {t('curriculum.details')}
        </button>
      </div>
      {open && (
        <div id="curriculum-details" className="details-grid">
          {field(t('curriculum.audience'), curriculum.audience, (audience) => onChange({ audience }))}
          {field(t('curriculum.place'), curriculum.place, (place) => onChange({ place }))}
          {field(t('curriculum.trainers'), curriculum.trainers.join(', '), (text) => onChange({ trainers: text.split(',').map((name) => name.trim()).filter(Boolean) }))}
          {field(t('curriculum.learningGoals'), curriculum.learningGoals.join('\n'), (text) => onChange({ learningGoals: text.split('\n').map((goal) => goal.trim()).filter(Boolean) }), true)}
        </div>
      )}
    </section>
  );
}
