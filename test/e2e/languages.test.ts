import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ANY_VIEW_BUSY,
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForIdle,
  waitForText,
  waitUntil,
} from './harness.ts';

// Each language renders the main screen and every side tab with no missing translation key:
// i18next reports a key missing from every language as a console warning, which fails here.
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
const warnings: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  session = await openBrowser();
  session.page.on('console', (m) => {
    if (m.text().includes('i18n: missing key')) warnings.push(m.text());
  });
  await openApp(session, server.url);
});

afterEach(async () => {
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const TITLES = {
  es: /trata de personas/i,
  pt: /tráfico de pessoas/i,
  en: /trafficking in persons/i,
};

describe('languages', () => {
  for (const lang of ['es', 'pt', 'en'] as const) {
    it(`renders the main screen and every tab in ${lang} with no missing key`, async () => {
      const page = session.page;
      await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption(lang);
      await waitUntil(
        `the document language to be ${lang}`,
        () => page.evaluate(() => document.documentElement.lang),
        (l) => l === lang,
      );
      await waitForText(page.locator('header'), TITLES[lang]);
      // Each view is drawn in full (its queries answered) before the missing keys are read.
      for (const tab of ['charts', 'corridors', 'alerts']) {
        await page.getByTestId(`side-tab-${tab}`).click();
        await page.getByTestId(`${tab}-panel`).waitFor({ timeout: 60_000 });
        await waitForIdle(page, ANY_VIEW_BUSY, { timeout: 90_000 });
      }
      await page.getByTestId('show-table').click();
      await page.getByTestId('map-table').waitFor({ timeout: 60_000 });
      await waitForIdle(page, ANY_VIEW_BUSY);
      await page.getByTestId('play').focus();
      expect(warnings).toEqual([]);
    });
  }
});
