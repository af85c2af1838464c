import { expect, type Locator, type Page } from '@playwright/test';

/** The curriculum editor tab: days, blocks, toolbar. */
export class CurriculumEditor {
  readonly root: Locator;
  readonly toolbar: Locator;
  constructor(readonly page: Page) {
    this.root = page.locator('.curriculum-editor');
    this.toolbar = this.root.getByRole('toolbar');
  }

  day(name: string | RegExp): Locator {
    return this.root.getByRole('region', { name });
  }

  /** Block handles of a day (or the parking area), in order. */
  blocks(day: string | RegExp): Locator {
    return this.day(day).locator('.block-body');
  }

  /** Adds custom blocks of these types to the end of a day, with the day's own "Blok toevoegen". */
  async addBlocks(dayName: string, types: readonly string[]): Promise<void> {
    const day = this.day(dayName);
    for (const type of types) {
      await day.getByRole('combobox', { name: 'Soort nieuw blok' }).selectOption(type);
      await day.getByRole('button', { name: 'Blok toevoegen', exact: true }).click();
    }
  }

  /** Selects the first `count` blocks of a day: a click, then Shift-clicks. */
  async selectBlocks(dayName: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.blocks(dayName).nth(i).click(i === 0 ? {} : { modifiers: ['Shift'] });
  }

  /** "09:00–09:30 Open vragen" per block, to compare orders and times in one assertion. */
  async timesAndTitles(day: string | RegExp): Promise<string[]> {
    return this.day(day)
      .locator('.block-body')
      .evaluateAll((nodes) => nodes.map((node) => `${node.querySelector('.block-time')?.textContent ?? ''} ${node.querySelector('.block-title')?.textContent ?? ''}`.trim()));
  }

  /**
   * A pointer drag with intermediate moves, as dnd-kit needs to see movement before it starts a drag. The
   * button is let go only once the app has announced the item over its target, as a user lets go when the
   * list has moved aside: a release before the app caught up with the last move would drop it where it was.
   */
  async drag(source: Locator, target: Locator, where: 'top' | 'center' = 'center'): Promise<void> {
    const from = (await source.boundingBox())!;
    const targetTitle = (await target.locator('.block-title').count()) > 0 ? await target.locator('.block-title').textContent() : null;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
    // Aimed where the target is once the drag has started, as a user aims: picking a block up selects it,
    // which may move what is around it.
    const to = (await target.boundingBox())!;
    const y = where === 'top' ? to.y + 4 : to.y + to.height / 2;
    await this.page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
    await this.page.mouse.move(to.x + to.width / 2, y + 1, { steps: 2 });
    // The live region (dnd-kit's for cards and modules, the app's own for a block): "Bevestigen boven
    // Inchecken." (the item over a block, or over a day's drop area).
    const announced = this.page.locator('[id^="DndLiveRegion"], #block-drag-announcement');
    await expect(announced.filter({ hasText: targetTitle ? new RegExp(` boven ${escapeRegExp(targetTitle)}\\.$`) : / boven / })).toHaveCount(1);
    await this.page.mouse.up();
  }

  async saveAs(path: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Opslaan als…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Opslaan als' });
    await dialog.getByLabel('Pad naar het bestand').fill(path);
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(this.toolbar.getByRole('status')).toHaveText(path);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
