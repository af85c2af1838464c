// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import type { TeamSnapshot } from '../../src/core';
import { COMMANDS, type CommandContext } from '../../src/ui/commands/commands';
import { TeamStatus } from '../../src/ui/library/TeamStatus';
import { createDispatch } from '../../src/ui/workbench/dispatch';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';
import { teamSnapshot } from './team-fixtures';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

const git = { branch: 'main', remote: true, ahead: 0, behind: 0, changed: 0, conflicted: 0 };

async function setup(teams: TeamSnapshot[]) {
  const host = fakeHost({ 'team.snapshot': async () => ({ revision: 1, teams }), 'team.git': async () => ({}) });
  app = makeApplication(host);
  await app.team.refresh();
  const context = { app, workbench: { dispatch: createDispatch(app) }, library: { report: vi.fn() } } as unknown as CommandContext;
  const shown = () => COMMANDS.filter((command) => command.id.startsWith('draaiboek.team.') && (command.when?.(context) ?? true)).map((command) => command.id);
  const run = (id: string) => act(async () => void (await COMMANDS.find((command) => command.id === id)!.run(context)));
  return { host, shown, run };
}

describe('the team commands in the palette', () => {
  it('are hidden while there is nothing to pull, share or settle', async () => {
    const { shown } = await setup([teamSnapshot('Noord', '/teams/noord')]);
    expect(shown()).toEqual([]);
  });

  it('pull every git team and ask for the message of a share in the library', async () => {
    const { host, shown, run } = await setup([teamSnapshot('Noord', '/teams/noord', { git: { ...git, changed: 2 } }), teamSnapshot('Map', '/teams/map')]);
    expect(shown()).toEqual(['draaiboek.team.pull', 'draaiboek.team.share']);

    await run('draaiboek.team.pull');
    expect(host['team.git'].mock.calls.map(([input]) => input)).toEqual([{ folder: '/teams/noord', action: 'pull' }]);

    app!.layout.dispatch({ type: 'activate-view', view: 'curricula' });
    await run('draaiboek.team.share');
    expect(app!.layout.store.get().activeView).toBe('library');
    renderInWorkbench(app!, <TeamStatus />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Wat heb je veranderd?' }));
  });
});
