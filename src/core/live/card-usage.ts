import type { Curriculum } from '../model/curriculum';
import { actualMinutes } from './report';

/** One time a card ran on a training day, as read from a file's run log. */
export interface CardRunRecord {
  cardId: string;
  runId: string;
  /** The run's entry: with the run id, what makes a record the same when a file is read twice. */
  entryId: string;
  date: string;
  plannedMinutes: number;
  /** Null when the block was skipped. */
  actualMinutes: number | null;
  rating: number | null;
}

/** How a card went across the trainings the trainer opened. */
export interface CardUsage {
  cardId: string;
  /** Times it ran (skipped times not counted). */
  timesUsed: number;
  timesSkipped: number;
  /** Median of actual minus planned minutes: positive means it usually runs longer. */
  medianOverrunMinutes: number | null;
  averageRating: number | null;
  lastRun: string;
}

/** The card blocks of every run in a curriculum that ran or were skipped. */
export function cardRunRecords(curriculum: Curriculum): CardRunRecord[] {
  return (curriculum.runs ?? []).flatMap((run) =>
    run.entries.flatMap((entry) => {
      if (!entry.cardId) return [];
      const actual = actualMinutes(entry);
      if (entry.status !== 'skipped' && actual === null) return [];
      return [{ cardId: entry.cardId, runId: run.id, entryId: entry.id, date: run.date, plannedMinutes: entry.plannedMinutes, actualMinutes: actual, rating: entry.rating ?? null }];
    }),
  );
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Per card: times used, the median overrun and the average rating. A run read from two files counts once. */
export function summarizeCardUsage(records: readonly CardRunRecord[]): Map<string, CardUsage> {
  // The same training saved under two names (a copy) holds the same runs: each counts once.
  const unique = new Map(records.map((record) => [`${record.runId} ${record.entryId}`, record]));
  const byCard = new Map<string, CardRunRecord[]>();
  for (const record of unique.values()) byCard.set(record.cardId, [...(byCard.get(record.cardId) ?? []), record]);
  const usage = new Map<string, CardUsage>();
  for (const [cardId, list] of byCard) {
    const ran = list.filter((record) => record.actualMinutes !== null);
    const ratings = list.flatMap((record) => (record.rating === null ? [] : [record.rating]));
    usage.set(cardId, {
      cardId,
      timesUsed: ran.length,
      timesSkipped: list.length - ran.length,
      medianOverrunMinutes: median(ran.map((record) => record.actualMinutes! - record.plannedMinutes)),
      averageRating: ratings.length ? ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length : null,
      lastRun: list.map((record) => record.date).sort().at(-1)!,
    });
  }
  return usage;
}
