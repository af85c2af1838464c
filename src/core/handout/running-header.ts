import type { Handout } from './model';
import { longDate } from './model';

/** How much of the title fits in the running header beside the date on one line. */
const RUNNING_TITLE_CHARS = 70;

/** The title for the running header: whole when short, otherwise cut at a word with an ellipsis (the cover has it whole). */
export function runningTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= RUNNING_TITLE_CHARS) return flat;
  const cut = flat.slice(0, RUNNING_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > RUNNING_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What every printed page repeats: the title and the date on top, "Pagina x van y" at the foot. */
export interface RunningHeader {
  title: string;
  date: string;
  /** With `{page}` and `{total}` for the page number and the page count. */
  pageLabel: string;
}

export const runningHeaderOf = (handout: Handout): RunningHeader => ({
  title: runningTitle(handout.cover.title),
  date: longDate(handout.generatedOn, handout.language),
  pageLabel: handout.labels.page,
});
