/**
 * Protection of a one-way breakdown (persons by form of exploitation, by nationality, by
 * detection source) that is not a slice of the protected view cube: its counts are taken
 * with every filter applied, so a click on a filter changes them in ways the cube cannot
 * see. Three rules, in order:
 *
 * 1. primary: a count in 1..k−1 is hidden;
 * 2. differencing guard: a count that differs by 1..k−1 from the same category in a view
 *    one click away (see src/state/view-neighbours.ts) is hidden, since
 *    subtracting the two figures would give that small number;
 * 3. line rule, for breakdowns whose categories partition a total that is shown elsewhere
 *    (each person has one nationality and one detection source): if one non-zero count is
 *    hidden alone, or the hidden ones add up to less than k, the smallest shown non-zero
 *    count is hidden too, until neither holds, so the hidden counts cannot be read as total
 *    minus the rest.
 *
 * Weaker than the view cube's audit (README.md in this folder, "Limits"): a hidden count
 * is safe from its own chart and from each neighbour on its own, not from every combination.
 */

/**
 * Why a category's count is hidden, or that it is shown. `unshown`: the view leaves it out
 * for its own reasons (a top-N cut), so it hides its count like any other hidden one.
 */
export type CategoryStatus = 'published' | 'primary' | 'guarded' | 'secondary' | 'unshown';

/** A guarded breakdown: the view's categories in their order, hidden counts as null. */
export interface GuardedCategories {
  category: string[];
  value: (number | null)[];
  status: CategoryStatus[];
}

/** Options of {@link guardCategories}. */
export interface GuardCategoriesOptions {
  k: number;
  /** The categories partition a total shown elsewhere: apply the line rule. */
  partition: boolean;
  /**
   * Categories the view does not show at all (beyond a top-N cut). They are hidden, but
   * give no cover in the line rule (their sum may be shown elsewhere) and are never picked.
   */
  unshown?: ReadonlySet<string>;
  /**
   * Categories to hide as guarded whatever the neighbours say: the caller could not compare
   * them (a neighbour lacks the category and it is not known to be zero there).
   */
  forced?: ReadonlySet<string>;
}

const small = (n: number, k: number): boolean => n > 0 && n < k;

/**
 * Protects the counts `view` (category → count, in display order) against `neighbours` (the
 * same breakdown in the views one click away; a category a neighbour lacks is not compared,
 * it is either zero there or not published). Pure; deterministic (ties go to the earlier
 * category).
 */
export function guardCategories(
  view: ReadonlyMap<string, number>,
  neighbours: readonly ReadonlyMap<string, number>[],
  options: GuardCategoriesOptions,
): GuardedCategories {
  const { k } = options;
  const category = [...view.keys()];
  const counts = category.map((c) => view.get(c) ?? 0);
  const status: CategoryStatus[] = counts.map((n, i) => {
    if (small(n, k)) return 'primary';
    const c = category[i]!;
    if (options.unshown?.has(c)) return 'unshown';
    if (options.forced?.has(c)) return 'guarded';
    const differs = neighbours.some((other) => {
      const m = other.get(c);
      return m !== undefined && small(Math.abs(n - m), k);
    });
    return differs ? 'guarded' : 'published';
  });
  // Only small and guarded counts need cover; an unshown count (≥ k, not guarded) may be
  // worked out from the total without harm.
  if (options.partition && status.some((s) => s === 'primary' || s === 'guarded')) {
    for (;;) {
      // Hidden zeros do not count as cover: a count is exposed unless another non-zero one
      // is hidden beside it and together they reach k.
      // An unshown count gives no cover: it may be known anyway (the "other flows" total
      // of a view with few flows past its cut).
      const hidden = status.flatMap((s, i) =>
        s !== 'published' && s !== 'unshown' && counts[i]! > 0 ? [counts[i]!] : [],
      );
      const sum = hidden.reduce((a, b) => a + b, 0);
      const exposed = hidden.length === 1 || small(sum, k);
      if (!exposed) break;
      let pick = -1;
      counts.forEach((n, i) => {
        if (status[i] === 'published' && n > 0 && (pick < 0 || n < counts[pick]!)) pick = i;
      });
      if (pick < 0) break;
      status[pick] = 'secondary';
    }
  }
  return {
    category,
    value: counts.map((n, i) => (status[i] === 'published' ? n : null)),
    status,
  };
}
