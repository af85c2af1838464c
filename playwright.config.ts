import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/system-deps.mjs';

// Playwright cannot download its own browsers here: every test runs in the system's (Debian's) Chromium.
export default defineConfig({
  testDir: 'test/e2e',
  // A journey is several steps of a trainer's work; on a busy 2-core machine one may take half a minute.
  timeout: 60_000,
  // Web-first assertions wait for the app, which on a loaded machine may answer after the default 5 s.
  expect: { timeout: 10_000 },
  // One worker per core: each holds one Chromium and one in-process browser edition server.
  workers: availableParallelism(),
  // A test that fails once is a bug to fix, never to repeat.
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    locale: 'nl-NL',
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
});
