import { useCallback, useEffect, useState } from 'react';
import { validateCorridorCollection } from '../../ingest/corridor-file.ts';
import type { CorridorIssue } from '../../ingest/corridor-issues.ts';
import { useServices, useStoreValue } from '../services.ts';
import { corridorState } from './corridor-state.ts';
import {
  addVertex,
  appendCorridors,
  type DraftCorridor,
  type DraftShape,
  draftToCollection,
  emptyDraft,
  minVertices,
  undoVertex,
} from './draft-corridor.ts';

/** Label a drawn corridor's issues carry in place of a file name. */
export const DRAWN_SOURCE = 'drawn';

/** What a finish attempt found wrong: too few vertices, or the same issues a loaded file gets. */
export type FinishProblem =
  | { kind: 'vertices'; needed: number }
  | { kind: 'name' }
  | { kind: 'issues'; issues: CorridorIssue[] };

/** The draw tool's state and actions. */
export interface CorridorDraw {
  draft: DraftCorridor | null;
  problem: FinishProblem | null;
  start: (shape: DraftShape) => void;
  update: (patch: Partial<Pick<DraftCorridor, 'name' | 'kind' | 'shape'>>) => void;
  undo: () => void;
  cancel: () => void;
  /** Validates the draft and adds it to the corridors store; true when added. */
  finish: () => boolean;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Drawing a corridor: vertices come from map clicks ({@link useCorridorMapClick}), the draft
 * lives in the corridor state (so the map draws it), and finishing validates it with
 * validateCorridorCollection, the rules a loaded corridor file meets. Keyboard while drawing:
 * Enter finishes, Backspace undoes the last vertex (not while typing in a field), Esc cancels.
 */
export function useCorridorDraw(): CorridorDraw {
  const services = useServices();
  const { draft: store, edit: editing } = corridorState(services);
  const draft = useStoreValue(store, (d) => d);
  const [problem, setProblem] = useState<FinishProblem | null>(null);

  const start = useCallback(
    (shape: DraftShape) => {
      setProblem(null);
      editing.set(null);
      store.set(emptyDraft(shape, store.get()?.kind));
    },
    [store, editing],
  );
  const update = useCallback(
    (patch: Partial<Pick<DraftCorridor, 'name' | 'kind' | 'shape'>>) =>
      store.set((d) => (d ? { ...d, ...patch } : d)),
    [store],
  );
  const undo = useCallback(() => store.set((d) => (d ? undoVertex(d) : d)), [store]);
  const cancel = useCallback(() => {
    setProblem(null);
    store.set(null);
  }, [store]);
  const finish = useCallback((): boolean => {
    const d = store.get();
    if (!d) return false;
    const needed = minVertices(d.shape);
    if (d.vertices.length < needed) {
      setProblem({ kind: 'vertices', needed });
      return false;
    }
    if (d.name.trim() === '') {
      setProblem({ kind: 'name' });
      return false;
    }
    const result = validateCorridorCollection(draftToCollection(d), DRAWN_SOURCE);
    if (!result.collection || result.errors.length > 0 || result.collection.features.length === 0) {
      setProblem({ kind: 'issues', issues: result.errors });
      return false;
    }
    const added = result.collection;
    services.corridors.set((c) => appendCorridors(c, added));
    setProblem(null);
    store.set(null);
    return true;
  }, [store, services.corridors]);

  const active = draft !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
      else if (e.key === 'Enter') {
        e.preventDefault();
        finish();
      } else if (e.key === 'Backspace' && !isTyping(e.target)) {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, cancel, finish, undo]);

  return { draft, problem, start, update, undo, cancel, finish };
}

/**
 * The handler the map calls with the lon/lat of a click: adds a vertex to the corridor being
 * drawn, and does nothing when the draw tool is off. Stable across renders.
 */
export function useCorridorMapClick(): (lngLat: [number, number]) => void {
  const { draft } = corridorState(useServices());
  return useCallback((lngLat: [number, number]) => draft.set((d) => (d ? addVertex(d, lngLat) : d)), [draft]);
}

/**
 * True while a corridor is being drawn or edited: the map's own click actions (selecting a
 * flow, a country) should pause then, so a click only adds a vertex or works a handle.
 */
export function useIsDrawingCorridor(): boolean {
  const { draft, edit } = corridorState(useServices());
  const drawing = useStoreValue(draft, (d) => d !== null);
  const editing = useStoreValue(edit, (e) => e !== null);
  return drawing || editing;
}
