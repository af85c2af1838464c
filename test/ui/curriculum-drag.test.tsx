// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/app';
import { customBlock, scheduleDay } from '../../src/core';
import { useWorkingCopy } from '../../src/ui/app/context';
import { CurriculumDnd } from '../../src/ui/curriculum/CurriculumDnd';
import { DayColumn } from '../../src/ui/curriculum/DayColumn';
import { ParkingArea } from '../../src/ui/curriculum/ParkingArea';
import { fakeHost, makeApplication, renderInWorkbench } from './harness';

// Issue 13: a block moved by keyboard lands where the arrow keys put it, and every step is announced.

/** A layout for jsdom, which has none: the lists side by side, 300 pixels apart, their blocks 60 pixels high. */
function rectOf(element: Element): DOMRect {
  const lists = [...document.querySelectorAll('ol[data-drop-id]')];
  const list = element.closest('ol[data-drop-id]');
  const left = list ? lists.indexOf(list) * 300 : 0;
  const index = element.matches('li[data-block-id]') ? [...element.parentElement!.children].indexOf(element) : -1;
  const top = index >= 0 ? 10 + index * 60 : 0;
  const height = index >= 0 ? 56 : element.matches('ol') ? 400 : 0;
  return { x: left, y: top, left, top, width: 280, height, right: left + 280, bottom: top + height, toJSON: () => ({}) } as DOMRect;
}

let app: Application | undefined;
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rectOf(this);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  app?.dispose();
  app = undefined;
});

const NO_IDS: readonly string[] = [];
const select = () => undefined;

/** The days and the parking area of a training, in the workbench's one drag-and-drop context. */
function Days({ docKey }: { docKey: string }) {
  const copy = useWorkingCopy(docKey)!;
  const { days, parking } = copy.history.present;
  return (
    <CurriculumDnd>
      {days.map((day, index) => (
        <DayColumn key={day.id} docKey={docKey} day={day} index={index} schedule={scheduleDay(day)} cards={copy.cards} selected={NO_IDS} readOnly={false} onSelect={select} />
      ))}
      <ParkingArea docKey={docKey} blocks={parking} cards={copy.cards} selected={NO_IDS} readOnly={false} onSelect={select} />
    </CurriculumDnd>
  );
}

/** A key on the focused element, then a turn of the event loop: dnd-kit listens for the next key only after one. */
async function key(code: string) {
  await act(async () => {
    fireEvent.keyDown(document.activeElement ?? document.body, { code, key: code === 'Space' ? ' ' : code });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const titles = (day: string) => [...screen.getByRole('region', { name: day }).querySelectorAll('.block-title')].map((element) => element.textContent);
const announced = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';

describe('moving a block by keyboard', () => {
  it('Space picks it up, the arrows move it through its day and into the next, Space drops it there, each step announced', async () => {
    app = makeApplication(fakeHost());
    const docKey = app.documents.create();
    app.documents.edit(docKey, (curriculum) => ({
      ...curriculum,
      days: [
        { ...curriculum.days[0]!, title: 'Maandag', blocks: ['A', 'B', 'C'].map((name) => customBlock('exercise', `Blok ${name}`, 30)) },
        { ...curriculum.days[0]!, id: 'day-2', title: 'Dinsdag', blocks: [customBlock('theory', 'Blok D', 30)] },
      ],
    }));
    renderInWorkbench(app, <Days docKey={docKey} />);

    const handle = screen.getByText('Blok A').closest<HTMLElement>('.block-body')!;
    act(() => handle.focus());
    await key('Space');
    expect(announced()).toMatch(/Blok A (opgepakt|boven)/);
    await key('ArrowDown');
    expect(announced()).toBe('Blok A boven Blok B.');
    await key('Space');
    expect(announced()).toBe('Blok A neergezet in Maandag, op plaats 2.');
    expect(titles('Maandag')).toEqual(['Blok B', 'Blok A', 'Blok C']);

    // Down past the end of its day: the first place of the next day.
    act(() => screen.getByText('Blok C').closest<HTMLElement>('.block-body')!.focus());
    await key('Space');
    await key('ArrowDown');
    expect(announced()).toBe('Blok C boven Blok D.');
    await key('Space');
    expect(announced()).toBe('Blok C neergezet in Dinsdag, op plaats 1.');
    expect(titles('Maandag')).toEqual(['Blok B', 'Blok A']);
    expect(titles('Dinsdag')).toEqual(['Blok C', 'Blok D']);
  });

  it('Escape puts it back where it was', async () => {
    app = makeApplication(fakeHost());
    const docKey = app.documents.create();
    app.documents.edit(docKey, (curriculum) => ({ ...curriculum, days: [{ ...curriculum.days[0]!, title: 'Maandag', blocks: ['A', 'B'].map((name) => customBlock('exercise', `Blok ${name}`, 30)) }] }));
    renderInWorkbench(app, <Days docKey={docKey} />);
    act(() => screen.getByText('Blok A').closest<HTMLElement>('.block-body')!.focus());
    await key('Space');
    await key('ArrowDown');
    await key('Escape');
    expect(announced()).toBe('Blok A teruggezet.');
    expect(titles('Maandag')).toEqual(['Blok A', 'Blok B']);
  });
});
