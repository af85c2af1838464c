import type { Locator, Page } from '@playwright/test';

export class StatusBar {
  readonly root: Locator;
  constructor(page: Page) {
    this.root = page.getByRole('contentinfo');
  }
  get languageButton(): Locator {
    return this.root.getByRole('button', { name: /Taal|Language/ });
  }
  get themeButton(): Locator {
    return this.root.getByRole('button', { name: /Thema wisselen|Switch theme/ });
  }
}
