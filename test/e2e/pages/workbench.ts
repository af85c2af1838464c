import { expect, type Page } from '@playwright/test';
import { ActivityBar } from './activity-bar';
import { Editor } from './editor';
import { FileDialog } from './file-dialog';
import { Panel } from './panel';
import { SideBar } from './side-bar';
import { StatusBar } from './status-bar';

/** The whole workbench, one page object per part, as in VS Code's own UI tests. */
export class Workbench {
  readonly activityBar: ActivityBar;
  readonly sideBar: SideBar;
  readonly editor: Editor;
  readonly panel: Panel;
  readonly statusBar: StatusBar;

  constructor(readonly page: Page) {
    this.activityBar = new ActivityBar(page);
    this.sideBar = new SideBar(page);
    this.editor = new Editor(page);
    this.panel = new Panel(page);
    this.statusBar = new StatusBar(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.activityBar.root).toBeVisible();
  }

  /** Opens a training through "Bestand openen…" in the Trainingen view, typing its path in the file dialog. */
  async openFile(path: string): Promise<void> {
    // A second click on the view that is already shown would close the side bar.
    const view = this.activityBar.item('Trainingen');
    if ((await view.getAttribute('aria-selected')) !== 'true') await view.click();
    await this.sideBar.root.getByRole('button', { name: 'Bestand openen…' }).click();
    const dialog = new FileDialog(this.page, 'Bestand openen');
    await dialog.field.fill(path);
    await this.page.keyboard.press('Enter');
    await expect(dialog.root).toBeHidden();
  }
}
