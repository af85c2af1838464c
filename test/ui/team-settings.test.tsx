// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import { SettingsEditor } from '../../src/ui/settings/SettingsEditor';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

function setup(teamLibraries = [{ name: 'Trainers Noord', folder: '/Users/anna/Dropbox/Noord' }]) {
  const host = fakeHost({ 'team.snapshot': async () => ({ revision: 1, teams: [] }) });
  app = makeApplication(host, { settings: { teamLibraries } });
  renderInWorkbench(app, <SettingsEditor />);
  return host;
}

const button = (name: string) => screen.getByRole('button', { name });
const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });
const saved = (host: ReturnType<typeof setup>) => host['settings.update'].mock.calls.map(([input]) => input.changes.teamLibraries);

describe('the team libraries in the settings', () => {
  it('adds a team library, refuses a relative folder and saves once both fields are right', async () => {
    const host = setup();
    expect(screen.getByRole('heading', { name: 'Teambibliotheken' })).toBeTruthy();
    expect(screen.getByText(/gedeelde map \(OneDrive, Google Drive, Dropbox, Nextcloud of een git-repository\)/)).toBeTruthy();

    fireEvent.click(button('Teambibliotheek toevoegen'));
    const names = screen.getAllByRole<HTMLInputElement>('textbox', { name: 'Naam' });
    const folders = screen.getAllByRole<HTMLInputElement>('textbox', { name: 'Map' });
    expect(names.map((field) => field.value)).toEqual(['Trainers Noord', '']);

    type(names[1]!, 'Hogeschool');
    type(folders[1]!, 'Documenten/Team');
    await act(async () => void fireEvent.click(button('Teambibliotheken opslaan')));
    expect(folders[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Geef het volledige pad van de map/)).toBeTruthy();
    expect(saved(host)).toEqual([]);

    type(folders[1]!, 'C:\\Users\\anna\\OneDrive\\Hogeschool');
    await act(async () => void fireEvent.click(button('Teambibliotheken opslaan')));
    expect(saved(host)).toEqual([
      [
        { name: 'Trainers Noord', folder: '/Users/anna/Dropbox/Noord' },
        { name: 'Hogeschool', folder: 'C:\\Users\\anna\\OneDrive\\Hogeschool' },
      ],
    ]);
    expect(screen.getByText('De teambibliotheken zijn opgeslagen.')).toBeTruthy();
  });

  it('asks for a name, and removes a team library', async () => {
    const host = setup();
    fireEvent.click(button('Teambibliotheek toevoegen'));
    type(screen.getAllByRole('textbox', { name: 'Map' })[1]!, '/srv/team');
    await act(async () => void fireEvent.click(button('Teambibliotheken opslaan')));
    expect(screen.getByText('Geef de teambibliotheek een naam.')).toBeTruthy();

    fireEvent.click(button('Verwijderen: Teambibliotheek 2'));
    fireEvent.click(button('Verwijderen: Trainers Noord'));
    expect(screen.queryAllByRole('textbox', { name: 'Naam' })).toEqual([]);
    await act(async () => void fireEvent.click(button('Teambibliotheken opslaan')));
    expect(saved(host)).toEqual([[]]);
  });
});
