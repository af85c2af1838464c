import type { TechniqueCard } from '../../src/core';

const WORDS = ['gesprek', 'vraag', 'team', 'doel', 'stap', 'kracht', 'verhaal', 'groei', 'keuze', 'samen', 'oefening', 'inzicht', 'feedback', 'toekomst', 'succes'];

/** `count` cards made from the starter cards with varied titles and texts, as a large own library would look. */
export function syntheticLibrary(starter: readonly TechniqueCard[], count: number): TechniqueCard[] {
  return Array.from({ length: count }, (_, i) => {
    const base = starter[i % starter.length]!;
    const word = (offset: number) => WORDS[(i * 7 + offset) % WORDS.length]!;
    return {
      ...base,
      id: `own-bench-${i}`,
      title: { nl: `${base.title.nl} ${word(1)} ${i}`, en: `${base.title.en} ${word(2)} ${i}` },
      summary: { nl: `${base.summary.nl} ${word(3)} ${word(4)}`, en: `${base.summary.en} ${word(5)}` },
      defaultDurationMinutes: 5 + (i % 90),
      provenance: { origin: 'own', author: 'Bench', updated: '2026-01-01T00:00:00Z' },
    };
  });
}
