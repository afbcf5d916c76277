import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import { flowsQuery } from '../../src/query/flows-query.ts';
import { EMPTY_FILTERS } from '../../src/state/filters.ts';
import { sampleDatabase } from '../helpers/sample-database.ts';
import { type BrowserSession, openApp, openBrowser, serveDist, waitUntil } from './harness.ts';

// The same flows query runs in the browser (DuckDB-WASM in a worker, behind the app) and in
// Node (DuckDB-WASM's blocking build); the app's table view must show exactly Node's numbers.
let server: Awaited<ReturnType<typeof serveDist>>;
let session: BrowserSession;
let db: Database;

beforeAll(async () => {
  [server, db] = await Promise.all([serveDist(), sampleDatabase()]);
  session = await openBrowser();
  await openApp(session, server.url);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await db?.close();
});

describe('one SQL, two engines', () => {
  it('the browser shows the flows Node computes from the same sample', async () => {
    const node = toFlowData(
      await db.query(flowsQuery({ filters: EMPTY_FILTERS, split: 'crime_type', topN: 120 })),
      5,
    );
    const expected = node.origin.map((o, i) => [
      `${o}>${node.destination[i]}>${node.category[i]}`,
      node.persons[i],
    ]);
    expect(expected.length).toBeGreaterThan(20);

    await session.page.getByTestId('show-table').click();
    const rows = session.page.locator('[data-testid="map-table"] tr[data-flow]');
    await rows.first().waitFor({ timeout: 60_000 });
    // The map may first show flows of an earlier camera (clustered at a world zoom): wait for
    // the table to settle on Node's numbers, then compare them.
    const read = () =>
      rows.evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-flow'),
          Number((tr.lastElementChild?.textContent ?? '').replace(/\D/g, '')),
        ]),
      );
    const shown = await waitUntil(
      `the table to show the ${expected.length} flows Node computes`,
      read,
      (now) => JSON.stringify(now) === JSON.stringify(expected),
    ).catch(() => read());
    expect(shown).toEqual(expected);
  });
});
