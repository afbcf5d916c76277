import {
  detectionSourceQuery,
  exploitationFormsQuery,
  topNationalitiesQuery,
} from '../../query/category-query.ts';
import { chooseSource } from '../../query/cube/choose-source.ts';
import type { CubeSpec } from '../../query/cube/cube-spec.ts';
import { VIEW_NEEDS } from '../../query/cube/needs.ts';
import { filterPredicate } from '../../query/filters.ts';
import type { BreakdownSpec } from './guarded-breakdown.ts';

/**
 * Persons by form of exploitation. The chart ignores its own filter (a click on a bar sets
 * it). An incident can have several forms, so the bars add up to at least the persons total,
 * and exactly to it when no incident has two: the line rule applies as to a partition. Each
 * variant reads the cube that answers its filters.
 */
export function exploitationSpec(cubes: readonly CubeSpec[]): BreakdownSpec {
  return {
    sql: (f) =>
      exploitationFormsQuery(
        filterPredicate(f, ['exploitation']),
        chooseSource(f, VIEW_NEEDS.exploitation, cubes),
      ),
    orderBy: 'persons DESC, category',
    ignore: ['exploitation'],
    partition: true,
  };
}

/** The ten nationalities with most persons, "other" and "unknown": a partition of persons. */
export function nationalitiesSpec(cubes: readonly CubeSpec[]): BreakdownSpec {
  return {
    sql: (f) =>
      topNationalitiesQuery(filterPredicate(f), 10, chooseSource(f, VIEW_NEEDS.nationalities, cubes)),
    orderBy: 'rank',
    partition: true,
  };
}

/** Persons by detection source (missing = unknown): a partition of persons. */
export function detectionSpec(cubes: readonly CubeSpec[]): BreakdownSpec {
  return {
    sql: (f) => detectionSourceQuery(filterPredicate(f), chooseSource(f, VIEW_NEEDS.detection, cubes)),
    orderBy: 'persons DESC, category',
    partition: true,
  };
}
