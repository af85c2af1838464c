import { useCallback } from 'react';
import { localized, newId, type Module, type TechniqueCard } from '../../core';
import { describeError } from '../../contract';
import { useConfirm } from '../components/ModalHost';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { useApplication, useSettings } from '../app/context';
import { useLibrary } from './useLibrary';

export function blankCard(author: string): TechniqueCard {
  const empty = { nl: '', en: '' };
  return {
    id: newId('own'),
    title: empty,
    summary: empty,
    tradition: 'other',
    needs: [],
    defaultDurationMinutes: 20,
    groupFormat: 'pairs',
    materials: [],
    goal: empty,
    instructions: empty,
    exampleQuestions: [],
    trainerNotes: empty,
    sources: [],
    tags: [],
    provenance: { origin: 'own', author, updated: new Date().toISOString() },
  };
}

/** What the trainer can do with cards, in one place for the side bar, the card tab and (later) commands. */
export function useLibraryActions() {
  const { dispatch, host } = useWorkbench();
  const library = useLibrary();
  const { t, language } = useI18n();
  const confirm = useConfirm();
  const author = useSettings((settings) => settings.authorName);
  const team = useApplication().team;
  const teamName = (folder: string) => team.get().teams.find((candidate) => candidate.folder === folder)?.name ?? folder;

  const report = useCallback(
    (error: unknown) => {
      // The toast says what happened in the trainer's language; the Output panel also keeps the technical detail.
      const failure = describeError(error, t);
      dispatch({ type: 'log', line: { key: 'error.host', params: { message: `${failure.message} (${failure.detail})` } } });
      dispatch({ type: 'toast', toast: { key: failure.key, params: failure.params } });
    },
    [dispatch, t],
  );

  const openCard = useCallback((cardId: string, draft?: TechniqueCard) => dispatch({ type: 'open-tab', tab: { id: `card:${cardId}`, kind: 'card', cardId, draft } }), [dispatch]);

  return {
    openCard,
    createCard: () => {
      const card = blankCard(author);
      openCard(card.id, card);
    },
    /** Built-in cards are read-only: editing one starts from an own copy. */
    duplicateCard: (card: TechniqueCard) => {
      const copy = library.duplicate(card, author);
      openCard(copy.id, copy);
    },
    editCard: (card: TechniqueCard) => openCard(card.id, structuredClone(card)),
    deleteCard: async (card: TechniqueCard) => {
      const title = localized(card.title, language);
      const ok = await confirm({ title: t('card.delete.title'), message: t('card.delete.message', { title }), confirmLabel: t('card.delete'), danger: true });
      if (!ok) return;
      try {
        const undo = await library.deleteCard(card.id);
        dispatch({ type: 'close-tab', id: `card:${card.id}` });
        dispatch({
          type: 'toast',
          toast: { key: 'card.deleted', params: { title }, action: { key: 'action.undo', run: () => void undo().then(() => openCard(card.id), report) } },
        });
      } catch (error) {
        report(error);
      }
    },
    exportPack: () => dispatch({ type: 'show-dialog', dialog: 'export-pack' }),
    importPack: async () => {
      try {
        const { path } = await host['dialogs.pickOpenPath']({ filter: 'draaiboek' });
        if (!path) return;
        const result = await host['documents.open']({ path });
        dispatch({ type: 'set-problems', file: result.path, problems: result.ok ? [] : result.problems });
        if (!result.ok) return dispatch({ type: 'show-panel-tab', tab: 'problems' });
        dispatch({ type: 'open-tab', tab: { id: `pack:${result.path}`, kind: 'pack-import', path: result.path, cards: result.document.cards } });
      } catch (error) {
        report(error);
      }
    },
    /** "Naar teambibliotheek": a copy in the team folder; the own card stays as it is. */
    publishCard: async (card: TechniqueCard, folder: string) => {
      try {
        await team.publishCard(card, folder);
        dispatch({ type: 'toast', toast: { key: 'team.publish.card', params: { title: localized(card.title, language), team: teamName(folder) } } });
      } catch (error) {
        report(error);
      }
    },
    publishModule: async (module: Module, folder: string) => {
      try {
        await team.publishModule(module, folder);
        dispatch({ type: 'toast', toast: { key: 'team.publish.module', params: { title: module.title, team: teamName(folder) } } });
      } catch (error) {
        report(error);
      }
    },
    report,
  };
}
