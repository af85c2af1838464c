// `npm run electronegativity`: Electronegativity's checks over the desktop glue and the app's source, offline.
// Every finding must be listed, with its reason, in electronegativity.jsonc; anything else fails the run,
// and so does a listed entry that no longer matches (a stale excuse hides the next real finding).
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'jsonc-parser';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// The configuration's folder is where the scanned folders are; a test passes its own.
const configFile = process.argv[2] ? resolve(process.argv[2]) : join(repo, 'electronegativity.jsonc');
const root = dirname(configFile);
const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(join(toolDir, 'package.json'));

// The tool fetches translations and Electron's release list from the internet; CI has no internet and must
// not try. Its HTTP client is replaced before the tool loads, and its locale set-up is done here, from the
// English file it ships.
const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
toolRequire.cache[toolRequire.resolve('got')] = { id: 'got', loaded: true, exports: offline };
toolRequire.cache[join(toolDir, 'dist/locales/i18n.js')] = {
  id: 'i18n',
  loaded: true,
  exports: {
    __esModule: true,
    default: async () => {
      const i18n = toolRequire('i18n');
      i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(toolDir, 'dist/locales'), updateFiles: false, objectNotation: true, register: global });
      i18n.setLocale('en-US');
    },
  },
};
const run = toolRequire('./dist/runner.js');

const config = parse(readFileSync(configFile, 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.electron;

// One scan over all folders together, so that checks across files (a CSP in the HTML, navigation limits in
// the main process) see the whole app. The tool takes one folder, so it reads a temporary copy.
const scanDir = mkdtempSync(join(tmpdir(), 'draaiboek-electronegativity-'));
const findings = [];
try {
  for (const folder of config.folders) cpSync(join(root, folder), join(scanDir, folder), { recursive: true });
  const result = await run({
    input: scanDir,
    excludeFromScan: config.skipChecks.map((skip) => skip.check.toLowerCase()),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const where = (file) => (file && file !== 'N/A' ? relative(scanDir, file) : 'N/A');
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    findings.push({ check: 'PARSE_ERROR', file: where(error.file), line: 0, text: error.message });
  }
  for (const issue of result.issues) {
    findings.push({ check: issue.id, file: where(issue.file), line: issue.location?.line ?? 0, text: issue.description });
  }
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}

const allowed = config.allow;
const missingReason = [...allowed, ...config.skipChecks].filter((entry) => !entry.reason?.trim());
const matches = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
const unexplained = findings.filter((finding) => !allowed.some((entry) => matches(entry, finding)));
const stale = allowed.filter((entry) => !findings.some((finding) => matches(entry, finding)));

for (const f of unexplained) console.error(`${f.file}:${f.line}: ${f.check}: ${f.text}`);
for (const e of stale) console.error(`${relative(repo, configFile)}: "${e.check}" for ${e.file} no longer occurs; remove the entry`);
for (const e of missingReason) console.error(`${relative(repo, configFile)}: "${e.check}" has no reason`);
const explained = findings.length - unexplained.length;
console.log(`electronegativity: ${config.folders.join(', ')}: ${findings.length} findings, ${explained} explained in ${relative(repo, configFile)}, ${unexplained.length} unexplained`);
process.exit(unexplained.length + stale.length + missingReason.length > 0 ? 1 : 0);
