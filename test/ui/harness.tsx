import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import { createApplication, type Application, type Loaded } from '../../src/app';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE, type Settings, type TechniqueCard } from '../../src/core';
import { METHOD_NAMES, type HostApi, type MethodName } from '../../src/contract';
import { ApplicationContext } from '../../src/ui/app/context';
import { I18nProvider } from '../../src/ui/i18n';
import { WorkbenchContext, type WorkbenchContextValue } from '../../src/ui/workbench/context';
import { createDispatch } from '../../src/ui/workbench/dispatch';

/** A host whose every method is a spy; the ones a test does not fake reject, so an unexpected call shows. */
export type FakeHostApi = { [M in MethodName]: Mock<HostApi[M]> };

export function fakeHost(methods: Partial<HostApi> = {}): FakeHostApi {
  const defaults: Partial<HostApi> = {
    'app.setMenu': async () => ({ shown: false }),
    'uiState.update': async () => DEFAULT_UI_STATE,
    'settings.update': async ({ changes }) => ({ ...DEFAULT_SETTINGS, ...changes }) as Settings,
    'documents.recent': async () => [],
    'backups.save': async () => ({}),
    'backups.discard': async () => ({}),
  };
  const all: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = { ...defaults, ...methods };
  const notFaked = (name: MethodName) => async () => Promise.reject(new Error(`${name} is not faked in this test`));
  return Object.fromEntries(METHOD_NAMES.map((name) => [name, vi.fn(all[name] ?? notFaked(name))])) as unknown as FakeHostApi;
}

/** A valid own technique card; override any field. */
export function card(id: string, title: string, overrides: Partial<TechniqueCard> = {}): TechniqueCard {
  const text = (nl: string) => ({ nl, en: '' });
  return {
    id,
    title: text(title),
    summary: text('Samenvatting'),
    tradition: 'solution-focused',
    needs: [{ layer: 'exercise', need: 'competence', effect: 'supports', strength: 2, rationale: text('Oefenen'), evidence: 'judgement' }],
    defaultDurationMinutes: 20,
    groupFormat: 'pairs',
    materials: [],
    goal: text('Doel'),
    instructions: text('Doe dit.'),
    exampleQuestions: [],
    trainerNotes: text(''),
    sources: [],
    tags: [],
    provenance: { origin: 'own', author: 'Tester', updated: '2026-01-01T00:00:00Z' },
    ...overrides,
  };
}

/** The real application layer over a fake host, as App.tsx makes it after the host answered. */
export function makeApplication(
  host: FakeHostApi,
  { settings = {}, cards = [], moreCards }: { settings?: Partial<Settings>; cards?: TechniqueCard[]; moreCards?: Loaded['moreCards'] } = {},
): Application {
  const loaded: Loaded = {
    info: { name: 'Draaiboek', version: '0.1.0', edition: 'web', dataDir: '/data', examplesDir: '/app/examples', systemLocale: 'nl-NL', startupNotices: [] },
    settings: { ...DEFAULT_SETTINGS, ...settings },
    cards,
    moreCards,
    uiState: DEFAULT_UI_STATE,
    modules: [],
  };
  return createApplication(host as unknown as HostApi, loaded, 'nl-NL');
}

/** Renders UI inside the contexts the workbench gives its parts: the application, the language, the workbench. */
export function renderInWorkbench(app: Application, ui: ReactNode): RenderResult {
  const workbench: WorkbenchContextValue = {
    host: app.host,
    info: app.info,
    theme: 'light',
    initialUiState: app.loaded.uiState,
    dispatch: createDispatch(app),
    updateSettings: (changes) => void app.settings.update(changes),
  };
  return render(
    <ApplicationContext.Provider value={app}>
      <I18nProvider language="nl">
        <WorkbenchContext.Provider value={workbench}>{ui}</WorkbenchContext.Provider>
      </I18nProvider>
    </ApplicationContext.Provider>,
  );
}

/**
 * jsdom has <dialog> (with its `open` attribute) but not showModal/close: these set and clear `open`, which is
 * what the components look at; `cancelDialog` plays the Escape key.
 */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (proto.__polyfilled || typeof proto.showModal === 'function') return;
  proto.__polyfilled = true;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.show = proto.showModal;
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** What pressing Escape in an open modal dialog does in a browser: a cancelable `cancel` event, then close. */
export function cancelDialog(dialog: HTMLDialogElement): void {
  const event = new Event('cancel', { cancelable: true });
  dialog.dispatchEvent(event);
  if (!event.defaultPrevented) dialog.close();
}
