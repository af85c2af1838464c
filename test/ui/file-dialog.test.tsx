// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostApi, ListFolderResult, MethodInput } from '../../src/contract';
import { ModalHost } from '../../src/ui/components/ModalHost';
import { FileDialog } from '../../src/ui/files/FileDialog';
import { inPageDialogs } from '../../src/ui/host/path-prompt';
import { polyfillDialog } from './harness';

beforeAll(polyfillDialog);
afterEach(cleanup);

const HOME = '/home/t';
/** The host's disk: folders (ending in '/') and files. */
const DISK = ['/home/', '/home/t/', '/home/t/Trainingen/', '/home/t/Trainingen/basis.draaiboek', '/home/t/Trainingen/vervolg.draaiboek', '/home/t/Trainingen/notities.txt', '/home/t/.verborgen/', '/home/t/losse.draaiboek'];

function resolvePath(base: string, path: string): string {
  const joined = path.startsWith('/') ? path : path === '~' ? HOME : `${base}/${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** `files.listFolder` over DISK, following the Node service's contract (folders first, dot entries hidden). */
const listFolder: HostApi['files.listFolder'] = async ({ path, from, filter }: MethodInput<'files.listFolder'>): Promise<ListFolderResult> => {
  const shared = { home: HOME, recentFolders: [] };
  const target = path === null ? HOME : resolvePath(from ?? HOME, path);
  if (DISK.includes(target)) return { ok: false, reason: 'not-a-folder', path: target, ...shared };
  if (target !== '/' && !DISK.includes(`${target}/`)) return { ok: false, reason: 'not-found', path: target, ...shared };
  const prefix = target === '/' ? '/' : `${target}/`;
  const children = DISK.filter((entry) => entry.startsWith(prefix) && entry !== prefix && !entry.slice(prefix.length).replace(/\/$/, '').includes('/'));
  const names = (folders: boolean) => children.filter((entry) => entry.endsWith('/') === folders).map((entry) => entry.slice(prefix.length).replace(/\/$/, '')).filter((name) => !name.startsWith('.'));
  const extension = filter === 'draaiboek' ? '.draaiboek' : `.${filter}`;
  const parts = target.split('/').filter(Boolean);
  return {
    ok: true,
    path: target,
    parent: target === '/' ? null : resolvePath(target, '..'),
    crumbs: [{ name: '/', path: '/' }, ...parts.map((name, index) => ({ name, path: `/${parts.slice(0, index + 1).join('/')}` }))],
    entries: [...names(true).map((name) => ({ name, kind: 'folder' as const })), ...names(false).filter((name) => name.endsWith(extension)).map((name) => ({ name, kind: 'file' as const }))],
    truncated: false,
    ...shared,
  };
};

function setup() {
  render(
    <ModalHost>
      <FileDialog />
    </ModalHost>,
  );
  return inPageDialogs(listFolder);
}

/** The file dialog itself (the "replace?" question is a dialog of its own). */
const fileDialog = () => within(document.querySelector<HTMLElement>('dialog.file-dialog')!);

/** Asks for a path as the app does (a save or open command) and waits for the folder to show. */
async function ask<T>(pick: () => Promise<T>, folder: string): Promise<{ answer: Promise<T>; list: HTMLElement; field: HTMLInputElement }> {
  let answer!: Promise<T>;
  await act(async () => {
    answer = pick();
  });
  const list = await fileDialog().findByLabelText(`Inhoud van ${folder}`, { selector: '[role=listbox]' });
  return { answer, list, field: fileDialog().getByLabelText<HTMLInputElement>('Naam of pad naar het bestand', { selector: 'input' }) };
}

// Lists and landmarks are found by their label: naming every element by role costs most of a query's time in jsdom.
const folderList = (folder: string) => fileDialog().getByLabelText(`Inhoud van ${folder}`, { selector: '[role=listbox]' });
const selectedOption = (list: HTMLElement) => within(list).getByRole('option', { selected: true });
const key = async (element: HTMLElement, name: string) => act(async () => void fireEvent.keyDown(element, { key: name }));
/** Presses a button of the file dialog by its text (cheaper than naming all its buttons by role). */
const click = async (text: string) => act(async () => void fireEvent.click(fileDialog().getByText(text, { selector: 'button' })));

// One page: the folders chosen in one test are where the next dialog starts, as in the app.
describe('the browser edition’s file dialog', () => {
  it('opens a file with the keyboard alone: into the list, down to a folder, into it and Enter on a file', async () => {
    const dialogs = setup();
    const { answer, list, field } = await ask(() => dialogs['dialogs.pickOpenPath']({ filter: 'draaiboek' }), HOME);
    expect(screen.getByRole('dialog', { name: 'Bestand openen' })).toBeTruthy();
    expect(document.activeElement).toBe(field);
    // Folders first, then files of the filter; hidden entries and other files are left out.
    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['Trainingen, map', 'losse.draaiboek, bestand']);

    await key(field, 'ArrowDown');
    expect(document.activeElement).toBe(list);
    expect(selectedOption(list).textContent).toBe('Trainingen, map');
    expect(list.getAttribute('aria-activedescendant')).toBe(selectedOption(list).id);
    await key(list, 'End');
    expect(selectedOption(list).textContent).toBe('losse.draaiboek, bestand');
    // Selecting a file puts its name in the field.
    expect(field.value).toBe('losse.draaiboek');
    await key(list, 'ArrowDown');
    expect(selectedOption(list).textContent).toBe('losse.draaiboek, bestand');
    await key(list, 'Home');

    await key(list, 'Enter');
    const inner = folderList('/home/t/Trainingen');
    expect(within(inner).getAllByRole('option').map((option) => option.textContent)).toEqual(['basis.draaiboek, bestand', 'vervolg.draaiboek, bestand']);
    const crumbs = within(fileDialog().getByLabelText('Locatie', { selector: 'nav' })).getAllByRole('button');
    expect(crumbs.map((crumb) => crumb.textContent)).toEqual(['/', 'home', 't', 'Trainingen']);
    expect(crumbs.at(-1)!.getAttribute('aria-current')).toBe('location');

    // Backspace goes up, and back in again.
    await key(inner, 'Backspace');
    expect(folderList(HOME)).toBeTruthy();
    await key(folderList(HOME), 'Enter');
    const again = folderList('/home/t/Trainingen');
    await key(again, 'ArrowDown');
    await key(again, 'Enter');
    await expect(answer).resolves.toEqual({ path: '/home/t/Trainingen/vervolg.draaiboek' });
    expect(document.querySelector('dialog')!.open).toBe(false);
  });

  it('saves under the suggested name after asking before it replaces a file, with the name ready to retype', async () => {
    const dialogs = setup();
    // It starts in the folder chosen last, which is also under the recent folders.
    const { answer, field } = await ask(() => dialogs['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: 'Nieuwe training.draaiboek' }), '/home/t/Trainingen');
    expect(screen.getByRole('dialog', { name: 'Opslaan als' })).toBeTruthy();
    expect(within(fileDialog().getByLabelText('Recente mappen', { selector: 'nav' })).getByRole('button', { name: 'Trainingen' })).toBeTruthy();
    // Typing replaces the name, not the extension.
    expect(field.value).toBe('Nieuwe training.draaiboek');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'Nieuwe training'.length]);

    // "vervolg" is vervolg.draaiboek, which exists: the safe answer is focused and nothing is chosen yet.
    fireEvent.change(field, { target: { value: 'vervolg' } });
    await click('OK');
    expect(screen.getByText('vervolg.draaiboek bestaat al. Vervangen?')).toBeTruthy();
    const questionCancel = within(screen.getByRole('dialog', { name: 'Bestand vervangen?' })).getByRole('button', { name: 'Annuleren' });
    expect(document.activeElement).toBe(questionCancel);
    await act(async () => void fireEvent.click(questionCancel));
    expect(document.activeElement).toBe(field);

    await click('OK');
    await act(async () => void fireEvent.click(within(screen.getByRole('dialog', { name: 'Bestand vervangen?' })).getByRole('button', { name: 'Vervangen' })));
    await expect(answer).resolves.toEqual({ path: '/home/t/Trainingen/vervolg.draaiboek', replaceConfirmed: true });
  });

  it('asks for a name, opens a typed folder, and saves a new file with the extension added', async () => {
    const dialogs = setup();
    const { answer, field } = await ask(() => dialogs['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: 'Dag 1.draaiboek' }), '/home/t/Trainingen');
    fireEvent.change(field, { target: { value: '   ' } });
    await click('OK');
    expect(fileDialog().getByRole('alert').textContent).toBe('Typ een bestandsnaam.');
    fireEvent.change(field, { target: { value: '..' } });
    expect(fileDialog().queryByRole('alert')).toBeNull();

    // A folder typed in the field opens it, and the field gets the suggested name back.
    await click('OK');
    expect(folderList(HOME)).toBeTruthy();
    expect(field.value).toBe('Dag 1.draaiboek');

    fireEvent.change(field, { target: { value: 'Trainingen/Dag 2' } });
    await click('OK');
    await expect(answer).resolves.toEqual({ path: '/home/t/Trainingen/Dag 2.draaiboek', replaceConfirmed: false });
  });

  it('says when a typed path does not exist, gives way to a newer request, and Cancel answers no path', async () => {
    const dialogs = setup();
    const first = await ask(() => dialogs['dialogs.pickOpenPath']({ filter: 'draaiboek' }), '/home/t/Trainingen');
    fireEvent.change(first.field, { target: { value: '/elders/weg.draaiboek' } });
    await click('OK');
    expect(fileDialog().getByRole('alert').textContent).toBe('/elders/weg.draaiboek bestaat niet.');

    // One dialog at a time: a request still open is answered "cancelled", never left hanging.
    let second!: Promise<{ path: string | null }>;
    await act(async () => {
      second = dialogs['dialogs.pickSavePath']({ filter: 'draaiboek', suggestedName: 'x.draaiboek' });
    });
    await expect(first.answer).resolves.toEqual({ path: null });
    expect(screen.getByRole('dialog', { name: 'Opslaan als' })).toBeTruthy();
    expect(fileDialog().queryByRole('alert')).toBeNull();
    expect(first.field.value).toBe('x.draaiboek');

    await click('Annuleren');
    await expect(second).resolves.toEqual({ path: null });
    expect(document.querySelector('dialog')!.open).toBe(false);
  });

  it('opens a path typed and entered before the first folder showed (the start folder was slow to list)', async () => {
    // Each answer of the host waits until the test lets it go: the start folder's first, then the typed path's.
    const gates: (() => void)[] = [];
    const lagging: HostApi['files.listFolder'] = async (input) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return listFolder(input);
    };
    render(
      <ModalHost>
        <FileDialog />
      </ModalHost>,
    );
    let answer!: Promise<{ path: string | null }>;
    await act(async () => {
      answer = inPageDialogs(lagging)['dialogs.pickOpenPath']({ filter: 'draaiboek' });
    });
    const field = fileDialog().getByLabelText<HTMLInputElement>('Naam of pad naar het bestand', { selector: 'input' });
    fireEvent.change(field, { target: { value: '/home/t/losse.draaiboek' } });
    await click('OK');
    expect(gates).toHaveLength(2);
    await act(async () => gates[0]!());
    await act(async () => gates[1]!());
    await expect(answer).resolves.toEqual({ path: '/home/t/losse.draaiboek' });
  });
});
