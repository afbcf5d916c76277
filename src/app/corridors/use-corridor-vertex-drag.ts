import type { PickingInfo } from '@deck.gl/core';
import { useMemo } from 'react';
import type { ObjectDragHandler } from '../map-object-drag.ts';
import { useServices, useStoreValue } from '../services.ts';
import type { VertexRef } from './corridor-edit.ts';
import { corridorState } from './corridor-state.ts';
import {
  MIDPOINT_HANDLES_LAYER,
  type MidpointHandle,
  VERTEX_HANDLES_LAYER,
  type VertexHandle,
} from './edit-layers.ts';
import { checkpoint, insertVertex, moveVertex, selectVertex } from './vertex-edit.ts';

/**
 * The map's drag handler while a corridor is edited (undefined otherwise, so the map does not
 * pick on every press). A press on a vertex handle selects it and drags it; a press on a
 * midpoint handle inserts a vertex there and drags the new one (a click without moving just
 * inserts). The undo step of a drag is recorded once, when it first moves.
 */
export function useCorridorVertexDrag(): ObjectDragHandler | undefined {
  const { edit } = corridorState(useServices());
  const editing = useStoreValue(edit, (e) => e !== null);
  return useMemo(() => {
    if (!editing) return undefined;
    let dragged: VertexRef | null = null;
    let moved = false;
    return {
      layerIds: [VERTEX_HANDLES_LAYER, MIDPOINT_HANDLES_LAYER],
      start: (info: PickingInfo) => {
        const current = edit.get();
        if (!current) return false;
        if (info.layer?.id === VERTEX_HANDLES_LAYER) {
          const h = info.object as VertexHandle;
          dragged = { part: h.part, vertex: h.vertex };
          moved = false;
          edit.set(selectVertex(current, dragged));
          return true;
        }
        if (info.layer?.id === MIDPOINT_HANDLES_LAYER) {
          const m = info.object as MidpointHandle;
          const next = insertVertex(current, m.part, m.after, m.position);
          dragged = next.selected;
          moved = true;
          edit.set(next);
          return dragged !== null;
        }
        return false;
      },
      move: (lngLat: [number, number]) => {
        const ref = dragged;
        if (!ref) return;
        const record = !moved;
        moved = true;
        edit.set((e) => (e ? moveVertex(record ? checkpoint(e) : e, ref, lngLat, false) : e));
      },
      end: () => {
        dragged = null;
      },
    };
  }, [editing, edit]);
}
