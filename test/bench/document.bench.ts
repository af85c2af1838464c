import { afterAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { parseDocument, serializeDocument } from '../../src/core';
import { openDocument, saveDocument } from '../../src/services';
import { makeCurriculumDocument, makeTempDir, removeDir } from '../unit/fixtures';
import { measure } from './measure';

// Speed targets are reported here, never asserted in the test suite: 20 days x 25 blocks.
const document = makeCurriculumDocument(20, 25);
const text = serializeDocument(document);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

test(`curriculum of 20 days x 25 blocks (${(text.length / 1024).toFixed(0)} KiB)`, async () => {
  const dir = await makeTempDir('draaiboek-bench-');
  dirs.push(dir);
  const file = join(dir, 'bench.draaiboek');
  let revision: string | null = null;

  await measure('parse + validate (core)', () => parseDocument(text));
  await measure('serialize (core)', () => serializeDocument(document));
  await measure('save: serialize + atomic write (service)', async () => {
    const result = await saveDocument(file, document, revision);
    if (result.status === 'saved') revision = result.revision;
  });
  await measure('open: read + parse + validate (service)', () => openDocument(file));
  expect((await openDocument(file)).ok).toBe(true);
});
