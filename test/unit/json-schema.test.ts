import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema, FORMAT_VERSION } from '../../src/core';
import { REPO_ROOT } from './fixtures';

const SCHEMA_FILE = join(REPO_ROOT, 'resources', 'schema', 'draaiboek.schema.json');
const expected = JSON.stringify(documentJsonSchema(), null, 2) + '\n';

describe('checked-in JSON schema', () => {
  // `UPDATE_SCHEMA=1 npx vitest run test/unit/json-schema.test.ts` rewrites the file (what `npm run schema` does).
  if (process.env.UPDATE_SCHEMA === '1') {
    mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, expected);
  }

  it('is up to date with the format', () => {
    const actual = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '(missing)';
    expect(actual === expected, `${SCHEMA_FILE} is out of date: run \`npm run schema\` and commit the result`).toBe(true);
  });

  it('describes the current format version and requires the header fields', () => {
    const schema = documentJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://draaiboek.app/schema/draaiboek-v${FORMAT_VERSION}.json`);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'app', 'cards', 'modules']));
    expect(schema.required).not.toContain('curriculum');
  });
});
