import { translator } from '../i18n';
import type { Handout } from './model';

/**
 * A shared file can hold a field of millions of characters, and printing that takes minutes (or never
 * ends). A handout therefore carries at most this much text: a longer field is cut, and so is everything
 * after the total is reached, each time with a notice in the output saying so. The file itself keeps it all.
 */
export interface HandoutLimits {
  /** Characters of one field: about six dense A4 pages, far more than any card or block needs. */
  field: number;
  /** Characters of the whole handout: some 120 pages, still printed in seconds. */
  total: number;
}

export const HANDOUT_LIMITS: HandoutLimits = { field: 20_000, total: 400_000 };

/** The builder's own strings (anchors, times, kinds, translated labels): never user text, never cut. */
const OURS = new Set([
  'anchor',
  'programmeAnchor',
  'timetableAnchor',
  'materialsAnchor',
  'time',
  'start',
  'end',
  'kind',
  'format',
  'need',
  'effect',
  'hours',
  'planned',
  'overrun',
  'label',
  'intro',
  'edition',
  'generatedOn',
  'workForm',
  'groupFormat',
]);

/** The handout with its text within `limits`; a handout within them comes back unchanged. */
export function limitHandout<H extends Handout>(handout: H, limits: HandoutLimits = HANDOUT_LIMITS): H {
  const t = translator(handout.language);
  const number = (value: number) => new Intl.NumberFormat(handout.language).format(value);
  let left = limits.total;
  let noticeGiven = false;

  const cut = (text: string): string => {
    const allowed = Math.min(limits.field, left);
    if (text.length <= allowed) {
      left -= text.length;
      return text;
    }
    left -= allowed;
    const byTotal = allowed < limits.field;
    // After the one notice that the total was reached, the remaining texts are simply left out.
    if (byTotal && noticeGiven) return '';
    noticeGiven ||= byTotal;
    // Not between the two halves of a surrogate pair, so the kept text stays valid Unicode.
    const end = allowed > 0 && /[\uD800-\uDBFF]/.test(text[allowed - 1]!) ? allowed - 1 : allowed;
    const params = { limit: number(byTotal ? limits.total : limits.field), count: number(text.length - end) };
    const notice = t(byTotal ? 'handout.cut.total' : 'handout.cut.field', params);
    return `${text.slice(0, end).trimEnd()}\n\n${notice}`.trimStart();
  };

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return cut(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, OURS.has(key) ? item : walk(item)]));
    }
    return value;
  };

  // Language, edition and labels at the top are the handout's own; the rest is walked in reading order.
  return { ...handout, title: cut(handout.title), cover: walk(handout.cover), toc: walk(handout.toc), days: walk(handout.days) } as H;
}
