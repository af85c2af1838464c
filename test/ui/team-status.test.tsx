// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import { TeamStatus } from '../../src/ui/library/TeamStatus';
import { TeamStatusItems } from '../../src/ui/workbench/StatusBarTeam';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';
import { teamSnapshot } from './team-fixtures';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

const mine = card('team-1', 'Cirkelvragen', { provenance: { origin: 'team', author: 'Anna', updated: '2026-01-01T00:00:00Z', team: 'Noord' } });
const teams = [
  teamSnapshot('Noord', '/teams/noord', {
    problems: [{ kind: 'not-json', file: 'cards/own-7.json', detail: 'Unexpected end of JSON input' }],
    conflicts: [{ kind: 'copy', file: 'cards/team-1 (1).json', itemFile: 'cards/team-1.json', mine, theirs: { ...mine, title: { nl: 'Cirkelvragen (nieuw)', en: '' } } }],
    git: { branch: 'main', remote: true, ahead: 2, behind: 1, changed: 3, conflicted: 0 },
  }),
  teamSnapshot('Hogeschool', '/mnt/hogeschool', { state: 'missing' }),
];

async function setup(ui = <TeamStatus />) {
  const host = fakeHost({ 'team.snapshot': async () => ({ revision: 1, teams }), 'team.git': async () => ({}) });
  app = makeApplication(host);
  await app.team.refresh();
  renderInWorkbench(app, ui);
  return host;
}

const button = (name: string) => screen.getByRole('button', { name });

describe('the team part of the library side bar', () => {
  it('names each skipped file with its reason, a missing folder and the conflicts', async () => {
    const host = await setup();
    expect(screen.getByText('1 bestand overgeslagen')).toBeTruthy();
    expect(screen.getByText('cards/own-7.json is beschadigd of nog maar half gesynchroniseerd en is overgeslagen.')).toBeTruthy();
    expect(screen.getByText(/De map is niet gevonden/)).toBeTruthy();
    expect(screen.queryByText(/Unexpected end/)).toBeNull();

    expect(screen.getByText(/1 conflict/)).toBeTruthy();
    fireEvent.click(button('Conflicten bekijken'));
    expect(app!.layout.store.get().tabs.some((tab) => tab.kind === 'team-conflicts')).toBe(true);
    expect(host['team.git']).not.toHaveBeenCalled();
  });

  it('shows the git state and pulls, and shares only with a message', async () => {
    const host = await setup();
    expect(screen.getByText('Tak: main · 2 vastleggingen nog te delen · 1 vastlegging nog op te halen · 3 bestanden gewijzigd')).toBeTruthy();
    // Only the team with git has the buttons.
    expect(screen.queryByRole('button', { name: 'Ophalen: Hogeschool' })).toBeNull();

    await act(async () => void fireEvent.click(button('Ophalen: Noord')));
    expect(host['team.git']).toHaveBeenCalledWith({ folder: '/teams/noord', action: 'pull' });

    fireEvent.click(button('Vastleggen en delen: Noord'));
    const message = screen.getByRole('textbox', { name: 'Wat heb je veranderd?' });
    expect(document.activeElement).toBe(message);
    await act(async () => void fireEvent.click(button('Delen')));
    expect(screen.getByRole('alert').textContent).toMatch(/Schrijf kort wat je veranderd hebt/);
    expect(host['team.git']).toHaveBeenCalledTimes(1);

    fireEvent.change(message, { target: { value: 'Cirkelvragen aangevuld' } });
    await act(async () => void fireEvent.click(button('Delen')));
    expect(host['team.git']).toHaveBeenLastCalledWith({ folder: '/teams/noord', action: 'share', message: 'Cirkelvragen aangevuld' });
    expect(screen.queryByRole('textbox', { name: 'Wat heb je veranderd?' })).toBeNull();
  });
});

describe('the team item in the status bar', () => {
  it('says what is still to share and to pull for a git team only, and opens the library', async () => {
    await setup(<TeamStatusItems />);
    const item = screen.getByRole('button', { name: /^Teambibliotheek Noord: 2 nog te delen, 1 nog op te halen, 3 gewijzigd/ });
    expect(item.textContent?.trim()).toBe('↑2 ↓1 · 3 gewijzigd');
    expect(screen.getAllByRole('button')).toHaveLength(1);
    app!.layout.dispatch({ type: 'activate-view', view: 'curricula' });
    fireEvent.click(item);
    expect(app!.layout.store.get()).toMatchObject({ activeView: 'library', sideBarVisible: true });
  });
});
