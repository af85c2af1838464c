import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  parseDocument,
  serializeDocument,
  type DraaiboekDocument,
  type ParseResult,
} from '../../src/core';
import { EMBEDDED_CARD_ID, makeCardBlock, makeCurriculumDocument } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function opened(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the document to open, got ${JSON.stringify(result.problems)}`);
  return result;
}
function problemsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}
/** The 1-based number of the `occurrence`-th line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`${needle} not found`);
}
function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
}
function asJson(document: DraaiboekDocument): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(document)) as { [key: string]: Json };
}

describe('serialize and parse', () => {
  it('round-trips a valid curriculum without notices', () => {
    const document = makeCurriculumDocument(2, 4);
    const result = opened(parseDocument(serializeDocument(document)));
    expect(result.document).toEqual(document);
    expect(result.readOnly).toBe(false);
    expect(result.notices).toEqual([]);
  });

  it('round-trips a card pack without curriculum and non-ASCII text', () => {
    const document = makeCurriculumDocument(1, 1);
    delete document.curriculum;
    document.cards[0]!.title = { nl: 'Één “vraag” – ☕ 🌱', en: 'One "question"\nline two' };
    expect(opened(parseDocument(serializeDocument(document))).document).toEqual(document);
  });

  it('writes the same text whatever the key order of the input, 2-space indented, ending in a newline', () => {
    const document = makeCurriculumDocument(1, 3);
    const text = serializeDocument(document);
    const shuffled = reverseKeys(asJson(document)) as unknown as DraaiboekDocument;
    expect(Object.keys(shuffled)[0]).not.toBe('format');
    expect(serializeDocument(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "draaiboek",');
    expect(text.split('\n')[2]).toBe(`  "formatVersion": ${FORMAT_VERSION},`);
  });

  it('refuses to serialize an invalid document instead of writing it', () => {
    const document = makeCurriculumDocument(1, 1);
    document.curriculum!.days[0]!.start = '25:00';
    expect(() => serializeDocument(document)).toThrow();
  });
});

describe('problems point at the place in the text', () => {
  it('reports a JSON syntax error as not-json with line and column', () => {
    const problems = problemsOf(parseDocument('{\n  "format": "draaiboek",\n  oops\n}'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'not-json', line: 3, column: 3 });
  });

  it('reports a wrong field as invalid with its pointer and line', () => {
    const document = makeCurriculumDocument(2, 2);
    document.curriculum!.days[1]!.start = '9:00';
    const text = JSON.stringify(document, null, 2);
    const problems = problemsOf(parseDocument(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid', pointer: '/curriculum/days/1/start', line: lineOf(text, '"start": "9:00"') });
    expect(problems[0]!.detail).toMatch(/HH:MM/);
  });

  it('points a missing required field at its parent', () => {
    const json = asJson(makeCurriculumDocument(1, 2));
    const days = (json.curriculum as { days: { blocks: { [key: string]: Json }[] }[] }).days;
    delete days[0]!.blocks[1]!.durationMinutes;
    const text = JSON.stringify(json, null, 2);
    const [problem] = problemsOf(parseDocument(text));
    expect(problem).toMatchObject({ code: 'invalid', pointer: '/curriculum/days/0/blocks/1/durationMinutes' });
    // The field is missing, so the locator walks up to the block: the '{' line above the block's id.
    const lines = text.split('\n');
    let blockLine = lineOf(text, '"id": "block-1-2"');
    while (lines[blockLine - 1]!.trim() !== '{') blockLine--;
    expect(problem!.line).toBe(blockLine);
  });

  it('says not-draaiboek when format is missing or wrong, or the file is no object', () => {
    const json = asJson(makeCurriculumDocument(1, 1));
    delete json.format;
    expect(problemsOf(parseDocument(JSON.stringify(json)))[0]).toMatchObject({ code: 'not-draaiboek', pointer: '/format' });
    expect(problemsOf(parseDocument('{"format":"excel","formatVersion":1}'))[0]).toMatchObject({ code: 'not-draaiboek', line: 1, column: 2 });
    expect(problemsOf(parseDocument('[1,2]'))[0]!.code).toBe('not-draaiboek');
    expect(problemsOf(parseDocument('{"format":"draaiboek","formatVersion":"1"}'))[0]).toMatchObject({
      code: 'not-draaiboek',
      pointer: '/formatVersion',
    });
  });

  it('refuses a file over the size limit, counting bytes rather than characters', () => {
    const padding = 'é'.repeat(MAX_FILE_BYTES / 2 + 1); // fewer characters than the limit, more bytes
    const problems = problemsOf(parseDocument(`{"format":"draaiboek","pad":"${padding}"}`));
    expect(problems).toEqual([expect.objectContaining({ code: 'too-large', pointer: '' })]);
  });

  it('reports a block id used twice as duplicate-id at the second use', () => {
    const document = makeCurriculumDocument(2, 2);
    document.curriculum!.days[1]!.blocks[0]!.id = 'block-1-1';
    const text = serializeDocument(document);
    const problems = problemsOf(parseDocument(text));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate-id', pointer: '/curriculum/days/1/blocks/0/id', line: lineOf(text, '"id": "block-1-1"', 2) }),
    ]);
  });

  it('reports duplicate card and day ids too', () => {
    const document = makeCurriculumDocument(2, 1);
    document.curriculum!.days[1]!.id = 'day-1';
    document.cards.push({ ...document.cards[0]! });
    const pointers = problemsOf(parseDocument(serializeDocument(document))).map((problem) => problem.pointer);
    expect(pointers.sort()).toEqual(['/cards/1/id', '/curriculum/days/1/id']);
  });
});

describe('versions', () => {
  it('opens a newer format version read-only with a newer-version notice', () => {
    const document = makeCurriculumDocument(1, 2);
    const result = opened(parseDocument(serializeDocument(document).replace(`"formatVersion": ${FORMAT_VERSION}`, `"formatVersion": ${FORMAT_VERSION + 1}`)));
    expect(result.readOnly).toBe(true);
    expect(result.fileFormatVersion).toBe(FORMAT_VERSION + 1);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'newer-version', pointer: '/formatVersion' })]);
  });

  it('migrates a version-0 document (minutes, startTime, endTime) to the current version', () => {
    const document = makeCurriculumDocument(2, 2);
    const text = serializeDocument(document)
      .replace(`"formatVersion": ${FORMAT_VERSION}`, '"formatVersion": 0')
      .replaceAll('"durationMinutes"', '"minutes"')
      .replaceAll('"start"', '"startTime"')
      .replaceAll('"targetEnd"', '"endTime"');
    expect(text).not.toContain('durationMinutes');
    const result = opened(parseDocument(text));
    expect(result.document).toEqual(document);
    expect(result.readOnly).toBe(false);
    expect(result.fileFormatVersion).toBe(0);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'migrated', pointer: '/formatVersion' })]);
    expect(result.notices[0]!.detail).toContain('from version 0');
  });
});

describe('version 2: need layers', () => {
  it('opens a version-1 file whose cards have no layers: techniques speak of the conversation, training methods of the exercise', () => {
    const document = makeCurriculumDocument(1, 3);
    const method = { ...document.cards[0]!, id: 'tm-eigen-werkvorm', tradition: 'training-method' as const };
    document.cards.push(method);
    const version1 = serializeDocument(document)
      .replace(`"formatVersion": ${FORMAT_VERSION}`, '"formatVersion": 1')
      .replace(/\n\s*"layer": "[a-z]+",/g, '');
    expect(version1).not.toContain('"layer"');
    const result = opened(parseDocument(version1));
    expect(result.readOnly).toBe(false);
    expect(result.fileFormatVersion).toBe(1);
    expect(result.notices).toEqual([expect.objectContaining({ code: 'migrated', pointer: '/formatVersion' })]);
    const layers = Object.fromEntries(result.document.cards.map((card) => [card.id, card.needs.map((mapping) => mapping.layer)]));
    // A technique's old mappings also stay what the training counts, so the balance is as it was.
    expect(layers).toEqual({ [EMBEDDED_CARD_ID]: ['conversation', 'exercise'], 'tm-eigen-werkvorm': ['exercise'] });
    expect(serializeDocument(result.document)).toContain(`"formatVersion": ${FORMAT_VERSION}`);
  });
});

describe('merged cards', () => {
  it('points a version-1 block at tm-transfer-action-plan when pf-if-then-planning is not in the file, and leaves it when the file has its copy', () => {
    const document = makeCurriculumDocument(1, 1);
    document.curriculum!.days[0]!.blocks.push(makeCardBlock('als-dan', 'pf-if-then-planning'));
    const version1 = (withCopy: boolean) => {
      const copy = { ...document, cards: withCopy ? [...document.cards, { ...document.cards[0]!, id: 'pf-if-then-planning' }] : document.cards };
      return serializeDocument(copy).replace(`"formatVersion": ${FORMAT_VERSION}`, '"formatVersion": 1');
    };
    const cardOf = (text: string) => opened(parseDocument(text)).document.curriculum!.days[0]!.blocks.find((block) => block.id === 'als-dan');
    expect(cardOf(version1(false))).toMatchObject({ cardId: 'tm-transfer-action-plan' });
    expect(cardOf(version1(true))).toMatchObject({ cardId: 'pf-if-then-planning' });
  });
});

describe('notices and robustness', () => {
  it('gives an unknown-card notice for a card block whose card is not in the file, and still opens it', () => {
    const document = makeCurriculumDocument(1, 2);
    document.curriculum!.days[0]!.blocks.push(makeCardBlock('block-extra', 'not-in-this-file'));
    const result = opened(parseDocument(serializeDocument(document)));
    expect(result.notices).toEqual([
      expect.objectContaining({ code: 'unknown-card', pointer: '/curriculum/days/0/blocks/2/cardId' }),
    ]);
    expect(result.notices[0]!.detail).toContain('not-in-this-file');
    expect(result.document.cards.map((card) => card.id)).toEqual([EMBEDDED_CARD_ID]);
  });

  const deepArrays = '['.repeat(100_000) + ']'.repeat(100_000);
  const garbage: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"x"'],
    ['number', '1e400'],
    ['open brace', '{'],
    ['close brace', '}'],
    ['byte order mark', '\uFEFF{}'],
    ['NUL', '\u0000'],
    ['lone surrogate', '"\ud800"'],
    ['proto', '{"__proto__":{"format":"draaiboek"}}'],
    ['negative version', '{"format":"draaiboek","formatVersion":-1}'],
    ['fractional version', '{"format":"draaiboek","formatVersion":1.5}'],
    ['huge version', '{"format":"draaiboek","formatVersion":1e300}'],
    ['header only', '{"format":"draaiboek","formatVersion":1}'],
    ['comments', '// hi\n{"format":"draaiboek"}'],
    ['deep arrays', deepArrays],
    ['deep unclosed arrays', '['.repeat(100_000)],
    ['deep objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['deep app', `{"format":"draaiboek","formatVersion":1,"app":${deepArrays}}`],
    ['deep version 0', `{"format":"draaiboek","formatVersion":0,"app":${deepArrays}}`],
    ['1e6-char string', `"${'x'.repeat(1_000_000)}"`],
    ['1e6 chars of garbage', 'x'.repeat(1_000_000)],
  ];
  it.each(garbage)('never throws on garbage (%s) and explains why it refuses', (_name, input) => {
    let result: ParseResult | undefined;
    expect(() => (result = parseDocument(input))).not.toThrow();
    const problems = problemsOf(result!);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(['too-large', 'not-json', 'not-draaiboek', 'invalid', 'duplicate-id', 'migration-failed']).toContain(problem.code);
      expect(problem.detail.length).toBeGreaterThan(0);
    }
  });
});
