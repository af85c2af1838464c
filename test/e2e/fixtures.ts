import { expect, test as base } from '@playwright/test';
import { WorkerServer, type WebEdition } from './in-process';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

export type { WebEdition } from './in-process';

/**
 * One browser edition server per worker; each test gets fresh services over its own data folder (removed
 * afterwards) and a workbench opened with the token.
 */
export const test = base.extend<{ web: WebEdition; workbench: Workbench; library: Library; cspViolationsExpected: boolean }, { server: WorkerServer }>({
  /** Set by a journey that feeds the page hostile content on purpose: there a blocked load is the policy at work. */
  cspViolationsExpected: [false, { option: true }],
  /**
   * Every journey also proves the strict Content Security Policy holds: Chromium logs blocked loads on the
   * console, but a caught eval only as a `securitypolicyviolation` event, which every document logs here from
   * its first script on.
   */
  page: async ({ page, cspViolationsExpected }, use) => {
    const violations: string[] = [];
    page.on('console', (message) => void (/Content.Security.Policy/i.test(message.text()) && violations.push(message.text())));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)),
    );
    await use(page);
    if (!cspViolationsExpected) expect([...new Set(violations)], 'Content Security Policy violations').toEqual([]);
  },
  server: [
    async ({}, use) => {
      const server = await WorkerServer.start();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  web: async ({ server }, use) => {
    const web = await server.begin();
    await use(web);
    await server.end(web);
  },
  workbench: async ({ page, web }, use) => {
    const workbench = new Workbench(page);
    await workbench.open(web.url);
    await use(workbench);
  },
  library: async ({ workbench }, use) => {
    await use(new Library(workbench.page));
  },
});

export { expect };
