// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/app';
import { SettingsEditor } from '../../src/ui/settings/SettingsEditor';
import { fakeHost, makeApplication, renderInWorkbench, type FakeHostApi } from './harness';

let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
});

function setup() {
  const host: FakeHostApi = fakeHost();
  app = makeApplication(host);
  renderInWorkbench(app, <SettingsEditor />);
  return { host, app };
}

/** A setting's row, by its label. */
const setting = (label: string) => screen.getByText(label, { selector: 'label' }).closest<HTMLElement>('.setting')!;
const control = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const edit = (label: string, value: string) => act(async () => void fireEvent.change(control(label), { target: { value } }));
// What shows, read straight from the page: a role query scans the whole editor, which is slow in jsdom.
const sections = () => [...document.querySelectorAll('h2')].map((heading) => heading.textContent);
const labels = () => [...document.querySelectorAll('label.setting-label')].map((label) => label.textContent);

describe('the settings editor', () => {
  it('finds settings by words from label or description, in any case, and Escape clears the search', () => {
    setup();
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Instellingen doorzoeken' });
    const status = screen.getByRole('status');
    expect(sections()).toEqual(['Algemeen', 'Training', 'Export', 'Teambibliotheken']);
    expect(status.textContent).toBe('');

    fireEvent.change(search, { target: { value: 'PAUZE' } });
    expect(labels()).toEqual(['Pauze-interval']);
    expect(sections()).toEqual(['Training']);
    expect(status.textContent).toBe('1 instelling gevonden');

    // Every word must occur, in the label or the description.
    fireEvent.change(search, { target: { value: 'dag tijd' } });
    expect(labels()).toEqual(['Begintijd van een dag', 'Eindtijd van een dag']);
    expect(status.textContent).toBe('2 instellingen gevonden');

    fireEvent.change(search, { target: { value: ' kleurenblind ' } });
    expect(labels()).toEqual([]);
    expect(status.textContent).toBe('Geen instellingen gevonden voor “kleurenblind”.');

    fireEvent.keyDown(search, { key: 'Escape' });
    expect(search.value).toBe('');
    expect(sections()).toEqual(['Algemeen', 'Training', 'Export', 'Teambibliotheken']);

    fireEvent.change(search, { target: { value: 'thema' } });
    fireEvent.click(within(search.parentElement!).getByRole('button', { name: 'Zoekopdracht wissen' }));
    expect(search.value).toBe('');
    expect(document.activeElement).toBe(search);
  });

  it('refuses a number out of range with the reason, keeps what was typed, and saves a valid one', async () => {
    const { host } = setup();
    const LABEL = 'Automatisch opslaan na';
    await edit(LABEL, '70000');
    expect(within(setting(LABEL)).getByRole('alert').textContent!.trim()).toBe('Kies een waarde van 0 tot en met 60000. Niet opgeslagen; de instelling blijft 1000 ms.');
    expect(control(LABEL).value).toBe('70000');
    expect(control(LABEL).getAttribute('aria-invalid')).toBe('true');
    expect(control(LABEL).getAttribute('aria-describedby')).toContain('setting-autosaveDelayMs-error');
    expect(host['settings.update']).not.toHaveBeenCalled();

    await edit(LABEL, '');
    expect(within(setting(LABEL)).getByRole('alert').textContent).toContain('Vul een geheel getal in.');

    await edit(LABEL, '2500');
    expect(within(setting(LABEL)).queryByRole('alert')).toBeNull();
    expect(control(LABEL).hasAttribute('aria-invalid')).toBe(false);
    expect(host['settings.update']).toHaveBeenCalledWith({ changes: { autosaveDelayMs: 2500 } });
    expect(app!.settings.get().autosaveDelayMs).toBe(2500);
    expect(within(setting(LABEL)).getByText('Gewijzigd')).toBeTruthy();

    await edit(LABEL, '0');
    expect(within(setting(LABEL)).getByText('Automatisch opslaan staat uit.')).toBeTruthy();

    await act(async () => void fireEvent.click(within(setting(LABEL)).getByRole('button', { name: 'Standaard herstellen: Automatisch opslaan na (1000 ms)' })));
    expect(host['settings.update']).toHaveBeenLastCalledWith({ changes: { autosaveDelayMs: 1000 } });
    expect(control(LABEL).value).toBe('1000');
    expect(within(setting(LABEL)).queryByText('Gewijzigd')).toBeNull();
    expect(within(setting(LABEL)).queryByRole('button')).toBeNull();
  });

  it('checks a time as HH:MM, and resetting drops a refused draft without saving anything', async () => {
    const { host } = setup();
    const LABEL = 'Begintijd van een dag';
    await edit(LABEL, '9:5');
    expect(within(setting(LABEL)).getByRole('alert').textContent).toContain('Vul een tijd in als UU:MM (00:00–23:59). Niet opgeslagen; de instelling blijft 09:00.');
    // A refused value can be dropped with the reset button, although the setting itself is unchanged.
    await act(async () => void fireEvent.click(within(setting(LABEL)).getByRole('button', { name: 'Standaard herstellen: Begintijd van een dag (09:00)' })));
    expect(control(LABEL).value).toBe('09:00');
    expect(within(setting(LABEL)).queryByRole('alert')).toBeNull();
    expect(host['settings.update']).not.toHaveBeenCalled();

    await edit(LABEL, '08:30');
    expect(host['settings.update']).toHaveBeenCalledWith({ changes: { dayStart: '08:30' } });
  });

  it('saves a choice at once and refuses a name that is too long', async () => {
    const { host } = setup();
    await edit('Thema', 'dark');
    expect(host['settings.update']).toHaveBeenCalledWith({ changes: { theme: 'dark' } });
    expect(within(setting('Thema')).getByRole('button', { name: 'Standaard herstellen: Thema (Systeem volgen)' })).toBeTruthy();

    await edit('Naam van de auteur', 'x'.repeat(201));
    expect(within(setting('Naam van de auteur')).getByRole('alert').textContent).toContain('Gebruik hoogstens 200 tekens. Niet opgeslagen; de instelling blijft leeg.');
    await edit('Naam van de auteur', 'Ann de Vries');
    expect(host['settings.update']).toHaveBeenLastCalledWith({ changes: { authorName: 'Ann de Vries' } });
  });
});
