// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customBlock, DEFAULT_LIBRARY_VIEW, type Module } from '../../src/core';
import type { HostApi } from '../../src/contract';
import { ModuleItem } from '../../src/ui/library/ModuleItem';
import { LibraryService } from '../../src/app';

afterEach(cleanup);

const sample = (): Module => ({
  id: 'module-1',
  title: 'Voordoen en oefenen',
  description: '',
  blocks: [customBlock('demonstration', 'Demonstratie', 30), customBlock('exercise', 'Oefening', 30), customBlock('closing', 'Afsluiting', 15)],
});

function setup(module = sample(), saves = true) {
  const onSave = vi.fn(async (_module: Module) => saves);
  const onDelete = vi.fn();
  render(
    <ul>
      <ModuleItem module={module} cards={new Map()} onSave={onSave} onDelete={onDelete} />
    </ul>,
  );
  return { module, onSave, onDelete };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('renaming a module in place', () => {
  it('refuses an empty name with a message, saves on Enter and gives the keyboard back', async () => {
    const { module, onSave } = setup();
    fireEvent.click(button('Naam wijzigen: Voordoen en oefenen'));
    const field = screen.getByRole('textbox', { name: 'Nieuwe naam voor Voordoen en oefenen' });
    expect(document.activeElement).toBe(field);

    fireEvent.change(field, { target: { value: '   ' } });
    await act(async () => void fireEvent.keyDown(field, { key: 'Enter' }));
    expect(screen.getByRole('alert').textContent).toBe('Een module heeft een naam nodig.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: ' Oefenen in drietallen ' } });
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => void fireEvent.keyDown(field, { key: 'Enter' }));
    expect(onSave).toHaveBeenCalledWith({ ...module, title: 'Oefenen in drietallen' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(button('Naam wijzigen: Voordoen en oefenen'));
  });

  it('keeps the old name on Escape, and keeps the field open when saving fails', async () => {
    const { onSave } = setup(sample(), false);
    fireEvent.click(button('Naam wijzigen: Voordoen en oefenen'));
    let field = screen.getByRole('textbox', { name: /Nieuwe naam/ });
    fireEvent.change(field, { target: { value: 'Iets anders' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.click(button('Naam wijzigen: Voordoen en oefenen'));
    field = screen.getByRole('textbox', { name: /Nieuwe naam/ });
    fireEvent.change(field, { target: { value: 'Iets anders' } });
    await act(async () => void fireEvent.keyDown(field, { key: 'Enter' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: /Nieuwe naam/ })).toBeTruthy();
  });
});

describe('editing a module', () => {
  const open = () => fireEvent.click(button('Bewerken: Voordoen en oefenen'));
  const titles = () => screen.getAllByRole('listitem').slice(1).map((item) => item.querySelector('.module-block-title')!.textContent);

  it('reorders, removes and times blocks, and saves it all at once', async () => {
    const { module, onSave } = setup();
    open();
    expect(button('Bewerken: Voordoen en oefenen').getAttribute('aria-expanded')).toBe('true');
    expect((button('Omhoog: Demonstratie') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(button('Omlaag: Demonstratie'));
    expect(titles()).toEqual(['Oefening', 'Demonstratie', 'Afsluiting']);
    expect(document.activeElement).toBe(button('Omlaag: Demonstratie'));
    expect(screen.getByRole('status').textContent).toBe('Demonstratie staat nu op plaats 2 van 3.');
    fireEvent.click(button('Omlaag: Demonstratie'));
    // At the bottom "down" is disabled: the keyboard moves to "up" instead of getting lost.
    expect(document.activeElement).toBe(button('Omhoog: Demonstratie'));

    fireEvent.click(button('Uit de module halen: Oefening'));
    expect(titles()).toEqual(['Afsluiting', 'Demonstratie']);
    expect(document.activeElement).toBe(button('Uit de module halen: Afsluiting'));

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Duur in minuten: Afsluiting' }), { target: { value: '20' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Beschrijving' }), { target: { value: 'Eerst kijken, dan doen.' } });
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => void fireEvent.click(button('Module opslaan')));

    const saved = onSave.mock.calls[0]![0];
    expect(saved.description).toBe('Eerst kijken, dan doen.');
    expect(saved.blocks.map((block) => [block.id, block.durationMinutes])).toEqual([
      [module.blocks[2]!.id, 20],
      [module.blocks[0]!.id, 30],
    ]);
    expect(screen.queryByRole('region', { name: /Module bewerken/ })).toBeNull();
    expect(document.activeElement).toBe(button('Bewerken: Voordoen en oefenen'));
  });

  it('refuses a duration that is not whole minutes and keeps the last block', async () => {
    const { onSave } = setup({ ...sample(), blocks: [customBlock('demonstration', 'Demonstratie', 30)] });
    open();
    expect((button('Uit de module halen: Demonstratie') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Een module houdt minstens één blok/)).toBeTruthy();
    const duration = screen.getByRole('spinbutton', { name: 'Duur in minuten: Demonstratie' });
    fireEvent.change(duration, { target: { value: '0' } });
    await act(async () => void fireEvent.keyDown(duration, { key: 'Enter' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('De duur van Demonstratie moet een heel aantal minuten zijn, van 1 tot 1440.');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(duration);

    fireEvent.click(button('Annuleren'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });

  it('asks the list to delete it', () => {
    const { module, onDelete } = setup();
    fireEvent.click(button('Verwijderen: Voordoen en oefenen'));
    expect(onDelete).toHaveBeenCalledWith(module);
  });
});

describe('the library store', () => {
  it('keeps an edited module in its place, deletes one and restores it where it was', async () => {
    const modules = ['a', 'b', 'c'].map((id) => ({ ...sample(), id, title: id.toUpperCase() }));
    const host = {
      'library.saveModule': vi.fn(async ({ module }: { module: Module }) => module),
      'library.deleteModule': vi.fn(async () => ({ deleted: true })),
      'uiState.update': vi.fn(),
    } as unknown as HostApi;
    const library = new LibraryService(host, { cards: [], modules, view: DEFAULT_LIBRARY_VIEW }, () => undefined);
    const ids = () => library.get().modules.map((module) => `${module.id}:${module.title}`);

    await library.saveModule({ ...modules[0]!, title: 'A2' });
    expect(ids()).toEqual(['a:A2', 'b:B', 'c:C']);
    await library.deleteModule('b');
    expect(host['library.deleteModule']).toHaveBeenCalledWith({ id: 'b' });
    expect(ids()).toEqual(['a:A2', 'c:C']);
    await library.restoreModule(modules[1]!, 1);
    expect(ids()).toEqual(['a:A2', 'b:B', 'c:C']);
  });

  it('keeps the module when the host refuses to delete it', async () => {
    const host = { 'library.deleteModule': vi.fn(async () => Promise.reject(new Error('disk full'))) } as unknown as HostApi;
    const library = new LibraryService(host, { cards: [], modules: [sample()], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
    await expect(library.deleteModule('module-1')).rejects.toThrow('disk full');
    expect(library.get().modules).toHaveLength(1);
  });
});
