import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { fitCamera, type MapSize } from '../state/fit-camera.ts';
import type { Camera } from '../state/view-config.ts';
import { attachObjectDrag, type ObjectDragHandler } from './map-object-drag.ts';

/** Base-map layers whose features carry a country's ISO3 code (see src/basemap/style.ts). */
const COUNTRY_LAYERS = ['countries', 'countries-outside', 'countries-detail'];

// maplibre-gl 6 loads its worker from a separate file that bundlers do not emit by themselves.
setWorkerUrl(workerUrl);

/** Props of the map: a base style, deck.gl layers, and callbacks. */
export interface MapViewProps {
  style: StyleSpecification;
  layers: readonly Layer[];
  camera: Camera;
  onCameraChange?: (camera: Camera) => void;
  onHover?: (info: PickingInfo | null) => void;
  onClick?: (info: PickingInfo) => void;
  /** Any click on the map, as [lon, lat] (drawing tools). */
  onMapClick?: (lngLat: [number, number]) => void;
  /** A click on a country of the base map where no data layer is under the pointer. */
  onCountryClick?: (iso3: string) => void;
  /** Dragging deck.gl objects (editing handles) instead of panning; see map-object-drag.ts. */
  onObjectDrag?: ObjectDragHandler;
  /** Bounds [w, s, e, n] to frame on creation instead of `camera` (the default view adapts to the screen). */
  initialBounds?: readonly [number, number, number, number];
  /** Called once with a function that fits the map to bounds [w, s, e, n]. */
  onReady?: (api: MapApi) => void;
  /**
   * The size of the map `camera` was set on: the map then shows the same area at its own
   * size (fitCamera), and again when it is resized (which undoes a pan or zoom of the
   * presenter's own). For slides, which are saved on one screen and shown on another. The
   * camera `onCameraChange` then reports is the fitted one: feeding it back as `camera` would
   * fit it again, so a framed map's caller keeps its own camera.
   */
  framedAt?: MapSize;
  /** The zoom shown, when the map is created and after every move (a framed map's labels follow it). */
  onZoomShown?: (zoom: number) => void;
  label: string;
}

/** What the rest of the app may ask of the map. */
export interface MapApi {
  fitBounds(bounds: readonly [number, number, number, number]): void;
  /** The map canvas (for image export). */
  canvas(): HTMLCanvasElement;
  /** The map's size in CSS pixels (whole numbers; recorded with a saved slide). */
  size(): MapSize;
}

/**
 * MapLibre base map with a deck.gl overlay. The map is created once; layers and camera are
 * pushed into it as props change, so React never re-creates WebGL contexts.
 */
