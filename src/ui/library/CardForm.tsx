import { useState, type ReactNode } from 'react';
import {
  BLOCK_TYPES,
  DURATION_LIMITS,
  GROUP_FORMATS,
  NEED_LAYERS,
  NEEDS,
  TRADITIONS,
  localized,
  validateCard,
  type BlockType,
  type CardIssue,
  type LocalizedText,
  type NeedMapping,
  type TechniqueCard,
} from '../../core';
import { EnumSelect } from '../components/EnumSelect';
import { MarkdownField } from '../components/MarkdownField';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useLibraryActions } from './actions';
import { fromLines, toLines } from './card-draft';
import { useLibrary } from './useLibrary';
import { TeamChangedBanner } from '../team/TeamChangedBanner';

type Patch = (changes: Partial<TechniqueCard>) => void;

/** Edits an own card in both languages; nothing reaches the library until it validates and is saved. */
export function CardForm({ draft, saved }: { draft: TechniqueCard; saved?: TechniqueCard }) {
  const { t, language } = useI18n();
  const { dispatch } = useWorkbench();
  const library = useLibrary();
  const actions = useLibraryActions();
  const [card, setCard] = useState(draft);
  const [issues, setIssues] = useState<CardIssue[]>([]);
  const [questions, setQuestions] = useState(() => toLines(draft.exampleQuestions));
  const [materials, setMaterials] = useState(() => toLines(draft.materials));
  const derivedFrom = library.cards.find((candidate) => candidate.id === draft.provenance.derivedFrom);
  const patch: Patch = (changes) => setCard((current) => ({ ...current, ...changes }));
  const tabId = `card:${card.id}`;
  // `saved` follows the library as colleagues change it; the draft is the card as this edit started from it,
  // which is what a team folder's version is checked against.
  const base = saved ? draft : undefined;

  const issueFor = (field: string) => issues.find((issue) => issue.field === field || issue.field.startsWith(field + '/'));
  const message = (issue: CardIssue) => t(`card.issue.${issue.code}`, { field: fieldName(issue.field), detail: issue.detail ?? '' });
  /** Where an issue is, in the form's own words ("Basisbehoefte 2"), never as a JSON pointer. */
  const fieldName = (pointer: string): string => {
    const [, field = '', index] = pointer.split('/');
    const row = Number(index) + 1;
    if (field === 'needs' && Number.isInteger(row)) return t('card.need.row', { index: row });
    if (field === 'sources' && Number.isInteger(row)) return t('card.source.row', { index: row });
    if (field === 'defaultDurationMinutes') return t('card.field.duration');
    const known = ['title', 'summary', 'tradition', 'groupFormat', 'workForm', 'needs', 'goal', 'instructions', 'exampleQuestions', 'materials', 'trainerNotes', 'sources', 'tags'] as const;
    const name = known.find((candidate) => candidate === field);
    return name ? t(`card.field.${name}`) : t('card.field.other');
  };

  /** The card as the form holds it now, lists and tags in their saved shape. */
  const assemble = (): TechniqueCard => ({
    ...card,
    exampleQuestions: fromLines(questions.nl, questions.en),
    materials: fromLines(materials.nl, materials.en),
    tags: card.tags.map((tag) => tag.trim()).filter(Boolean),
  });

  const save = async () => {
    const complete = assemble();
    const found = validateCard(complete);
    setIssues(found);
    if (found.length > 0) return;
    try {
      // A team card a colleague changed meanwhile is not written: the trainer compares or takes theirs first.
      const written = await library.saveCard(complete, base);
      if (!written) return;
      dispatch({ type: 'open-tab', tab: { id: tabId, kind: 'card', cardId: complete.id } });
      dispatch({ type: 'toast', toast: { key: 'card.saved' } });
    } catch (error) {
      actions.report(error);
    }
  };
  const cancel = () => (saved ? dispatch({ type: 'open-tab', tab: { id: tabId, kind: 'card', cardId: saved.id } }) : dispatch({ type: 'close-tab', id: tabId }));

  return (
    <form
      className="card-form"
      noValidate
      aria-labelledby="card-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header className="card-view-header">
        <h1 id="card-form-title">{saved ? t('card.editing') : t('card.new')}</h1>
        <div className="toolbar">
          <button type="submit" className="button">
            <span className="codicon codicon-save" aria-hidden="true" /> {t('card.save')}
          </button>
          <button type="button" className="button secondary" onClick={cancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      </header>
      {base && <TeamChangedBanner base={base} mine={assemble} onReload={cancel} />}
      {derivedFrom && <p className="muted">{t('card.derivedFrom', { title: localized(derivedFrom.title, language) })}</p>}
      {issues.length > 0 && (
        <div role="alert" className="form-errors">
          <p>{t('card.issues')}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{message(issue)}</li>
            ))}
          </ul>
        </div>
      )}

      <Bilingual label={t('card.field.title')} error={issueFor('/title')} value={card.title} onChange={(title) => patch({ title })} />
      <Bilingual label={t('card.field.summary')} value={card.summary} onChange={(summary) => patch({ summary })} multiline />

      <div className="form-row">
        <EnumSelect label={t('card.field.tradition')} options={TRADITIONS} value={card.tradition} labelOf={(v) => t(`tradition.${v}`)} onChange={(tradition) => patch({ tradition })} />
        <EnumSelect label={t('card.field.groupFormat')} options={GROUP_FORMATS} value={card.groupFormat} labelOf={(v) => t(`groupFormat.${v}`)} onChange={(groupFormat) => patch({ groupFormat })} />
        <WorkFormSelect value={card.workForm} onChange={(workForm) => patch({ workForm })} />
        <label className="select-field">
          {t('card.field.duration')}
          <input
            type="number"
            min={DURATION_LIMITS.min}
            max={DURATION_LIMITS.max}
            value={Number.isFinite(card.defaultDurationMinutes) ? card.defaultDurationMinutes : ''}
            aria-invalid={Boolean(issueFor('/defaultDurationMinutes'))}
            onChange={(e) => patch({ defaultDurationMinutes: e.target.valueAsNumber })}
          />
        </label>
      </div>

      <NeedsEditor needs={card.needs} onChange={(needs) => patch({ needs })} issueFor={issueFor} />
      <Bilingual label={t('card.field.goal')} value={card.goal} onChange={(goal) => patch({ goal })} multiline />
      <BilingualMarkdown label={t('card.field.instructions')} id="instructions" value={card.instructions} onChange={(instructions) => patch({ instructions })} />
      <LinePairs label={t('card.field.exampleQuestions')} hint={t('card.linesHint')} value={questions} onChange={setQuestions} />
      <LinePairs label={t('card.field.materials')} hint={t('card.linesHint')} value={materials} onChange={setMaterials} />
      <BilingualMarkdown label={t('card.field.trainerNotes')} id="trainer-notes" value={card.trainerNotes} onChange={(trainerNotes) => patch({ trainerNotes })} />
      <SourcesEditor sources={card.sources} onChange={(sources) => patch({ sources })} />
      <label className="text-field">
        {t('card.field.tags')}
        <input type="text" value={card.tags.join(', ')} onChange={(e) => patch({ tags: e.target.value.split(',') })} />
      </label>
    </form>
  );
}

