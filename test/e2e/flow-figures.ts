import type { Page } from 'playwright-core';
import {
  flowFigureKey,
  guardFlowFigures,
  OTHER_FLOWS_KEY,
} from '../../src/app/map-figures/guard-map-figures.ts';
import { mapFigureVariantsSql } from '../../src/app/map-figures/map-figure-queries.ts';
import { flowsLayerSql, TOP_FLOWS } from '../../src/app/map-layer-sql.ts';
import type { Database } from '../../src/db/database.ts';
import { toFlowData } from '../../src/layers/flow-data.ts';
import type { Filters } from '../../src/state/filters.ts';
import { layerInput } from '../helpers/layer-input.ts';

/** A flow's figure key and its guarded figure (null = hidden), then `['other', …]`. */
export type FlowFigures = [string, number | null][];

/**
 * The map's drawn flows and their guarded figures as Node computes them on `db`'s raw
 * incidents table under `filters`, at the default camera and k = 5, with "other flows" last:
 * what the app's table view must show for the same data.
 */
export async function nodeFlowFigures(
  db: Database,
  filters: Filters,
  months: readonly [string, string],
): Promise<FlowFigures> {
  const input = layerInput(filters, 5);
  const drawn = toFlowData(await db.query(flowsLayerSql(input)), 5, { topN: TOP_FLOWS });
  const figures = guardFlowFigures(await db.query(mapFigureVariantsSql('flows', input, months)), 5);
  const rows = drawn.origin.map((o, i): [string, number | null] => {
    const key = flowFigureKey(o, drawn.destination[i]!, drawn.category[i]!);
    return [key, figures.get(key) ?? null];
  });
  return [...rows, ['other', figures.get(OTHER_FLOWS_KEY) ?? null]];
}

/** The table view's flows: key and figure ("—" read as null), then "other flows". */
export async function shownFlowFigures(page: Page): Promise<FlowFigures> {
  return page.evaluate(() => {
    const value = (td: Element | null | undefined): number | null => {
      const text = td?.textContent ?? '';
      return text.trim() === '—' ? null : Number(text.replace(/\D/g, ''));
    };
    const rows = [...document.querySelectorAll('[data-testid="map-table"] tr[data-flow]')].map(
      (tr): [string, number | null] => [tr.getAttribute('data-flow') ?? '', value(tr.lastElementChild)],
    );
    const other = document.querySelector('[data-testid="map-table-other-flows"]');
    return [...rows, ['other', other ? value(other.lastElementChild) : -1]];
  });
}
