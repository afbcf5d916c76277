import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { corridorScoresLayer, toScoreColors } from '../../layers/corridor-scores-layer.ts';
import { crossingsLayer, toCrossingData } from '../../layers/crossings-layer.ts';
import { useServices, useStoreValue } from '../services.ts';
import { corridorState } from './corridor-state.ts';
import { draftLayers } from './draft-layers.ts';
import { editLayers } from './edit-layers.ts';
import { isShown } from './hotspot-view.ts';

/** Which corridor layers to draw. */
export interface CorridorLayerOptions {
  scores?: boolean;
  crossings?: boolean;
}

/**
 * deck.gl layers of the corridor tools, for the map: score segments coloured by concurrence
 * score (a segment whose count is below k is drawn as "no score"), crossing markers and the
 * corridor being drawn. Reads the analysis the corridors panel publishes; empty until it runs.
 */
export function useCorridorLayers({ scores = true, crossings = true }: CorridorLayerOptions = {}): Layer[] {
  const services = useServices();
  const state = corridorState(services);
  const analysis = useStoreValue(state.analysis, (a) => a.analysis);
  const draft = useStoreValue(state.draft, (d) => d);
  const k = useStoreValue(services.view, (v) => v.k);
  const scoreLayer = useMemo(() => {
    if (!scores || !analysis) return null;
    const shown = analysis.scores.map((s) => isShown(s.weight, k));
    const values = analysis.scores.map((s) => s.score);
    return corridorScoresLayer(analysis.lines, toScoreColors(analysis.lines, values, shown));
  }, [scores, analysis, k]);
  const crossingLayer = useMemo(
    () => (crossings && analysis ? crossingsLayer(toCrossingData(analysis.crossings)) : null),
    [crossings, analysis],
  );
  const drawing = useMemo(() => (draft ? draftLayers(draft) : []), [draft]);
  return useMemo(
    () => [...(scoreLayer ? [scoreLayer] : []), ...(crossingLayer ? [crossingLayer] : []), ...drawing],
    [scoreLayer, crossingLayer, drawing],
  );
}

/**
 * deck.gl layers of the corridor being edited: its path and handles. Separate from
 * {@link useCorridorLayers} so the map can draw them above the data layers, where incident
 * circles and flows would otherwise hide the handles. Empty when nothing is edited.
 */
export function useCorridorEditLayers(): Layer[] {
  const edit = useStoreValue(corridorState(useServices()).edit, (e) => e);
  return useMemo(() => (edit ? editLayers(edit) : []), [edit]);
}
