import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goalLine, type GoalFigure } from './goals';

/** Vitest global set-up of `npm run bench`: every benchmark file records its goals; they are listed together at the end. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-bench-goals-'));
  const file = join(dir, 'goals.jsonl');
  process.env.DRAAIBOEK_BENCH_GOALS = file;
  return () => {
    const figures: GoalFigure[] = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoalFigure) : [];
    rmSync(dir, { recursive: true, force: true });
    const missed = figures.filter((figure) => figure.value > figure.goal);
    console.log(`\nGoals: ${figures.length - missed.length} of ${figures.length} met`);
    for (const figure of figures) console.log(`  ${figure.value <= figure.goal ? '  ' : '✗ '}${goalLine(figure)}`);
  };
}
