import { test as base } from '@playwright/test';
import { Library } from './pages/library';
import { Workbench } from './pages/workbench';
import { startWebEdition, type WebEdition } from './web-edition';

/** Each test gets its own browser edition (own data folder) and a workbench opened with the token. */
export const test = base.extend<{ web: WebEdition; workbench: Workbench; library: Library }>({
  web: async ({}, use) => {
    const web = await startWebEdition();
    await use(web);
    await web.stop();
  },
  workbench: async ({ page, web }, use) => {
    const workbench = new Workbench(page);
    await workbench.open(web.url);
    await use(workbench);
  },
  library: async ({ workbench, page }, use) => {
    await use(new Library(workbench.page === page ? page : workbench.page));
  },
});

export { expect } from '@playwright/test';
