import type { Locator, Page } from '@playwright/test';

/** The command palette and quick open (one quick-input widget). */
export class Palette {
  readonly root: Locator;
  readonly input: Locator;
  readonly options: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /Opdrachten|Snel openen|Commands|Quick open/ });
    this.input = this.root.getByRole('combobox');
    this.options = this.root.getByRole('option');
  }
  async openCommands(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
  }
  async run(query: string): Promise<void> {
    await this.openCommands();
    await this.input.fill(`>${query}`);
    await this.page.keyboard.press('Enter');
  }
}
