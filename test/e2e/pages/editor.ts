import type { Locator, Page } from '@playwright/test';

export class Editor {
  readonly root: Locator;
  readonly tabs: Locator;
  readonly content: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('main');
    this.tabs = this.root.getByRole('tablist');
    this.content = this.root.locator('#editor-content');
  }
  tab(name: string | RegExp): Locator {
    return this.tabs.getByRole('tab', { name });
  }
  async close(title: string): Promise<void> {
    await this.root.getByRole('button', { name: new RegExp(`(sluiten|Close).*${title}|${title}.*sluiten`) }).click();
  }
}
