import { useT } from '../../i18n/use-t.ts';
import type { ColumnMapping } from '../../ingest/mapping/types.ts';
import type { PersonalDataColumn } from '../../ingest/privacy.ts';
import { setDropped } from './mapping-edit.ts';

/**
 * The privacy guard: columns that look like personal data, each with a "drop" box. Load
 * stays disabled until every one is ticked (see loadBlockers), and the text says why.
 */
export function PrivacyGuard({
  personal,
  mapping,
  onMapping,
}: {
  personal: readonly PersonalDataColumn[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { t } = useT('ingest');
  if (personal.length === 0) return null;
  const drop = new Set(mapping.drop ?? []);
  return (
    <section className="ingest-privacy" aria-labelledby="ingest-privacy-title" data-testid="privacy-guard">
      <h3 id="ingest-privacy-title">{t('privacy.title')}</h3>
      <p>{t('privacy.explain')}</p>
      <ul>
        {personal.map((p) => (
          <li key={p.column}>
            <label>
              <input
                type="checkbox"
                checked={drop.has(p.column)}
                onChange={(e) => onMapping(setDropped(mapping, p.column, e.target.checked))}
              />
              <span>
                {t('privacy.drop')} <strong>{p.column}</strong> (
                {p.kinds.map((k) => t(`privacy.kinds.${k}`)).join(', ')})
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
