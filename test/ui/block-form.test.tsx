// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import { customBlock, insertBlock, type Block, type Module } from '../../src/core';
import { parseClock } from '../../src/ui/components/TimeField';
import { BlockForm } from '../../src/ui/curriculum/BlockForm';
import { useWorkingCopy } from '../../src/ui/app/context';
import { fakeHost, makeApplication, renderInWorkbench, type FakeHostApi } from './harness';

// The document's backup and autosave wait on timers; nothing here should reach the host by them.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
  vi.useRealTimers();
});

/** A new training with one block in its first day, and the side form of that block as the editor shows it. */
function setup(methods: Parameters<typeof fakeHost>[0] = {}) {
  const host: FakeHostApi = fakeHost(methods);
  app = makeApplication(host);
  const key = app.documents.create();
  app.documents.edit(key, (curriculum) => insertBlock(curriculum, customBlock('exercise', 'Oefening in drietallen', 30), { container: 'day', dayId: curriculum.days[0]!.id, index: 0 }));
  const block = (): Block | undefined => app!.documents.get(key)!.history.present.days[0]!.blocks[0];
  function Form() {
    const current = useWorkingCopy(key)!.history.present.days[0]!.blocks[0];
    return current ? <BlockForm docKey={key} blocks={[current]} cards={new Map()} readOnly={false} /> : <p>Geen blok</p>;
  }
  renderInWorkbench(app, <Form />);
  return { host, app, key, block };
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (element: HTMLElement, value: string) => act(() => void fireEvent.change(element, { target: { value } }));
const toasts = () => app!.notifications.store.get().toasts.map((toast) => toast.key);

describe('reading a clock time', () => {
  it('accepts 24-hour times with or without a separator and refuses the rest', () => {
    expect(['9:05', '0905', '09.05', ' 23:59 '].map(parseClock)).toEqual(['09:05', '09:05', '09:05', '23:59']);
    expect(['9:5', '24:00', '12:60', '9', '', 'negen uur', '1:2:3'].map(parseClock)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe("a block's side form", () => {
  it('pins a start time once what is typed is a time, and unpins when the field is emptied', async () => {
    const { block } = setup();
    const pin = field('Vaste begintijd');
    act(() => pin.focus());
    await type(pin, '9');
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(block()!.pinnedStart).toBeUndefined();
    await type(pin, '93');
    await type(pin, '930');
    expect(block()!.pinnedStart).toBe('09:30');
    // While typing, the field keeps what the trainer typed; leaving it shows the time as the document has it.
    expect(pin.value).toBe('930');
    expect(pin.getAttribute('aria-invalid')).toBe('false');
    act(() => void fireEvent.blur(pin));
    expect(pin.value).toBe('09:30');

    await type(pin, '25:00');
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(block()!.pinnedStart).toBe('09:30');
    await type(pin, '');
    expect(pin.getAttribute('aria-invalid')).toBe('false');
    expect(block()!.pinnedStart).toBeUndefined();
  });

  it('shows the time of the document, not the stale draft, after an undo while the field has the focus', async () => {
    const { app, key, block } = setup();
    const pin = field('Vaste begintijd');
    act(() => pin.focus());
    await type(pin, '10:15');
    act(() => void fireEvent.blur(pin));
    act(() => pin.focus());
    await type(pin, '1');
    await type(pin, '11:00');
    expect(block()!.pinnedStart).toBe('11:00');
    // Typing in one field is one undo step.
    act(() => app.documents.undo(key));
    expect(block()!.pinnedStart).toBeUndefined();
    expect(pin.value).toBe('');
  });

  it('takes only whole minutes from 1 as a duration, and materials one per line', async () => {
    const { block } = setup();
    const duration = field('Duur (minuten)');
    await type(duration, '0');
    expect(block()!.durationMinutes).toBe(30);
    expect(duration.value).toBe('30');
    await type(duration, '45');
    expect(block()!.durationMinutes).toBe(45);

    const materials = field('Materialen (één per regel)');
    await type(materials, 'Flip-over\n\n');
    expect(block()!.materials).toEqual(['Flip-over']);
    // The empty lines stay while typing, so the next material can be typed on its own line.
    expect(materials.value).toBe('Flip-over\n\n');
    await type(materials, 'Flip-over\n\n  Stiften ');
    expect(block()!.materials).toEqual(['Flip-over', 'Stiften']);
    act(() => void fireEvent.blur(materials));
    expect(materials.value).toBe('Flip-over\nStiften');
  });

  it('saves the block as a module without its pinned time, under the block title when no name is given', async () => {
    const { host, block } = setup({ 'library.saveModule': async ({ module }) => module as Module });
    await type(field('Vaste begintijd'), '09:30');
    expect(field('Naam van de module').placeholder).toBe('Oefening in drietallen');
    await act(async () => void fireEvent.click(screen.getByText('Bewaren als module', { selector: 'button' })));
    const saved = host['library.saveModule'].mock.calls[0]![0].module;
    expect(saved.title).toBe('Oefening in drietallen');
    expect(saved.blocks).toEqual([{ ...block(), pinnedStart: undefined }]);
    expect(app!.library.get().modules.map((module) => module.title)).toEqual(['Oefening in drietallen']);
    expect(toasts()).toEqual(['module.saved']);
  });

  it('keeps the module name when saving fails, and says so', async () => {
    const { host } = setup({ 'library.saveModule': async () => Promise.reject(new Error('ENOSPC: no space left on device')) });
    const name = field('Naam van de module');
    await type(name, 'Drietallen');
    await act(async () => void fireEvent.click(screen.getByText('Bewaren als module', { selector: 'button' })));
    expect(host['library.saveModule']).toHaveBeenCalledTimes(1);
    expect(name.value).toBe('Drietallen');
    expect(app!.notifications.store.get().toasts.map((toast) => toast.severity)).toEqual(['error']);
  });

  it('removes the selected block, with Undo in the toast', async () => {
    const { app, key, block } = setup();
    const id = block()!.id;
    app.layout.dispatch({ type: 'select-block', selection: { key, blockIds: [id] } });
    await act(async () => void fireEvent.click(screen.getByText('1 blok verwijderen', { selector: 'button' })));
    expect(block()).toBeUndefined();
    expect(screen.getByText('Geen blok')).toBeTruthy();
    const [toast] = app.notifications.store.get().toasts;
    expect(toast?.action?.key).toBe('action.undo');
    act(() => toast!.action!.run());
    expect(block()?.id).toBe(id);
  });
});
