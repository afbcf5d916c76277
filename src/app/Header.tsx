import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { useT } from '../i18n/use-t.ts';
import { ExportMenu } from './export/ExportMenu.tsx';
import { DataMenu } from './ingest/DataMenu.tsx';
import { useServices, useStoreValue } from './services.ts';

/** Props of the header. */
export interface HeaderProps {
  language: Language;
  onLanguage: (lang: Language) => void;
  formatNumber: (n: number) => string;
}

/** Title, what is loaded (with the SYNTHETIC badge for generated data) and the language switch. */
export function Header({ language, onLanguage, formatNumber }: HeaderProps) {
  const { t } = useT('app');
  const { t: tc } = useT('common');
  const { dataset } = useServices();
  const info = useStoreValue(dataset, (d) => d);
  return (
    <header className="header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ⟿
        </span>
        <h1>rutas</h1>
        <span className="tagline">{tc('appSubtitle')}</span>
      </div>
      <div className="dataset" data-testid="dataset">
        {info.synthetic && (
          <span className="badge synthetic" title={tc('synthetic.explanation')} data-testid="synthetic-badge">
            {tc('synthetic.badge')}
          </span>
        )}
        {/* Narrow windows hide the fingerprint; the name's tooltip keeps it at hand. */}
        <span
          className="dataset-name"
          title={`${info.name} · ${t('fingerprint')} ${info.fingerprint.slice(0, 12)}`}
        >
          {info.name}
        </span>
        <span className="dataset-count" data-testid="incident-count">
          {t('incidentsLoaded', { count: info.incidents, n: formatNumber(info.incidents) })}
        </span>
        <span className="fingerprint" title={t('fingerprintExplained')}>
          {t('fingerprint')} {info.fingerprint.slice(0, 12)}
        </span>
      </div>
      <DataMenu formatNumber={formatNumber} />
      <ExportMenu />
      <label className="language">
        <span className="visually-hidden">{tc('language.label')}</span>
        <select
          value={language}
          onChange={(e) => onLanguage(e.target.value as Language)}
          aria-label={tc('language.label')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {tc(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
