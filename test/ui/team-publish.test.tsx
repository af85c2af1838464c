// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import { CardEditor } from '../../src/ui/views/CardEditor';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';
import { teamSnapshot } from './team-fixtures';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

const own = card('own-1', 'Schaalvragen');

async function setup(teams = [teamSnapshot('Noord', '/teams/noord'), teamSnapshot('Hogeschool', '/teams/hogeschool')]) {
  const host = fakeHost({ 'team.snapshot': async () => ({ revision: 1, teams }), 'team.saveCard': async () => ({ status: 'saved', revision: 'r1' }) });
  app = makeApplication(host, { cards: [own] });
  await app.team.refresh();
  renderInWorkbench(app, <CardEditor cardId={own.id} />);
  return host;
}

const toasts = () => app!.notifications.store.get().toasts.map((toast) => toast.params);

describe('publishing an own card to a team library', () => {
  it('with two team libraries asks which, then names the team', async () => {
    const host = await setup();
    const publish = screen.getByRole('button', { name: 'Naar teambibliotheek' });
    fireEvent.click(publish);
    expect(host['team.saveCard']).not.toHaveBeenCalled();
    const menu = screen.getByRole('menu', { name: 'Naar welke teambibliotheek?' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Noord', 'Hogeschool']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);

    await act(async () => void fireEvent.click(items[1]!));
    expect(host['team.saveCard']).toHaveBeenCalledTimes(1);
    const written = host['team.saveCard'].mock.calls[0]![0];
    expect(written.folder).toBe('/teams/hogeschool');
    expect(written.card.provenance).toMatchObject({ origin: 'team', derivedFrom: 'own-1', team: 'Hogeschool' });
    expect(toasts()).toContainEqual({ title: 'Schaalvragen', team: 'Hogeschool' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('with one team library publishes at once; a missing folder is not offered', async () => {
    const host = await setup([teamSnapshot('Noord', '/teams/noord'), teamSnapshot('Weg', '/mnt/weg', { state: 'missing' })]);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Naar teambibliotheek' })));
    expect(host['team.saveCard'].mock.calls.map(([input]) => input.folder)).toEqual(['/teams/noord']);
    expect(toasts()).toContainEqual({ title: 'Schaalvragen', team: 'Noord' });
  });
});
