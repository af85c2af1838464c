// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import { customBlock, insertBlock } from '../../src/core';
import { LiveEditor } from '../../src/ui/live/LiveEditor';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';

const MINUTE = 60_000;
/** 09:00 on the training day, local time. */
const NINE = new Date(2026, 11, 3, 9, 0).getTime();

let app: Application | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NINE);
});
afterEach(() => {
  cleanup();
  app?.dispose();
  vi.useRealTimers();
});

/** A training whose first day has three blocks, lunch pinned at 10:30, shown in the live view. */
function setup() {
  app = makeApplication(fakeHost());
  const key = app.documents.create();
  const dayId = app.documents.get(key)!.history.present.days[0]!.id;
  const blocks = [customBlock('opening', 'Kennismaking', 30), customBlock('exercise', 'Oefenen in drietallen', 45), { ...customBlock('break', 'Lunch', 30), pinnedStart: '10:30' }];
  blocks.forEach((block, index) => app!.documents.edit(key, (curriculum) => insertBlock(curriculum, block, { container: 'day', dayId, index })));
  renderInWorkbench(app, <LiveEditor docKey={key} dayId={dayId} />);
  const run = () => app!.documents.get(key)!.history.present.runs?.at(-1);
  return { key, run };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const click = (name: string | RegExp) => act(() => void fireEvent.click(button(name)));
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const countdown = () => document.querySelector('.live-countdown')!.textContent;

describe('the live view', () => {
  it('starts the day and counts the current block down, then shows the overrun plainly', () => {
    setup();
    expect(screen.getByText('3 blokken, van 09:00 tot 17:00.')).toBeTruthy();
    click('Dag starten');
    expect(screen.getByRole('heading', { name: 'Kennismaking' })).toBeTruthy();
    expect(countdown()).toBe('Resterende tijd 30:00');
    advance(90_000);
    expect(countdown()).toBe('Resterende tijd 28:30');
    expect(screen.getByText('09:01')).toBeTruthy();
    advance(30 * MINUTE);
    expect(countdown()).toBe('Resterende tijd +1:30 over tijd');
  });

  it('shows what comes next re-timed, with the squeeze before the pinned lunch and the later end', () => {
    setup();
    click('Dag starten');
    advance(20 * MINUTE);
    click('+5 min');
    const upcoming = screen.getByRole('listbox', { name: 'Nog te doen' });
    const [exercise, lunch] = within(upcoming).getAllByRole('option');
    // Kennismaking now ends 09:35; the exercise then runs to 10:20, ten minutes short of lunch: no squeeze yet.
    expect(exercise!.textContent).toContain('09:35');
    expect(lunch!.textContent).toContain('vast om 10:30');
    expect(lunch!.textContent).toContain('10 minuten ruimte');
    advance(35 * MINUTE);
    // 09:55 and Kennismaking still runs: the exercise would end at 10:40, ten minutes into lunch.
    expect(screen.getAllByRole('option')[1]!.textContent).toContain('10 minuten krap');
  });

  it('sends every button and key to the session: next, skip the chosen block, park and put back, a break', () => {
    const { run } = setup();
    click('Dag starten');
    advance(12 * MINUTE);
    click('Volgende blok');
    expect(screen.getByRole('heading', { name: 'Oefenen in drietallen' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Nu: Oefenen in drietallen');
    expect(run()!.entries[0]).toMatchObject({ status: 'done' });
    click('Naar parkeerplaats');
    expect(run()!.entries[2]!.status).toBe('parked');
    click('Lunch terugzetten');
    expect(run()!.entries[2]!.status).toBe('planned');
    // The keys act from anywhere in the view that is not a text field.
    const view = screen.getByRole('region', { name: /^Live:/ });
    act(() => void fireEvent.keyDown(view, { key: 's' }));
    expect(run()!.entries[2]!.status).toBe('skipped');
    act(() => void fireEvent.keyDown(view, { key: 'b' }));
    expect(run()!.entries.find((entry) => entry.blockId === undefined)).toMatchObject({ title: 'Pauze', plannedMinutes: 15 });
    // "Pauze nu" ends the exercise and starts the break; nothing was left after it, so N ends the day.
    expect(screen.getByRole('heading', { name: 'Pauze' })).toBeTruthy();
    act(() => void fireEvent.keyDown(view, { key: 'n', ctrlKey: true }));
    expect(run()!.endedAt).toBeUndefined();
    act(() => void fireEvent.keyDown(view, { key: 'n' }));
    expect(run()!.endedAt).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('De dag is afgerond.');
  });

  it('after the day keeps a rating and a note per block, and shows planned against actual', () => {
    const { run } = setup();
    click('Dag starten');
    advance(12 * MINUTE);
    click('Volgende blok');
    click('Overslaan');
    advance(50 * MINUTE);
    click('Dag afronden');
    expect(screen.getByRole('heading', { name: 'Na de dag' })).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((row) => row.textContent);
    expect(rows[1]).toBe('Kennismaking30 minuten12 minuten−18nee');
    expect(rows[3]).toBe('Lunch30 minutenovergeslagen—ja');
    // 18 minutes won on the first block, 5 lost on the second, the skipped lunch's 30 won.
    expect(screen.getByRole('figure').textContent).toContain('Aan het eind van de dag 43 minuten voor op schema.');
    const rating = screen.getByRole('group', { name: /Hoe ging Kennismaking\?/ });
    act(() => void fireEvent.click(within(rating).getByRole('radio', { name: '4 — goed' })));
    act(() => void fireEvent.change(screen.getByRole('textbox', { name: 'Wat werkte, wat niet bij Kennismaking' }), { target: { value: 'Namenrondje liep uit' } }));
    expect(run()!.entries[0]).toMatchObject({ rating: 4, note: 'Namenrondje liep uit' });
    expect(within(rating).getByRole<HTMLInputElement>('radio', { name: '4 — goed' }).checked).toBe(true);
  });
});
