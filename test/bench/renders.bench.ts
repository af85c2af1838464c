// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createElement, type ProfilerOnRenderCallback } from 'react';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Application } from '../../src/app';
import { createDocument, customBlock, newCurriculum, translator, type Curriculum } from '../../src/core';
import { listenToRenders } from '../../src/ui/workbench/RenderRegion';
import { Workbench } from '../../src/ui/workbench/Workbench';
import { card, fakeHost, makeApplication, polyfillDialog, renderInWorkbench } from '../ui/harness';
import { reportGoal } from './goals';

/**
 * Which parts of the workbench re-render for one small thing a trainer does: a sash drag, a panel toggle,
 * typing in a block's title, typing in the library search. React's <Profiler> (the RenderRegion of each
 * part, in the development build vitest runs) tells which regions rendered; a region that rendered with
 * nothing new to show is wasted work, and on a big training it is what makes typing and dragging stutter.
 */

const t = translator('nl');
const DAYS = 3;
const BLOCKS_PER_DAY = 20;

function training(): Curriculum {
  const curriculum = newCurriculum('nl', 'Lange training', '08:00', '23:00');
  const types = ['exercise', 'theory', 'energiser', 'role-play'] as const;
  const day = (index: number) => ({
    ...curriculum.days[0]!,
    id: `day-${index + 1}`,
    title: `Dag ${index + 1}`,
    blocks: Array.from({ length: BLOCKS_PER_DAY }, (_, i) => ({ ...customBlock(types[i % 4]!, `Blok ${index + 1}.${i + 1}`, 10 + (i % 3) * 5), id: `b${index + 1}-${i + 1}` })),
  });
  return { ...curriculum, days: Array.from({ length: DAYS }, (_, index) => day(index)) };
}

interface Commit {
  id: string;
  phase: string;
  actualDuration: number;
}

let app: Application;
let commits: Commit[] = [];
const record: ProfilerOnRenderCallback = (id, phase, actualDuration) => commits.push({ id, phase, actualDuration });
const docKey = () => Object.keys(app.documents.store.get())[0]!;

/** Runs a scenario and gives the regions that rendered in it, with how often. */
async function rendersDuring(run: () => Promise<void> | void): Promise<{ regions: Map<string, number>; commits: Commit[] }> {
  await quiet();
  commits = [];
  await run();
  await settle();
  const taken = commits;
  commits = [];
  const regions = new Map<string, number>();
  for (const commit of taken) regions.set(commit.id, (regions.get(commit.id) ?? 0) + 1);
  return { regions, commits: taken };
}

