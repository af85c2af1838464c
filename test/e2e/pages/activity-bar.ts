import type { Locator, Page } from '@playwright/test';

export class ActivityBar {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('navigation', { name: /Activiteitenbalk|Activity bar/ });
  }
  item(name: string | RegExp): Locator {
    return this.root.getByRole('tab', { name });
  }
  async select(name: string | RegExp): Promise<void> {
    await this.item(name).click();
  }
}
