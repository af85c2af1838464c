import { CARD_ORIGINS, DEFAULT_LIBRARY_VIEW, GROUP_FORMATS, NEEDS, TRADITIONS, type LibraryView } from '../../core';
import { Checklist } from '../components/Checklist';
import { EnumSelect } from '../components/EnumSelect';
import { useI18n } from '../i18n';

const SORTS = ['relevance', 'tradition', 'title', 'duration'] as const;

function durationValue(text: string): number | null {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 480) : null;
}

/** Filters that combine with the search query; every change is remembered. */
export function LibraryFilters({ view, onChange }: { view: LibraryView; onChange(changes: Partial<LibraryView>): void }) {
  const { t } = useI18n();
  return (
    <div className="library-filters" id="library-filters">
      <Checklist legend={t('library.filter.tradition')} options={TRADITIONS} selected={view.traditions} label={(v) => t(`tradition.${v}`)} onChange={(traditions) => onChange({ traditions })} />
      <Checklist legend={t('library.filter.need')} options={NEEDS} selected={view.needs} label={(v) => t(`need.${v}`)} onChange={(needs) => onChange({ needs })} />
      <fieldset className="checklist inline">
        <legend className="visually-hidden">{t('library.filter.needEffect')}</legend>
        {(['supports', 'thwarts'] as const).map((effect) => (
          <label key={effect}>
            <input type="radio" name="need-effect" checked={view.needEffect === effect} onChange={() => onChange({ needEffect: effect })} />
            {t(`library.filter.effect.${effect}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist inline">
        <legend>{t('library.filter.duration')}</legend>
        <label>
          {t('library.filter.min')}
          <input type="number" min={0} max={480} value={view.minDuration ?? ''} onChange={(e) => onChange({ minDuration: durationValue(e.target.value) })} />
        </label>
        <label>
          {t('library.filter.max')}
          <input type="number" min={0} max={480} value={view.maxDuration ?? ''} onChange={(e) => onChange({ maxDuration: durationValue(e.target.value) })} />
        </label>
      </fieldset>
      <Checklist legend={t('library.filter.groupFormat')} options={GROUP_FORMATS} selected={view.groupFormats} label={(v) => t(`groupFormat.${v}`)} onChange={(groupFormats) => onChange({ groupFormats })} />
      <Checklist legend={t('library.filter.origin')} options={CARD_ORIGINS} selected={view.origins} label={(v) => t(`origin.${v}`)} onChange={(origins) => onChange({ origins })} />
      <EnumSelect label={t('library.sort')} options={SORTS} value={view.sort} labelOf={(v) => t(`library.sort.${v}`)} onChange={(sort) => onChange({ sort })} />
      <button type="button" className="link-button" onClick={() => onChange({ ...DEFAULT_LIBRARY_VIEW, query: view.query })}>
        {t('library.filter.reset')}
      </button>
    </div>
  );
}
