import { useId, useMemo } from 'react';
import {
  BLOCK_DIFF_FIELDS,
  BLOCK_TYPES,
  CURRICULUM_DIFF_FIELDS,
  DAY_DIFF_FIELDS,
  GROUP_FORMATS,
  LANGUAGES,
  blockTitle,
  type Alternative,
  diffCounts,
  diffCurricula,
  localized,
  type BlockChange,
  type BlockWhere,
  type Curriculum,
  type DayChange,
  type DiffCounts,
  type FieldChange,
  type Language,
  type TechniqueCard,
  type Translate,
} from '../../core';
import { useI18n } from '../i18n';

type Cards = ReadonlyMap<string, TechniqueCard>;

/** Every field the diff reports, each with a label in the catalogs ('compare.field.<name>'). */
const FIELD_NAMES = [...new Set([...CURRICULUM_DIFF_FIELDS, ...DAY_DIFF_FIELDS, ...BLOCK_DIFF_FIELDS])];
type FieldName = (typeof FIELD_NAMES)[number];

const COUNT_ORDER: readonly (keyof DiffCounts)[] = [
  'fields',
  'daysAdded',
  'daysRemoved',
  'daysMoved',
  'daysChanged',
  'blocksAdded',
  'blocksRemoved',
  'blocksMoved',
  'blocksChanged',
];

const BLOCK_KINDS = ['added', 'removed', 'moved', 'changed'] as const;
const ICONS: Record<(typeof BLOCK_KINDS)[number], string> = {
  added: 'diff-added',
  removed: 'diff-removed',
  moved: 'arrow-swap',
  changed: 'diff-modified',
};

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/** "3 blokken toegevoegd, 1 blok verplaatst en 2 blokken gewijzigd": the non-zero counts as one sentence. */
function summaryLine(counts: DiffCounts, t: Translate, language: Language): string {
  const parts = COUNT_ORDER.filter((key) => counts[key] > 0).map((key) =>
    t(counts[key] === 1 ? `compare.summary.${key}.one` : `compare.summary.${key}.other`, { count: counts[key] }),
  );
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(parts);
}

function fieldName(field: string, t: Translate): string {
  return isOneOf<FieldName>(FIELD_NAMES, field) ? t(`compare.field.${field}`) : field;
}

/** A field value as text, or null for nothing (undefined, empty text, empty list). */
function valueText(field: string, value: unknown, t: Translate, cards: Cards, language: Language): string | null {
  if (value === undefined || value === null || value === '') return null;
  // A choice block's alternatives: their titles (a card's in the reader's language), in order.
  if (field === 'alternatives' && Array.isArray(value)) {
    return value.length === 0 ? null : (value as Alternative[]).map((alternative) => blockTitle(alternative, cards, language)).join(' · ');
  }
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(', ');
  if (field === 'groupFormat' && isOneOf(GROUP_FORMATS, value)) return t(`groupFormat.${value}`);
  if (field === 'type' && isOneOf(BLOCK_TYPES, value)) return t(`blockType.${value}`);
  if (field === 'language' && isOneOf(LANGUAGES, value)) return t(`language.${value}`);
  if (field === 'kind' && isOneOf(['card', 'custom', 'choice'] as const, value)) return t(`compare.kind.${value}`);
  if (field === 'cardId' && typeof value === 'string') {
    const card = cards.get(value);
    return card ? t('compare.card', { title: localized(card.title, language), id: value }) : value;
  }
  return String(value);
}

function Value({ field, value, cards }: { field: string; value: unknown; cards: Cards }) {
  const { t, language } = useI18n();
  const text = valueText(field, value, t, cards, language);
  if (text === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('compare.value.none')}</span>
      </>
    );
  }
  return <span className="compare-value">{text}</span>;
}

