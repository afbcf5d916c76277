import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useState } from 'react';
import { REGION_BOUNDS } from '../basemap/region.ts';
import { buildBaseStyle } from '../basemap/style.ts';
import { setLanguage } from '../i18n/index.ts';
import { useT } from '../i18n/use-t.ts';
import { corridorsLayer } from '../layers/corridors-layer.ts';
import { countryLabelsLayer } from '../layers/country-labels.ts';
import { type Filters, toggleValue } from '../state/filters.ts';
import { type Camera, DEFAULT_VIEW } from '../state/view-config.ts';
import { AlertsPanel } from './alerts/AlertsPanel.tsx';
import { ChartsPanel } from './charts/ChartsPanel.tsx';
import { CorridorsPanel } from './corridors/CorridorsPanel.tsx';
import { useCorridorMapClick, useIsDrawingCorridor } from './corridors/use-corridor-draw.ts';
import { useCorridorEditLayers, useCorridorLayers } from './corridors/use-corridor-layers.ts';
import { useCorridorPick } from './corridors/use-corridor-pick.ts';
import { useCorridorVertexDrag } from './corridors/use-corridor-vertex-drag.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { FlowEndsControl } from './FlowEndsControl.tsx';
import { flowEndCountry, flowEndName } from './flow-end-name.ts';
import { makeFormatters } from './formatters.ts';
import { Header } from './Header.tsx';
import { Legend } from './Legend.tsx';
import { MapTable } from './MapTable.tsx';
import { MapTooltip } from './MapTooltip.tsx';
import { type MapApi, MapView } from './MapView.tsx';
import { boundsOfMapData } from './map-bounds.ts';
import { type FigureLayer, figureLayerOf } from './map-figures/map-figure-queries.ts';
import { useMapFigures } from './map-figures/use-map-figures.ts';
import { useMapLayers } from './map-layers.ts';
import { OpenDeckButton } from './present/OpenDeckButton.tsx';
import { DatabaseRecoveryNotice } from './recovery/RecoveryNotice.tsx';
import { SidePanel } from './SidePanel.tsx';
import { SavedViewsPanel } from './saved/SavedViewsPanel.tsx';
import { UrlNotice } from './saved/UrlNotice.tsx';
import { useUrlSync } from './saved/use-url-sync.ts';
import { useServices, useStoreValue } from './services.ts';
import { TimeSlider } from './TimeSlider.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';

function sameCamera(a: Camera, b: Camera): boolean {
  return a.longitude === b.longitude && a.latitude === b.latitude && a.zoom === b.zoom;
}

/**
 * The dashboard: header, filters, the map with its legend and playback, the analysis side
 * panel, and the standing note that these are detected cases, not prevalence, with the
 * suppression threshold.
 */