export function MapView({
  style,
  layers,
  camera,
  onCameraChange,
  onHover,
  onClick,
  onMapClick,
  onCountryClick,
  onObjectDrag,
  onReady,
  initialBounds,
  framedAt,
  onZoomShown,
  label,
}: MapViewProps) {
  const container = useRef<HTMLElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  // The created map calls the latest callbacks, not those of its first render.
  const latest = { onCameraChange, onHover, onClick, onMapClick, onCountryClick, onObjectDrag, onZoomShown };
  const callbacks = useRef(latest);
  callbacks.current = latest;
  // The camera and its frame as now (the created map reads them on resize).
  const framing = useRef<Framing>({ camera, framedAt });
  framing.current = { camera, framedAt };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later props are pushed by the effects below.
  useEffect(() => {
    if (!container.current) return;
    const start = shownCamera(framing.current, containerSize(container.current));
    const m = new MapLibreMap({
      container: container.current,
      style,
      center: [start.longitude, start.latitude],
      zoom: start.zoom,
      attributionControl: { compact: true },
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    const o = new MapboxOverlay({
      interleaved: false,
      layers: [],
      onHover: (info) => callbacks.current.onHover?.(info.picked ? info : null),
      onClick: (info) => {
        if (info.picked) callbacks.current.onClick?.(info);
      },
    });
    m.addControl(o);
    const detachDrag = attachObjectDrag(m, o, () => callbacks.current.onObjectDrag);
    m.on('click', (e) => {
      callbacks.current.onMapClick?.([e.lngLat.lng, e.lngLat.lat]);
      if (!callbacks.current.onCountryClick || o.pickObject({ x: e.point.x, y: e.point.y, radius: 3 }))
        return;
      const country = m
        .queryRenderedFeatures(e.point, { layers: COUNTRY_LAYERS.filter((id) => m.getLayer(id)) })
        .find((f) => typeof f.properties?.iso3 === 'string');
      if (country) callbacks.current.onCountryClick(String(country.properties.iso3));
    });
    m.on('moveend', () => {
      const c = m.getCenter();
      m.getContainer().dataset.zoom = m.getZoom().toFixed(3);
      callbacks.current.onZoomShown?.(m.getZoom());
      callbacks.current.onCameraChange?.({ longitude: c.lng, latitude: c.lat, zoom: m.getZoom() });
    });
    // A framed camera follows the map's size (a presentation going full screen).
    m.on('resize', () => {
      if (framing.current.framedAt)
        jumpIfMoved(m, shownCamera(framing.current, containerSize(m.getContainer())));
    });
    if (initialBounds) {
      const [w, s, e, n] = initialBounds;
      m.fitBounds([w, s, e, n], { padding: 24, animate: false });
      const c = m.getCenter();
      callbacks.current.onCameraChange?.({ longitude: c.lng, latitude: c.lat, zoom: m.getZoom() });
    }
    map.current = m;
    overlay.current = o;
    // The zoom shown, for a reader of the page (tests check a slide's framing by it).
    container.current.dataset.zoom = m.getZoom().toFixed(3);
    callbacks.current.onZoomShown?.(m.getZoom());
    onReady?.({
      fitBounds: ([w, s, e, n]) => m.fitBounds([w, s, e, n], { padding: 40, duration: 600 }),
      canvas: () => m.getCanvas(),
      size: () => containerSize(m.getContainer()),
    });
    return () => {
      detachDrag();
      m.remove();
      map.current = null;
      overlay.current = null;
    };
  }, []);

  useEffect(() => {
    overlay.current?.setProps({ layers: [...layers] });
  }, [layers]);

  const appliedStyle = useRef(style);
  useEffect(() => {
    if (appliedStyle.current === style) return;
    appliedStyle.current = style;
    map.current?.setStyle(style);
  }, [style]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `framing` holds the camera and the frame; they are what re-runs it.
  useEffect(() => {
    const m = map.current;
    if (m) jumpIfMoved(m, shownCamera(framing.current, containerSize(m.getContainer())));
  }, [camera, framedAt]);

  return <section ref={container} className="map" aria-label={label} data-testid="map" />;
}

/** A camera and the size of the map it was set on, if it is to be framed. */
interface Framing {
  camera: Camera;
  framedAt: MapSize | undefined;
}

/** The camera to show on a map of `size`: framed (fitCamera) when it has a frame. */
function shownCamera({ camera, framedAt }: Framing, size: MapSize): Camera {
  return framedAt ? fitCamera(camera, framedAt, size) : camera;
}

/** Moves the map to `camera` unless it is already there (a jump fires moveend). */
function jumpIfMoved(m: MapLibreMap, camera: Camera): void {
  const c = m.getCenter();
  if (
    Math.abs(c.lng - camera.longitude) > 1e-6 ||
    Math.abs(c.lat - camera.latitude) > 1e-6 ||
    Math.abs(m.getZoom() - camera.zoom) > 1e-6
  ) {
    m.jumpTo({ center: [camera.longitude, camera.latitude], zoom: camera.zoom });
  }
}

/** An element's size in whole CSS pixels. */
function containerSize(element: HTMLElement): MapSize {
  return [Math.round(element.clientWidth), Math.round(element.clientHeight)];
}
