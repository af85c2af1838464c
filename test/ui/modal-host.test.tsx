// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModalHost, useChoice, useConfirm, type ChoiceRequest, type ConfirmRequest } from '../../src/ui/components/ModalHost';
import { cancelDialog, polyfillDialog } from './harness';

beforeAll(polyfillDialog);
afterEach(cleanup);

type Ask = { choose?<T extends string>(request: ChoiceRequest<T>): Promise<T | null>; confirm?(request: ConfirmRequest): Promise<boolean> };

/** Renders the modal host with a component that hands out its hooks, as any part of the workbench uses them. */
function setup() {
  const ask: Ask = {};
  function Asker() {
    ask.choose = useChoice();
    ask.confirm = useConfirm();
    return <button type="button">Iets anders</button>;
  }
  render(
    <ModalHost>
      <Asker />
    </ModalHost>,
  );
  const dialog = document.querySelector('dialog')!;
  return { ask: ask as Required<Ask>, dialog };
}

/** Starts a question and lets React show it; the answer comes once the trainer responds. */
async function asked<T>(question: () => Promise<T>): Promise<{ answer: Promise<T> }> {
  let answer!: Promise<T>;
  await act(async () => {
    answer = question();
  });
  return { answer };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('the question dialog', () => {
  it('asks to confirm a dangerous step with Cancel focused, and answers true only for the confirm button', async () => {
    const { ask, dialog } = setup();
    expect(dialog.open).toBe(false);

    const first = await asked(() => ask.confirm({ title: 'Kaart verwijderen?', message: 'Schaalvraag wordt verwijderd.', confirmLabel: 'Verwijderen', danger: true }));
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('heading', { name: 'Kaart verwijderen?' })).toBeTruthy();
    expect(screen.getByText('Schaalvraag wordt verwijderd.')).toBeTruthy();
    // Enter right away must not delete anything: the safe answer has the focus.
    expect(document.activeElement).toBe(button('Annuleren'));
    expect(button('Verwijderen').className).toContain('danger');
    await act(async () => void fireEvent.click(button('Verwijderen')));
    expect(await first.answer).toBe(true);
    expect(dialog.open).toBe(false);

    const second = await asked(() => ask.confirm({ title: 'Nog een keer?', message: '', confirmLabel: 'Ja' }));
    await act(async () => void fireEvent.click(button('Annuleren')));
    expect(await second.answer).toBe(false);
  });

  it('focuses the choice marked default, but never a dangerous one', async () => {
    const { ask } = setup();
    const save = await asked(() =>
      ask.choose({
        title: 'Wijzigingen opslaan?',
        message: 'Training 1 heeft wijzigingen.',
        choices: [
          { id: 'save', label: 'Opslaan', default: true },
          { id: 'discard', label: 'Niet opslaan', danger: true },
        ],
      }),
    );
    expect(document.activeElement).toBe(button('Opslaan'));
    // The first choice looks like the default button; the others are secondary.
    expect(button('Opslaan').className).toBe('button');
    await act(async () => void fireEvent.click(button('Niet opslaan')));
    expect(await save.answer).toBe('discard');

    const replace = await asked(() => ask.choose({ title: 'Vervangen?', message: '', choices: [{ id: 'replace', label: 'Vervangen', danger: true, default: true }] }));
    expect(document.activeElement).toBe(button('Annuleren'));
    await act(async () => void fireEvent.click(button('Vervangen')));
    expect(await replace.answer).toBe('replace');
  });

  it('answers null when the trainer presses Escape', async () => {
    const { ask, dialog } = setup();
    const question = await asked(() => ask.choose({ title: 'Herladen?', message: '', choices: [{ id: 'reload', label: 'Herladen' }] }));
    await act(async () => cancelDialog(dialog));
    expect(await question.answer).toBeNull();
    expect(dialog.open).toBe(false);
  });

  it('queues a second question behind the first instead of dropping either', async () => {
    const { ask, dialog } = setup();
    const first = await asked(() => ask.choose({ title: 'Eerste vraag', message: '', choices: [{ id: 'a', label: 'A' }] }));
    const second = await asked(() => ask.choose({ title: 'Tweede vraag', message: '', choices: [{ id: 'b', label: 'B' }] }));
    expect(screen.getByRole('heading').textContent).toBe('Eerste vraag');

    await act(async () => void fireEvent.click(button('A')));
    expect(await first.answer).toBe('a');
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('heading').textContent).toBe('Tweede vraag');
    expect(document.activeElement).toBe(button('Annuleren'));

    await act(async () => void fireEvent.click(button('B')));
    expect(await second.answer).toBe('b');
    expect(dialog.open).toBe(false);
  });
});
