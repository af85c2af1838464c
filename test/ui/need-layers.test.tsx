// @vitest-environment jsdom
import { DndContext } from '@dnd-kit/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, reduceLayout, type Application } from '../../src/app';
import { layoutToSave } from '../../src/app/session';
import { LayoutState } from '../../src/core';
import { blockFromCard, customBlock, insertBlock, scheduleDay, translator, type TechniqueCard } from '../../src/core';
import { useWorkingCopy } from '../../src/ui/app/context';
import { DayColumn } from '../../src/ui/curriculum/DayColumn';
import { InsightsView } from '../../src/ui/curriculum/InsightsView';
import { CardEditor } from '../../src/ui/views/CardEditor';
import { LibraryView } from '../../src/ui/views/LibraryView';
import { StatusBar } from '../../src/ui/workbench/StatusBar';
import { card, fakeHost, makeApplication, renderInWorkbench } from './harness';

/** The document's backup and autosave wait on timers; nothing here should reach the host by them. */
const fakeTimers = () => beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
let app: Application | undefined;
afterEach(() => {
  cleanup();
  app?.dispose();
  app = undefined;
  vi.useRealTimers();
});

const text = (nl: string) => ({ nl, en: nl });

/** A technique: for the participants practising it, competence; for the client in a conversation, autonomy and a risk. */
const technique = card('open-vragen', 'Open vragen', {
  defaultDurationMinutes: 60,
  needs: [
    { layer: 'exercise', need: 'competence', effect: 'supports', strength: 3, rationale: text('Oefenen met feedback'), evidence: 'judgement' },
    { layer: 'conversation', need: 'autonomy', effect: 'supports', strength: 3, rationale: text('De cliënt kiest het antwoord'), evidence: 'practitioner' },
    { layer: 'conversation', need: 'relatedness', effect: 'thwarts', strength: 1, rationale: text('Te veel vragen voelt als een verhoor'), evidence: 'judgement' },
  ],
});

/** A training whose first day has the technique (60 min) and a lunch, open in the active tab. */
function openTraining() {
  app = makeApplication(fakeHost(), { cards: [technique] });
  const key = app.documents.create();
  app.documents.edit(key, (curriculum) => {
    const dayId = curriculum.days[0]!.id;
    const withCard = insertBlock(curriculum, blockFromCard(technique, 'nl'), { container: 'day', dayId, index: 0 });
    return insertBlock(withCard, customBlock('lunch', 'Lunch', 45), { container: 'day', dayId, index: 1 });
  });
  return { app, key };
}

const chartValue = (figure: HTMLElement, need: string) => {
  const label = within(figure).getByText(need, { selector: '.chart-label' });
  return label.nextElementSibling!.nextElementSibling!.textContent;
};

describe('the need layers in Insights', () => {
  fakeTimers();
  it("shows the participants' needs by default and the clients' on request, and remembers the choice in the layout", async () => {
    const { app } = openTraining();
    renderInWorkbench(app, <InsightsView />);
    const exercise = screen.getByRole<HTMLInputElement>('radio', { name: 'Deelnemers in de training' });
    const conversation = screen.getByRole<HTMLInputElement>('radio', { name: 'Cliënten in het gesprek' });
    expect(screen.getByRole('group', { name: 'Basisbehoeften van' })).toBeTruthy();
    expect(exercise.checked).toBe(true);
    const whole = () => screen.getByText('Hele training (minuten, gewogen naar sterkte)').closest('figure')!;
    expect(chartValue(whole(), 'Competentie')).toBe('60 min');
    expect(chartValue(whole(), 'Autonomie')).toBe('0 min');

    await act(async () => void fireEvent.click(conversation));
    expect(app.layout.store.get().needLayer).toBe('conversation');
    expect(conversation.checked).toBe(true);
    expect(chartValue(whole(), 'Competentie')).toBe('0 min');
    expect(chartValue(whole(), 'Autonomie')).toBe('60 min');
    // A risk is counted in blocks, not in minutes.
    expect(within(whole()).getByRole('list', { name: 'Aandachtspunten' }).textContent).toContain('Verbondenheid: risico in 1 blok');
  });

  it('keeps the layer with the layout across a restart; an older layout without it starts with the participants', () => {
    const conversation = reduceLayout(initialState, { type: 'show-need-layer', layer: 'conversation' });
    const saved = layoutToSave(conversation, () => null);
    expect(saved.needLayer).toBe('conversation');
    expect(reduceLayout(initialState, { type: 'restore-layout', layout: LayoutState.parse(saved) }).needLayer).toBe('conversation');
    expect(LayoutState.parse({ activeView: 'insights' }).needLayer).toBe('exercise');
  });

  it('lists lunch and breaks under no tradition', () => {
    const { app } = openTraining();
    renderInWorkbench(app, <InsightsView />);
    const mix = screen.getByText('Mix van tradities').nextElementSibling!;
    expect(mix.textContent).toContain('Oplossingsgericht');
    expect(mix.textContent).not.toMatch(/eigen blokken/);
  });

  it('shows a value of any size in full, in a column of its own', () => {
    app = makeApplication(fakeHost(), { cards: [technique] });
    const key = app.documents.create();
    app.documents.edit(key, (curriculum) => {
      let next = curriculum;
      for (let i = 0; i < 8; i++) next = insertBlock(next, { ...blockFromCard(technique, 'nl'), durationMinutes: 480 }, { container: 'day', dayId: next.days[0]!.id, index: 0 });
      return next;
    });
    renderInWorkbench(app, <InsightsView />);
    const whole = screen.getByText('Hele training (minuten, gewogen naar sterkte)').closest('figure')!;
    expect(chartValue(whole, 'Competentie')).toBe('3840 min');
    expect(whole.querySelector('svg')).toBeNull();
  });
});

