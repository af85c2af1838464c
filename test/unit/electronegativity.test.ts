import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir, removeDir } from './fixtures';

// `npm run electronegativity` (CI runs it on the project after lint): a finding nobody explained, or an
// explanation that no longer matches, fails the run; and it never reaches for the internet. Tried here on a
// small app of its own, so the test stays fast.
const script = join(REPO_ROOT, 'scripts', 'electronegativity.mjs');
const run = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, [script, ...args], { cwd: REPO_ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );

describe('electronegativity', () => {
  describe('on a small app of its own', () => {
    let dir: string;
    const config = (allow: unknown[]) =>
      writeFile(join(dir, 'electronegativity.jsonc'), JSON.stringify({ folders: ['electron'], skipChecks: [{ check: 'AvailableSecurityFixesGlobalCheck', reason: 'offline' }], allow }));
    beforeEach(async () => {
      dir = await makeTempDir();
      await mkdir(join(dir, 'electron'));
      const main = "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n";
      await writeFile(join(dir, 'electron', 'main.ts'), main);
    });
    afterEach(() => removeDir(dir));

    it('fails on a finding nobody explained (naming file, line and check), a stale entry and an entry without a reason', async () => {
      await config([
        { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/gone.ts', reason: 'was there once' },
        { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main.ts', reason: '' },
      ]);
      const result = await run(join(dir, 'electronegativity.jsonc'));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^electron\/main\.ts:2: NODE_INTEGRATION_JS_CHECK: /m);
      expect(result.stderr).toContain('"OPEN_EXTERNAL_JS_CHECK" for electron/gone.ts no longer occurs');
      expect(result.stderr).toContain('"CONTEXT_ISOLATION_JS_CHECK" has no reason');
    });

    it('passes, offline, when every finding is explained', async () => {
      const inMain = ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'];
      const global = ['CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'];
      await config([
        ...inMain.map((check) => ({ check, file: 'electron/main.ts', reason: 'a test' })),
        ...global.map((check) => ({ check, file: 'N/A', reason: 'a test' })),
      ]);
      const result = await run(join(dir, 'electronegativity.jsonc'));
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/Fetching|connectivity|translations/);
      expect(result.stdout).toMatch(/0 unexplained/);
      expect(result.status).toBe(0);
    });
  });
});
