// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import type { TechniqueCard } from '../../src/core';
import { LibraryView } from '../../src/ui/views/LibraryView';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
  app = undefined;
});

const first = [card('own-a', 'Open vragen'), card('own-b', 'Schaalvraag')];
const rest = [card('own-c', 'Wondervraag'), card('own-d', 'Complimenten'), card('own-e', 'Levenslijn')];

describe('the library while a large one loads', () => {
  it('says how far it is (outside the live region), searches every card meanwhile, and lists everything once loaded', async () => {
    let deliver: (cards: TechniqueCard[]) => void = () => undefined;
    const host = fakeHost({
      'library.cardPage': () => new Promise((resolve) => (deliver = (cards) => resolve({ cards, total: 5, revision: 0 }))),
      'library.searchCards': async () => ({ ids: ['own-b'] }),
      'library.getCards': async () => [],
    });
    app = makeApplication(host, { cards: first, moreCards: { total: 5, revision: 0 } });
    renderInWorkbench(app, <LibraryView />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('2 kaarten');
    expect(status.parentElement!.textContent).toBe('2 kaarten · 2 van 5 kaarten geladen…');

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'schaal' } });
    await waitFor(() => expect(status.textContent).toBe('1 van 2 kaarten'));
    expect(host['library.searchCards']).toHaveBeenCalledWith({ query: 'schaal' });

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    await act(async () => deliver(rest));
    await waitFor(() => expect(status.parentElement!.textContent).toBe('5 kaarten'));
    expect(app.library.get().cards.map((each) => each.id)).toEqual(['own-a', 'own-b', 'own-c', 'own-d', 'own-e']);
  });

  it('says it in the singular for a library of one', () => {
    const host = fakeHost({ 'library.cardPage': () => new Promise(() => undefined) });
    app = makeApplication(host, { cards: [], moreCards: { total: 1, revision: 0 } });
    renderInWorkbench(app, <LibraryView />);
    expect(screen.getByRole('status').parentElement!.textContent).toBe('0 kaarten · 0 van 1 kaart geladen…');
  });
});
