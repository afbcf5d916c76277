import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { CorridorParseResult } from '../../ingest/corridor-file.ts';
import { parseCorridorFile } from '../../ingest/corridor-file.ts';
import { FilePicker } from '../FilePicker.tsx';
import { useServices } from '../services.ts';
import { appendCorridors } from './draft-corridor.ts';
import { IssueList } from './IssueList.tsx';

interface Loaded {
  file: string;
  result: CorridorParseResult;
}

/**
 * A file input for corridor files (GeoJSON, or CSV with a WKT column). Valid corridors are
 * added to those loaded; errors and warnings are listed under the input, naming file and feature.
 */
export function CorridorFileInput() {
  const { t } = useT('corridors');
  const { corridors } = useServices();
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const onFiles = async (files: readonly File[]) => {
    const out: Loaded[] = [];
    for (const file of files) {
      const result = parseCorridorFile(await file.text(), file.name);
      const added = result.collection;
      if (added && added.features.length > 0) corridors.set((c) => appendCorridors(c, added));
      out.push({ file: file.name, result });
    }
    setLoaded(out);
  };
  return (
    <div className="corridor-file">
      <FilePicker
        label={t('file.label')}
        accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
        multiple
        testId="corridor-file-input"
        onFiles={(files) => void onFiles(files)}
      />
      {loaded.map(({ file, result }) => (
        <div key={file} className="corridor-file-result">
          {result.collection ? (
            <p>{t('file.loaded', { file, count: result.collection.features.length })}</p>
          ) : (
            <p>{t('file.unreadable', { file })}</p>
          )}
          <IssueList title={t('file.errors')} issues={result.errors} role="alert" />
          <IssueList title={t('file.warnings')} issues={result.warnings} />
        </div>
      ))}
    </div>
  );
}
