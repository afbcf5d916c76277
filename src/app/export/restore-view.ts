import { type RestoredAggregate, specFromProvenance } from '../../export/aggregate.ts';
import { checkRestorable, type Provenance } from '../../export/provenance.ts';
import type { Store } from '../../state/store.ts';
import type { ViewConfig } from '../../state/view-config.ts';
import { isK, validateViewConfig } from '../../state/view-config-schema.ts';

/** What restoring a provenance record did. */
export interface RestoreOutcome {
  /** Codes from `checkRestorable`: `fingerprint-mismatch`, `version-mismatch`. */
  problems: string[];
  /** The aggregation to recompute, when the record came from a table export. */
  aggregate: RestoredAggregate | null;
  /** Whether the view (filters, and the rest when recorded) was restored. */
  viewRestored: boolean;
  /** View parts that were invalid in the file and fell back to defaults. */
  invalidParts: string[];
}

/**
 * Restores the view a provenance record describes into the view store (the whole view when
 * recorded, else its filters and k), after validating every part, and says whether the
 * record was made from the data loaded now. The table itself is recomputed by the caller.
 */
export function restoreFromProvenance(
  provenance: Provenance,
  current: { appVersion: string; fingerprint: string },
  view: Store<ViewConfig>,
): RestoreOutcome {
  const problems = checkRestorable(provenance, current);
  const aggregate = specFromProvenance(provenance);
  const stored = provenance.filters;
  const storedView =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored.view : undefined;
  const checked = storedView === undefined ? null : validateViewConfig(storedView);
  if (checked) {
    view.set(checked.view);
    return { problems, aggregate, viewRestored: true, invalidParts: checked.problems.map((p) => p.part) };
  }
  if (aggregate) {
    const k = isK(provenance.k) ? provenance.k : undefined;
    view.set((v) => ({ ...v, filters: aggregate.spec.filters, ...(k ? { k } : {}) }));
    return { problems, aggregate, viewRestored: true, invalidParts: aggregate.problems };
  }
  return { problems, aggregate: null, viewRestored: false, invalidParts: [] };
}
