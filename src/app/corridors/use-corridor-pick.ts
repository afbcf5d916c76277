import type { PickingInfo } from '@deck.gl/core';
import { useCallback } from 'react';
import { useServices } from '../services.ts';
import { corridorState } from './corridor-state.ts';

/** Layer id of the corridors on the map (src/layers/corridors-layer.ts). */
const CORRIDORS_LAYER = 'corridors';

/**
 * The handler the map calls with a picked object: a click on a corridor (while not drawing or
 * editing) chooses it, and the corridors panel offers to edit it. True when it was a corridor.
 * Stable across renders.
 */
export function useCorridorPick(): (info: PickingInfo) => boolean {
  const services = useServices();
  const { picked, draft, edit } = corridorState(services);
  return useCallback(
    (info: PickingInfo) => {
      if (info.layer?.id !== CORRIDORS_LAYER || draft.get() || edit.get()) return false;
      const features = services.corridors.get()?.features ?? [];
      const at = features.indexOf(info.object as (typeof features)[number]);
      const index = at >= 0 ? at : info.index;
      if (index < 0 || index >= features.length) return false;
      picked.set(index);
      return true;
    },
    [services.corridors, picked, draft, edit],
  );
}
