import { test as base } from '@playwright/test';
import { WorkerServer, type WebEdition } from './in-process';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';

export type { WebEdition } from './in-process';

/**
 * One browser edition server per worker; each test gets fresh services over its own data folder (removed
 * afterwards) and a workbench opened with the token.
 */
export const test = base.extend<{ web: WebEdition; workbench: Workbench; library: Library }, { server: WorkerServer }>({
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

export { expect } from '@playwright/test';
