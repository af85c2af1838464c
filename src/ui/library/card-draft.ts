import type { LocalizedText } from '../../core';

/** Lists of short bilingual texts are edited as two texts with one item per line; line N pairs with line N. */
export function toLines(items: readonly LocalizedText[]): { nl: string; en: string } {
  return { nl: items.map((item) => item.nl).join('\n'), en: items.map((item) => item.en).join('\n') };
}

export function fromLines(nl: string, en: string): LocalizedText[] {
  const left = nl.split('\n');
  const right = en.split('\n');
  const items: LocalizedText[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const item = { nl: left[i]?.trim() ?? '', en: right[i]?.trim() ?? '' };
    if (item.nl || item.en) items.push(item);
  }
  return items;
}
