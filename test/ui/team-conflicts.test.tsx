// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translator, type TeamConflict, type TeamSnapshot, type TechniqueCard } from '../../src/core';
import type { Application } from '../../src/app';
import { TeamConflictsEditor } from '../../src/ui/team/TeamConflictsEditor';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

afterEach(cleanup);

const team = (conflicts: TeamConflict[]): TeamSnapshot => ({
  name: 'Trainers Noord',
  folder: '/gedeeld/team',
  state: 'ok',
  cards: [],
  modules: [],
  revisions: {},
  problems: [],
  conflicts,
  git: null,
});

const mine = card('team-schaal', 'Schaalvraag', { provenance: { origin: 'team', author: 'Bert', updated: '2026-06-01T00:00:00Z', team: 'Trainers Noord' } });
const theirs: TechniqueCard = { ...mine, instructions: { nl: 'Vraag eerst naar een cijfer.\nVraag dan wat er al goed gaat.', en: '' }, provenance: { ...mine.provenance, author: 'Anna' } };

/** A team folder that holds the given conflicts until the trainer settles them, as the real host does. */
async function showConflicts(conflicts: TeamConflict[]) {
  let pending = conflicts;
  let revision = 1;
  const host = fakeHost({
    'team.snapshot': async () => ({ revision: revision++, teams: [team(pending)] }),
    'team.settleConflict': async ({ file }) => {
      pending = pending.filter((conflict) => conflict.file !== file);
      return {};
    },
  });
  const app = makeApplication(host);
  await act(async () => app.team.refresh());
  renderInWorkbench(app, <TeamConflictsEditor />);
  return { host, app };
}

const lastToast = (app: Application) => {
  const toast = app.notifications.store.get().toasts.at(-1)!;
  return translator('nl')(toast.key, toast.params);
};

describe('the team conflicts tab', () => {
  it('shows what happened and what differs, and settles a conflict with the chosen version', async () => {
    const { host, app } = await showConflicts([{ kind: 'copy', file: 'cards/team-schaal (conflicted copy).json', itemFile: 'cards/team-schaal.json', mine, theirs }]);
    act(() => app.team.showConflicts());
    expect(app.layout.store.get().tabs.some((tab) => tab.kind === 'team-conflicts')).toBe(true);
    const conflict = screen.getByRole('region', { name: 'Schaalvraag' });
    expect(conflict.textContent).toContain('Teambibliotheek "Trainers Noord"');
    expect(conflict.textContent).toContain('Je synchronisatieprogramma bewaarde twee versies');
    const table = within(conflict).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Veld', 'In de map', 'Conflictkopie']);
    expect(within(table).getByRole('rowheader', { name: 'Werkwijze (NL)' }).parentElement!.textContent).toContain('Vraag eerst naar een cijfer.\nVraag dan');

    const choices = within(conflict).getByRole('radiogroup', { name: 'Keuze voor Schaalvraag' });
    expect(within(choices).getByRole('radio', { name: 'mijn versie houden' })).toHaveProperty('checked', true);
    fireEvent.click(within(choices).getByRole('radio', { name: 'hun versie nemen' }));
    await act(async () => void fireEvent.click(within(conflict).getByRole('button', { name: 'Toepassen: Schaalvraag' })));

    expect(host['team.settleConflict']).toHaveBeenCalledWith({ folder: '/gedeeld/team', file: 'cards/team-schaal (conflicted copy).json', keep: [theirs] });
    expect(screen.queryByRole('region', { name: 'Schaalvraag' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Geen conflicten');
    expect(lastToast(app)).toBe('"Schaalvraag": de andere versie is overgenomen.');
    fireEvent.click(screen.getByRole('button', { name: 'Tabblad sluiten' }));
    expect(app.layout.store.get().tabs.some((tab) => tab.kind === 'team-conflicts')).toBe(false);
  });

  it('keeps both under a second title, and offers no "keep both" when one side deleted the card', async () => {
    const { host, app } = await showConflicts([
      { kind: 'git', file: 'cards/team-schaal.json', itemFile: 'cards/team-schaal.json', mine, theirs },
      { kind: 'git', file: 'cards/team-weg.json', itemFile: 'cards/team-weg.json', mine: null, theirs: card('team-weg', 'Verdwenen kaart') },
    ]);
    const deleted = screen.getByRole('region', { name: 'Verdwenen kaart' });
    expect(deleted.textContent).toContain('Git kon de wijzigingen niet samenvoegen');
    expect(deleted.textContent).toContain('In mijn versie is de kaart verwijderd.');
    const radios = within(within(deleted).getByRole('radiogroup')).getAllByRole('radio');
    expect(radios.map((radio) => [radio.parentElement!.textContent, (radio as HTMLInputElement).checked])).toEqual([
      ['hun versie nemen', true],
      ['mijn versie houden', false],
    ]);

    const both = screen.getByRole('region', { name: 'Schaalvraag' });
    fireEvent.click(within(both).getByRole('radio', { name: 'allebei houden' }));
    await act(async () => void fireEvent.click(within(both).getByRole('button', { name: 'Toepassen: Schaalvraag' })));
    const kept = host['team.settleConflict'].mock.calls[0]![0].keep;
    expect(kept.map((version) => version.title.nl)).toEqual(['Schaalvraag', 'Schaalvraag (versie van Anna)']);
    expect(screen.queryByRole('region', { name: 'Schaalvraag' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Verdwenen kaart' })).toBeTruthy();
    expect(lastToast(app)).toBe('"Schaalvraag": beide versies zijn gehouden; de tweede heeft een eigen naam.');
  });

  it('an edit made here while a colleague deleted the card keeps mine by default and writes it back', async () => {
    const { host, app } = await showConflicts([]);
    host['team.saveCard'].mockImplementation(async () => ({ status: 'saved', revision: 'r2' }));
    act(() => app.team.store.set((state) => ({ ...state, edits: [{ kind: 'edit', id: 'edit-1', folder: '/gedeeld/team', mine, theirs: null }] })));
    const conflict = screen.getByRole('region', { name: 'Schaalvraag' });
    expect(conflict.textContent).toContain('Teambibliotheek "Trainers Noord" · Je bewerkte de kaart terwijl een collega hem wijzigde');
    expect(conflict.textContent).toContain('In hun versie is de kaart verwijderd.');
    expect(within(conflict).queryByRole('radio', { name: 'allebei houden' })).toBeNull();
    expect(within(conflict).getByRole('radio', { name: 'mijn versie houden' })).toHaveProperty('checked', true);

    await act(async () => void fireEvent.click(within(conflict).getByRole('button', { name: 'Toepassen: Schaalvraag' })));
    expect(host['team.saveCard']).toHaveBeenCalledWith({ folder: '/gedeeld/team', card: mine });
    expect(screen.getByRole('status').textContent).toBe('Geen conflicten');
    expect(lastToast(app)).toBe('"Schaalvraag": je eigen versie is gehouden.');
  });
});
