import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  FILE_EXTENSION,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  parseDocument,
  serializeDocument,
  type DraaiboekDocument,
} from '../core';
import { AppError, type OpenResult, type SaveResult } from '../contract';
import { writeFileAtomic } from './atomic-write';

export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Opens a .draaiboek file; a bad file gives problems, never an exception, and is never touched. */
export async function openDocument(requestedPath: string): Promise<OpenResult> {
  const path = resolve(requestedPath);
  const unreadable = (detail: string): OpenResult => ({ ok: false, path, problems: [{ code: 'unreadable', pointer: '', detail }] });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return unreadable('not a file');
    size = info.size;
  } catch (error) {
    return unreadable((error as Error).message);
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, path, problems: [{ code: 'too-large', pointer: '', detail: `${size} bytes; the limit is ${MAX_FILE_BYTES} bytes` }] };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable((error as Error).message);
  }
  const parsed = parseDocument(decode(bytes));
  if (!parsed.ok) return { ok: false, path, problems: parsed.problems };
  return { ok: true, path, document: parsed.document, revision: revisionOf(bytes), readOnly: parsed.readOnly, notices: parsed.notices };
}

/**
 * Saves atomically, but only over the very file that was read (same revision), and never over a file
 * of a newer format version. `expectedRevision: null` means "this is a new file".
 */
export async function saveDocument(
  requestedPath: string,
  document: DraaiboekDocument,
  expectedRevision: string | null,
): Promise<SaveResult> {
  const path = resolve(requestedPath);
  if (extname(path) !== FILE_EXTENSION) {
    throw new AppError('wrong-extension', { file: path, format: 'Draaiboek', extension: FILE_EXTENSION }, `${path}: a curriculum file must end in ${FILE_EXTENSION}`);
  }
  const onDisk = await readIfExists(path);
  if (onDisk) {
    const formatVersion = peekFormatVersion(onDisk);
    if (formatVersion !== null && formatVersion > FORMAT_VERSION) {
      return { status: 'read-only', detail: `${path} has format version ${formatVersion}; this app writes ${FORMAT_VERSION}` };
    }
  }
  const currentRevision = onDisk ? revisionOf(onDisk) : null;
  if (currentRevision !== expectedRevision) return { status: 'changed-on-disk', revision: currentRevision };

  const bytes = new TextEncoder().encode(serializeDocument(document));
  await writeFileAtomic(path, bytes);
  return { status: 'saved', revision: revisionOf(bytes) };
}

function peekFormatVersion(bytes: Uint8Array): number | null {
  try {
    const value = (JSON.parse(decode(bytes)) as { formatVersion?: unknown }).formatVersion;
    return typeof value === 'number' ? value : null;
  } catch {
    return null;
  }
}
