import { useT } from '../../i18n/use-t.ts';
import type { CorridorIssue } from '../../ingest/corridor-issues.ts';

/** Props of {@link IssueList}. */
export interface IssueListProps {
  title: string;
  issues: readonly CorridorIssue[];
  role?: 'alert' | 'status';
}

/**
 * Corridor file errors or warnings in plain words, each naming the file and the feature.
 * Values from the file (names, kinds, details) are interpolated as text; React escapes them.
 */
export function IssueList({ title, issues, role = 'status' }: IssueListProps) {
  const { t } = useT('corridors');
  if (issues.length === 0) return null;
  const where = (i: CorridorIssue) =>
    i.feature === null
      ? t('where.file', { file: i.file })
      : i.name
        ? t('where.named', { file: i.file, feature: i.feature + 1, name: i.name })
        : t('where.feature', { file: i.file, feature: i.feature + 1 });
  return (
    <div className="corridor-issues" role={role}>
      <h4>{title}</h4>
      <ul>
        {issues.map((i, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity and the list is replaced whole.
          <li key={n}>
            {where(i)}: {t(`issues.${i.code}`, { ...i.params, defaultValue: i.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