/** The work form is optional, so unlike the other selects it starts with a choice for "not set". */
function WorkFormSelect({ value, onChange }: { value: BlockType | undefined; onChange(value: BlockType | undefined): void }) {
  const { t } = useI18n();
  return (
    <label className="select-field">
      {t('card.field.workForm')}
      <select value={value ?? ''} onChange={(event) => onChange(BLOCK_TYPES.find((type) => type === event.target.value))}>
        <option value="">{t('card.field.workForm.none')}</option>
        {BLOCK_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`blockType.${type}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Field({ label, children, error }: { label: string; children: ReactNode; error?: CardIssue }) {
  const { t } = useI18n();
  return (
    <fieldset className={`bilingual${error ? ' invalid' : ''}`}>
      <legend>{label}</legend>
      {children}
      {error && <p className="field-error">{t(`card.issue.${error.code}`, { field: label, detail: error.detail ?? '' })}</p>}
    </fieldset>
  );
}

function Bilingual({ label, value, onChange, multiline, error }: { label: string; value: LocalizedText; onChange(value: LocalizedText): void; multiline?: boolean; error?: CardIssue }) {
  const { t } = useI18n();
  return (
    <Field label={label} error={error}>
      {(['nl', 'en'] as const).map((language) => {
        const props = {
          value: value[language],
          'aria-label': `${label} (${t(`language.${language}`)})`,
          'aria-invalid': Boolean(error),
          onChange: (e: { target: { value: string } }) => onChange({ ...value, [language]: e.target.value }),
        };
        return (
          <label key={language} className="language-column">
            <span className="language-tag">{language.toUpperCase()}</span>
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
          </label>
        );
      })}
    </Field>
  );
}

function BilingualMarkdown({ label, value, onChange, id }: { label: string; value: LocalizedText; onChange(value: LocalizedText): void; id: string }) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      {(['nl', 'en'] as const).map((language) => (
        <div key={language} className="language-column">
          <span className="language-tag">{language.toUpperCase()}</span>
          <MarkdownField id={`${id}-${language}`} label={`${label} (${t(`language.${language}`)})`} value={value[language]} onChange={(text) => onChange({ ...value, [language]: text })} />
        </div>
      ))}
    </Field>
  );
}

function LinePairs({ label, hint, value, onChange }: { label: string; hint: string; value: { nl: string; en: string }; onChange(value: { nl: string; en: string }): void }) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      <p className="muted hint">{hint}</p>
      {(['nl', 'en'] as const).map((language) => (
        <label key={language} className="language-column">
          <span className="language-tag">{language.toUpperCase()}</span>
          <textarea rows={3} aria-label={`${label} (${t(`language.${language}`)})`} value={value[language]} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
        </label>
      ))}
    </Field>
  );
}

function NeedsEditor({ needs, onChange, issueFor }: { needs: NeedMapping[]; onChange(needs: NeedMapping[]): void; issueFor(field: string): CardIssue | undefined }) {
  const { t } = useI18n();
  const update = (index: number, changes: Partial<NeedMapping>) => onChange(needs.map((mapping, i) => (i === index ? { ...mapping, ...changes } : mapping)));
  return (
    <Field label={t('card.field.needs')}>
      {needs.map((mapping, index) => {
        const row = t('card.need.row', { index: index + 1 });
        const error = issueFor(`/needs/${index}`);
        return (
          <div key={index} className={`need-row${error ? ' invalid' : ''}`} role="group" aria-label={row}>
            <label className="need-layer-select">
              {t('card.need.layer')}
              <select aria-label={`${row}: ${t('card.need.layer')}`} value={mapping.layer} onChange={(e) => update(index, { layer: NEED_LAYERS.find((layer) => layer === e.target.value) ?? 'exercise' })}>
                {NEED_LAYERS.map((layer) => (
                  <option key={layer} value={layer}>
                    {t(`card.layer.${layer}`)}
                  </option>
                ))}
              </select>
            </label>
            <select aria-label={`${row}: ${t('card.need.need')}`} value={mapping.need} onChange={(e) => update(index, { need: e.target.value as NeedMapping['need'] })}>
              {NEEDS.map((need) => (
                <option key={need} value={need}>
                  {t(`need.${need}`)}
                </option>
              ))}
            </select>
            <select aria-label={`${row}: ${t('card.need.effect')}`} value={mapping.effect} onChange={(e) => update(index, { effect: e.target.value as NeedMapping['effect'] })}>
              <option value="supports">{t('library.filter.effect.supports')}</option>
              <option value="thwarts">{t('library.filter.effect.thwarts')}</option>
            </select>
            <select aria-label={`${row}: ${t('card.need.strength')}`} value={mapping.strength} onChange={(e) => update(index, { strength: Number(e.target.value) })}>
              {[1, 2, 3].map((strength) => (
                <option key={strength} value={strength}>
                  {t('card.need.strengthValue', { strength })}
                </option>
              ))}
            </select>
            <select aria-label={`${row}: ${t('card.need.evidence')}`} value={mapping.evidence} onChange={(e) => update(index, { evidence: e.target.value as NeedMapping['evidence'] })}>
              {(['literature', 'practitioner', 'judgement'] as const).map((evidence) => (
                <option key={evidence} value={evidence}>
                  {t(`evidence.${evidence}`)}
                </option>
              ))}
            </select>
            <input type="text" aria-label={`${row}: ${t('card.need.rationale')} (NL)`} placeholder={`${t('card.need.rationale')} (NL)`} value={mapping.rationale.nl} onChange={(e) => update(index, { rationale: { ...mapping.rationale, nl: e.target.value } })} />
            <input type="text" aria-label={`${row}: ${t('card.need.rationale')} (EN)`} placeholder={`${t('card.need.rationale')} (EN)`} value={mapping.rationale.en} onChange={(e) => update(index, { rationale: { ...mapping.rationale, en: e.target.value } })} />
            <button type="button" className="icon-button" aria-label={t('card.need.remove', { index: index + 1 })} onClick={() => onChange(needs.filter((_, i) => i !== index))}>
              <span className="codicon codicon-trash" aria-hidden="true" />
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...needs, { layer: 'exercise', need: 'autonomy', effect: 'supports', strength: 2, rationale: { nl: '', en: '' }, evidence: 'judgement' }])}
      >
        <span className="codicon codicon-add" aria-hidden="true" /> {t('card.need.add')}
      </button>
    </Field>
  );
}

function SourcesEditor({ sources, onChange }: { sources: TechniqueCard['sources']; onChange(sources: TechniqueCard['sources']): void }) {
  const { t } = useI18n();
  const update = (index: number, changes: Partial<TechniqueCard['sources'][number]>) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, ...changes } : source)));
  return (
    <Field label={t('card.field.sources')}>
      {sources.map((source, index) => (
        <div key={index} className="source-row" role="group" aria-label={t('card.source.row', { index: index + 1 })}>
          <input type="text" aria-label={t('card.source.citation')} placeholder={t('card.source.citation')} value={source.citation} onChange={(e) => update(index, { citation: e.target.value })} />
          <input type="url" aria-label={t('card.source.url')} placeholder="https://" value={source.url ?? ''} onChange={(e) => update(index, { url: e.target.value || undefined })} />
          <button type="button" className="icon-button" aria-label={t('card.source.remove', { index: index + 1 })} onClick={() => onChange(sources.filter((_, i) => i !== index))}>
            <span className="codicon codicon-trash" aria-hidden="true" />
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...sources, { citation: '' }])}>
        <span className="codicon codicon-add" aria-hidden="true" /> {t('card.source.add')}
      </button>
    </Field>
  );
}