describe('the need bars of a day', () => {
  fakeTimers();
  function DayOne({ docKey }: { docKey: string }) {
    const copy = useWorkingCopy(docKey)!;
    const day = copy.history.present.days[0]!;
    return (
      <DndContext>
        <DayColumn docKey={docKey} day={day} index={0} schedule={scheduleDay(day)} cards={copy.cards} selected={[]} readOnly={false} onSelect={() => {}} />
      </DndContext>
    );
  }

  it("follow the layer: the participants' by default, the clients' when asked", () => {
    const { app, key } = openTraining();
    renderInWorkbench(app, <DayOne docKey={key} />);
    const bars = () => screen.getByRole('list', { name: /^Balans van basisbehoeften/ });
    expect(bars().getAttribute('aria-label')).toBe('Balans van basisbehoeften: Deelnemers in de training');
    expect(within(bars()).getByLabelText(/^Competentie/).getAttribute('aria-label')).toBe('Competentie: 60 min');
    expect(within(bars()).getByLabelText(/^Autonomie/).getAttribute('aria-label')).toBe('Autonomie: 0 min');

    act(() => app.layout.dispatch({ type: 'show-need-layer', layer: 'conversation' }));
    expect(bars().getAttribute('aria-label')).toBe('Balans van basisbehoeften: Cliënten in het gesprek');
    expect(within(bars()).getByLabelText(/^Autonomie/).getAttribute('aria-label')).toBe('Autonomie: 60 min');
    expect(within(bars()).getByLabelText(/^Verbondenheid/).getAttribute('aria-label')).toBe('Verbondenheid: 0 min · risico in 1 blok');
  });
});

