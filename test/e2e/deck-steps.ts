import type { Page } from 'playwright-core';
import { waitForIdle, waitUntil } from './harness.ts';

/**
 * Waits until the map has had no query in flight for a moment. Assertions on what the map
 * shows still wait for it themselves (see waitForPixels, waitForText).
 */
export async function settle(page: Page): Promise<void> {
  await waitForIdle(page, '.busy');
}

/**
 * Saves the current view through the saved-views panel (opening it if needed) and waits
 * until the saved view is in the list. The save button stays disabled while the map loads,
 * so the snapshot is of what the map shows for this view.
 */
export async function saveView(page: Page, title: string, caption: string): Promise<void> {
  const toggle = page.getByTestId('saved-views-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await settle(page);
  const titles = page.getByTestId('saved-list').locator('.saved-title');
  const before = await titles.allTextContents();
  await page.getByTestId('saved-title').fill(title);
  await page.getByTestId('saved-caption').fill(caption);
  await page.getByTestId('save-view').click();
  await waitUntil(
    `the saved view ${JSON.stringify(title)} in the list`,
    () => titles.allTextContents(),
    (now) => now.length === before.length + 1 && now.includes(title.trim()),
  );
}
