import { useId, useState } from 'react';
import {
  alternativeFromCard,
  BLOCK_TYPES,
  customAlternative,
  localized,
  MAX_ALTERNATIVES,
  MIN_ALTERNATIVES,
  type Alternative,
  type ChoiceBlock,
  type Language,
  type TechniqueCard,
} from '../../core';
import { BoundText } from '../components/BoundText';
import { EnumSelect } from '../components/EnumSelect';
import { useI18n } from '../i18n';
import { blockTitle } from './BlockItem';

const toLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The card whose title (in `language`) is `query`, else the first whose title contains it; case and spaces do not matter. */
export function findCardByTitle(cards: Iterable<TechniqueCard>, query: string, language: Language): TechniqueCard | undefined {
  const wanted = query.replace(/\s+/g, ' ').trim().toLocaleLowerCase(language);
  if (!wanted) return undefined;
  const list = [...cards];
  const titleOf = (card: TechniqueCard) => localized(card.title, language).replace(/\s+/g, ' ').trim().toLocaleLowerCase(language);
  return list.find((card) => titleOf(card) === wanted) ?? list.find((card) => titleOf(card).includes(wanted));
}

interface ChoiceFieldsProps {
  block: ChoiceBlock;
  cards: ReadonlyMap<string, TechniqueCard>;
  /** The curriculum's language: a card's texts are copied into an alternative in it. */
  curriculumLanguage: Language;
  readOnly: boolean;
  edit(changes: Partial<ChoiceBlock>, field?: string): void;
}

/**
 * The fields only a choice block has: how many alternatives participants choose, and the 2-4 alternatives,
 * each a card from the library (found by title) or written by hand. Every control has a visible or
 * accessible name that says which alternative it belongs to.
 */
export function ChoiceFields({ block, cards, curriculumLanguage, readOnly, edit }: ChoiceFieldsProps) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);
  const listId = useId();
  const full = block.alternatives.length >= MAX_ALTERNATIVES;
  // Choosing two out of two is no choice: with two alternatives left, participants pick one.
  const setAlternatives = (alternatives: Alternative[], field?: string) => edit(alternatives.length <= 2 ? { alternatives, pick: 1 } : { alternatives }, field);
  const change = (index: number, changes: Partial<Alternative>, field?: string) =>
    setAlternatives(
      block.alternatives.map((alternative, i) => (i === index ? ({ ...alternative, ...changes } as Alternative) : alternative)),
      field ? `alt:${block.alternatives[index]!.id}:${field}` : undefined,
    );

  const addCard = () => {
    const card = findCardByTitle(cards.values(), query, language);
    setNotFound(!card);
    if (!card || full) return;
    setAlternatives([...block.alternatives, alternativeFromCard(card, curriculumLanguage)]);
    setQuery('');
  };

  return (
    <>
      <label className="select-field">
        {t('curriculum.choice.pick')}
        <select value={block.pick} disabled={readOnly} onChange={(event) => edit({ pick: event.target.value === '2' ? 2 : 1 })}>
          <option value={1}>{t('curriculum.choice.pick.1')}</option>
          <option value={2} disabled={block.alternatives.length <= 2}>
            {t('curriculum.choice.pick.2')}
          </option>
        </select>
      </label>
      <fieldset className="choice-alternatives">
        <legend>{t('curriculum.choice.alternatives')}</legend>
        <p className="muted">{t('curriculum.choice.limits')}</p>
        <ol>
          {block.alternatives.map((alternative, index) => {
            const number = index + 1;
            const title = blockTitle(alternative, cards, language);
            return (
              <li key={alternative.id} className="choice-alternative">
                <div className="choice-alternative-header">
                  <strong>{t('curriculum.choice.alternative', { number })}: {title}</strong>
                  {!readOnly && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('curriculum.choice.remove', { number })}
                      title={t('curriculum.choice.remove', { number })}
                      disabled={block.alternatives.length <= MIN_ALTERNATIVES}
                      onClick={() => setAlternatives(block.alternatives.filter((_, i) => i !== index))}
                    >
                      <span className="codicon codicon-trash" aria-hidden="true" />
                    </button>
                  )}
                </div>
                {alternative.kind === 'custom' ? (
                  <>
                    <label className="text-field">
                      {t('curriculum.choice.altTitle', { number })}
                      <BoundText value={alternative.title} readOnly={readOnly} onEdit={(value) => value.trim() && change(index, { title: value }, 'title')} />
                    </label>
                    <EnumSelect
                      label={t('curriculum.choice.altType', { number })}
                      options={BLOCK_TYPES}
                      value={alternative.type}
                      disabled={readOnly}
                      labelOf={(v) => t(`blockType.${v}`)}
                      onChange={(type) => change(index, { type })}
                    />
                  </>
                ) : (
                  <p className="muted">{t('curriculum.block.fromCard', { title })}</p>
                )}
                <label className="text-field">
                  {t('curriculum.choice.altParticipantText', { number })}
                  <BoundText value={alternative.participantText} multiline readOnly={readOnly} onEdit={(participantText) => change(index, { participantText }, 'participantText')} />
                </label>
                <label className="text-field">
                  {t('curriculum.choice.altMaterials', { number })}
                  <BoundText
                    value={alternative.materials.join('\n')}
                    multiline
                    readOnly={readOnly}
                    sameValue={(text, value) => toLines(text).join('\n') === value}
                    onEdit={(text) => change(index, { materials: toLines(text) }, 'materials')}
                  />
                </label>
              </li>
            );
          })}
        </ol>
        {!readOnly && (
          <div className="choice-add">
            <label className="text-field">
              {t('curriculum.choice.cardSearch')}
              <input
                type="text"
                list={listId}
                value={query}
                disabled={full}
                aria-invalid={notFound}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setNotFound(false);
                }}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  addCard();
                }}
              />
              <datalist id={listId}>
                {[...cards.values()].map((card) => (
                  <option key={card.id} value={localized(card.title, language)} />
                ))}
              </datalist>
            </label>
            {notFound && (
              <p className="muted" role="status">
                {t('curriculum.choice.noCardMatch')}
              </p>
            )}
            <button type="button" className="button secondary" disabled={full} onClick={addCard}>
              <span className="codicon codicon-library" aria-hidden="true" /> {t('curriculum.choice.addCard')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={full}
              onClick={() => setAlternatives([...block.alternatives, customAlternative(`${t('curriculum.choice.newAlternative')} ${block.alternatives.length + 1}`)])}
            >
              <span className="codicon codicon-add" aria-hidden="true" /> {t('curriculum.choice.addCustom')}
            </button>
          </div>
        )}
      </fieldset>
    </>
  );
}
