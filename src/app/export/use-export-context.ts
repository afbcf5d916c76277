import { useMemo } from 'react';
import { buildProvenance, type JsonValue, type Provenance } from '../../export/provenance.ts';
import type { Language } from '../../i18n/languages.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ViewConfig } from '../../state/view-config.ts';
import { type Formatters, makeFormatters } from '../formatters.ts';
import { type DatasetInfo, type Services, useServices, useStoreValue } from '../services.ts';
import { APP_VERSION } from './app-version.ts';

/** What every export needs from the app: the view, the data, formatters and provenance. */
export interface ExportContext {
  services: Services;
  view: ViewConfig;
  dataset: DatasetInfo;
  language: Language;
  fmt: Formatters;
  /** The period on screen, in the interface language ("Jan 2019 – Dec 2023"). */
  periodLabel: string;
  /** A provenance record stamped now, for the current data and app version. */
  provenance(filters: JsonValue, sql: string, roundBase: number): Provenance;
}

/** The export context of the current render (re-created when view, data or language change). */
export function useExportContext(): ExportContext {
  const services = useServices();
  const view = useStoreValue(services.view, (v) => v);
  const dataset = useStoreValue(services.dataset, (d) => d);
  const language = useT('export').lang;
  return useMemo(() => {
    const fmt = makeFormatters(language);
    const [from, to] = view.filters.period ?? dataset.months;
    return {
      services,
      view,
      dataset,
      language,
      fmt,
      periodLabel: `${fmt.month(from)} – ${fmt.month(to)}`,
      provenance: (filters, sql, roundBase) =>
        buildProvenance({
          appVersion: APP_VERSION,
          fingerprint: dataset.fingerprint,
          filters,
          sql,
          k: view.k,
          roundBase,
          exportedAt: new Date(),
        }),
    };
  }, [services, view, dataset, language]);
}

/** The view as a JSON value for provenance (plain data already; this only narrows the type). */
export function viewJson(view: ViewConfig): JsonValue {
  return JSON.parse(JSON.stringify(view)) as JsonValue;
}
