import type { TFunction } from 'i18next';
import type { MapLegendItem } from '../../export/map-image.ts';
import { categoryColor, toCss } from '../../layers/colors.ts';
import type { FlowSplit } from '../../query/flows-query.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../../schema/incident.ts';

/**
 * The colour key of the map for the image export: the same categories and colours as the
 * on-screen legend for the view's flow split, with labels from the `map` namespace.
 */
export function mapLegendItems(split: FlowSplit, tm: TFunction): MapLegendItem[] {
  const [codes, prefix]: [readonly string[], string] =
    split === 'sex_age'
      ? [SEX_AGE, 'sexAge']
      : split === 'exploitation'
        ? [[...EXPLOITATION_FORMS, 'none'], 'exploitation']
        : [CRIME_TYPES, 'crimeType'];
  return codes.map((c) => ({
    label: String(tm(`${prefix}.${c}`, { defaultValue: c })),
    color: toCss(categoryColor(c)),
  }));
}
