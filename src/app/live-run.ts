import {
  breakNow,
  extendCurrent,
  finishRun,
  latestRun,
  nextBlock,
  openRun,
  parkEntry,
  reflectOnEntry,
  retime,
  skipEntry,
  startRun,
  unparkEntry,
  upcomingEntries,
  withRun,
  type DayRun,
  type LiveTiming,
  type TrainingDay,
} from '../core';
import type { DocumentService } from './documents';
import { Store } from './store';

/** What the live view shows: the day, its run (null before it starts), the re-timed rest and the clock. */
export interface LiveSnapshot {
  key: string;
  dayId: string;
  /** Null when the training or the day is no longer open (closed, or the day was deleted). */
  day: TrainingDay | null;
  dayIndex: number;
  run: DayRun | null;
  timing: LiveTiming | null;
  now: number;
  /** The block still to come that "Overslaan" and "Naar parkeerplaats" act on: the next one unless chosen. */
  selectedId: string | null;
  readOnly: boolean;
}

export interface LiveRunOptions {
  /** The room's clock (epoch ms); tests and the e2e journey control it. */
  now?: () => number;
  /** How often the countdown moves on. */
  tickMs?: number;
  /** The title of a break inserted with "Pauze nu", in the training's language. */
  breakTitle: () => string;
}

export const LIVE_TICK_MS = 1000;
export const EXTEND_MINUTES = 5;
export const BREAK_MINUTES = 15;

/**
 * One day run live. The run lives in the training (through the document service), so it is saved, backed
 * up and undone like any edit, and a run interrupted by closing the app resumes from the file. This
 * service only adds the clock: it re-times the rest of the day every tick.
 */
export class LiveRunSession {
  readonly store: Store<LiveSnapshot>;
  private runId: string | null = null;
  private chosen: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly stopWatching: () => void;
  private readonly clock: () => number;

  constructor(
    private readonly documents: DocumentService,
    private readonly key: string,
    private readonly dayId: string,
    private readonly options: LiveRunOptions,
  ) {
    this.clock = options.now ?? Date.now;
    const curriculum = documents.get(key)?.history.present;
    this.runId = (curriculum && (openRun(curriculum, dayId) ?? latestRun(curriculum, dayId))?.id) ?? null;
    this.store = new Store(this.snapshot());
    this.stopWatching = documents.store.subscribe(() => this.refresh());
    this.syncTimer();
  }

  /** Starts the day now, or resumes its unfinished run. */
  begin(): void {
    const copy = this.documents.get(this.key);
    const day = this.day();
    if (!copy || !day || copy.readOnly) return;
    const open = openRun(copy.history.present, this.dayId);
    if (open) {
      this.runId = open.id;
      this.refresh();
      return;
    }
    const run = startRun(copy.history.present, day, copy.cards, new Date(this.clock()));
    this.runId = run.id;
    this.chosen = null;
    this.documents.edit(this.key, (curriculum) => withRun(curriculum, run));
  }

  next(): void {
    this.change((run, now) => nextBlock(run, now));
  }

  extend(minutes = EXTEND_MINUTES): void {
    this.change((run, now) => extendCurrent(run, minutes, now));
  }

  /** Skips the chosen block still to come (the next one unless another was chosen). */
  skip(entryId = this.store.get().selectedId): void {
    if (entryId) this.change((run, now) => skipEntry(run, entryId, now));
  }

  /** Skips the block running now and starts the next. */
  skipCurrent(): void {
    const current = this.store.get().timing?.current?.entry.id;
    if (current) this.change((run, now) => skipEntry(run, current, now));
  }

  pauseNow(minutes = BREAK_MINUTES): void {
    this.change((run, now) => breakNow(run, this.options.breakTitle(), minutes, now));
  }

  park(entryId = this.store.get().selectedId): void {
    if (entryId) this.change((run, now) => parkEntry(run, entryId, now));
  }

  unpark(entryId: string): void {
    this.change((run, now) => unparkEntry(run, entryId, now));
  }

  finish(): void {
    this.change((run, now) => finishRun(run, now));
  }

  /** Afterwards: how a block went. */
  reflect(entryId: string, reflection: { rating?: number; note?: string }): void {
    this.change((run) => reflectOnEntry(run, entryId, reflection), `reflect:${entryId}:${reflection.note === undefined ? 'rating' : 'note'}`);
  }

  /** Chooses a block still to come; `step` moves the choice up (-1) or down (+1) the list. */
  select(entryId: string): void {
    this.chosen = entryId;
    this.refresh();
  }

  selectStep(step: number): void {
    const ids = this.store.get().timing?.upcoming.map((placed) => placed.entry.id) ?? [];
    if (ids.length === 0) return;
    const at = ids.indexOf(this.store.get().selectedId ?? '');
    this.select(ids[Math.min(ids.length - 1, Math.max(0, at + step))]!);
  }

  dispose(): void {
    this.stopWatching();
    this.stopTimer();
  }

  private change(step: (run: DayRun, now: Date) => DayRun, group?: string): void {
    const run = this.store.get().run;
    if (!run || this.store.get().readOnly) return;
    const next = step(run, new Date(this.clock()));
    if (next === run) return;
    this.documents.edit(this.key, (curriculum) => withRun(curriculum, next), group ? { group } : {});
  }

  private day(): TrainingDay | null {
    return this.documents.get(this.key)?.history.present.days.find((day) => day.id === this.dayId) ?? null;
  }

  private snapshot(): LiveSnapshot {
    const copy = this.documents.get(this.key);
    const curriculum = copy?.history.present;
    const dayIndex = curriculum?.days.findIndex((day) => day.id === this.dayId) ?? -1;
    const day = dayIndex >= 0 ? curriculum!.days[dayIndex]! : null;
    const run = (this.runId && curriculum?.runs?.find((candidate) => candidate.id === this.runId)) || null;
    const now = this.clock();
    const timing = day && run ? retime(day, run, now) : null;
    const upcoming = run ? upcomingEntries(run).map((entry) => entry.id) : [];
    const selectedId = this.chosen && upcoming.includes(this.chosen) ? this.chosen : (upcoming[0] ?? null);
    return { key: this.key, dayId: this.dayId, day, dayIndex, run, timing, now, selectedId, readOnly: copy?.readOnly ?? true };
  }

  private refresh(): void {
    this.store.set(this.snapshot());
    this.syncTimer();
  }

  /** The clock ticks only while a run is going. */
  private syncTimer(): void {
    const running = this.store.get().run && !this.store.get().run!.endedAt;
    if (running && !this.timer) this.timer = setInterval(() => this.store.set(this.snapshot()), this.options.tickMs ?? LIVE_TICK_MS);
    if (!running) this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
