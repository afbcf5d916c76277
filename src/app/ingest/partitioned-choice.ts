import type { ViewNeeds } from '../../ingest/partitioned/coverage.ts';
import { manifestExtent, type PartitionManifest } from '../../ingest/partitioned/manifest.ts';
import type { Filters } from '../../state/filters.ts';

/** What the dialog asks to load: a month range and countries of detection. */
export interface PartitionedChoice {
  /** `YYYY-MM`, inclusive. */
  from: string;
  to: string;
  countries: readonly string[];
}

/**
 * The dialog's first proposal, from the view on screen: its period when it has one (else the
 * extract's last year, a small first load) and its detection countries that the extract has
 * (else all). Pure.
 */
export function initialChoice(manifest: PartitionManifest, filters: Filters): PartitionedChoice {
  const extent = manifestExtent(manifest);
  const last = extent.years?.[1] ?? new Date().getUTCFullYear();
  const [from, to] = filters.period ?? [`${last}-01`, `${last}-12`];
  const chosen = filters.detection.filter((c) => extent.countries.includes(c));
  return { from, to, countries: chosen.length > 0 ? chosen : extent.countries };
}

/** Whether a choice can be loaded: well-formed months in order, at least one country. Pure. */
export function isValidChoice(choice: PartitionedChoice): boolean {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/;
  return (
    month.test(choice.from) &&
    month.test(choice.to) &&
    choice.from <= choice.to &&
    choice.countries.length > 0
  );
}

/** The view needs a choice stands for. Pure. */
export function choiceNeeds(choice: PartitionedChoice): ViewNeeds {
  return { period: [choice.from, choice.to], countries: [...choice.countries] };
}
