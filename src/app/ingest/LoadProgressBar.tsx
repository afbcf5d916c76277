import { useT } from '../../i18n/use-t.ts';
import { progressFraction } from './progress.ts';
import type { LoadProgress } from './use-ingest-session.ts';

/** Phase-based progress of a load, naming the phase and file, with a cancel button. */
export function LoadProgressBar({
  progress,
  cancelling,
  onCancel,
}: {
  progress: LoadProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useT('ingest');
  const fraction = progress ? progressFraction(progress.phase, progress.index, progress.count) : 0;
  const label = progress
    ? t(`progress.phase.${progress.phase}`, { file: progress.file })
    : t('progress.label');
  return (
    <div className="ingest-progress" data-testid="ingest-progress">
      <p id="ingest-progress-label">{label}</p>
      <progress aria-labelledby="ingest-progress-label" max={100} value={Math.round(fraction * 100)} />
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </div>
  );
}
