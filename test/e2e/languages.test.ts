import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openApp, openBrowser, serveDist } from './harness.ts';

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
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => page.locator('header').textContent()).toMatch(TITLES[lang]);
      for (const tab of ['charts', 'corridors', 'alerts']) {
        await page.getByTestId(`side-tab-${tab}`).click();
        await page.waitForTimeout(800);
      }
      await page.getByTestId('show-table').click();
      await page.waitForTimeout(300);
      await page.getByTestId('play').focus();
      expect(warnings).toEqual([]);
    });
  }
});
