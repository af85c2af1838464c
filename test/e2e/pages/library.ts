import type { Locator, Page } from '@playwright/test';

/** The library view in the side bar and the card editor tab. */
export class Library {
  readonly search: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly filtersButton: Locator;
  readonly importButton: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    const sideBar = page.locator('#side-bar');
    this.search = sideBar.getByRole('searchbox');
    this.count = sideBar.getByRole('status');
    this.list = sideBar.getByRole('list', { name: /Bibliotheek|Library/ });
    this.filtersButton = sideBar.getByRole('button', { name: 'Filters' });
    this.importButton = sideBar.getByRole('button', { name: /Kaartenpakket importeren|Import card pack/ });
    this.exportButton = sideBar.getByRole('button', { name: /Kaartenpakket exporteren|Export card pack/ });
  }

  cardButtons(): Locator {
    return this.list.locator('button.card-item');
  }

  /** The card row whose title is exactly `title`. */
  card(title: string): Locator {
    return this.cardButtons().filter({ has: this.page.locator('.card-title').getByText(title, { exact: true }) });
  }

  async filter(legend: string, option: string): Promise<void> {
    await this.page.locator('#library-filters').getByRole('group', { name: legend }).getByLabel(option, { exact: true }).check();
  }

  /** The opened card's editor content. */
  get editor(): Locator {
    return this.page.locator('#editor-content');
  }
}
