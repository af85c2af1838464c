// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TechniqueCard } from '../../src/core';
import { CardDiff } from '../../src/ui/library/CardDiff';
import { PackImportEditor } from '../../src/ui/library/PackImportEditor';
import { I18nProvider } from '../../src/ui/i18n';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

afterEach(cleanup);

const bilingual = (nl: string, en: string) => ({ nl, en });
const mine = card('schaal', 'Schaalvraag', { materials: [bilingual('Pen', 'Pen')], summary: bilingual('Vraag naar een cijfer', 'Ask for a number') });
const theirs: TechniqueCard = {
  ...mine,
  materials: [bilingual('Pen', 'Pen'), bilingual('Flap', 'Flip chart')],
  summary: bilingual('Vraag naar een cijfer', 'Ask for a score'),
  provenance: { origin: 'own', author: 'Anna', updated: '2026-06-01T00:00:00Z' },
};

/** The table's body rows as [field, mine, theirs] texts. */
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('the difference between two versions of a card', () => {
  it('lists only the fields that differ, with both values, in a table named by its caption and headers', () => {
    render(
      <I18nProvider language="nl">
        <CardDiff mine={mine} theirs={theirs} mineLabel="In de map" theirsLabel="Conflictkopie" />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Wat er verschilt in "Schaalvraag"' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Veld', 'In de map', 'Conflictkopie']);
    expect(rows(table)).toEqual([
      ['Samenvatting (EN)', 'Ask for a number', 'Ask for a score'],
      ['Materialen (NL)', 'Pen', 'Pen\nFlap'],
      ['Materialen (EN)', 'Pen', 'Pen\nFlip chart'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Materialen (NL)' })).toBeTruthy();
  });

  it('says so when only who and when differ', () => {
    render(
      <I18nProvider language="nl">
        <CardDiff mine={mine} theirs={{ ...mine, provenance: theirs.provenance }} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Geen verschillen in de inhoud')).toBeTruthy();
  });
});

describe('importing a card pack with a changed card', () => {
  it('shows what differs from the library and keeps both under a title naming the author', async () => {
    const host = fakeHost({ 'team.snapshot': async () => ({ revision: 0 }), 'library.saveCards': async ({ cards }) => cards });
    const app = makeApplication(host, { cards: [mine] });
    renderInWorkbench(app, <PackImportEditor tabId="pack" path="/pakket.draaiboek-kaarten" cards={[theirs]} />);

    const table = screen.getByRole('table', { name: 'Wat er verschilt in "Schaalvraag"' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Veld', 'In je bibliotheek', 'In het pakket']);
    expect(rows(table)[0]).toEqual(['Samenvatting (EN)', 'Ask for a number', 'Ask for a score']);

    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Keuze voor Schaalvraag' })).getByRole('radio', { name: 'allebei houden' }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Importeren' })));
    const saved = host['library.saveCards'].mock.calls[0]![0].cards;
    expect(saved.map((copy) => copy.title.nl)).toEqual(['Schaalvraag (versie van Anna)']);
    expect(saved[0]!.id).not.toBe('schaal');
  });
});
