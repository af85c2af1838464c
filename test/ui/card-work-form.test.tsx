// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TechniqueCard } from '../../src/core';
import { CardEditor } from '../../src/ui/views/CardEditor';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

afterEach(cleanup);

/** The form of an own card being edited, with a host that stores whatever is saved. */
function editCard(draft: TechniqueCard) {
  const host = fakeHost({ 'library.saveCards': async ({ cards }) => cards });
  const app = makeApplication(host, { cards: [draft] });
  renderInWorkbench(app, <CardEditor cardId={draft.id} draft={draft} />);
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Werkvorm' });
  const shown = () => select.selectedOptions[0]!.textContent;
  const choose = (name: string) => act(() => void fireEvent.change(select, { target: { value: within(select).getByRole<HTMLOptionElement>('option', { name }).value } }));
  const save = async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(host['library.saveCards']).toHaveBeenCalledTimes(1));
    return host['library.saveCards'].mock.calls[0]![0].cards[0]!;
  };
  return { shown, choose, save };
}

describe("a card's work form", () => {
  it('is chosen by its Dutch name and saved with the card', async () => {
    const { shown, choose, save } = editCard(card('eigen', 'Eigen oefening'));
    expect(shown()).toBe('— (geen)');
    choose('Rollenspel');
    expect(shown()).toBe('Rollenspel');
    expect((await save()).workForm).toBe('role-play');
  });

  it('can be set back to not set', async () => {
    const { shown, choose, save } = editCard(card('eigen', 'Eigen uitleg', { workForm: 'theory' }));
    expect(shown()).toBe('Theorie');
    choose('— (geen)');
    expect((await save()).workForm).toBeUndefined();
  });

  it('is shown by name when the card is read', () => {
    const app = makeApplication(fakeHost(), { cards: [card('eigen', 'Eigen oefening', { workForm: 'plenary-reflection' })] });
    renderInWorkbench(app, <CardEditor cardId="eigen" />);
    expect(screen.getByRole('heading', { name: 'Eigen oefening' }).closest('article')!.textContent).toContain('20 min · Plenaire reflectie · tweetallen');
  });
});
