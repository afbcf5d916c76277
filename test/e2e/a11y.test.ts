import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveView, settle } from './deck-steps.ts';
import {
  type BrowserSession,
  closeOverlays,
  openApp,
  openBrowser,
  serveDist,
  waitForText,
} from './harness.ts';
import { waitForPixels } from './pixels.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;

beforeAll(async () => {
  server = await serveDist();
  session = await openBrowser();
  await openApp(session, server.url);
  await settle(session.page);
});

afterEach(async () => {
  await closeOverlays(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Serious and critical axe violations in `include` (or the whole page), one readable line each. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `[${v.impact}] ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    );
}

describe('accessibility (axe: no serious or critical violation)', () => {
  it('main screen, with the saved-views panel open', async () => {
    await saveView(session.page, 'Vista accesible', 'Texto al pie');
    const found = await seriousViolations(session.page);
    if (found.length) console.log(`main screen:\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });

  it('corridors panel, with its hot-spot table', async () => {
    await session.page.getByRole('tab', { name: 'Corredores' }).click();
    await session.page.getByTestId('hotspot-table').locator('tbody tr').first().waitFor();
    const found = await seriousViolations(session.page, '[data-testid="hotspot-table"]');
    if (found.length) console.log(`corridors panel:\n${found.join('\n')}`);
    expect(found).toEqual([]);
    // The shortened crime-type headers keep their full names for screen readers.
    const table = session.page.getByTestId('hotspot-table');
    expect(
      await table.getByRole('columnheader', { name: 'Tráfico ilícito de migrantes', exact: true }).count(),
    ).toBe(1);
    expect(await table.getByRole('columnheader', { name: 'Tráfico ilícito', exact: true }).count()).toBe(0);
    await session.page.getByRole('tab', { name: 'Tendencias' }).click();
  });

  it('presentation screen', async () => {
    await session.page.getByTestId('present-deck').click();
    await session.page.getByTestId('presentation').waitFor();
    // Judge the slide as shown: its title and its drawn map.
    await waitForText(session.page.getByTestId('slide-title'), 'Vista accesible');
    await waitForPixels(
      session.page.getByTestId('presentation').getByTestId('map'),
      'the slide map drawn (> 50 colours)',
      (s) => s.distinct > 50,
    );
    const found = await seriousViolations(session.page, '[data-testid="presentation"]');
    if (found.length) console.log(`presentation:\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });
});
