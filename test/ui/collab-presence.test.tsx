// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customBlock, insertBlock } from '../../src/core';
import type { Application } from '../../src/app';
import { useReportFocus } from '../../src/ui/collab/useReportFocus';
import { BlockItem } from '../../src/ui/curriculum/BlockItem';
import { listenToRenders } from '../../src/ui/workbench/RenderRegion';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';
import { colleague, showSession } from './collab-fixtures';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  listenToRenders(null);
  app?.dispose();
  app = undefined;
});

/** A training with the blocks "Inchecken" and "Oefenen", both shown as in a day. */
function setup() {
  app = makeApplication(fakeHost());
  const key = app.documents.create();
  app.documents.edit(key, (curriculum) => {
    const dayId = curriculum.days[0]!.id;
    const first = insertBlock(curriculum, customBlock('opening', 'Inchecken', 15), { container: 'day', dayId, index: 0 });
    return insertBlock(first, customBlock('exercise', 'Oefenen', 30), { container: 'day', dayId, index: 1 });
  });
  const copy = app.documents.get(key)!;
  const blocks = copy.history.present.days[0]!.blocks;
  const checkIn = blocks[0]!;
  const practice = blocks[1]!;
  const onSelect = () => {};
  renderInWorkbench(
    app,
    <ul>
      {[checkIn, practice].map((block) => (
        <BlockItem key={block.id} docKey={key} block={block} cards={copy.cards} selected={false} readOnly={false} onSelect={onSelect} />
      ))}
    </ul>,
  );
  const item = (id: string) => document.getElementById(`block-${id}`)!;
  return { app, key, checkIn, practice, item };
}

describe("a colleague's name on the block they work on", () => {
  it('shows on their block only, with the field they are in', () => {
    const { app, key, checkIn, practice, item } = setup();
    expect(screen.queryByRole('list', { name: "Collega's bij dit blok" })).toBeNull();

    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els', { blockId: checkIn.id, field: 'Doel' }), colleague(2, 'Joost', { blockId: checkIn.id })] }));
    const marks = within(item(checkIn.id)).getByRole('list', { name: "Collega's bij dit blok" });
    expect(within(marks).getAllByRole('listitem').map((mark) => mark.textContent)).toEqual(['Els · Doel', 'Joost']);
    expect(within(item(practice.id)).queryByText(/Els|Joost/)).toBeNull();

    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els', { blockId: practice.id })] }));
    expect(within(item(practice.id)).getByText('Els')).toBeTruthy();
    expect(within(item(checkIn.id)).queryByText(/Els/)).toBeNull();
  });

  it('renders only the blocks whose colleagues changed', () => {
    const { app, key, checkIn, practice } = setup();
    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els', { blockId: checkIn.id })] }));
    const rendered: string[] = [];
    listenToRenders((id) => void rendered.push(id));
    act(() => showSession(app, { key, colleagues: [colleague(1, 'Els', { blockId: checkIn.id, field: 'Doel' })] }));
    expect(rendered).toContain(`block:${checkIn.id}`);
    expect(rendered).not.toContain(`block:${practice.id}`);
  });
});

function Reporter() {
  useReportFocus();
  return (
    <aside className="block-form">
      <label>
        Doel
        <input />
      </label>
    </aside>
  );
}

describe('telling colleagues where I work', () => {
  it('reports the selected block of the live training and the field I am in, once each', () => {
    app = makeApplication(fakeHost());
    const setFocus = vi.spyOn(app.collab, 'setFocus').mockImplementation(() => {});
    renderInWorkbench(app, <Reporter />);
    act(() => app!.layout.dispatch({ type: 'select-block', selection: { key: 'live-doc', blockIds: ['b1'] } }));
    expect(setFocus).not.toHaveBeenCalled();

    act(() => showSession(app!, { key: 'live-doc' }));
    expect(setFocus).toHaveBeenLastCalledWith({ blockId: 'b1' });
    screen.getByLabelText('Doel').focus();
    expect(setFocus).toHaveBeenLastCalledWith({ blockId: 'b1', field: 'Doel' });
    const calls = setFocus.mock.calls.length;
    act(() => showSession(app!, { key: 'live-doc', colleagues: [colleague(1, 'Els')] }));
    expect(setFocus).toHaveBeenCalledTimes(calls);

    act(() => app!.layout.dispatch({ type: 'select-block', selection: { key: 'other-doc', blockIds: ['b9'] } }));
    expect(setFocus).toHaveBeenLastCalledWith(null);
  });
});
