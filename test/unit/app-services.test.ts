import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer, DialogService, LayoutService, LibraryService, MarkerService, NotificationService, SettingsService, Store } from '../../src/app';
import { DEFAULT_LIBRARY_VIEW, DEFAULT_SETTINGS } from '../../src/core';
import { makeCard } from './fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Store', () => {
  it('tells its listeners of a real change only, and stops after unsubscribing', () => {
    const store = new Store({ count: 0 });
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    store.set((state) => state);
    expect(heard).not.toHaveBeenCalled();
    store.set({ count: 1 });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    store.set({ count: 2 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ count: 2 });
  });
});

describe('Debouncer', () => {
  it('runs once after a quiet moment', () => {
    const task = vi.fn();
    const debouncer = new Debouncer(task, () => 1000, () => 4000);
    debouncer.request();
    vi.advanceTimersByTime(500);
    debouncer.request();
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs no later than the maximum wait while requests keep coming', () => {
    const task = vi.fn();
    const debouncer = new Debouncer(task, () => 1000, () => 4000);
    for (let elapsed = 0; elapsed < 4200; elapsed += 300) {
      debouncer.request();
      vi.advanceTimersByTime(300);
    }
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('flushes a pending run at once, and forgets a cancelled one', () => {
    const task = vi.fn();
    const debouncer = new Debouncer(task, () => 1000, () => 4000);
    debouncer.request();
    debouncer.flush();
    expect(task).toHaveBeenCalledTimes(1);
    debouncer.request();
    debouncer.cancel();
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('NotificationService', () => {
  it('keeps the last five toasts and an error goes to Output with its detail', () => {
    const notifications = new NotificationService(() => new Date(2026, 11, 1, 14, 5, 9));
    for (let i = 0; i < 7; i++) notifications.notify({ key: 'document.saved', params: { path: `/t/${i}` } });
    expect(notifications.store.get().toasts.map((toast) => toast.params?.path)).toEqual(['/t/2', '/t/3', '/t/4', '/t/5', '/t/6']);
    notifications.error({ key: 'error.disk-full', params: { file: '/t/x.draaiboek' } }, 'ENOSPC: no space left on device');
    const { toasts, output } = notifications.store.get();
    expect(toasts.at(-1)).toMatchObject({ key: 'error.disk-full', severity: 'error' });
    expect(output.at(-1)).toEqual({ key: 'error.disk-full', params: { file: '/t/x.draaiboek' }, time: '14:05:09', detail: 'ENOSPC: no space left on device' });
  });

  it('dismisses a toast by id and a notice by position', () => {
    const notifications = new NotificationService();
    const id = notifications.notify({ key: 'document.saved', params: { path: '/a' } });
    notifications.dismiss(id);
    expect(notifications.store.get().toasts).toEqual([]);
    notifications.setNotices([
      { code: 'library-unreadable', file: 'a', movedTo: 'b', detail: '' },
      { code: 'settings-unreadable', file: 'c', movedTo: 'd', detail: '' },
    ] as never);
    notifications.dismissNotice(0);
    expect(notifications.store.get().notices.map((notice) => notice.file)).toEqual(['c']);
  });
});

describe('MarkerService', () => {
  it('replaces one owner’s markers of one resource and leaves the others', () => {
    const markers = new MarkerService();
    markers.setFileProblems('/a.draaiboek', [{ code: 'not-json', pointer: '', detail: 'x' }]);
    markers.setDesignProblems('doc', [{ ruleId: 'empty-day', severity: 'warning', message: { key: 'check.empty-day' }, location: {} }]);
    markers.setFileProblems('/a.draaiboek', []);
    expect(markers.store.get().map((marker) => marker.owner)).toEqual(['design']);
    markers.clear('doc');
    expect(markers.store.get()).toEqual([]);
  });

  it('does not wake its readers when nothing changes', () => {
    const markers = new MarkerService();
    const heard = vi.fn();
    markers.store.subscribe(heard);
    markers.setFileProblems('/a.draaiboek', []);
    markers.clear('/b');
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('DialogService', () => {
  it('asks one question at a time, in order', async () => {
    const dialogs = new DialogService();
    const request = (id: string) => ({ title: { key: 'document.conflict.title' as const }, message: { key: 'document.conflict.title' as const }, choices: [{ id, label: { key: 'dialog.cancel' as const } }] });
    const first = dialogs.ask(request('one'));
    const second = dialogs.ask(request('two'));
    expect(dialogs.store.get()?.choices[0]?.id).toBe('one');
    dialogs.store.get()!.answer('one');
    expect(await first).toBe('one');
    expect(dialogs.store.get()?.choices[0]?.id).toBe('two');
    dialogs.store.get()!.answer(null);
    expect(await second).toBeNull();
    expect(dialogs.store.get()).toBeNull();
  });
});

describe('LayoutService', () => {
  it('toggles the panel and never opens one tab twice', () => {
    const layout = new LayoutService();
    layout.dispatch({ type: 'toggle-panel' });
    expect(layout.store.get().panelVisible).toBe(false);
    layout.dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
    layout.dispatch({ type: 'open-tab', tab: { id: 'settings', kind: 'settings' } });
    expect(layout.store.get().tabs.map((tab) => tab.id)).toEqual(['welcome', 'settings']);
    layout.dispatch({ type: 'close-tab', id: 'settings' });
    expect(layout.store.get().activeTabId).toBe('welcome');
  });
});

describe('SettingsService', () => {
  it('shows a change at once and writes changes one after another', async () => {
    const written: string[] = [];
    let release: () => void = () => undefined;
    const host = {
      'settings.update': vi.fn(async ({ changes }: { changes: { theme?: string } }) => {
        if (written.length === 0) await new Promise<void>((resolve) => (release = resolve));
        written.push(changes.theme!);
        return DEFAULT_SETTINGS;
      }),
    };
    const settings = new SettingsService(DEFAULT_SETTINGS, host as never, new NotificationService());
    const first = settings.update({ theme: 'dark' });
    const second = settings.update({ theme: 'light' });
    expect(settings.get().theme).toBe('light');
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second]);
    expect(written).toEqual(['dark', 'light']);
  });

  it('reports a failed write in the user’s language', async () => {
    const notifications = new NotificationService();
    const host = { 'settings.update': async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/data/settings.json' })) };
    const settings = new SettingsService(DEFAULT_SETTINGS, host as never, notifications);
    await settings.update({ theme: 'dark' });
    expect(notifications.store.get().toasts.at(-1)).toMatchObject({ key: 'error.permission-denied', severity: 'error' });
  });
});

describe('LibraryService', () => {
  it('remembers the library view once typing in the filters settles, and indexes the cards for search', async () => {
    const written: unknown[] = [];
    const host = { 'uiState.update': vi.fn(async ({ changes }: { changes: unknown }) => void written.push(changes)) };
    const library = new LibraryService(host as never, { cards: [makeCard('mi-open-questions', { title: { nl: 'Open vragen', en: 'Open questions' } })], modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
    for (const query of ['o', 'op', 'ope']) library.setView({ query });
    expect(library.get().view.query).toBe('ope');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([{ library: { ...DEFAULT_LIBRARY_VIEW, query: 'ope' } }]);
    await vi.waitFor(() => expect(library.get().indexVersion).toBeGreaterThan(0));
    library.setView({ query: 'vragen' });
    await vi.waitFor(() => expect(library.get().found).toEqual({ query: 'vragen', ids: ['mi-open-questions'] }));
  });

  it('shows a saved card only after the host saved it', async () => {
    const host = { 'library.saveCards': vi.fn(async () => Promise.reject(new Error('EROFS'))) };
    const library = new LibraryService(host as never, { cards: [], modules: [], view: DEFAULT_LIBRARY_VIEW }, () => undefined);
    await expect(library.saveCard(makeCard('own-1'))).rejects.toThrow('EROFS');
    expect(library.get().cards).toEqual([]);
  });
});
