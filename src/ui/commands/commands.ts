import { addDay, choiceBlock, insertBlock, translator, type TeamSnapshot } from '../../core';
import { dayLabelMessage } from '../live/day-label';
import type { Application, Choice, DocumentService } from '../../app';
import { blockCommands, isOutsideTextField } from './block-commands';
import type { WorkingCopy as OpenCurriculum } from '../../app';
import type { useLibraryActions } from '../library/actions';
import type { WorkbenchContextValue } from '../workbench/context';
import type { EditorTab, ViewId } from '../../app';
import { openSettings } from '../settings/open';
import { requestShare } from '../library/team-share';
import { requestCollabDialog } from '../collab/requests';
import type { CommandDeclaration } from './registry';

export interface CommandContext {
  app: Application;
  workbench: WorkbenchContextValue;
  documents: DocumentService;
  activeTab: EditorTab | undefined;
  activeCurriculum: OpenCurriculum | null;
  library: ReturnType<typeof useLibraryActions>;
  openPalette(mode: 'commands' | 'open'): void;
}

type Command = CommandDeclaration<CommandContext>;

const hasCurriculum = (context: CommandContext) => context.activeCurriculum !== null;
const editable = (context: CommandContext) => context.activeCurriculum !== null && !context.activeCurriculum.readOnly;
/** The training in the active tab, a live tab included: saving and undo work from the live view too. */
const training = (context: CommandContext): OpenCurriculum | null =>
  context.activeCurriculum ?? (context.activeTab?.kind === 'live' ? (context.documents.get(context.activeTab.key) ?? null) : null);
const trainingEditable = (context: CommandContext) => !(training(context)?.readOnly ?? true);

/**
 * Opens the live view of one day of a training: the day of the selected block, else the one the trainer
 * chooses when there are several, else the only one. Also the curriculum toolbar's button.
 */
export async function runDayLive(app: Application, key: string): Promise<void> {
  const days = app.documents.get(key)?.history.present.days ?? [];
  if (days.length === 0) return;
  const t = translator(app.language());
  const selection = app.layout.store.get().selection;
  const selected = selection?.key === key ? days.find((day) => day.blocks.some((block) => selection.blockIds.includes(block.id))) : undefined;
  let dayId = selected?.id ?? (days.length === 1 ? days[0]!.id : null);
  dayId ??= await app.dialogs.ask({
    title: { key: 'live.chooseDay.title' },
    message: { key: 'live.chooseDay.message' },
    choices: days.map(
      (day, index): Choice => ({
        id: day.id,
        // The same words as the tab: "Dag 2: Oefenen", or just "Dag 2" when that is all the title says.
        label: dayLabelMessage(t, day, index),
        default: index === 0,
      }),
    ),
  });
  if (dayId) app.layout.dispatch({ type: 'open-tab', tab: { id: `live:${key}:${dayId}`, kind: 'live', key, dayId } });
}

/** The team libraries that are git repositories, where pulling and sharing apply. */
const gitTeams = (context: CommandContext) => context.app.team.get().teams.filter((team) => team.git !== null && team.state === 'ok');
const hasWorkToShare = (team: TeamSnapshot) => team.git!.changed > 0 || team.git!.ahead > 0;

function showView(view: ViewId): Command['run'] {
  return ({ app, workbench }) => {
    const state = app.layout.store.get();
    if (state.activeView !== view || !state.sideBarVisible) workbench.dispatch({ type: 'activate-view', view });
  };
}

function cycleTab(step: number): Command['run'] {
  return ({ app, workbench: { dispatch } }) => {
    const state = app.layout.store.get();
    const index = state.tabs.findIndex((tab) => tab.id === state.activeTabId);
    const next = state.tabs[(index + step + state.tabs.length) % state.tabs.length];
    if (next) dispatch({ type: 'activate-tab', id: next.id });
  };
}

