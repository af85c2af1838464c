import type { Locator, Page } from '@playwright/test';

export class Panel {
  readonly root: Locator;
  readonly content: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('region', { name: /^(Paneel|Panel)$/ });
    this.content = this.root.locator('#panel-content');
  }
  tab(name: string | RegExp): Locator {
    return this.root.getByRole('tab', { name });
  }
  async hide(): Promise<void> {
    await this.root.getByRole('button', { name: /Paneel verbergen|Hide panel/ }).click();
  }
}
