import { useT } from '../../i18n/use-t.ts';
import { partitionedDialogOpen } from './partitioned-dialog-request.ts';

/** The data menu's "Open a partitioned dataset (URL of its folder)" action: opens the dialog. */
export function PartitionedAction() {
  const { t } = useT('ingest');
  return (
    <button
      type="button"
      className="data-partitioned"
      onClick={(e) => {
        // the popover it sits in closes, as after any menu choice
        e.currentTarget.closest('details')?.removeAttribute('open');
        partitionedDialogOpen.set(true);
      }}
      data-testid="open-partitioned"
    >
      {t('partitioned.action')}
    </button>
  );
}