describe('layers and links on a card', () => {
  it('sets the layer of each mapping with a labelled select, and saves the same need once per layer', async () => {
    const host = fakeHost({ 'library.saveCards': async ({ cards }) => cards });
    app = makeApplication(host, { cards: [technique] });
    const draft: TechniqueCard = { ...technique, needs: [technique.needs[0]!, { ...technique.needs[0]!, rationale: text('Voor de cliënt') }] };
    renderInWorkbench(app, <CardEditor cardId={draft.id} draft={draft} />);
    const second = screen.getByRole('group', { name: 'Basisbehoefte 2' });
    const layer = within(second).getByRole<HTMLSelectElement>('combobox', { name: 'Basisbehoefte 2: Laag' });
    expect(within(second).getByText('Laag')).toBeTruthy();
    expect(layer.selectedOptions[0]!.textContent).toBe('Oefening (deelnemers)');
    expect([...layer.options].map((option) => option.textContent)).toEqual(['Oefening (deelnemers)', 'Gesprek (cliënt)']);
    act(() => void fireEvent.change(layer, { target: { value: 'conversation' } }));
    expect(layer.selectedOptions[0]!.textContent).toBe('Gesprek (cliënt)');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(host['library.saveCards']).toHaveBeenCalledTimes(1));
    expect(host['library.saveCards'].mock.calls[0]![0].cards[0]!.needs.map((mapping) => mapping.layer)).toEqual(['exercise', 'conversation']);
  });

  it('names a problem by its row, never by a JSON pointer', async () => {
    app = makeApplication(fakeHost(), { cards: [technique] });
    const draft: TechniqueCard = { ...technique, needs: [{ ...technique.needs[0]!, rationale: text('') }] };
    renderInWorkbench(app, <CardEditor cardId={draft.id} draft={draft} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('(Basisbehoefte 1)');
    expect(alert.textContent).not.toContain('/needs');
  });

  it('groups the mappings by layer under two headings when the card is read', () => {
    app = makeApplication(fakeHost(), { cards: [technique] });
    renderInWorkbench(app, <CardEditor cardId={technique.id} />);
    const exercise = screen.getByRole('region', { name: 'In de training (deelnemers)' });
    const conversation = screen.getByRole('region', { name: 'In het gesprek (cliënt)' });
    expect(exercise.textContent).toContain('Oefenen met feedback');
    expect(exercise.textContent).not.toContain('De cliënt kiest');
    expect(conversation.textContent).toContain('De cliënt kiest het antwoord');
    expect(conversation.textContent).toContain('Te veel vragen voelt als een verhoor');
  });

  it('shows "Zie ook" with each linked card by title, the difference, and opens the card', () => {
    const other = card('samenvatten', 'Samenvatten');
    const linked = card('eigen', 'Eigen kaart', {
      seeAlso: [
        { cardId: 'samenvatten', difference: text('Samenvatten bundelt; deze kaart vraagt door.') },
        { cardId: 'verdwenen', difference: text('Bestaat niet meer.') },
      ],
    });
    app = makeApplication(fakeHost(), { cards: [linked, other] });
    renderInWorkbench(app, <CardEditor cardId="eigen" />);
    const section = screen.getByRole('region', { name: 'Zie ook' });
    expect(section.textContent).toContain('Samenvatten — Samenvatten bundelt; deze kaart vraagt door.');
    expect(section.textContent).not.toContain('verdwenen');
    expect(section.textContent).toContain('een kaart die niet in de bibliotheek staat');
    fireEvent.click(within(section).getByRole('button', { name: 'Samenvatten' }));
    const layout = app.layout.store.get();
    expect(layout.activeTabId).toBe('card:samenvatten');
  });

  it('says which card it was derived from by title, not by id', () => {
    const source = card('bron-kaart', 'Schaalvraag');
    const copy = card('kopie', 'Mijn schaalvraag', { provenance: { origin: 'own', author: 'Tester', updated: '2026-01-01T00:00:00Z', derivedFrom: 'bron-kaart' } });
    app = makeApplication(fakeHost(), { cards: [source, copy] });
    renderInWorkbench(app, <CardEditor cardId="kopie" />);
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('afgeleid van Schaalvraag');
    expect(article.textContent).not.toContain('bron-kaart');
  });
});

describe('counts are real plurals', () => {
  it('says "1 probleem" and "2 problemen", "1 kaart" and "2 kaarten", in Dutch and English', () => {
    const nl = translator('nl');
    const en = translator('en');
    expect([1, 2, 0].map((count) => nl('status.problems', { count }))).toEqual(['1 probleem', '2 problemen', '0 problemen']);
    expect([1, 2].map((count) => nl('status.cards', { count }))).toEqual(['1 kaart', '2 kaarten']);
    expect([1, 2].map((count) => en('status.problems', { count }))).toEqual(['1 problem', '2 problems']);
    expect(nl('library.count', { shown: 9, total: 62 })).toBe('9 van 62 kaarten');
    expect(nl('library.count', { shown: 0, total: 1 })).toBe('0 van 1 kaart');
    expect(nl('curriculum.blocksRemoved', { count: 1 })).toBe('1 blok verwijderd.');
    expect(en('pack.exported', { count: 1, path: 'a.draaiboek' })).toBe('Exported 1 card to a.draaiboek.');
  });

  it('shows one card and one problem in the status bar in the singular', () => {
    app = makeApplication(fakeHost(), { cards: [technique] });
    app.markers.setFileProblems('kapot.draaiboek', [{ code: 'not-json', pointer: '', detail: 'Unexpected token' }]);
    renderInWorkbench(app, <StatusBar />);
    const bar = screen.getByRole('contentinfo');
    expect(bar.textContent).toContain('1 probleem');
    expect(bar.textContent).toContain('1 kaart');
    expect(bar.textContent).not.toMatch(/1 (problemen|kaarten)/);
  });

  it('counts the library in the singular and plural', () => {
    app = makeApplication(fakeHost(), { cards: [technique] });
    renderInWorkbench(app, <LibraryView />);
    expect(screen.getByRole('status').textContent).toBe('1 kaart');
  });
});
