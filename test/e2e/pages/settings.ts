import { expect, type Locator, type Page } from '@playwright/test';

/** The settings editor tab, opened with the gear at the bottom of the activity bar. */
export class SettingsEditor {
  readonly gear: Locator;
  readonly tab: Locator;
  readonly root: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    const name = /^(Instellingen|Settings)$/;
    this.gear = page.getByRole('navigation', { name: /Activiteitenbalk|Activity bar/ }).getByRole('button', { name });
    this.tab = page.getByRole('main').getByRole('tablist').getByRole('tab', { name });
    this.root = page.locator('#editor-content').getByRole('region', { name });
    this.search = this.root.getByRole('searchbox', { name: /Instellingen doorzoeken|Search settings/ });
    this.status = this.root.getByRole('status');
    this.rows = this.root.locator('.setting');
  }

  async open(): Promise<void> {
    await this.gear.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.root).toBeVisible();
  }

  /** The control of the setting labelled `label` (select, input). */
  control(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The whole row of a setting, by its id in the settings file (e.g. "breakIntervalMinutes"). */
  row(id: string): Locator {
    return this.root.locator(`[data-setting="${id}"]`);
  }

  error(id: string): Locator {
    return this.row(id).getByRole('alert');
  }

  resetButton(id: string): Locator {
    return this.row(id).getByRole('button', { name: /^(Standaard herstellen|Reset to default)/ });
  }
}
