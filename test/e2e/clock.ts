import type { Page } from '@playwright/test';

/**
 * Stops the page's clock, so from here on no timer fires unless the test advances it. The target lies 5 s
 * ahead because it must still be in the page's future however long this call takes on a busy machine;
 * timers pending then (toasts and the like) just fire.
 */
export async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 5_000);
}
