import type { PickingInfo } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/**
 * Dragging a deck.gl object (an editing handle) with the mouse instead of panning the map.
 * The map asks `start` on every press with what is under the pointer in `layerIds`; if it
 * returns true the press is a drag of that object until the button is released.
 */
export interface ObjectDragHandler {
  /** Layers whose objects can be dragged (picking looks only at these). */
  layerIds: readonly string[];
  /** A press on `info`; true takes the drag (the map then does not pan). */
  start: (info: PickingInfo) => boolean;
  /** The pointer moved to [lon, lat] while dragging. */
  move: (lngLat: [number, number]) => void;
  /** The button was released. */
  end: () => void;
}

/** Pixels around the pointer searched for a handle. */
const PICK_RADIUS = 6;

/**
 * Wires object dragging into a MapLibre map with a non-interleaved MapboxOverlay. On a
 * press over a handle the map's drag-pan is switched off until release (and the press's
 * default handling prevented, so this gesture never pans); moves and the release are read
 * on `window`, so a drag that leaves the canvas still ends. `handler()` is read at each press,
 * so the caller can swap or drop it without re-wiring. Returns a function that unwires.
 */
export function attachObjectDrag(
  map: MapLibreMap,
  overlay: MapboxOverlay,
  handler: () => ObjectDragHandler | undefined,
): () => void {
  let stop: (() => void) | null = null;
  const onDown = (e: MapMouseEvent) => {
    const h = handler();
    if (!h || stop || e.originalEvent.button !== 0) return;
    const info = overlay.pickObject({
      x: e.point.x,
      y: e.point.y,
      radius: PICK_RADIUS,
      layerIds: [...h.layerIds],
    });
    if (!info || !h.start(info)) return;
    e.preventDefault();
    const panWasOn = map.dragPan.isEnabled();
    if (panWasOn) map.dragPan.disable();
    const canvas = map.getCanvasContainer();
    const onMove = (ev: MouseEvent) => {
      const rect = canvas.getBoundingClientRect();
      const ll = map.unproject([ev.clientX - rect.left, ev.clientY - rect.top]);
      h.move([ll.lng, ll.lat]);
    };
    const onUp = () => {
      stop?.();
      h.end();
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
    stop = () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
      if (panWasOn) map.dragPan.enable();
      stop = null;
    };
  };
  map.on('mousedown', onDown);
  return () => {
    map.off('mousedown', onDown);
    stop?.();
  };
}
