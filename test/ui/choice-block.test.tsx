// @vitest-environment jsdom
import { DndContext } from '@dnd-kit/core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import { scheduleDay, type ChoiceBlock } from '../../src/core';
import { useWorkingCopy } from '../../src/ui/app/context';
import { BlockForm } from '../../src/ui/curriculum/BlockForm';
import { DayColumn } from '../../src/ui/curriculum/DayColumn';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

// Issue 12, point 5: a trainer makes a choice block in the curriculum editor, by keyboard only.

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
  app = undefined;
  vi.useRealTimers();
});

/** The first day and, once a block is selected, its side form: the two halves of the curriculum editor. */
function Editor({ docKey }: { docKey: string }) {
  const copy = useWorkingCopy(docKey)!;
  const [selected, setSelected] = useState<string[]>([]);
  const day = copy.history.present.days[0]!;
  const blocks = day.blocks.filter((block) => selected.includes(block.id));
  return (
    // No drag sensors: Enter on a block selects it, as in the editor when no drag is going on.
    <DndContext sensors={[]}>
      <DayColumn docKey={docKey} day={day} index={0} schedule={scheduleDay(day)} cards={copy.cards} selected={selected} readOnly={false} onSelect={(id) => setSelected([id])} />
      {blocks.length > 0 && <BlockForm docKey={docKey} blocks={blocks} cards={copy.cards} readOnly={false} />}
    </DndContext>
  );
}

/** What a keyboard user does with a button: focus it (it must take the focus) and press Enter, which a browser turns into a click. */
async function press(element: HTMLElement) {
  act(() => element.focus());
  expect(document.activeElement).toBe(element);
  expect(element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled === true).toBe(false);
  await act(async () => {
    if (!fireEvent.keyDown(element, { key: 'Enter' })) return;
    if (element.tagName === 'BUTTON') fireEvent.click(element);
  });
}

const type = (element: HTMLElement, value: string) => act(() => void fireEvent.change(element, { target: { value } }));

describe('making a choice block', () => {
  it('adds a choice block to a day, picks "two", adds a card by its title and an own alternative, and removes one, by keyboard', async () => {
    app = makeApplication(fakeHost(), { cards: [card('sf-schaal', 'Schaalvraag'), card('sf-wonder', 'Wondervraag')] });
    const key = app.documents.create();
    const choice = () => app!.documents.get(key)!.history.present.days[0]!.blocks.find((block) => block.kind === 'choice') as ChoiceBlock | undefined;
    renderInWorkbench(app, <Editor docKey={key} />);

    await press(screen.getByRole('button', { name: 'Keuzeblok toevoegen' }));
    expect(choice()?.alternatives.map((alternative) => alternative.kind)).toEqual(['custom', 'custom']);
    // The block row says it is a choice and names its alternatives.
    const row = document.getElementById(`block-${choice()!.id}`)!;
    expect(row.textContent).toContain('Keuzeblok, kies één');
    expect(row.textContent).toContain('Alternatieven: Eigen alternatief 1 · Eigen alternatief 2');

    // Enter on the block opens its form.
    const body = row.querySelector<HTMLElement>('.block-body')!;
    expect(body.tabIndex).toBe(0);
    await press(body);
    const form = screen.getByRole('complementary', { name: 'Blok bewerken' });

    const search = within(form).getByLabelText('Kaart zoeken op titel');
    act(() => search.focus());
    await type(search, 'wonder');
    await act(async () => void fireEvent.keyDown(search, { key: 'Enter' }));
    expect(choice()?.alternatives.map((alternative) => (alternative.kind === 'card' ? alternative.cardId : alternative.title))).toEqual([
      'Eigen alternatief 1',
      'Eigen alternatief 2',
      'sf-wonder',
    ]);
    expect((search as HTMLInputElement).value).toBe('');
    // With three alternatives participants may choose two.
    await type(within(form).getByLabelText('Deelnemers kiezen'), '2');
    expect(choice()?.pick).toBe(2);
    // A title no card has: nothing is added, and the trainer is told why.
    await type(search, 'bestaat niet');
    await act(async () => void fireEvent.keyDown(search, { key: 'Enter' }));
    expect(choice()?.alternatives).toHaveLength(3);
    expect(within(form).getByRole('status').textContent).toBe('Geen kaart met die titel.');

    await type(within(form).getByLabelText('Titel van alternatief 1'), 'Eigen casus');
    expect(choice()?.alternatives[0]).toMatchObject({ kind: 'custom', title: 'Eigen casus' });

    await press(within(form).getByRole('button', { name: 'Eigen alternatief toevoegen' }));
    expect(choice()?.alternatives).toHaveLength(4);
    // Four is the most: the add buttons switch off.
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Eigen alternatief toevoegen' }).disabled).toBe(true);
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Kaart als alternatief toevoegen' }).disabled).toBe(true);

    await press(within(form).getByRole('button', { name: 'Alternatief 2 verwijderen' }));
    await press(within(form).getByRole('button', { name: 'Alternatief 3 verwijderen' }));
    expect(choice()?.alternatives.map((alternative) => (alternative.kind === 'card' ? alternative.cardId : alternative.title))).toEqual(['Eigen casus', 'sf-wonder']);
    // Two is the least: the remove buttons switch off.
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Alternatief 1 verwijderen' }).disabled).toBe(true);
    // Two out of two is no choice: back to one.
    expect(choice()?.pick).toBe(1);
    expect(document.getElementById(`block-${choice()!.id}`)!.textContent).toContain('Keuzeblok, kies één');
    expect(document.getElementById(`block-${choice()!.id}`)!.textContent).toContain('Alternatieven: Eigen casus · Wondervraag');

    // Every control of the form has a name a screen reader can say.
    for (const control of form.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      const name = control.getAttribute('aria-label') ?? control.closest('label')?.textContent ?? control.textContent ?? '';
      expect(name.trim(), control.outerHTML.slice(0, 80)).not.toBe('');
    }
  });
});
