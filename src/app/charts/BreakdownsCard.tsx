import { useCallback, useMemo } from 'react';
import { countryName } from '../../geo/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { OTHER_CATEGORY, UNKNOWN_CATEGORY } from '../../query/category-query.ts';
import { EXPLOITATION_FORMS, type ExploitationForm } from '../../schema/incident.ts';
import { toggleValue } from '../../state/filters.ts';
import { useCubes } from '../cube-service.ts';
import { useServices, useStoreValue } from '../services.ts';
import { BreakdownChart } from './BreakdownChart.tsx';
import { detectionSpec, exploitationSpec, nationalitiesSpec } from './breakdown-specs.ts';

/** Props of {@link BreakdownsCard}. */
export interface BreakdownsCardProps {
  width: number;
  formatNumber: (n: number) => string;
}

const isForm = (c: string): c is ExploitationForm => (EXPLOITATION_FORMS as readonly string[]).includes(c);

/**
 * Forms of exploitation (click toggles the exploitation filter, which this chart ignores
 * itself), the most frequent nationalities and the detection sources, all in persons.
 * Nationality and detection source have no shared filter, so their bars are not clickable.
 */
export function BreakdownsCard({ width, formatNumber }: BreakdownsCardProps) {
  const { t, lang } = useT('charts');
  const { view } = useServices();
  const filters = useStoreValue(view, (v) => v.filters);
  const cubes = useCubes();
  const exploitation = useMemo(() => exploitationSpec(cubes), [cubes]);
  const nationalities = useMemo(() => nationalitiesSpec(cubes), [cubes]);
  const detection = useMemo(() => detectionSpec(cubes), [cubes]);
  const toggleForm = useCallback(
    (c: string) => {
      if (isForm(c)) view.set((v) => ({ ...v, filters: toggleValue(v.filters, 'exploitation', c) }));
    },
    [view],
  );
  const formLabel = useCallback((c: string) => t(`exploitation.${c}`), [t]);
  const nationalityLabel = useCallback(
    (c: string) =>
      c === OTHER_CATEGORY
        ? t('nationalities.other')
        : c === UNKNOWN_CATEGORY
          ? t('nationalities.unknown')
          : countryName(c, lang),
    [t, lang],
  );
  const sourceLabel = useCallback((c: string) => t(`detectionSource.${c}`), [t]);
  return (
    <>
      <BreakdownChart
        viewId="charts.exploitation"
        spec={exploitation}
        width={width}
        title={t('exploitation.title')}
        note={t('exploitation.note')}
        label={formLabel}
        formatNumber={formatNumber}
        selected={filters.exploitation}
        onToggle={toggleForm}
        isToggleable={isForm}
        testId="chart-exploitation"
      />
      <BreakdownChart
        viewId="charts.nationalities"
        spec={nationalities}
        width={width}
        title={t('nationalities.title')}
        label={nationalityLabel}
        color="#0072B2"
        formatNumber={formatNumber}
        testId="chart-nationalities"
      />
      <BreakdownChart
        viewId="charts.detection-source"
        spec={detection}
        width={width}
        title={t('detectionSource.title')}
        label={sourceLabel}
        color="#8C6D31"
        formatNumber={formatNumber}
        testId="chart-detection-source"
      />
    </>
  );
}
