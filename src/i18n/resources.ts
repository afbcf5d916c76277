import type { Language } from './languages.ts';
import enApp from './locales/en/app.json' with { type: 'json' };
import enCharts from './locales/en/charts.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enCorridors from './locales/en/corridors.json' with { type: 'json' };
import enExport from './locales/en/export.json' with { type: 'json' };
import enFilters from './locales/en/filters.json' with { type: 'json' };
import enIngest from './locales/en/ingest.json' with { type: 'json' };
import enMap from './locales/en/map.json' with { type: 'json' };
import enPresent from './locales/en/present.json' with { type: 'json' };
import esApp from './locales/es/app.json' with { type: 'json' };
import esCharts from './locales/es/charts.json' with { type: 'json' };
import esCommon from './locales/es/common.json' with { type: 'json' };
import esCorridors from './locales/es/corridors.json' with { type: 'json' };
import esExport from './locales/es/export.json' with { type: 'json' };
import esFilters from './locales/es/filters.json' with { type: 'json' };
import esIngest from './locales/es/ingest.json' with { type: 'json' };
import esMap from './locales/es/map.json' with { type: 'json' };
import esPresent from './locales/es/present.json' with { type: 'json' };
import ptApp from './locales/pt/app.json' with { type: 'json' };
import ptCharts from './locales/pt/charts.json' with { type: 'json' };
import ptCommon from './locales/pt/common.json' with { type: 'json' };
import ptCorridors from './locales/pt/corridors.json' with { type: 'json' };
import ptExport from './locales/pt/export.json' with { type: 'json' };
import ptFilters from './locales/pt/filters.json' with { type: 'json' };
import ptIngest from './locales/pt/ingest.json' with { type: 'json' };
import ptMap from './locales/pt/map.json' with { type: 'json' };
import ptPresent from './locales/pt/present.json' with { type: 'json' };

/**
 * Translation namespaces, one JSON file per language each (src/i18n/locales/<lang>/<ns>.json)
 * so engineers owning different parts of the app edit different files. To add one: create the
 * three files, import them below and list the name here (a unit test fails on any file left out).
 */
export const NAMESPACES = [
  'common',
  'map',
  'filters',
  'app',
  'charts',
  'present',
  'corridors',
  'ingest',
  'export',
] as const;
/** A translation namespace. */
export type Namespace = (typeof NAMESPACES)[number];

/** A namespace's messages: nested objects of strings. */
export interface Messages {
  [key: string]: string | Messages;
}

/** Every message of every language, bundled into the app (no HTTP backend: the app is offline). */
export const RESOURCES: Readonly<Record<Language, Readonly<Record<Namespace, Messages>>>> = {
  es: {
    common: esCommon,
    export: esExport,
    corridors: esCorridors,
    map: esMap,
    filters: esFilters,
    ingest: esIngest,
    app: esApp,
    charts: esCharts,
    present: esPresent,
  },
  pt: {
    common: ptCommon,
    export: ptExport,
    corridors: ptCorridors,
    map: ptMap,
    filters: ptFilters,
    ingest: ptIngest,
    app: ptApp,
    charts: ptCharts,
    present: ptPresent,
  },
  en: {
    common: enCommon,
    export: enExport,
    corridors: enCorridors,
    map: enMap,
    filters: enFilters,
    ingest: enIngest,
    app: enApp,
    charts: enCharts,
    present: enPresent,
  },
};
