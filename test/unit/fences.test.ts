import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const isFence = (ruleId: string | null | undefined) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals';
// Only the fence rules run: `npm run lint` checks the rest, and the whole tree lints in a second this way.
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => isFence(ruleId) });

/** Lints a snippet as if it were a file at `path` and returns the fence violations it causes. */
async function fenceViolations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((m) => isFence(m.ruleId)).map((m) => m.message);
}

describe('import fences (eslint no-restricted-imports)', () => {
  it.each([
    ['src/core/model/x.ts', "import { readFile } from 'node:fs';", /Node built-ins/],
    ['src/core/model/x.ts', "import { createHash } from 'crypto';", /Node built-ins/],
    ['src/core/model/x.ts', "import { app } from 'electron';", /only electron\//],
    ['src/core/model/x.ts', "import { useState } from 'react';", /React belongs in src\/ui/],
    ['src/core/model/x.ts', "import { createNodeServices } from '../../services';", /through the host contract/],
    ['src/core/model/x.ts', "import { contract } from '../../contract';", /does not know the host contract/],
    ['src/core/model/x.ts', 'export const el = document.body;', /document/],
    ['src/ui/views/x.tsx', "import { readFile } from 'node:fs/promises';", /Node built-ins/],
    ['src/ui/views/x.tsx', "import { ipcRenderer } from 'electron';", /only electron\//],
    ['src/ui/views/x.tsx', "import { openDocument } from '../../services';", /through the host contract/],
    ['src/ui/views/x.tsx', "import { startWebServer } from '../../web/server';", /hosts sit on top/],
    ['electron/main/x.ts', "import { startWebServer } from '../../src/web/server';", /only the core, the contract and the services/],
    ['electron/main/x.ts', "import { App } from '../../src/ui/App';", /only the renderer/],
    ['electron/main/x.ts', "import { Low } from 'lowdb';", /storage goes through src\/services/],
    ['src/services/x.ts', "import { app } from 'electron';", /only electron\//],
    ['src/app/x.ts', "import { useState } from 'react';", /React belongs in src\/ui/],
    ['src/app/x.ts', "import { readFile } from 'node:fs';", /Node built-ins/],
    ['src/app/x.ts', "import { Workbench } from '../ui/workbench/Workbench';", /only the renderer/],
    ['src/app/x.ts', "import { openDocument } from '../services';", /through the host contract/],
    ['src/app/x.ts', 'export const el = window.document;', /window/],
    ['src/services/x.ts', "import { DocumentService } from '../app';", /application layer sits under the UI/],
    ['src/core/model/x.ts', "import { Store } from '../../app';", /application layer sits under the UI/],
  ])('%s refuses %s', async (path, code, message) => {
    const violations = await fenceViolations(path, code);
    expect(violations.join('\n')).toMatch(message);
  });

  it.each([
    ['src/core/model/x.ts', "import { z } from 'zod';"],
    ['src/contract/x.ts', "import { TechniqueCard } from '../core';"],
    ['src/ui/views/x.tsx', "import { contract } from '../../contract';\nimport { useState } from 'react';"],
    ['src/ui/views/x.tsx', "import { DocumentService } from '../../app';"],
    ['src/app/x.ts', "import { contract } from '../contract';\nimport { newId } from '../core';"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createNodeServices } from '../../src/services';\nimport { readFile } from 'node:fs';"],
    ['src/services/x.ts', "import { readFile } from 'node:fs/promises';\nimport { Low } from 'lowdb';"],
  ])('%s allows %s', async (path, code) => {
    expect(await fenceViolations(path, code)).toEqual([]);
  });

  it('the real source tree is inside its fences', async () => {
    const results = await eslint.lintFiles(['src', 'electron']);
    const violations = results.flatMap((r) => r.messages.filter((m) => isFence(m.ruleId)).map((m) => `${r.filePath}: ${m.message}`));
    expect(violations).toEqual([]);
  }, 60_000); // parses every source file: a few seconds alone, several times that beside other test files on 2 cores
});
