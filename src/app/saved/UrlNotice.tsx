import { useT } from '../../i18n/use-t.ts';
import type { UrlSync } from './use-url-sync.ts';
import './saved.css';

/**
 * A dismissible notice under the header when a shared link was made on other data, or when
 * parts of it could not be read and were reset. Renders nothing otherwise.
 */
export function UrlNotice({ sync }: { sync: UrlSync }) {
  const { t } = useT('present');
  const { notice, dismiss } = sync;
  if (!notice) return null;
  const parts = notice.dropped.map((p) => t(`url.parts.${p}`)).join(', ');
  return (
    <section className="url-notice" role="status" aria-label={t('url.noticeLabel')} data-testid="url-notice">
      <div>
        {notice.otherData && <p>{t('url.otherData', notice.otherData)}</p>}
        {notice.unreadable && <p>{t('url.unreadable')}</p>}
        {parts && <p>{t('url.dropped', { parts })}</p>}
      </div>
      <button type="button" onClick={dismiss}>
        {t('url.dismiss')}
      </button>
    </section>
  );
}
