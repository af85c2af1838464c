// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import { layoutToSave } from '../../src/app/session';
import { addDay, customBlock, insertBlock } from '../../src/core';
import { runDayLive } from '../../src/ui/commands/commands';
import { fakeHost, makeApplication } from './harness';

let app: Application | undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  app?.dispose();
  vi.useRealTimers();
});

/** A new training with `days` days, each holding one block. */
function training(days: number) {
  app = makeApplication(fakeHost());
  const key = app.documents.create();
  for (let i = 1; i < days; i++) app.documents.edit(key, (curriculum) => addDay(curriculum));
  const ids = app.documents.get(key)!.history.present.days.map((day) => day.id);
  ids.forEach((dayId, index) => app!.documents.edit(key, (curriculum) => insertBlock(curriculum, customBlock('exercise', `Oefening ${index + 1}`, 30), { container: 'day', dayId, index: 0 })));
  const activeTab = () => app!.layout.store.get().tabs.find((tab) => tab.id === app!.layout.store.get().activeTabId);
  return { app, key, ids, activeTab };
}

describe('"Dag live uitvoeren"', () => {
  it('opens the only day without asking', async () => {
    const { app, key, ids, activeTab } = training(1);
    await runDayLive(app, key);
    expect(activeTab()).toEqual({ id: `live:${key}:${ids[0]}`, kind: 'live', key, dayId: ids[0] });
    expect(app.dialogs.store.get()).toBeNull();
  });

  it('opens the day of the selected block', async () => {
    const { app, key, ids, activeTab } = training(3);
    const block = app.documents.get(key)!.history.present.days[1]!.blocks[0]!;
    app.layout.dispatch({ type: 'select-block', selection: { key, blockIds: [block.id] } });
    await runDayLive(app, key);
    expect(activeTab()).toMatchObject({ kind: 'live', dayId: ids[1] });
  });

  it('asks which day when there are several and none is selected, and opens nothing when the question is dismissed', async () => {
    const { app, key, ids, activeTab } = training(2);
    const asked = runDayLive(app, key);
    const question = app.dialogs.store.get()!;
    expect(question.choices.map((choice) => choice.label)).toEqual([
      { key: 'curriculum.dayN', params: { n: 1 } },
      { key: 'curriculum.dayN', params: { n: 2 } },
    ]);
    question.answer(ids[1]!);
    await asked;
    expect(activeTab()).toMatchObject({ kind: 'live', dayId: ids[1] });

    const before = app.layout.store.get().tabs.length;
    const dismissed = runDayLive(app, key);
    app.dialogs.store.get()!.answer(null);
    await dismissed;
    expect(app.layout.store.get().tabs).toHaveLength(before);
  });
});

describe('a live tab over a restart', () => {
  it('is not remembered, so start-up never reopens one for a training that is gone: the run itself is in the file', async () => {
    const { app, key } = training(1);
    await runDayLive(app, key);
    const saved = layoutToSave(app.layout.store.get(), () => '/home/trainer/training.draaiboek');
    expect(saved.tabs).toEqual([{ kind: 'welcome' }, { kind: 'file', path: '/home/trainer/training.draaiboek' }]);
  });
});
