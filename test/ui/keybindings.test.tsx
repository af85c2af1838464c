// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import type { Settings } from '../../src/core';
import { CommandsProvider } from '../../src/ui/commands/CommandsProvider';
import { KeybindingsEditor } from '../../src/ui/commands/KeybindingsEditor';
import { fakeHost, makeApplication, renderInWorkbench, type FakeHostApi } from './harness';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

function setup(settings: Partial<Settings> = {}) {
  const host: FakeHostApi = fakeHost();
  app = makeApplication(host, { settings });
  renderInWorkbench(
    app,
    <CommandsProvider initialRecent={[]}>
      <KeybindingsEditor />
    </CommandsProvider>,
  );
  return { host, app };
}

const PANEL = 'Beeld: Paneel tonen of verbergen';
/** The table row of a command, by the title in its row header (a text query: naming all ~40 rows by role is slow in jsdom). */
const row = (title: string) => screen.getByText(title, { selector: 'th' }).closest('tr')!;
// Buttons and the recorder are found by their aria-label (their accessible name): role queries that compute
// every name cost tens of milliseconds each in jsdom.
const recorderOf = (title: string) => within(row(title)).getByLabelText(`Nieuwe toetsen voor ${title}`, { selector: 'input' });
const button = (title: string, label: string | RegExp) => within(row(title)).getByLabelText(label, { selector: 'button' });
const keysOf = (title: string) => [...row(title).querySelectorAll('kbd')].map((kbd) => kbd.textContent);
const sourceOf = (title: string) => row(title).cells[2]!.textContent;
const press = (target: Element, key: string, code: string, mods: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {}) =>
  act(() => void fireEvent.keyDown(target, { key, code, ...mods }));
const panelVisible = () => app!.layout.store.get().panelVisible;
/** Narrows the table as a trainer would before changing a binding (and keeps each re-render to a row). */
const search = (text: string) => fireEvent.change(screen.getByLabelText('Zoek in sneltoetsen', { selector: 'input[type=search]' }), { target: { value: text } });

describe('the keybindings editor', () => {
  it('lists every command with its keys and finds one by title or id', () => {
    setup();
    expect(keysOf(PANEL)).toEqual(['Ctrl+J']);
    expect(keysOf('Beeld: Alle opdrachten tonen')).toEqual(['Ctrl+Shift+P', 'F1']);
    expect(sourceOf(PANEL)).toBe('standaard');
    const titles = () => screen.getAllByRole('rowheader').map((header) => header.firstChild!.textContent!.trim());

    search('PANEEL');
    expect(titles()).toEqual([PANEL]);
    search('togglesidebar');
    expect(titles()).toEqual(['Beeld: Zijbalk tonen of verbergen']);
  });

  it('records a chord, ignoring lone modifiers and plain letters, saves it and makes it work at once', async () => {
    const { host } = setup();
    search('paneel');
    // Escape leaves recording and keeps the keys.
    fireEvent.click(button(PANEL, `Sneltoets van ${PANEL} wijzigen`));
    await press(recorderOf(PANEL), 'Escape', 'Escape');
    expect(row(PANEL).querySelector('input')).toBeNull();
    expect(keysOf(PANEL)).toEqual(['Ctrl+J']);

    fireEvent.click(button(PANEL, `Sneltoets van ${PANEL} wijzigen`));
    const recorder = recorderOf(PANEL);
    expect(document.activeElement).toBe(recorder);
    await press(recorder, 'Control', 'ControlLeft', { ctrlKey: true });
    await press(recorder, 'Alt', 'AltLeft', { ctrlKey: true, altKey: true });
    // A plain letter would swallow typing everywhere: not a binding.
    await press(recorder, 'p', 'KeyP');
    expect(recorderOf(PANEL)).toBe(recorder);
    expect(host['settings.update']).not.toHaveBeenCalled();

    // The physical key counts, whatever character the layout makes of it.
    await press(recorder, 'π', 'KeyP', { ctrlKey: true, altKey: true });
    expect(row(PANEL).querySelector('input')).toBeNull();
    expect(keysOf(PANEL)).toEqual(['Ctrl+Alt+P']);
    expect(sourceOf(PANEL)).toBe('eigen');
    expect(host['settings.update']).toHaveBeenCalledWith({ changes: { keybindings: { 'workbench.action.togglePanel': 'ctrl+alt+p' } } });

    // The new chord toggles the panel; the default no longer does.
    await press(document.body, 'j', 'KeyJ', { ctrlKey: true });
    expect(panelVisible()).toBe(true);
    await press(document.body, 'p', 'KeyP', { ctrlKey: true, altKey: true });
    expect(panelVisible()).toBe(false);
  });

  // CommandsProvider's window listener runs in the capture phase, before the recorder: it must leave the key alone.
  it('records a chord that another command already has', async () => {
    setup();
    search('paneel');
    fireEvent.click(button(PANEL, `Sneltoets van ${PANEL} wijzigen`));
    await press(recorderOf(PANEL), 'b', 'KeyB', { ctrlKey: true });
    expect(keysOf(PANEL)).toEqual(['Ctrl+B']);
    expect(app!.layout.store.get().sideBarVisible).toBe(true);
  });

  it('removes a default binding, and puts it back with "Standaard"', async () => {
    const { host } = setup();
    search('paneel');
    await act(async () => void fireEvent.click(button(PANEL, `Sneltoets van ${PANEL} verwijderen`)));
    expect(keysOf(PANEL)).toEqual([]);
    expect(sourceOf(PANEL)).toBe('eigen');
    expect(within(row(PANEL)).queryByLabelText(/verwijderen/, { selector: 'button' })).toBeNull();
    expect(host['settings.update']).toHaveBeenLastCalledWith({ changes: { keybindings: { 'workbench.action.togglePanel': '' } } });
    await press(document.body, 'j', 'KeyJ', { ctrlKey: true });
    expect(panelVisible()).toBe(true);

    await act(async () => void fireEvent.click(button(PANEL, `Standaardsneltoets van ${PANEL} terugzetten`)));
    expect(keysOf(PANEL)).toEqual(['Ctrl+J']);
    expect(sourceOf(PANEL)).toBe('standaard');
    expect(app!.settings.get().keybindings).toEqual({});
    await press(document.body, 'j', 'KeyJ', { ctrlKey: true });
    expect(panelVisible()).toBe(false);
  });

  it("shows the user's own bindings and keeps them when another command gets one", async () => {
    const { host } = setup({ keybindings: { 'workbench.action.toggleSidebarVisibility': 'ctrl+alt+b' } });
    expect(keysOf('Beeld: Zijbalk tonen of verbergen')).toEqual(['Ctrl+Alt+B']);
    expect(sourceOf('Beeld: Zijbalk tonen of verbergen')).toBe('eigen');
    search('paneel');
    fireEvent.click(button(PANEL, /wijzigen/));
    await press(recorderOf(PANEL), 'F6', 'F6');
    expect(keysOf(PANEL)).toEqual(['F6']);
    expect(host['settings.update']).toHaveBeenCalledWith({
      changes: { keybindings: { 'workbench.action.toggleSidebarVisibility': 'ctrl+alt+b', 'workbench.action.togglePanel': 'f6' } },
    });
  });
});
