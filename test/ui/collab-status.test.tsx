// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customBlock, insertBlock } from '../../src/core';
import type { Application } from '../../src/app';
import { CollabStatusItem } from '../../src/ui/collab/StatusBarCollab';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';
import { colleague, showSession } from './collab-fixtures';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
  app = undefined;
});

/** A training with one block "Inchecken", and the status bar item. */
function setup() {
  app = makeApplication(fakeHost());
  const key = app.documents.create();
  app.documents.edit(key, (curriculum) => insertBlock(curriculum, customBlock('opening', 'Inchecken', 15), { container: 'day', dayId: curriculum.days[0]!.id, index: 0 }));
  const blockId = app.documents.get(key)!.history.present.days[0]!.blocks[0]!.id;
  renderInWorkbench(app, <CollabStatusItem />);
  return { app, key, blockId };
}

const item = () => screen.getByRole('button', { name: /^Live samenwerking: / });

describe('the live collaboration status bar item', () => {
  it('is there only while a session is', () => {
    setup();
    expect(screen.queryByRole('button', { name: /^Live samenwerking/ })).toBeNull();
  });

  it('counts the colleagues, says when it connects and when changes wait', () => {
    const { app, key } = setup();
    act(() => showSession(app, { key }));
    expect(item().textContent).toContain("Live · nog geen collega's");
    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els')] }));
    expect(item().textContent).toContain('Live · 1 collega');
    expect(item().getAttribute('aria-label')).toBe('Live samenwerking: Live · 1 collega');
    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els'), colleague(2, 'Joost')] }));
    expect(item().textContent).toContain("Live · 2 collega's");
    act(() => showSession(app, { key, status: 'connecting' }));
    expect(item().textContent).toContain('Live · verbinden…');
    act(() => showSession(app, { key, status: 'offline', unsynced: true }));
    expect(item().textContent).toContain('Offline · wijzigingen wachten');
  });

  it('lists who is where, copies the code, closes on Escape and leaves', async () => {
    const { app, key, blockId } = setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const leave = vi.spyOn(app.collab, 'leave');
    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els', { blockId, field: 'Doel' }), colleague(2, 'Joost')] }));

    fireEvent.click(item());
    const panel = screen.getByRole('dialog', { name: 'Live samenwerking' });
    expect(item().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Els: Inchecken · Doel')).toBeTruthy();
    expect(screen.getByText('Joost')).toBeTruthy();
    expect(screen.getByText('7K2M-QX9P-D4TB')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Deelcode kopiëren' }));

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Deelcode kopiëren' })));
    expect(writeText).toHaveBeenCalledWith('7K2M-QX9P-D4TB');
    expect(screen.getByRole('status').textContent).toBe('De deelcode is gekopieerd.');

    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(item());

    fireEvent.click(item());
    fireEvent.click(screen.getByRole('button', { name: 'Verlaten' }));
    expect(leave).toHaveBeenCalled();
  });
});
