// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import { CommandsProvider } from '../../src/ui/commands/CommandsProvider';
import { card, fakeHost, makeApplication, renderInWorkbench, type FakeHostApi } from './harness';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

function setup(recent: string[] = []) {
  const host: FakeHostApi = fakeHost({ 'documents.recent': async () => ['/home/t/Trainingen/basis.draaiboek'] });
  app = makeApplication(host, { cards: [card('schaal', 'Schaalvraag'), card('wonder', 'Wondervraag', { tradition: 'narrative' })] });
  renderInWorkbench(
    app,
    <CommandsProvider initialRecent={recent}>
      <p>Werkbank</p>
    </CommandsProvider>,
  );
  return { host, app };
}

const press = (target: Element, key: string, code: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) =>
  act(async () => void fireEvent.keyDown(target, { key, code, ...mods }));
/** The palette's field and list, found once each time it opens (a role query scans the whole list, slow in jsdom). */
let ui: { input: HTMLInputElement; list: HTMLElement };
async function open(key: string, code: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) {
  await press(document.body, key, code, mods);
  const dialog = screen.getByRole('dialog');
  ui = { input: within(dialog).getByRole('combobox'), list: within(dialog).getByRole('listbox') };
  return dialog;
}
const input = () => ui.input;
const type = (text: string) => act(() => void fireEvent.change(ui.input, { target: { value: text } }));
// `hidden: true` skips jsdom's visibility check for each of some 40 options; the palette hides none.
const options = () => within(ui.list).queryAllByRole('option', { hidden: true });
const labels = () => options().map((option) => option.querySelector('.palette-label')!.textContent);
const active = () => options().find((option) => option.getAttribute('aria-selected') === 'true')!;
const layout = () => app!.layout.store.get();

describe('the command palette', () => {
  it('opens with Ctrl+Shift+P, matches fuzzily, moves with the arrow keys and runs the command on Enter', async () => {
    const { host } = setup();
    const dialog = await open('P', 'KeyP', { ctrlKey: true, shiftKey: true });
    expect(dialog.getAttribute('aria-label')).toBe('Opdrachten');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(input());
    expect(input().value).toBe('>');
    // Commands that do not apply now (nothing to save) are not offered.
    expect(labels()).toContain('Beeld: Paneel tonen of verbergen');
    expect(labels()).not.toContain('Bestand: Opslaan');

    await type('>tonen verb');
    expect(labels().slice(0, 2).sort()).toEqual(['Beeld: Paneel tonen of verbergen', 'Beeld: Zijbalk tonen of verbergen']);
    await type('>zijb');
    expect(labels()[0]).toBe('Beeld: Zijbalk tonen of verbergen');
    expect([...options()[0]!.querySelectorAll('kbd')].map((kbd) => kbd.textContent)).toEqual(['Ctrl+B']);
    expect(active()).toBe(options()[0]);
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);

    await type('>tonen');
    await press(input(), 'ArrowDown', 'ArrowDown');
    await press(input(), 'ArrowDown', 'ArrowDown');
    await press(input(), 'ArrowUp', 'ArrowUp');
    expect(active()).toBe(options()[1]);
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    // Up at the top stays at the top.
    await press(input(), 'ArrowUp', 'ArrowUp');
    await press(input(), 'ArrowUp', 'ArrowUp');
    expect(active()).toBe(options()[0]);

    await type('>zijb');
    expect(layout().sideBarVisible).toBe(true);
    await press(input(), 'Enter', 'Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(layout().sideBarVisible).toBe(false);
    expect(host['uiState.update']).toHaveBeenCalledWith({ changes: { recentCommands: ['workbench.action.toggleSidebarVisibility'] } });

    // F1 opens it too, with the command just used on top.
    await open('F1', 'F1');
    expect(labels()[0]).toBe('Beeld: Zijbalk tonen of verbergen');
    expect(options()[0]!.textContent).toContain('recent gebruikt');
  });

  it('has the keyboard to itself while open, and closes on Escape without running anything', async () => {
    setup();
    await open('P', 'KeyP', { ctrlKey: true, shiftKey: true });
    await press(input(), 'j', 'KeyJ', { ctrlKey: true });
    expect(layout().panelVisible).toBe(true);
    await press(input(), 'Escape', 'Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(layout().panelVisible).toBe(true);
    await press(document.body, 'j', 'KeyJ', { ctrlKey: true });
    expect(layout().panelVisible).toBe(false);
  });

  it('puts recent commands first when nothing is typed', async () => {
    setup(['workbench.action.togglePanel', 'draaiboek.view.insights']);
    await open('P', 'KeyP', { ctrlKey: true, shiftKey: true });
    expect(labels().slice(0, 3)).toEqual(['Beeld: Paneel tonen of verbergen', 'Beeld: Inzichten tonen', 'Beeld: Alle opdrachten tonen']);
    expect(options()[1]!.textContent).toContain('recent gebruikt');
    expect(options()[2]!.textContent).not.toContain('recent gebruikt');
    // Clicking an option runs it too.
    await act(async () => void fireEvent.click(options()[0]!));
    expect(layout().panelVisible).toBe(false);
  });
});

describe('quick open', () => {
  it('finds cards and recent files, opens a card on Enter, and switches to commands on ">"', async () => {
    setup();
    const dialog = await open('p', 'KeyP', { ctrlKey: true });
    expect(dialog.getAttribute('aria-label')).toBe('Snel openen');
    expect(input().value).toBe('');
    expect(labels()).toEqual(['basis.draaiboek', 'Schaalvraag', 'Wondervraag']);
    expect(options()[0]!.textContent).toContain('/home/t/Trainingen/basis.draaiboek');

    await type('wndr');
    expect(labels()).toEqual(['Wondervraag']);
    expect(options()[0]!.textContent).toContain('Narratief');
    await type('xyzzy');
    expect(options()).toEqual([]);
    expect(screen.getByText('Niets gevonden')).toBeTruthy();

    await type('>');
    expect(dialog.getAttribute('aria-label')).toBe('Opdrachten');
    await type('schaal');
    await press(input(), 'Enter', 'Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(layout().activeTabId).toBe('card:schaal');
    expect(layout().tabs.map((tab) => tab.id)).toEqual(['welcome', 'card:schaal']);
  });
});
