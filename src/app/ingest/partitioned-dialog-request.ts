import { createStore } from '../../state/store.ts';

/**
 * Whether the "open a partitioned dataset" dialog is open. Shared by the action (inside the
 * data menu's "from URL" popover, to keep the header short) and {@link PartitionedData}, which
 * lives beside the menu so the dialog and the status line outlive the popover. UI runtime
 * state only: never in the view store or the URL.
 */
export const partitionedDialogOpen = createStore(false);
