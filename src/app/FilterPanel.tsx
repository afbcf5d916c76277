import { useMemo } from 'react';
import { useT } from '../i18n/use-t.ts';
import { toStrings } from '../layers/arrow-to-binary.ts';
import { categoryColor, toCss } from '../layers/colors.ts';
import { type Facet, facetValuesQuery } from '../query/facets-query.ts';
import { CRIME_TYPES, EXPLOITATION_FORMS, SEX_AGE } from '../schema/incident.ts';
import { activeFilterCount, EMPTY_FILTERS, type Filters, toggleValue } from '../state/filters.ts';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { MultiSelect } from './MultiSelect.tsx';
import { useQueryResult } from './use-query-result.ts';

/** Props of the filter panel. */
export interface FilterPanelProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  countryName: (iso3: string) => string;
}

function useFacet(facet: Facet): string[] {
  const sql = useMemo(() => facetValuesQuery(facet), [facet]);
  const { table } = useQueryResult(`facet:${facet}`, sql);
  return useMemo(() => (table ? toStrings(table, 'value') : []), [table]);
}

/** The shared filters every view reads: crime type, sex/age, exploitation, places, routes, offices. */
export function FilterPanel({ filters, onChange, countryName }: FilterPanelProps) {
  const { t } = useT('filters');
  const { t: tm } = useT('map');
  const origins = useFacet('origin');
  const transits = useFacet('transit');
  const destinations = useFacet('destination');
  const detections = useFacet('detection');
  const routes = useFacet('routes');
  const offices = useFacet('offices');
  const active = activeFilterCount(filters);
  return (
    <aside className="filters" aria-label={t('title')}>
      <div className="filters-head">
        <h2>{t('title')}</h2>
        <button
          type="button"
          className="link"
          disabled={active === 0}
          onClick={() => onChange(EMPTY_FILTERS)}
        >
          {t('clearAll')}
        </button>
      </div>
      <CheckboxGroup
        legend={t('crimeType')}
        options={CRIME_TYPES}
        selected={filters.crimeTypes}
        label={(v) => tm(`crimeType.${v}`)}
        swatch={(v) => toCss(categoryColor(v))}
        onToggle={(v) => onChange(toggleValue(filters, 'crimeTypes', v))}
      />
      <CheckboxGroup
        legend={t('sexAge')}
        options={SEX_AGE}
        selected={filters.sexAge}
        label={(v) => tm(`sexAge.${v}`)}
        onToggle={(v) => onChange(toggleValue(filters, 'sexAge', v))}
      />
      <CheckboxGroup
        legend={t('exploitation')}
        options={EXPLOITATION_FORMS}
        selected={filters.exploitation}
        label={(v) => tm(`exploitation.${v}`)}
        onToggle={(v) => onChange(toggleValue(filters, 'exploitation', v))}
      />
      <MultiSelect
        label={t('countries.origin')}
        options={origins}
        selected={filters.origin}
        display={countryName}
        onChange={(v) => onChange({ ...filters, origin: v })}
        testId="filter-origin"
      />
      <MultiSelect
        label={t('countries.transit')}
        options={transits}
        selected={filters.transit}
        display={countryName}
        onChange={(v) => onChange({ ...filters, transit: v })}
      />
      <MultiSelect
        label={t('countries.destination')}
        options={destinations}
        selected={filters.destination}
        display={countryName}
        onChange={(v) => onChange({ ...filters, destination: v })}
      />
      <MultiSelect
        label={t('countries.detection')}
        options={detections}
        selected={filters.detection}
        display={countryName}
        onChange={(v) => onChange({ ...filters, detection: v })}
      />
      <MultiSelect
        label={t('route')}
        options={routes}
        selected={filters.routes}
        display={(v) => v}
        onChange={(v) => onChange({ ...filters, routes: v })}
      />
      <MultiSelect
        label={t('office')}
        options={offices}
        selected={filters.offices}
        display={(v) => v}
        onChange={(v) => onChange({ ...filters, offices: v })}
      />
    </aside>
  );
}
