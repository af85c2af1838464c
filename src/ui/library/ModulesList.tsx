import { useMemo, useRef } from 'react';
import type { Module, TeamSnapshot } from '../../core';
import { useConfirm } from '../components/ModalHost';
import { useI18n } from '../i18n';
import { useWorkbench } from '../workbench/context';
import { AddButton, DraggableSource } from './AddToCurriculum';
import { useLibraryActions } from './actions';
import { ModuleItem } from './ModuleItem';
import { useLibrary } from './useLibrary';
import { PublishMenu } from './PublishMenu';
import { useTeams } from './useTeams';

/** Saved modules beside the cards: drag one into a day (its blocks are copied) or add it with "+"; rename, edit or delete it. */
export function ModulesList() {
  const { dispatch } = useWorkbench();
  const library = useLibrary();
  const { report, publishModule } = useLibraryActions();
  const { t } = useI18n();
  const confirm = useConfirm();
  const list = useRef<HTMLUListElement>(null);
  const cards = useMemo(() => new Map(library.cards.map((card) => [card.id, card])), [library.cards]);
  const teams = useTeams().filter((team) => team.modules.length > 0);
  const count = library.modules.length + teams.reduce((sum, team) => sum + team.modules.length, 0);
  if (count === 0) return null;

  const save = async (module: Module) => {
    try {
      await library.saveModule(module);
      dispatch({ type: 'toast', toast: { key: 'module.updated', params: { title: module.title } } });
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  const remove = async (module: Module) => {
    const index = library.modules.findIndex((candidate) => candidate.id === module.id);
    // The keyboard goes to the next module's delete button (or the previous one) rather than getting lost.
    const items = [...(list.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
    const neighbour = items[index + 1] ?? items[index - 1];
    try {
      await library.deleteModule(module.id);
      neighbour?.querySelector<HTMLElement>('.module-row button:last-of-type')?.focus();
      dispatch({
        type: 'toast',
        toast: { key: 'module.deleted', params: { title: module.title }, action: { key: 'action.undo', run: () => void library.restoreModule(module, index).catch(report) } },
      });
    } catch (error) {
      report(error);
    }
  };

  // A team module is gone for the whole team: asked first; the undo puts a copy of it back.
  const removeTeamModule = async (module: Module, team: TeamSnapshot) => {
    const ok = await confirm({ title: t('team.module.delete.title'), message: t('team.module.delete.message', { title: module.title, team: team.name }), confirmLabel: t('module.delete', { title: module.title }), danger: true });
    if (!ok) return;
    try {
      await library.deleteModule(module.id);
      dispatch({
        type: 'toast',
        toast: { key: 'team.module.deleted', params: { title: module.title, team: team.name }, action: { key: 'action.undo', run: () => void publishModule(module, team.folder) } },
      });
    } catch (error) {
      report(error);
    }
  };

  return (
    <details className="modules-list">
      <summary>{t('module.list', { count })}</summary>
      <ul ref={list} aria-label={t('module.listLabel')}>
        {library.modules.map((module) => (
          <ModuleItem
            key={module.id}
            module={module}
            cards={cards}
            onSave={save}
            onDelete={(doomed) => void remove(doomed)}
            renderSource={(row) => <DraggableSource item={{ type: 'module', moduleId: module.id }}>{row}</DraggableSource>}
            addButton={<AddButton blocks={module.blocks} label={module.title} />}
            publishButton={<PublishMenu title={module.title} iconOnly onPublish={(folder) => void publishModule(module, folder)} />}
          />
        ))}
      </ul>
      {teams.map((team) => (
        <section key={team.folder} className="team-modules">
          <h3 className="group-heading">
            <span className="codicon codicon-organization" aria-hidden="true" /> {t('team.modules.heading', { team: team.name })}
          </h3>
          <ul>
            {team.modules.map((module) => (
              <ModuleItem
                key={module.id}
                module={module}
                cards={cards}
                onSave={save}
                onDelete={(doomed) => void removeTeamModule(doomed, team)}
                renderSource={(row) => <DraggableSource item={{ type: 'module', moduleId: module.id }}>{row}</DraggableSource>}
                addButton={<AddButton blocks={module.blocks} label={module.title} />}
              />
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
