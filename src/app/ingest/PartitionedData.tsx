import { useState } from 'react';
import { useServices, useStoreValue } from '../services.ts';
import { PartitionedDialog } from './PartitionedDialog.tsx';
import { PartitionedStatus } from './PartitionedStatus.tsx';
import { partitionedDialogOpen } from './partitioned-dialog-request.ts';
import type { PartitionedSource } from './partitioned-source.ts';
import './partitioned.css';

/**
 * The partitioned dataset's dialog (opened by {@link PartitionedAction}) and, while that
 * extract is what the app shows, the status line that loads more of it. Any other load (a
 * file, a crash reload of other data) changes the dataset's fingerprint and so ends the session.
 */
export function PartitionedData({ formatNumber }: { formatNumber: (n: number) => string }) {
  const { dataset } = useServices();
  const fingerprint = useStoreValue(dataset, (d) => d.fingerprint);
  const open = useStoreValue(partitionedDialogOpen, (o) => o);
  const [source, setSource] = useState<PartitionedSource | null>(null);
  const live = source && source.fingerprint === fingerprint ? source : null;
  return (
    <>
      {live && <PartitionedStatus source={live} onLoaded={setSource} formatNumber={formatNumber} />}
      {open && (
        <PartitionedDialog
          onClose={() => partitionedDialogOpen.set(false)}
          onLoaded={setSource}
          formatNumber={formatNumber}
        />
      )}
    </>
  );
}
