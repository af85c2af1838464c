import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { DraaiboekDocument, FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES } from './document';
import { makeLocator, pointerOf, positionOfOffset } from './locate';
import { migrate } from './migrations';
import type { FileNotice, FileProblem } from './problems';

export interface OpenedDocument {
  ok: true;
  document: DraaiboekDocument;
  /** The version written in the file; higher than FORMAT_VERSION means the file must not be overwritten. */
  fileFormatVersion: number;
  readOnly: boolean;
  notices: FileNotice[];
}
export interface UnreadableDocument {
  ok: false;
  problems: FileProblem[];
}
export type ParseResult = OpenedDocument | UnreadableDocument;

const MAX_PROBLEMS = 50;

function fail(...problems: FileProblem[]): UnreadableDocument {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** UTF-8 byte count without TextEncoder, which the core (no DOM, no Node) does not assume. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Reads a `.draaiboek` file's text. Never throws: a bad file yields problems that name the place and the reason. */
export function parseDocument(text: string): ParseResult {
  const bytes = text.length > MAX_FILE_BYTES / 4 ? utf8Length(text) : text.length;
  if (bytes > MAX_FILE_BYTES) {
    return fail({ code: 'too-large', pointer: '', detail: `${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes` });
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(describeJsonSyntaxError(text));
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({ code: 'not-draaiboek', pointer: '', line: 1, column: 1, detail: 'the file is not a JSON object' });
  }
  const header = raw as Record<string, unknown>;
  const locate = makeLocator(text);
  if (header.format !== FORMAT_NAME) {
    return fail({ code: 'not-draaiboek', pointer: '/format', ...locate(['format']), detail: `"format" must be "${FORMAT_NAME}"` });
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail({ code: 'not-draaiboek', pointer: '/formatVersion', ...locate(['formatVersion']), detail: '"formatVersion" must be a whole number' });
  }

  const notices: FileNotice[] = [];
  let candidate: Record<string, unknown> = header;
  if (version < FORMAT_VERSION) {
    try {
      const migrated = migrate(header, version);
      candidate = migrated.document;
      notices.push({ code: 'migrated', pointer: '/formatVersion', detail: `from version ${version}: ${migrated.steps.join('; ')}` });
    } catch (error) {
      return fail({ code: 'migration-failed', pointer: '/formatVersion', ...locate(['formatVersion']), detail: String(error) });
    }
  }
  const readOnly = version > FORMAT_VERSION;
  if (readOnly) {
    notices.push({ code: 'newer-version', pointer: '/formatVersion', detail: `file version ${version}, this app reads up to ${FORMAT_VERSION}` });
  }

  const checked = DraaiboekDocument.safeParse(candidate);
  if (!checked.success) {
    return fail(
      ...checked.error.issues.map((issue) => ({
        code: 'invalid' as const,
        pointer: pointerOf(issue.path),
        ...locate(issue.path),
        detail: issue.message,
      })),
    );
  }

  const duplicates = findDuplicateIds(checked.data).map((path) => ({
    code: 'duplicate-id' as const,
    pointer: pointerOf(path),
    ...locate(path),
    detail: 'this id is used twice in the file',
  }));
  if (duplicates.length > 0) return fail(...duplicates);

  notices.push(...findUnknownCards(checked.data));
  return { ok: true, document: checked.data, fileFormatVersion: version, readOnly, notices };
}

function describeJsonSyntaxError(text: string): FileProblem {
  const errors: ParseError[] = [];
  try {
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: very deep nesting overflows the stack, so the place of the error is unknown
  }
  const first = errors[0];
  if (!first) return { code: 'not-json', pointer: '', detail: 'the file is not valid JSON' };
  return {
    code: 'not-json',
    pointer: '',
    ...positionOfOffset(text, first.offset),
    detail: `JSON syntax error: ${printParseErrorCode(first.error)}`,
  };
}

type Path = (string | number)[];

/** Ids must be unique per kind so that a merge can match days, blocks and cards between two files. */
function findDuplicateIds(document: DraaiboekDocument): Path[] {
  const duplicates: Path[] = [];
  const check = (seen: Set<string>, id: string, path: Path) => {
    if (seen.has(id)) duplicates.push([...path, 'id']);
    seen.add(id);
  };
  const cardIds = new Set<string>();
  document.cards.forEach((card, i) => check(cardIds, card.id, ['cards', i]));
  const moduleIds = new Set<string>();
  const blockIds = new Set<string>();
  document.modules.forEach((module, i) => {
    check(moduleIds, module.id, ['modules', i]);
    module.blocks.forEach((block, j) => check(blockIds, block.id, ['modules', i, 'blocks', j]));
  });
  const curriculum = document.curriculum;
  if (curriculum) {
    const dayIds = new Set<string>();
    curriculum.days.forEach((day, i) => {
      check(dayIds, day.id, ['curriculum', 'days', i]);
      day.blocks.forEach((block, j) => check(blockIds, block.id, ['curriculum', 'days', i, 'blocks', j]));
    });
    curriculum.parking.forEach((block, j) => check(blockIds, block.id, ['curriculum', 'parking', j]));
  }
  return duplicates;
}

/** A card block may name a card that is in the reader's library, so this is a notice, not an error. */
function findUnknownCards(document: DraaiboekDocument): FileNotice[] {
  const known = new Set(document.cards.map((card) => card.id));
  const notices: FileNotice[] = [];
  const check = (blocks: DraaiboekDocument['modules'][number]['blocks'], path: Path) =>
    blocks.forEach((block, j) => {
      if (block.kind === 'card' && !known.has(block.cardId)) {
        notices.push({ code: 'unknown-card', pointer: pointerOf([...path, j, 'cardId']), detail: `card "${block.cardId}" is not embedded in the file` });
      }
      if (block.kind === 'choice') {
        block.alternatives.forEach((alternative, k) => {
          if (alternative.kind === 'card' && !known.has(alternative.cardId)) {
            notices.push({ code: 'unknown-card', pointer: pointerOf([...path, j, 'alternatives', k, 'cardId']), detail: `card "${alternative.cardId}" is not embedded in the file` });
          }
        });
      }
    });
  document.curriculum?.days.forEach((day, i) => check(day.blocks, ['curriculum', 'days', i, 'blocks']));
  if (document.curriculum) check(document.curriculum.parking, ['curriculum', 'parking']);
  document.modules.forEach((module, i) => check(module.blocks, ['modules', i, 'blocks']));
  return notices;
}
