import { describe, expect, it } from 'vitest';
import {
  addVertex,
  appendCorridors,
  draftToCollection,
  emptyDraft,
  minVertices,
  undoVertex,
} from '../../../../src/app/corridors/draft-corridor.ts';
import { validateCorridorCollection } from '../../../../src/ingest/corridor-file.ts';

const darien = [
  [-78.5, 6.5],
  [-77.2, 8.6],
  [-76.5, 9.8],
] as const;

function drawn(shape: 'line' | 'polygon', name = 'Darién test') {
  let d = { ...emptyDraft(shape, 'arms'), name };
  for (const p of darien) d = addVertex(d, p);
  return d;
}

describe('draft corridors', () => {
  it('adds and undoes vertices without mutating the draft', () => {
    const d = drawn('line');
    expect(d.vertices).toHaveLength(3);
    const u = undoVertex(d);
    expect(u.vertices).toEqual(darien.slice(0, 2).map((p) => [...p]));
    expect(d.vertices).toHaveLength(3);
    expect(undoVertex(emptyDraft()).vertices).toEqual([]);
  });

  it('needs 2 points for a line and 3 for an area', () => {
    expect(minVertices('line')).toBe(2);
    expect(minVertices('polygon')).toBe(3);
  });

  it('a drawn line passes the corridor file rules', () => {
    const r = validateCorridorCollection(draftToCollection(drawn('line')), 'drawn');
    expect(r.errors).toEqual([]);
    expect(r.collection?.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: darien.map((p) => [...p]),
    });
    expect(r.collection?.features[0]?.properties).toMatchObject({ kind: 'arms', name: 'Darién test' });
  });

  it('a drawn area is closed and passes the same rules', () => {
    const r = validateCorridorCollection(draftToCollection(drawn('polygon')), 'drawn');
    expect(r.errors).toEqual([]);
    const ring = (r.collection!.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('a nameless draft is rejected with the same issue a file gets', () => {
    const r = validateCorridorCollection(draftToCollection(drawn('line', '  ')), 'drawn');
    expect(r.errors.map((e) => e.code)).toContain('missing_name');
    expect(r.collection?.features).toEqual([]);
  });

  it('appends to the loaded corridors as a new object, keeping the illustrative flag', () => {
    const added = validateCorridorCollection(draftToCollection(drawn('line')), 'drawn').collection!;
    const base = { ...added, illustrative: true };
    const out = appendCorridors(base, added);
    expect(out).not.toBe(base);
    expect(out.features).toHaveLength(2);
    expect(out.illustrative).toBe(true);
    expect(appendCorridors(null, added).features).toHaveLength(1);
  });
});
