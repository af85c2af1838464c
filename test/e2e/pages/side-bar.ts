import type { Locator, Page } from '@playwright/test';

export class SideBar {
  readonly root: Locator;
  readonly title: Locator;
  constructor(page: Page) {
    this.root = page.locator('#side-bar');
    this.title = this.root.getByRole('heading', { level: 2 });
  }
  card(title: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(title) });
  }
}
