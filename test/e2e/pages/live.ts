import type { Locator, Page } from '@playwright/test';

/** The live view of one day: the current block, its countdown, the controls, what comes next. */
export class LiveView {
  readonly root: Locator;
  readonly current: Locator;
  readonly countdown: Locator;
  readonly upcoming: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: /^Live: / });
    this.current = this.root.locator('.live-current-title');
    this.countdown = this.root.locator('.live-countdown');
    this.upcoming = this.root.getByRole('listbox', { name: 'Nog te doen' });
  }
  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }
}
