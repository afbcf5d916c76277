import { useCallback, useEffect, useState } from 'react';
import { validateCorridorCollection } from '../../ingest/corridor-file.ts';
import type { CorridorIssue } from '../../ingest/corridor-issues.ts';
import { useServices, useStoreValue } from '../services.ts';
import { type CorridorEdit, editToCollection, replaceCorridor, startEdit } from './corridor-edit.ts';
import { corridorState } from './corridor-state.ts';
import {
  canDeleteVertex,
  deleteVertex,
  insertVertex,
  midpointAfter,
  nudgeVertex,
  stepSelection,
  undoEdit,
} from './vertex-edit.ts';

/** Label an edited corridor's issues carry in place of a file name. */
export const EDITED_SOURCE = 'edited';

/** Screen pixels a keyboard step moves a vertex by, converted to degrees at the current zoom. */
const STEP_PIXELS = 10;

/** Degrees of longitude per `pixels` screen pixels at `zoom` (512-px world at zoom 0). */
export function degreesPerPixels(zoom: number, pixels = STEP_PIXELS): number {
  return (pixels * 360) / (512 * 2 ** zoom);
}

/** What the last action found wrong: a vertex that cannot go, or the file checks' errors. */
export type EditProblem =
  | { kind: 'minVertices'; needed: number }
  | { kind: 'issues'; issues: CorridorIssue[] };

/** The last saved edit: which corridor, and what the checks fixed (winding) and report. */
export interface SavedEdit {
  name: string;
  warnings: CorridorIssue[];
}

/** The edit tool's state and actions. */
export interface CorridorEditing {
  edit: CorridorEdit | null;
  problem: EditProblem | null;
  saved: SavedEdit | null;
  begin: (index: number) => void;
  cancel: () => void;
  /** Validates the edited geometry and replaces the corridor; true when saved. */
  save: () => boolean;
  undo: () => void;
  deleteSelected: () => void;
  /** Inserts a vertex halfway along the edge after the selected vertex. */
  insertAfterSelected: () => void;
  select: (step: 1 | -1) => void;
  /** Moves the selected vertex by whole keyboard steps east (dx) and north (dy). */
  nudge: (dx: number, dy: number) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Editing an existing corridor's vertices. The edit lives in the corridor state (so the map
 * draws its handles and the drag handler moves them); Save runs validateCorridorCollection,
 * the rules a loaded corridor file meets (a polygon that now crosses itself is refused with
 * the same message; winding is fixed and reported), and replaces the corridor, which re-runs
 * the corridor analysis. Cancel drops the edit; the corridor was never changed. Keyboard
 * while editing (not while typing in a field): Delete or Backspace removes the selected
 * vertex, Ctrl+Z undoes, Esc cancels; the vertex widget handles arrows (see CorridorEditTool).
 */
export function useCorridorEdit(): CorridorEditing {
  const services = useServices();
  const state = corridorState(services);
  const store = state.edit;
  const edit = useStoreValue(store, (e) => e);
  const [problem, setProblem] = useState<EditProblem | null>(null);
  const [saved, setSaved] = useState<SavedEdit | null>(null);

  const begin = useCallback(
    (index: number) => {
      const feature = services.corridors.get()?.features[index];
      if (!feature) return;
      state.draft.set(null);
      setProblem(null);
      setSaved(null);
      store.set(startEdit(feature, index));
    },
    [services.corridors, state.draft, store],
  );
  const cancel = useCallback(() => {
    setProblem(null);
    store.set(null);
  }, [store]);
  const save = useCallback((): boolean => {
    const e = store.get();
    const current = services.corridors.get();
    if (!e || current?.features[e.index] !== e.original) return false;
    const result = validateCorridorCollection(editToCollection(e), EDITED_SOURCE);
    const here = (i: CorridorIssue): CorridorIssue => ({
      ...i,
      feature: i.feature === null ? null : e.index,
    });
    const feature = result.collection?.features[0];
    if (!feature || result.errors.length > 0) {
      setProblem({ kind: 'issues', issues: result.errors.map(here) });
      return false;
    }
    services.corridors.set((c) => (c ? replaceCorridor(c, e.index, feature) : c));
    setProblem(null);
    setSaved({ name: feature.properties.name, warnings: result.warnings.map(here) });
    store.set(null);
    return true;
  }, [store, services.corridors]);
  const change = useCallback(
    (f: (e: CorridorEdit) => CorridorEdit) => {
      setProblem(null);
      store.set((e) => (e ? f(e) : e));
    },
    [store],
  );
  const undo = useCallback(() => change(undoEdit), [change]);
  const deleteSelected = useCallback(() => {
    const e = store.get();
    if (!e?.selected) return;
    if (!canDeleteVertex(e, e.selected)) {
      setProblem({ kind: 'minVertices', needed: e.parts[e.selected.part]!.closed ? 3 : 2 });
      return;
    }
    change((x) => (x.selected ? deleteVertex(x, x.selected) : x));
  }, [store, change]);
  const insertAfterSelected = useCallback(
    () =>
      change((x) => {
        if (!x.selected) return x;
        const at = midpointAfter(x, x.selected.part, x.selected.vertex);
        return at ? insertVertex(x, x.selected.part, x.selected.vertex, at) : x;
      }),
    [change],
  );
  const select = useCallback((step: 1 | -1) => change((x) => stepSelection(x, step)), [change]);
  const nudge = useCallback(
    (dx: number, dy: number) => {
      const step = degreesPerPixels(services.view.get().camera.zoom);
      change((x) => (x.selected ? nudgeVertex(x, x.selected, dx * step, dy * step) : x));
    },
    [change, services.view],
  );

  // Corridors replaced while editing (another file or data set loaded): the edit no longer
  // points at its corridor, so it is dropped rather than saved over a different one.
  const collection = useStoreValue(services.corridors, (c) => c);
  useEffect(() => {
    const e = store.get();
    if (e && collection?.features[e.index] !== e.original) store.set(null);
  }, [collection, store]);

  const active = edit !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (e.key === 'Escape') cancel();
      else if ((e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        deleteSelected();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, cancel, deleteSelected, undo]);

  return {
    edit,
    problem,
    saved,
    begin,
    cancel,
    save,
    undo,
    deleteSelected,
    insertAfterSelected,
    select,
    nudge,
  };
}
