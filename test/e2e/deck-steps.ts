import type { Page } from 'playwright-core';

/** Waits until the map has no query in flight, then a little for the frame to draw. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.busy'), undefined, { timeout: 60_000 });
  await page.waitForTimeout(600);
}

/** Saves the current view through the saved-views panel (opening it if needed). */
export async function saveView(page: Page, title: string, caption: string): Promise<void> {
  const toggle = page.getByTestId('saved-views-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await settle(page);
  await page.getByTestId('saved-title').fill(title);
  await page.getByTestId('saved-caption').fill(caption);
  await page.getByTestId('save-view').click();
}
