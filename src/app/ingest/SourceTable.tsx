import { useT } from '../../i18n/use-t.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/**
 * The first rows of the file as read. Values are React text nodes only: markup shows as
 * characters and a cell starting with `=` is plain text. Columns flagged as personal data
 * are hidden.
 */
export function SourceTable({
  columns,
  rows,
  hidden,
  caption,
}: {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  hidden: ReadonlySet<string>;
  caption: string;
}) {
  const { t } = useT('ingest');
  return (
    <ScrollRegion label={caption}>
      <table className="ingest-table" data-testid="source-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed preview in file order
            <tr key={r}>
              {columns.map((c, i) =>
                hidden.has(c) ? (
                  <td key={c} className="hidden-value">
                    {t('source.hidden')}
                  </td>
                ) : (
                  <td key={c}>{row[i] ?? ''}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
