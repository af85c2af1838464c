import { useMemo, useState } from 'react';
import { choicesFor, defaultChoice, localized, newId, planImport, resolveImport, type PackChoice, type PackEntry, type TechniqueCard } from '../../core';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useLibraryActions } from './actions';
import { CardDiff } from './CardDiff';
import { useLibrary } from './useLibrary';

/**
 * A card pack, compared with the library before anything changes: new, changed and identical cards.
 * Each conflict needs the trainer's choice; the default overwrites nothing.
 */
export function PackImportEditor({ tabId, path, cards }: { tabId: string; path: string; cards: TechniqueCard[] }) {
  const { t } = useI18n();
  const { dispatch } = useWorkbench();
  const library = useLibrary();
  const actions = useLibraryActions();
  // The plan is made once, when the pack is opened, so it does not shift while the trainer chooses.
  const [entries] = useState(() => planImport(cards, library.cards));
  const [choices, setChoices] = useState(() => new Map(entries.map((entry) => [entry.incoming.id, defaultChoice(entry)])));
  const groups = useMemo(
    () => (['changed', 'new', 'identical'] as const).map((status) => ({ status, entries: entries.filter((entry) => entry.status === status) })),
    [entries],
  );

  const apply = async () => {
    const toSave = resolveImport(entries, choices, () => newId('imported'));
    try {
      if (toSave.length > 0) await library.saveCards(toSave);
      dispatch({ type: 'close-tab', id: tabId });
      dispatch({ type: 'toast', toast: { key: 'pack.imported', params: { count: toSave.length } } });
      dispatch({ type: 'log', line: { key: 'pack.imported', params: { count: toSave.length } } });
    } catch (error) {
      actions.report(error);
    }
  };

  return (
    <section className="pack-import" aria-labelledby="pack-import-title">
      <h1 id="pack-import-title">{t('pack.import.title')}</h1>
      <p className="muted">{path}</p>
      <p>{t('pack.import.summary', { new: groups[1]!.entries.length, changed: groups[0]!.entries.length, identical: groups[2]!.entries.length })}</p>
      {groups.map(
        ({ status, entries: group }) =>
          group.length > 0 && (
            <section key={status} aria-labelledby={`pack-${status}`}>
              <h2 id={`pack-${status}`}>{t(`pack.status.${status}`)}</h2>
              <ul className="pack-entries">
                {group.map((entry) => (
                  <PackEntryRow
                    key={entry.incoming.id}
                    entry={entry}
                    choice={choices.get(entry.incoming.id)!}
                    onChoose={(choice) => setChoices((current) => new Map(current).set(entry.incoming.id, choice))}
                  />
                ))}
              </ul>
            </section>
          ),
      )}
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void apply()}>
          {t('pack.import.apply')}
        </button>
        <button type="button" className="button secondary" onClick={() => dispatch({ type: 'close-tab', id: tabId })}>
          {t('dialog.cancel')}
        </button>
      </div>
    </section>
  );
}

function PackEntryRow({ entry, choice, onChoose }: { entry: PackEntry; choice: PackChoice; onChoose(choice: PackChoice): void }) {
  const { t, language } = useI18n();
  const title = localized(entry.incoming.title, language);
  const options = choicesFor(entry);
  const { author, updated } = entry.incoming.provenance;
  return (
    <li className="pack-entry">
      <div>
        <strong>{title}</strong>
        <span className="muted">
          {' '}
          · {author || t('pack.unknownAuthor')} · {new Date(updated).toLocaleDateString(language)}
        </span>
        {entry.mine && entry.status === 'changed' && (
          <span className="muted"> · {t('pack.mineUpdated', { date: new Date(entry.mine.provenance.updated).toLocaleDateString(language) })}</span>
        )}
      </div>
      {options.length > 1 ? (
        <div role="radiogroup" aria-label={t('pack.choiceFor', { title })} className="choice-group">
          {options.map((option) => (
            <label key={option}>
              <input type="radio" name={`choice-${entry.incoming.id}`} checked={choice === option} onChange={() => onChoose(option)} />
              {t(`pack.choice.${option}`)}
            </label>
          ))}
        </div>
      ) : (
        <span className="muted">{t('pack.nothingToDo')}</span>
      )}
      {/* What a choice would keep or lose, before the trainer makes it. */}
      {entry.mine && entry.status === 'changed' && (
        <div className="pack-entry-diff">
          <CardDiff mine={entry.mine} theirs={entry.incoming} mineLabel={t('cardDiff.library')} theirsLabel={t('cardDiff.pack')} />
        </div>
      )}
    </li>
  );
}
