import { useT } from '../../i18n/use-t.ts';
import { cellText } from './cell-text.ts';
import { unpackChecks } from './preview-sql.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import type { PreviewState } from './use-mapped-preview.ts';

const SHOWN = [
  'id',
  'date',
  'country',
  'lat',
  'lon',
  'crime_type',
  'origin',
  'destination',
  'office',
] as const;
const COUNTS = ['women', 'men', 'girls', 'boys', 'unknown_sex_age'] as const;

/** Dates arrive from Arrow as epoch milliseconds: shown as YYYY-MM-DD. */
function shown(column: string, value: unknown): string {
  if (column === 'date' && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  return cellText(value);
}

/**
 * The live preview: what the mapping makes of the first rows (the same SQL Load runs), with
 * each row's problems in words. Values are text nodes only.
 */
export function MappedPreviewTable({ state }: { state: PreviewState }) {
  const { t } = useT('ingest');
  const { preview } = state;
  return (
    <section className="ingest-section" aria-labelledby="ingest-preview-title" aria-busy={state.busy}>
      <h3 id="ingest-preview-title">
        {t('preview.title')}
        {state.busy && <span className="ingest-hint"> · {t('preview.updating')}</span>}
      </h3>
      {state.missingColumn !== null && (
        <p className="ingest-warn" role="status">
          {t('preview.missingColumn', { column: state.missingColumn })}
        </p>
      )}
      {state.failure !== null && (
        <p className="ingest-warn" role="status">
          {t('preview.failed', { detail: state.failure })}
        </p>
      )}
      {preview && (
        <ScrollRegion label={t('preview.title')}>
          <table className="ingest-table" data-testid="mapped-preview">
            <caption className="visually-hidden">
              {t('preview.caption', { count: preview.rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.row')}</th>
                <th scope="col">{t('preview.problems')}</th>
                {SHOWN.map((c) => (
                  <th key={c} scope="col">
                    {c === 'lat' || c === 'lon'
                      ? t(`mapping.${c}`)
                      : c === 'office'
                        ? t('mapping.office')
                        : t(`fields.${c}`)}
                  </th>
                ))}
                <th scope="col">{t('preview.persons')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => {
                const problems = unpackChecks(row.__rej as string | null, preview.compiled.checkColumns);
                const persons = COUNTS.reduce((s, c) => s + Number(row[c] ?? 0), 0);
                return (
                  <tr key={String(row.__row)} className={problems.length > 0 ? 'rejected' : undefined}>
                    <td>{cellText(row.__row)}</td>
                    <td data-testid="preview-problems" className="problems">
                      {problems.length === 0
                        ? t('preview.ok')
                        : problems
                            .map(
                              (p) =>
                                `${p.column}: ${t(`reasons.${p.reason}`)}${p.value ? ` (${cellText(p.value)})` : ''}`,
                            )
                            .join('; ')}
                    </td>
                    {SHOWN.map((c) => (
                      <td key={c}>{shown(c, row[c])}</td>
                    ))}
                    <td>{persons}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