export function App() {
  const { t, lang: language } = useT('app');
  const { t: tm } = useT('map');
  const { t: tc } = useT('common');
  const services = useServices();
  const { view, dataset, corridors } = services;
  const urlSync = useUrlSync(services);
  const corridorCollection = useStoreValue(corridors, (c) => c);
  const config = useStoreValue(view, (v) => v);
  const info = useStoreValue(dataset, (d) => d);
  const [hover, setHover] = useState<PickingInfo | null>(null);
  const [mapApi, setMapApi] = useState<MapApi | null>(null);
  const [asTable, setAsTable] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  const corridorToolLayers = useCorridorLayers();
  const corridorEditLayers = useCorridorEditLayers();
  const onMapClick = useCorridorMapClick();
  const drawing = useIsDrawingCorridor();
  const pickCorridor = useCorridorPick();
  const corridorDrag = useCorridorVertexDrag();
  const fmt = useMemo(() => makeFormatters(language), [language]);
  // A clustered flow end is several countries joined by '+' (see flow-clusters-query.ts); an
  // admin-1 flow end is an ISO 3166-2 code, named with its country.
  const nameOf = useCallback(
    (key: string) => {
      const names = key
        .split('+')
        .map((k) => flowEndName(k, language, (place, country) => tm('flowEnds.place', { place, country })));
      return names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
    },
    [language, tm],
  );
  // Frame the region to fit the screen unless the view came with its own camera (a URL, a deck).
  const [initialBounds] = useState(() =>
    sameCamera(view.get().camera, DEFAULT_VIEW.camera) ? REGION_BOUNDS : undefined,
  );
  const style = useMemo(() => buildBaseStyle({ baseUrl: document.baseURI, theme: 'light' }), []);
  const data = useMapLayers(config);
  // Exact figures are guarded only where they are read: the table view, the hovered layer.
  const hoverLayer = hover && hover.index >= 0 ? figureLayerOf(hover.layer?.id) : null;
  const figureLayers = useMemo(
    () =>
      new Set<FigureLayer>([
        ...(asTable ? (['flows', 'routes'] as const) : []),
        ...(hoverLayer ? [hoverLayer] : []),
      ]),
    [asTable, hoverLayer],
  );
  const figures = useMapFigures(data, figureLayers);
  const labelZoom = Math.floor(config.camera.zoom * 2) / 2;
  const labels = useMemo(
    () => countryLabelsLayer({ zoom: labelZoom, nameOf, language, theme: 'light' }),
    [labelZoom, nameOf, language],
  );
  const corridorLayer = useMemo(
    () =>
      config.layers.corridors && corridorCollection ? corridorsLayer(corridorCollection, highlight) : null,
    [config.layers.corridors, corridorCollection, highlight],
  );
  const layers = useMemo(
    () => [
      labels,
      ...(corridorLayer ? [corridorLayer] : []),
      ...corridorToolLayers,
      ...data.layers,
      ...corridorEditLayers,
    ],
    [labels, corridorLayer, corridorToolLayers, data.layers, corridorEditLayers],
  );

  const setFilters = useCallback((filters: Filters) => view.set((v) => ({ ...v, filters })), [view]);
  const setPeriod = useCallback(
    (period: readonly [string, string] | null) =>
      view.set((v) => ({ ...v, filters: { ...v.filters, period } })),
    [view],
  );
  const onClick = useCallback(
    (info: PickingInfo) => {
      if (pickCorridor(info)) return;
      if (!drawing && info.layer?.id === 'flows' && data.flows) {
        const i = info.index;
        view.set((v) => ({
          ...v,
          filters: {
            ...v.filters,
            // A clustered end stands for all its member countries.
            origin: data.flows!.origin[i]!.split('+'),
            destination: data.flows!.destination[i]!.split('+').map(flowEndCountry),
          },
        }));
      }
    },
    [view, data.flows, drawing, pickCorridor],
  );
  const periodLabel = config.filters.period
    ? `${fmt.month(config.filters.period[0])} – ${fmt.month(config.filters.period[1])}`
    : `${fmt.month(info.months[0])} – ${fmt.month(info.months[1])}`;
  const categoryLabel = (c: string) =>
    config.flowSplit === 'sex_age'
      ? tm(`sexAge.${c}`)
      : config.flowSplit === 'exploitation'
        ? tm(`exploitation.${c}`)
        : tm(`crimeType.${c}`);

  return (
    <div className="app">
      <Header language={language} onLanguage={setLanguage} formatNumber={fmt.number} />
      <DatabaseRecoveryNotice reload={services.lastGood.reload} />
      <FilterPanel filters={config.filters} onChange={setFilters} countryName={nameOf} />
      <main className="main">
        <div className="deck-bar">
          <SavedViewsPanel data={data} periodLabel={periodLabel} mapSize={() => mapApi?.size() ?? null} />
          <OpenDeckButton />
        </div>
        <UrlNotice sync={urlSync} />
        <ViewBoundary message={t('viewFailed')} resetKey={info.fingerprint}>
          <div className="map-wrap">
            <MapView
              style={style}
              layers={layers}
              camera={config.camera}
              onCameraChange={(camera) => view.set((v) => ({ ...v, camera }))}
              onHover={setHover}
              onClick={onClick}
              onMapClick={onMapClick}
              onObjectDrag={corridorDrag}
              onCountryClick={(iso3) => {
                if (!drawing) setFilters(toggleValue(config.filters, 'detection', iso3));
              }}
              initialBounds={initialBounds}
              onReady={setMapApi}
              label={t('mapLabel')}
            />
            <MapTooltip
              info={hover}
              data={data}
              figures={figures}
              k={config.k}
              periodLabel={periodLabel}
              countryName={nameOf}
              categoryLabel={categoryLabel}
              formatNumber={fmt.number}
            />
            <Legend
              layers={config.layers}
              split={config.flowSplit}
              data={data}
              k={config.k}
              formatNumber={fmt.number}
              onLayers={(layers) => view.set((v) => ({ ...v, layers }))}
              onSplit={(flowSplit) => view.set((v) => ({ ...v, flowSplit }))}
            >
              <FlowEndsControl
                value={config.flowEnds}
                onChange={(flowEnds) => view.set((v) => ({ ...v, flowEnds }))}
              />
            </Legend>
            <button
              type="button"
              className="fit"
              onClick={() => {
                const bounds = boundsOfMapData(data);
                if (bounds) mapApi?.fitBounds(bounds);
              }}
            >
              {tm('view.fitToData')}
            </button>
            <fieldset className="view-switch" aria-label={t('viewAs')}>
              <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
                {t('viewMap')}
              </button>
              <button
                type="button"
                aria-pressed={asTable}
                onClick={() => setAsTable(true)}
                data-testid="show-table"
              >
                {t('viewTable')}
              </button>
            </fieldset>
            {asTable && (
              <MapTable
                data={data}
                figures={figures}
                k={config.k}
                countryName={nameOf}
                categoryLabel={categoryLabel}
                formatNumber={fmt.number}
              />
            )}
            {data.loading && <output className="busy">{t('updating')}</output>}
            {data.error && (
              <div className="error" role="alert">
                {t('queryFailed')}
              </div>
            )}
          </div>
        </ViewBoundary>
        <TimeSlider
          extent={info.months}
          period={config.filters.period}
          onPeriod={setPeriod}
          formatMonth={fmt.month}
        />
      </main>
      <SidePanel
        label={t('analysis')}
        failedMessage={t('viewFailed')}
        tabs={[
          {
            id: 'charts',
            label: t('tabs.charts'),
            render: () => <ChartsPanel formatNumber={fmt.number} formatMonth={fmt.month} />,
          },
          {
            id: 'corridors',
            label: t('tabs.corridors'),
            render: () => (
              <CorridorsPanel
                formatNumber={fmt.number}
                formatMonth={fmt.month}
                onFocus={(bounds, name) => {
                  mapApi?.fitBounds(bounds);
                  setHighlight(name);
                }}
              />
            ),
          },
          {
            id: 'alerts',
            label: t('tabs.alerts'),
            render: () => (
              <AlertsPanel
                formatNumber={fmt.number}
                formatMonth={fmt.month}
                onShowOnMap={(partial) => view.set((v) => ({ ...v, filters: { ...v.filters, ...partial } }))}
              />
            ),
          },
        ]}
      />
      <footer className="footer">
        <span>{tc('detectedNotPrevalence')}</span>
        <span>{tc('suppression', { k: config.k })}</span>
        <span>{periodLabel}</span>
        {info.synthetic && <span className="synthetic-note">{t('syntheticFooter')}</span>}
      </footer>
    </div>
  );
}
