import { appendFileSync } from 'node:fs';

/** One benchmark figure against the goal an issue set for it. Lower is better for every goal we have. */
export interface GoalFigure {
  /** What was measured, as a trainer or a developer would name it. */
  name: string;
  /** The figure compared with the goal (a median unless the goal says otherwise). */
  value: number;
  goal: number;
  /** 'ms', 's', 'KB', or 'x' for a ratio against something measured in the same run. */
  unit: string;
  /** Lowest and highest of the runs behind the figure, so a reader sees how steady it is. */
  spread?: [number, number];
  /** Which issue set the goal. */
  issue: number;
}

const format = (value: number, unit: string) => `${value.toFixed(unit === 'x' ? 2 : Number.isInteger(value) || value >= 100 ? 0 : 1)}${unit === 'x' ? 'x' : ` ${unit}`}`;

/** The figure, its spread and its goal on one line; a missed goal is marked so that it stands out. */
export function goalLine(figure: GoalFigure): string {
  const spread = figure.spread ? ` (${format(figure.spread[0], figure.unit)} – ${format(figure.spread[1], figure.unit)})` : '';
  const verdict = figure.value <= figure.goal ? 'goal met' : '>>> GOAL MISSED <<<';
  return `${figure.name}: ${format(figure.value, figure.unit)}${spread}   goal ≤ ${format(figure.goal, figure.unit)} (issue ${figure.issue})   ${verdict}`;
}

/**
 * Prints the figure against its goal and records it for the summary that `npm run bench` prints at the end
 * (see goals-summary.ts), so a missed goal in the middle of long output is not overlooked.
 */
export function reportGoal(figure: GoalFigure): void {
  console.log(goalLine(figure));
  const file = process.env.DRAAIBOEK_BENCH_GOALS;
  if (file) appendFileSync(file, JSON.stringify(figure) + '\n');
}

/** Median and spread of a list of timings. */
export function summarize(values: readonly number[]): { median: number; spread: [number, number] } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, spread: [sorted[0]!, sorted.at(-1)!] };
}