/** Lets pending effects, microtasks and the library's deferred list catch up. */
async function settle() {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** Waits until nothing renders any more (the design checks, the library's index and the like have caught up). */
async function quiet() {
  for (let round = 0, still = 0; round < 100 && still < 5; round++) {
    commits = [];
    await settle();
    still = commits.length === 0 ? still + 1 : 0;
  }
}

/** Prints what rendered and reports the regions that rendered with no reason to (goal: none). */
function judge(scenario: string, regions: Map<string, number>, expected: (id: string) => boolean) {
  const wasted = [...regions].filter(([id]) => !expected(id));
  const shown = (list: [string, number][]) => {
    const blocks = list.filter(([id]) => id.startsWith('block:'));
    const others = list.filter(([id]) => !id.startsWith('block:')).map(([id, count]) => `${id}×${count}`);
    return [...others, ...(blocks.length ? [`${blocks.length} blocks (${blocks.reduce((sum, [, count]) => sum + count, 0)} renders)`] : [])].join(', ') || 'none';
  };
  console.log(`${scenario}\n  rendered: ${shown([...regions])}\n  without reason: ${shown(wasted)}`);
  reportGoal({ name: `re-rendered without reason: ${scenario} (regions)`, value: wasted.length, goal: 0, unit: 'regions', issue: 13 });
}

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
};

describe('what re-renders in the workbench (React Profiler, development build)', () => {
  beforeAll(async () => {
    polyfillDialog();
    // jsdom has pointer events but no pointer capture.
    Element.prototype.setPointerCapture ??= () => undefined;
    Element.prototype.releasePointerCapture ??= () => undefined;
    Element.prototype.scrollIntoView ??= () => undefined;
    const host = fakeHost({
      'backups.list': async () => [],
      'documents.save': async () => ({ status: 'saved', revision: 'r2' }),
    });
    const cards = Array.from({ length: 200 }, (_, i) => card(`card-${i}`, `Techniek ${i + 1}`));
    // No autosave: a save landing in a later scenario would render what shows the file's state there.
    app = makeApplication(host, { cards, settings: { autosaveDelayMs: 0 } });
    listenToRenders(record);
    renderInWorkbench(app, createElement(Workbench));
    await settle();
    act(() => {
      app.documents.show({ ok: true, path: '/data/lange-training.draaiboek', document: createDocument({ curriculum: training() }, '0.1.0'), revision: 'r1', readOnly: false, notices: [] });
    });
    act(() => app.layout.dispatch({ type: 'select-block', selection: { key: docKey(), blockIds: ['b2-5'] } }));
    await quiet();
  });
  afterAll(() => {
    listenToRenders(null);
    cleanup();
    app.dispose();
  });

  test('dragging the side bar sash', async () => {
    const sash = screen.getByRole('separator', { name: t('resize.sidebar') });
    let whileMoving = 0;
    const { regions } = await rendersDuring(() => {
      fireEvent.pointerDown(sash, { clientX: 300, pointerId: 1 });
      for (let step = 1; step <= 20; step++) fireEvent.pointerMove(sash, { clientX: 300 + step * 5, pointerId: 1 });
      whileMoving = commits.filter((commit) => commit.id === 'side-bar').length;
      fireEvent.pointerUp(sash, { clientX: 400, pointerId: 1 });
    });
    // The side bar and its sash change size; the view inside the side bar, the editor and the rest only move.
    judge('side bar sash drag', regions, (id) => id === 'side-bar' || id === 'side-bar-sash');
    console.log(`  side bar renders during 20 pointer moves: ${whileMoving}; width after the drag: ${app.layout.store.get().sideBarWidth}px`);
  });

  test('toggling the panel', async () => {
    const { regions } = await rendersDuring(() => {
      act(() => app.layout.dispatch({ type: 'toggle-panel' }));
      act(() => app.layout.dispatch({ type: 'toggle-panel' }));
    });
    judge('panel toggle (closed and opened)', regions, (id) => id === 'panel' || id === 'panel-sash');
  });

  test('typing 10 characters in a block title', async () => {
    const form = screen.getByRole('complementary', { name: t('curriculum.blockForm') });
    const field = within(form).getByRole('textbox', { name: t('curriculum.block.title') }) as HTMLInputElement;
    field.focus();
    const editorTimes: number[] = [];
    const { regions, commits: typed } = await rendersDuring(async () => {
      for (const letter of 'oefenen!!!') {
        act(() => void fireEvent.change(field, { target: { value: field.value + letter } }));
      }
    });
    for (const commit of typed) if (commit.id === 'editor-area') editorTimes.push(commit.actualDuration);
    // The block typed in, its day (its list), the editor and its form, the tab and breadcrumbs (in the editor
    // area), and what depends on the training: the status bar (time, problems) and the problems panel.
    const reasons = new Set(['block:b2-5', 'day:day-2', `editor:${docKey()}`, 'block-form', 'editor-area', 'status-bar', 'panel']);
    judge('typing in a block title', regions, (id) => reasons.has(id));
    console.log(`  editor commits: ${editorTimes.map((time) => time.toFixed(1)).join(', ')} ms`);
    reportGoal({ name: 'typing in a block title: editor commit p95 (jsdom, development build; informative)', value: p95(editorTimes), goal: 16.7, unit: 'ms', spread: [Math.min(...editorTimes), Math.max(...editorTimes)], issue: 13 });
  });

  test('typing in the library search', async () => {
    const search = screen.getByRole('searchbox', { name: t('sidebar.search.placeholder') }) as HTMLInputElement;
    search.focus();
    const { regions } = await rendersDuring(async () => {
      for (const letter of 'techniek 1') {
        act(() => void fireEvent.change(search, { target: { value: search.value + letter } }));
      }
    });
    judge('typing in the library search', regions, (id) => id === 'side-bar' || id === 'side-bar-view');
  });
});
