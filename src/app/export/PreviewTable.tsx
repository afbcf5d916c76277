import type { ProtectedTable } from '../../analytics/disclosure/types.ts';
import { useT } from '../../i18n/use-t.ts';

/** Rows shown in the preview; the files hold them all. */
export const PREVIEW_ROWS = 200;

/** Props of {@link PreviewTable}. */
export interface PreviewTableProps {
  table: ProtectedTable;
  formatNumber: (n: number) => string;
}

/**
 * The protected table as it will be exported: one row per cell, `All` for totals, hidden
 * cells as "<k" (the table holds `null` for them, so there is no number to show). Codes from
 * the data are rendered as React text, never as markup.
 */
export function PreviewTable({ table, formatNumber }: PreviewTableProps) {
  const { t } = useT('export');
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="export-preview">
      <p className="export-preview-count">
        {t('aggregate.previewCount', { shown: rows.length, total: table.rows.length })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="export-preview-scroll" aria-label={t('aggregate.previewLabel')} tabIndex={0}>
        <table data-testid="export-preview">
          <thead>
            <tr>
              {table.dims.map((d) => (
                <th key={d} scope="col">
                  {t(`dimensions.${d}`)}
                </th>
              ))}
              <th scope="col">{t('aggregate.value')}</th>
              <th scope="col">{t('aggregate.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.keys.join('\u0000')}>
                {r.keys.map((key, i) => (
                  <td key={table.dims[i]}>{key}</td>
                ))}
                <td className="num" data-value={r.value === null ? '' : String(r.value)}>
                  {r.value === null ? t('hidden', { k: table.k }) : formatNumber(r.value)}
                </td>
                <td>{t(`status.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