/** The changed fields of one item: field, value before, value after. */
function FieldTable({ item, fields, beforeLabel, afterLabel, cards }: { item: string; fields: FieldChange[]; beforeLabel: string; afterLabel: string; cards: Cards }) {
  const { t } = useI18n();
  return (
    <table className="compare-fields">
      <caption className="visually-hidden">{t('compare.table.caption', { item })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.table.field')}</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldName(change.field, t)}</th>
            <td className="compare-before">
              <Value field={change.field} value={change.before} cards={cards} />
            </td>
            <td className="compare-after">
              <span className="codicon codicon-arrow-right" aria-hidden="true" /> <Value field={change.field} value={change.after} cards={cards} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whereText(where: BlockWhere, t: Translate): string {
  return where.container === 'day'
    ? t('compare.where.day', { day: where.dayTitle, position: where.index + 1 })
    : t('compare.where.parking', { position: where.index + 1 });
}

function DayItem({ change, beforeLabel, afterLabel, cards }: { change: DayChange; beforeLabel: string; afterLabel: string; cards: Cards }) {
  const { t } = useI18n();
  if (change.kind !== 'changed') {
    return (
      <li className={`compare-item compare-${change.kind}`}>
        <span className={`codicon codicon-${ICONS[change.kind]}`} aria-hidden="true" /> <strong>{change.title}</strong>{' '}
        {t(`compare.day.${change.kind}`, { position: change.index + 1 })}
      </li>
    );
  }
  const status = [
    ...(change.moved ? [t('compare.day.moved', { from: change.moved.from + 1, to: change.moved.to + 1 })] : []),
    ...(change.fields.length > 0 ? [t('compare.day.changed')] : []),
  ];
  return (
    <li className={`compare-item compare-${change.moved ? 'moved' : 'changed'}`}>
      <span className={`codicon codicon-${ICONS[change.moved ? 'moved' : 'changed']}`} aria-hidden="true" /> <strong>{change.title}</strong> {status.join(' · ')}
      {change.fields.length > 0 && <FieldTable item={change.title} fields={change.fields} beforeLabel={beforeLabel} afterLabel={afterLabel} cards={cards} />}
    </li>
  );
}

function BlockItem({ change, beforeLabel, afterLabel, cards }: { change: BlockChange; beforeLabel: string; afterLabel: string; cards: Cards }) {
  const { t } = useI18n();
  const status =
    change.kind === 'moved'
      ? t('compare.block.moved', { from: whereText(change.from, t), to: whereText(change.to, t) })
      : t(`compare.block.${change.kind}`, { where: whereText(change.where, t) });
  const fields = change.kind === 'moved' || change.kind === 'changed' ? change.fields : [];
  return (
    <li className={`compare-item compare-${change.kind}`}>
      <span className={`codicon codicon-${ICONS[change.kind]}`} aria-hidden="true" /> <strong>{change.title}</strong> {status}
      {fields.length > 0 && <FieldTable item={change.title} fields={fields} beforeLabel={beforeLabel} afterLabel={afterLabel} cards={cards} />}
    </li>
  );
}

/**
 * What changed between two versions of a curriculum (a colleague's and mine, or the file on disk and
 * the open document): the curriculum's details, days and blocks, each change named in words and
 * marked with an icon, so nothing depends on colour alone.
 */
export function CompareView({ before, after, beforeLabel, afterLabel, cards }: { before: Curriculum; after: Curriculum; beforeLabel: string; afterLabel: string; cards: Cards }) {
  const { t, language } = useI18n();
  const id = useId();
  const diff = useMemo(() => diffCurricula(before, after, cards, language), [before, after, cards, language]);
  const blockGroups = BLOCK_KINDS.map((kind) => ({ kind, changes: diff.blocks.filter((change) => change.kind === kind) })).filter((group) => group.changes.length > 0);
  const tableProps = { beforeLabel, afterLabel, cards };

  return (
    <section className="compare-view" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('compare.title', { before: beforeLabel, after: afterLabel })}</h1>
      {diff.identical ? (
        <p className="compare-summary">
          <span className="codicon codicon-pass" aria-hidden="true" /> {t('compare.identical')}
        </p>
      ) : (
        <p className="compare-summary">{summaryLine(diffCounts(diff), t, language)}</p>
      )}

      {diff.fields.length > 0 && (
        <section aria-labelledby={`${id}-fields`}>
          <h2 id={`${id}-fields`}>{t('compare.section.curriculum')}</h2>
          <FieldTable item={t('compare.section.curriculum')} fields={diff.fields} {...tableProps} />
        </section>
      )}

      {diff.days.length > 0 && (
        <section aria-labelledby={`${id}-days`}>
          <h2 id={`${id}-days`}>{t('compare.section.days')}</h2>
          <ul className="compare-list">
            {diff.days.map((change) => (
              <DayItem key={`${change.kind}-${change.dayId}`} change={change} {...tableProps} />
            ))}
          </ul>
        </section>
      )}

      {blockGroups.length > 0 && (
        <section aria-labelledby={`${id}-blocks`}>
          <h2 id={`${id}-blocks`}>{t('compare.section.blocks')}</h2>
          {blockGroups.map(({ kind, changes }) => (
            <section key={kind} aria-labelledby={`${id}-blocks-${kind}`}>
              <h3 id={`${id}-blocks-${kind}`} className={`compare-${kind}`}>
                <span className={`codicon codicon-${ICONS[kind]}`} aria-hidden="true" /> {t(`compare.blocks.${kind}`, { count: changes.length })}
              </h3>
              <ul className="compare-list">
                {changes.map((change, index) => (
                  <BlockItem key={`${change.blockId}-${index}`} change={change} {...tableProps} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </section>
  );
}
