// `npm test`: all set-up, then every unit and end-to-end test, then one summary line for people and CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, root } from './prepare.mjs';
import { ensureSystemPackages } from './system-deps.mjs';

ensureSystemPackages();
prepare();
const results = join(root, 'reports'); // not test-results/: Playwright empties that folder when it starts
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs one part of the suite and returns its exit status and how long it took. */
function timed(command, args) {
  const start = performance.now();
  const { status } = spawnSync(bin(command), args, { cwd: root, stdio: 'inherit' });
  return { status, seconds: (performance.now() - start) / 1000 };
}

const unit = timed('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`]);
const e2e = timed('playwright', ['test']);

function read(file) {
  try {
    return JSON.parse(readFileSync(join(results, file), 'utf8'));
  } catch {
    return null;
  }
}
const vitest = read('vitest.json');
const playwright = read('playwright.json');
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const ok = unit.status === 0 && e2e.status === 0 && vitest && playwright;
console.log(`\nunit tests: ${unit.seconds.toFixed(0)} s; end-to-end tests: ${e2e.seconds.toFixed(0)} s`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
