import { useMemo, useState } from 'react';
import { buildBaseStyle } from '../../basemap/style.ts';
import { countryName } from '../../geo/countries.ts';
import type { Language } from '../../i18n/languages.ts';
import { countryLabelsLayer } from '../../layers/country-labels.ts';
import type { Slide } from '../../state/deck.ts';
import { MapView } from '../MapView.tsx';
import { slideLayers } from './slide-layers.ts';

/** Props of {@link SlideMap}. */
export interface SlideMapProps {
  slide: Slide;
  language: Language;
  label: string;
}

/**
 * The map of one slide on the dark base map, drawn from the slide's snapshot. One MapView
 * lives across slides (only layers and camera change), so stepping never re-creates WebGL.
 * The camera is framed to the screen: the slide shows the area it showed where it was saved
 * (`mapSize`, fitCamera), on a projector of another shape too.
 */
export function SlideMap({ slide, language, label }: SlideMapProps) {
  const style = useMemo(() => buildBaseStyle({ baseUrl: document.baseURI, theme: 'dark' }), []);
  // Labels follow the zoom shown (framed to this screen), by half levels so they rarely change.
  const [shownZoom, setShownZoom] = useState(slide.view.camera.zoom);
  const zoom = Math.floor(shownZoom * 2) / 2;
  const labels = useMemo(
    () =>
      countryLabelsLayer({
        id: 'present-country-labels',
        zoom,
        nameOf: (iso3) => countryName(iso3, language),
        language,
        theme: 'dark',
      }),
    [zoom, language],
  );
  const data = useMemo(() => slideLayers(slide.snapshot), [slide.snapshot]);
  const layers = useMemo(() => [labels, ...data], [labels, data]);
  return (
    <MapView
      style={style}
      layers={layers}
      camera={slide.view.camera}
      framedAt={slide.mapSize}
      onZoomShown={setShownZoom}
      label={label}
    />
  );
}
