import type { Table } from 'apache-arrow';
import type { CodedCounts } from '../../analytics/disclosure/cube.ts';
import { ALL } from '../../analytics/disclosure/types.ts';
import type { ViewCubeInput } from '../../analytics/disclosure/view-cube.ts';
import { VIEW_CUBE_DIMS, type ViewMeasure } from '../../query/view-cube-query.ts';
import { SEX_AGE } from '../../schema/incident.ts';

/** A data value equal to the reserved margin code is kept apart under this code. */
export const ALL_IN_DATA = `${ALL} (value)`;

const KEY_COLUMNS = ['country', 'month', 'crime_type'] as const;

/** Level lists being collected: code → index, in order of first sight. */
class Levels {
  readonly codes: string[] = [];
  readonly #at = new Map<string, number>();
  indexOf(code: string): number {
    let i = this.#at.get(code);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(code);
      this.#at.set(code, i);
    }
    return i;
  }
}

function coded(table: Table, measure: ViewMeasure, levels: Levels[]): CodedCounts {
  const keys = KEY_COLUMNS.map((name) => {
    const col = table.getChild(name);
    if (!col) throw new Error(`column ${name} missing from the view cube counts`);
    return col;
  });
  const measures = measure === 'persons' ? [...SEX_AGE] : ['incidents'];
  const counts = measures.map((name) => {
    const col = table.getChild(name);
    if (!col) throw new Error(`column ${name} missing from the view cube counts`);
    return col;
  });
  const rows = table.numRows * measures.length;
  const codes = VIEW_CUBE_DIMS[measure].map(() => new Int32Array(rows));
  const values = new Float64Array(rows);
  let r = 0;
  for (let i = 0; i < table.numRows; i++) {
    const at = keys.map((col, d) => {
      const raw = String(col.get(i) ?? '');
      return levels[d]!.indexOf(raw === ALL ? ALL_IN_DATA : raw);
    });
    for (let m = 0; m < measures.length; m++) {
      for (let d = 0; d < KEY_COLUMNS.length; d++) codes[d]![r] = at[d]!;
      if (measure === 'persons') codes[3]![r] = levels[3]!.indexOf(measures[m]!);
      values[r] = Number(counts[m]!.get(i) ?? 0);
      r++;
    }
  }
  return { codes, values };
}

/**
 * The worker's input from the query results: the view's counts and its neighbours' (see
 * guard-neighbours.ts), coded against one shared list of levels per dimension so the cubes line
 * up cell by cell. Every sex/age category is a level even where it counts 0. Pure.
 */
export function toViewCubeInput(
  measure: ViewMeasure,
  view: Table,
  neighbours: readonly Table[],
  k: number,
): ViewCubeInput {
  const dims = [...VIEW_CUBE_DIMS[measure]];
  const levels = dims.map(() => new Levels());
  if (measure === 'persons') for (const c of SEX_AGE) levels[3]!.indexOf(c);
  const viewCounts = coded(view, measure, levels);
  const neighbourCounts = neighbours.map((p) => coded(p, measure, levels));
  // No chart adds crime types together, so the all-crimes total is the cheapest to hide.
  const marginFirst = dims.map((d) => d === 'crime_type');
  return {
    dims,
    levels: levels.map((l) => l.codes),
    view: viewCounts,
    neighbours: neighbourCounts,
    k,
    marginFirst,
  };
}

/** The buffers of an input, to transfer to a worker instead of copying. */
export function inputBuffers(input: ViewCubeInput): ArrayBuffer[] {
  const all = [input.view, ...input.neighbours];
  return all.flatMap((c) => [c.values.buffer as ArrayBuffer, ...c.codes.map((x) => x.buffer as ArrayBuffer)]);
}