function moveTab(step: number): Command['run'] {
  return ({ app, workbench: { dispatch } }) => {
    const state = app.layout.store.get();
    const index = state.tabs.findIndex((tab) => tab.id === state.activeTabId);
    if (index >= 0) dispatch({ type: 'move-tab', id: state.activeTabId, toIndex: index + step });
  };
}

/** Every command of the app, once. Keybindings follow VS Code where it has a counterpart. */
export const COMMANDS: readonly Command[] = [
  { id: 'workbench.action.showCommands', title: 'command.showCommands', category: 'category.view', keybinding: 'ctrl+shift+p', alsoKeybindings: ['f1'], menu: 'view', run: (c) => c.openPalette('commands') },
  { id: 'workbench.action.quickOpen', title: 'command.quickOpen', category: 'category.file', keybinding: 'ctrl+p', menu: 'file', run: (c) => c.openPalette('open') },
  { id: 'draaiboek.newCurriculum', title: 'command.newCurriculum', category: 'category.file', keybinding: 'ctrl+alt+n', menu: 'file', run: (c) => void c.documents.create() },
  { id: 'workbench.action.files.openFile', title: 'command.openFile', category: 'category.file', keybinding: 'ctrl+o', menu: 'file', run: (c) => void c.documents.pickAndOpen() },
  {
    id: 'draaiboek.openExample',
    title: 'command.openExample',
    category: 'category.help',
    menu: 'help',
    run: (c) => void c.documents.open(`${c.workbench.info.examplesDir}/basistraining-activerende-gespreksvoering.draaiboek`),
  },
  { id: 'workbench.action.files.save', title: 'command.save', category: 'category.file', keybinding: 'ctrl+s', menu: 'file', when: trainingEditable, run: (c) => void c.documents.save(training(c)!.key) },
  { id: 'workbench.action.files.saveAs', title: 'command.saveAs', category: 'category.file', keybinding: 'ctrl+shift+s', menu: 'file', when: (c) => training(c) !== null, run: (c) => void c.documents.save(training(c)!.key, 'as') },
  { id: 'draaiboek.files.saveCopy', title: 'command.saveCopy', category: 'category.file', menu: 'file', when: hasCurriculum, run: (c) => void c.documents.save(c.activeCurriculum!.key, 'copy') },
  { id: 'draaiboek.files.openAsCopy', title: 'command.openAsCopy', category: 'category.file', menu: 'file', run: (c) => void c.documents.pickAndOpen({ asCopy: true }) },
  {
    id: 'workbench.action.closeActiveEditor',
    title: 'command.closeEditor',
    category: 'category.view',
    keybinding: 'ctrl+w',
    menu: 'file',
    when: (c) => c.activeTab !== undefined,
    run: (c) => (c.activeTab!.kind === 'curriculum' ? void c.documents.close(c.activeTab!.key) : c.workbench.dispatch({ type: 'close-tab', id: c.activeTab!.id })),
  },
  { id: 'workbench.action.nextEditor', title: 'command.nextEditor', category: 'category.view', keybinding: 'ctrl+tab', alsoKeybindings: ['ctrl+pagedown'], run: cycleTab(1) },
  { id: 'workbench.action.previousEditor', title: 'command.previousEditor', category: 'category.view', keybinding: 'ctrl+shift+tab', alsoKeybindings: ['ctrl+pageup'], run: cycleTab(-1) },
  { id: 'workbench.action.moveEditorLeftInGroup', title: 'command.moveEditorLeft', category: 'category.view', keybinding: 'ctrl+shift+pageup', when: (c) => c.activeTab !== undefined, run: moveTab(-1) },
  { id: 'workbench.action.moveEditorRightInGroup', title: 'command.moveEditorRight', category: 'category.view', keybinding: 'ctrl+shift+pagedown', when: (c) => c.activeTab !== undefined, run: moveTab(1) },
  {
    id: 'workbench.action.splitEditor',
    title: 'command.splitEditor',
    category: 'category.view',
    keybinding: 'ctrl+\\',
    menu: 'view',
    when: (c) => c.activeTab !== undefined,
    run: ({ app, workbench, activeTab }) => workbench.dispatch({ type: 'split-editor', tabId: app.layout.store.get().splitTabId ? null : activeTab!.id }),
  },
  {
    id: 'workbench.action.toggleSidebarVisibility',
    title: 'command.toggleSideBar',
    category: 'category.view',
    keybinding: 'ctrl+b',
    menu: 'view',
    run: ({ app, workbench }) => workbench.dispatch({ type: 'activate-view', view: app.layout.store.get().activeView }),
  },
  { id: 'workbench.action.togglePanel', title: 'command.togglePanel', category: 'category.view', keybinding: 'ctrl+j', menu: 'view', run: ({ workbench }) => workbench.dispatch({ type: 'toggle-panel' }) },
  { id: 'workbench.actions.view.problems', title: 'command.showProblems', category: 'category.view', keybinding: 'ctrl+shift+m', menu: 'view', run: ({ workbench }) => workbench.dispatch({ type: 'show-panel-tab', tab: 'problems' }) },
  { id: 'workbench.action.output.toggleOutput', title: 'command.showOutput', category: 'category.view', keybinding: 'ctrl+shift+u', menu: 'view', run: ({ workbench }) => workbench.dispatch({ type: 'show-panel-tab', tab: 'output' }) },
  { id: 'draaiboek.view.library', title: 'command.showLibrary', category: 'category.view', keybinding: 'ctrl+shift+l', menu: 'view', run: showView('library') },
  { id: 'draaiboek.view.curricula', title: 'command.showCurricula', category: 'category.view', keybinding: 'ctrl+shift+e', menu: 'view', run: showView('curricula') },
  { id: 'draaiboek.view.insights', title: 'command.showInsights', category: 'category.view', keybinding: 'ctrl+shift+i', menu: 'view', run: showView('insights') },
  { id: 'workbench.action.openSettings', title: 'command.openSettings', category: 'category.preferences', keybinding: 'ctrl+,', menu: 'file', run: ({ workbench }) => openSettings(workbench.dispatch) },
  {
    id: 'workbench.action.openGlobalKeybindings',
    title: 'command.openKeybindings',
    category: 'category.preferences',
    menu: 'file',
    run: ({ workbench }) => workbench.dispatch({ type: 'open-tab', tab: { id: 'keybindings', kind: 'keybindings' } }),
  },
  {
    id: 'workbench.action.toggleTheme',
    title: 'command.toggleTheme',
    category: 'category.preferences',
    menu: 'view',
    run: ({ workbench }) => workbench.updateSettings({ theme: workbench.theme === 'light' ? 'dark' : 'light' }),
  },
  {
    id: 'draaiboek.toggleLanguage',
    title: 'command.toggleLanguage',
    category: 'category.preferences',
    menu: 'view',
    run: ({ workbench }) => workbench.updateSettings({ language: document.documentElement.lang === 'nl' ? 'en' : 'nl' }),
  },
  { id: 'draaiboek.curriculum.addDay', title: 'command.addDay', category: 'category.curriculum', when: editable, run: (c) => c.documents.edit(c.activeCurriculum!.key, (curriculum) => addDay(curriculum)) },
  {
    // At the end of the last day, as the day's own button puts it at the end of that day.
    id: 'draaiboek.curriculum.addChoice',
    title: 'command.addChoice',
    category: 'category.curriculum',
    when: (c) => editable(c) && c.documents.get(c.activeCurriculum!.key)!.history.present.days.length > 0,
    run: (c) =>
      c.documents.edit(c.activeCurriculum!.key, (curriculum) => {
        const day = curriculum.days.at(-1);
        return day ? insertBlock(curriculum, choiceBlock(curriculum.language, 45), { container: 'day', dayId: day.id, index: day.blocks.length }) : curriculum;
      }),
  },
  // Undo acts on the active training wherever the focus is, except in a text field of another editor (the library's search, a card).
  { id: 'draaiboek.curriculum.undo', title: 'command.undo', category: 'category.edit', keybinding: 'ctrl+z', menu: 'edit', when: (c) => trainingEditable(c) && isOutsideTextField(), run: (c) => c.documents.undo(training(c)!.key) },
  { id: 'draaiboek.curriculum.redo', title: 'command.redo', category: 'category.edit', keybinding: 'ctrl+shift+z', alsoKeybindings: ['ctrl+y'], menu: 'edit', when: (c) => trainingEditable(c) && isOutsideTextField(), run: (c) => c.documents.redo(training(c)!.key) },
  ...blockCommands,
  {
    id: 'draaiboek.curriculum.export',
    title: 'command.exportHandouts',
    category: 'category.curriculum',
    keybinding: 'ctrl+alt+e',
    menu: 'file',
    when: hasCurriculum,
    run: (c) => c.workbench.dispatch({ type: 'open-tab', tab: { id: `export:${c.activeCurriculum!.key}`, kind: 'export', key: c.activeCurriculum!.key } }),
  },
  {
    id: 'draaiboek.curriculum.runDayLive',
    title: 'command.runDayLive',
    category: 'category.curriculum',
    when: (c) => hasCurriculum(c) && c.activeCurriculum!.history.present.days.length > 0,
    run: (c) => void runDayLive(c.app, c.activeCurriculum!.key),
  },
  { id: 'draaiboek.library.newCard', title: 'command.newCard', category: 'category.library', run: (c) => c.library.createCard() },
  { id: 'draaiboek.library.importPack', title: 'command.importPack', category: 'category.library', menu: 'file', run: (c) => void c.library.importPack() },
  { id: 'draaiboek.library.exportPack', title: 'command.exportPack', category: 'category.library', menu: 'file', run: (c) => c.library.exportPack() },
  {
    id: 'draaiboek.team.pull',
    title: 'team.command.pull',
    category: 'category.library',
    when: (c) => gitTeams(c).some((team) => team.git!.remote),
    run: async (c) => {
      for (const team of gitTeams(c).filter((candidate) => candidate.git!.remote)) await c.app.team.pull(team.folder).catch(c.library.report);
    },
  },
  {
    // The message is asked for in the library's team part, where the trainer also sees what changed.
    id: 'draaiboek.team.share',
    title: 'team.command.share',
    category: 'category.library',
    when: (c) => gitTeams(c).some(hasWorkToShare),
    run: (c) => {
      showView('library')(c);
      requestShare(gitTeams(c).find(hasWorkToShare)!.folder);
    },
  },
  {
    // Live co-editing (issue 16): the dialogs are <CollabLayer>'s; one session at a time.
    id: 'draaiboek.collab.share',
    title: 'collab.command.share',
    category: 'category.curriculum',
    when: (c) => hasCurriculum(c) && c.app.collab.store.get().session === null,
    run: (c) => requestCollabDialog({ kind: 'share', key: c.activeCurriculum!.key }),
  },
  { id: 'draaiboek.collab.join', title: 'collab.command.join', category: 'category.curriculum', when: (c) => c.app.collab.store.get().session === null, run: () => requestCollabDialog({ kind: 'join' }) },
  { id: 'draaiboek.collab.showCode', title: 'collab.command.showCode', category: 'category.curriculum', when: (c) => c.app.collab.store.get().session !== null, run: () => requestCollabDialog({ kind: 'code' }) },
  { id: 'draaiboek.collab.leave', title: 'collab.command.leave', category: 'category.curriculum', when: (c) => c.app.collab.store.get().session !== null, run: (c) => c.app.collab.leave() },
  { id: 'draaiboek.team.showConflicts', title: 'team.command.conflicts', category: 'category.library', when: (c) => c.app.team.conflicts().length > 0, run: (c) => c.app.team.showConflicts() },
  { id: 'workbench.action.showWelcome', title: 'command.showWelcome', category: 'category.help', menu: 'help', run: ({ workbench }) => workbench.dispatch({ type: 'open-tab', tab: { id: 'welcome', kind: 'welcome' } }) },
];
