import type { CorridorEdit, EditPart, Vertex, VertexRef } from './corridor-edit.ts';

/** Undo steps kept; older ones are dropped. */
const HISTORY_LIMIT = 200;

/** Fewest vertices a part keeps: two for a line, three for a ring. */
export function minPartVertices(part: EditPart): number {
  return part.closed ? 3 : 2;
}

/** A lon/lat pair brought into range: longitude wrapped to [-180, 180], latitude clamped. */
export function toVertex(lngLat: readonly [number, number]): Vertex {
  let lon = lngLat[0];
  if (lon > 180 || lon < -180) lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [lon, Math.max(-90, Math.min(90, lngLat[1]))];
}

/**
 * The midpoint of the edge a → b in lon/lat, taking the short way across ±180° as the corridor
 * analyses do (consecutive vertices more than 180° apart are joined across the antimeridian).
 */
export function edgeMidpoint(a: Vertex, b: Vertex): Vertex {
  let bx = b[0];
  while (bx - a[0] > 180) bx -= 360;
  while (bx - a[0] < -180) bx += 360;
  return toVertex([(a[0] + bx) / 2, (a[1] + b[1]) / 2]);
}

/** The edit with its current parts pushed on the undo stack. Pure. */
export function checkpoint(edit: CorridorEdit): CorridorEdit {
  return { ...edit, history: [...edit.history, edit.parts].slice(-HISTORY_LIMIT) };
}

function withPart(edit: CorridorEdit, part: number, vertices: readonly Vertex[]): readonly EditPart[] {
  return edit.parts.map((p, i) => (i === part ? { ...p, vertices } : p));
}

function exists(edit: CorridorEdit, ref: VertexRef): boolean {
  const part = edit.parts[ref.part];
  return part !== undefined && ref.vertex >= 0 && ref.vertex < part.vertices.length;
}

/**
 * Vertex `ref` moved to `lngLat` and selected. `record` pushes an undo step first; a drag
 * records once when it starts moving and then moves without recording. Pure.
 */
export function moveVertex(
  edit: CorridorEdit,
  ref: VertexRef,
  lngLat: readonly [number, number],
  record = true,
): CorridorEdit {
  if (!exists(edit, ref)) return edit;
  const base = record ? checkpoint(edit) : edit;
  const vertices = [...edit.parts[ref.part]!.vertices];
  vertices[ref.vertex] = toVertex(lngLat);
  return { ...base, parts: withPart(edit, ref.part, vertices), selected: ref };
}

/** Vertex `ref` moved by (dLon, dLat) degrees (the keyboard step), recorded for undo. Pure. */
export function nudgeVertex(edit: CorridorEdit, ref: VertexRef, dLon: number, dLat: number): CorridorEdit {
  if (!exists(edit, ref)) return edit;
  const [x, y] = edit.parts[ref.part]!.vertices[ref.vertex]!;
  return moveVertex(edit, ref, [x + dLon, y + dLat]);
}

/**
 * A new vertex at `lngLat` between vertex `after` and the next one of part `part` (for a ring,
 * after the last vertex means before the first), selected and recorded for undo. Pure.
 */
export function insertVertex(
  edit: CorridorEdit,
  part: number,
  after: number,
  lngLat: readonly [number, number],
): CorridorEdit {
  const p = edit.parts[part];
  if (!p || after < 0 || after >= p.vertices.length) return edit;
  if (!p.closed && after === p.vertices.length - 1) return edit;
  const vertices = [...p.vertices];
  vertices.splice(after + 1, 0, toVertex(lngLat));
  return {
    ...checkpoint(edit),
    parts: withPart(edit, part, vertices),
    selected: { part, vertex: after + 1 },
  };
}

/** Where the midpoint handle after vertex `after` of part `part` sits; null if there is no edge. */
export function midpointAfter(edit: CorridorEdit, part: number, after: number): Vertex | null {
  const p = edit.parts[part];
  if (!p || after < 0 || after >= p.vertices.length) return null;
  const next = after + 1 < p.vertices.length ? after + 1 : p.closed ? 0 : -1;
  if (next < 0 || next === after) return null;
  return edgeMidpoint(p.vertices[after]!, p.vertices[next]!);
}

/** Whether vertex `ref` may be deleted: its part keeps at least two (line) or three (ring) vertices. */
export function canDeleteVertex(edit: CorridorEdit, ref: VertexRef): boolean {
  return exists(edit, ref) && edit.parts[ref.part]!.vertices.length > minPartVertices(edit.parts[ref.part]!);
}

/**
 * Vertex `ref` removed, recorded for undo; the selection moves to the vertex before it. The
 * edit is returned unchanged when the part would drop below its minimum. Pure.
 */
export function deleteVertex(edit: CorridorEdit, ref: VertexRef): CorridorEdit {
  if (!canDeleteVertex(edit, ref)) return edit;
  const vertices = edit.parts[ref.part]!.vertices.filter((_, i) => i !== ref.vertex);
  return {
    ...checkpoint(edit),
    parts: withPart(edit, ref.part, vertices),
    selected: { part: ref.part, vertex: Math.max(0, ref.vertex - 1) },
  };
}

/** The edit with `ref` selected (null clears the selection). Pure. */
export function selectVertex(edit: CorridorEdit, ref: VertexRef | null): CorridorEdit {
  if (ref && !exists(edit, ref)) return edit;
  return { ...edit, selected: ref };
}

/**
 * The next (`step` = 1) or previous (−1) vertex selected, running through all parts in order
 * and wrapping around; with nothing selected, the first (or last) vertex. Pure.
 */
export function stepSelection(edit: CorridorEdit, step: 1 | -1): CorridorEdit {
  const all: VertexRef[] = [];
  edit.parts.forEach((p, part) => {
    p.vertices.forEach((_, vertex) => {
      all.push({ part, vertex });
    });
  });
  if (all.length === 0) return edit;
  const s = edit.selected;
  const at = s ? all.findIndex((r) => r.part === s.part && r.vertex === s.vertex) : -1;
  const next = at < 0 ? (step === 1 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
  return { ...edit, selected: all[next]! };
}

/** The edit before its last recorded change (selection kept when it still exists). Pure. */
export function undoEdit(edit: CorridorEdit): CorridorEdit {
  const parts = edit.history[edit.history.length - 1];
  if (!parts) return edit;
  const undone = { ...edit, parts, history: edit.history.slice(0, -1) };
  return edit.selected && exists(undone, edit.selected) ? undone : { ...undone, selected: null };
}

/** Number of vertices over all parts. */
export function vertexCount(edit: CorridorEdit): number {
  return edit.parts.reduce((n, p) => n + p.vertices.length, 0);
}

/** 1-based position of `ref` among all vertices (the order of {@link stepSelection}). */
export function vertexOrdinal(edit: CorridorEdit, ref: VertexRef): number {
  let n = 0;
  for (let i = 0; i < ref.part; i++) n += edit.parts[i]?.vertices.length ?? 0;
  return n + ref.vertex + 1;
}
