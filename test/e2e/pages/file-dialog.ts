import type { Locator, Page } from '@playwright/test';

/** The browser edition's file dialog (src/ui/files/FileDialog.tsx). */
export class FileDialog {
  readonly root: Locator;
  readonly field: Locator;
  readonly entries: Locator;
  readonly crumbs: Locator;
  readonly recent: Locator;
  constructor(page: Page, title: 'Bestand openen' | 'Opslaan als') {
    this.root = page.getByRole('dialog', { name: title });
    this.field = this.root.getByLabel('Naam of pad naar het bestand');
    this.entries = this.root.getByRole('listbox');
    this.crumbs = this.root.getByRole('navigation', { name: 'Locatie' });
    this.recent = this.root.getByRole('navigation', { name: 'Recente mappen' });
  }
  entry(name: string): Locator {
    return this.entries.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
  }
  /** The folder shown: the breadcrumb's last part. */
  get current(): Locator {
    return this.crumbs.locator('[aria-current="location"]');
  }
}
