import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../services.ts';
import type { DataReloader } from './database-recovery.ts';
import { ensureRecoveryMessages } from './recovery-messages.ts';
import { type DatabaseRecoveryState, useDatabaseRecovery } from './use-database-recovery.ts';
import './recovery.css';

/**
 * The notice shown while the data engine restarts after a crash, when it is back, or when
 * it could not be restarted (with a page reload button: saved views live in localStorage).
 * Renders nothing while the engine is healthy.
 */
export function RecoveryNotice({ state }: { state: DatabaseRecoveryState }) {
  ensureRecoveryMessages();
  const { t } = useT('app');
  const { status, dismiss } = state;
  if (status.phase === 'ok') return null;
  return (
    <section
      className={`recovery-notice ${status.phase}`}
      role={status.phase === 'failed' ? 'alert' : 'status'}
      aria-live="polite"
      aria-label={t('recovery.label')}
      data-testid="recovery-notice"
      data-phase={status.phase}
    >
      <p>{t(`recovery.${status.phase}`)}</p>
      {status.phase === 'failed' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('recovery.reload')}
        </button>
      )}
      {status.phase !== 'restarting' && (
        <button type="button" onClick={dismiss}>
          {t('recovery.dismiss')}
        </button>
      )}
    </section>
  );
}

/**
 * Mounts recovery in one line: watches the engine of the app's services and shows
 * {@link RecoveryNotice}. `reload` loads the reference tables and the last good data into a
 * fresh database.
 */
export function DatabaseRecoveryNotice({ reload }: { reload: DataReloader }) {
  const services = useServices();
  return <RecoveryNotice state={useDatabaseRecovery(services, reload)} />;
}
