import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures';

const MAIN = join(REPO_ROOT, 'out', 'main');
const built = existsSync(join(MAIN, 'cli.js'));
const filesOf = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)]));

/** Every module a built file imports by name (not a relative path). */
function packagesImported(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const names = [...code.matchAll(/(?:^|[;\s])(?:import|export)\s[^;]*?\sfrom\s*"([^"]+)"|import\("([^"]+)"\)|require\("([^"]+)"\)/gm)].map((match) => match[1] ?? match[2] ?? match[3]!);
  return names.filter((name) => !name.startsWith('.'));
}

describe.skipIf(!built)('the built main process, preload, web server and command line (skipped before `npm run build`)', () => {
  it('load no package from node_modules: the desktop package carries only its own files', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const foreign = [...filesOf(MAIN), ...filesOf(join(REPO_ROOT, 'out', 'preload'))]
      .filter((file) => /\.c?js$/.test(file))
      .flatMap((file) => packagesImported(file).filter((name) => !allowed.has(name)).map((name) => `${file}: ${name}`));
    expect(foreign).toEqual([]);
  });

  it('list no runtime dependencies, since everything they would hold is bundled', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it('let `draaiboek validate` load neither the handout renderer nor the Word writer', () => {
    // The CLI loads a command's code when that command runs; what validate needs is the format and the messages.
    const validate = filesOf(join(MAIN, 'chunks')).find((file) => /[\\/]validate-[^/\\]+\.js$/.test(file));
    expect(validate).toBeDefined();
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const code = readFileSync(file, 'utf8');
      // Static imports only: a dynamic import() is loaded when it runs, not when the file loads.
      for (const match of code.matchAll(/(?:^|[;\s])import\s[^;]*?\sfrom\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm)) visit(join(file, '..', match[1] ?? match[2]!));
    };
    visit(validate!);
    const text = [...reached].map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(text).not.toContain('createHyphenator');
    expect(text).not.toContain('w:document');
  });

  it('run as an installed package: no sources, no node_modules, nothing built on the way', async () => {
    const installed = await mkdtemp(join(tmpdir(), 'draaiboek-installed-'));
    try {
      for (const part of ['package.json', 'bin', 'scripts/prepare.mjs', 'out/main', 'resources/cards', 'resources/examples']) await cp(join(REPO_ROOT, part), join(installed, part), { recursive: true });
      const example = join(installed, 'resources', 'examples', 'basistraining-activerende-gespreksvoering.draaiboek');
      const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', DRAAIBOEK_DATA_DIR: join(installed, 'data') };
      const run = await promisify(execFile)(process.execPath, [join(installed, 'bin', 'draaiboek.mjs'), 'validate', example], { env });
      expect(run.stdout).toBe(`${example}: valid\n`);
      // An installed package is not a checkout: no "Building Draaiboek…", no npm run.
      expect(run.stderr).toBe('');
      expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    } finally {
      await rm(installed, { recursive: true, force: true });
    }
  });
});
