import { CORRIDOR_KINDS, type CorridorKind } from '../../analytics/corridors/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useServices, useStoreValue } from '../services.ts';
import { corridorProvenance, corridorsGeoJson } from './corridor-export.ts';
import { downloadBytes } from './download.ts';
import { IssueList } from './IssueList.tsx';
import { useCorridorDraw } from './use-corridor-draw.ts';

/**
 * Draw a corridor on the map: pick line or area, click the map to add points (the map's click
 * handler comes from useCorridorMapClick), name it, choose its kind and finish. The drawn
 * corridor is validated like a loaded file and added to the corridors; all corridors can be
 * saved as GeoJSON.
 */
export function CorridorDrawTool() {
  const { t } = useT('corridors');
  const { t: tm } = useT('map');
  const { corridors, dataset, view } = useServices();
  const collection = useStoreValue(corridors, (c) => c);
  const fingerprint = useStoreValue(dataset, (d) => d.fingerprint);
  const k = useStoreValue(view, (v) => v.k);
  const { draft, problem, start, update, undo, cancel, finish } = useCorridorDraw();
  const save = () => {
    if (!collection) return;
    const provenance = corridorProvenance({ fingerprint, k, filters: null, exportedAt: new Date() });
    downloadBytes(corridorsGeoJson(collection, provenance), 'corridors.geojson', 'application/geo+json');
  };
  return (
    <section className="corridor-draw" aria-label={t('draw.title')}>
      <h3>{t('draw.title')}</h3>
      {!draft ? (
        <div className="buttons">
          <button type="button" onClick={() => start('line')} data-testid="draw-line">
            {t('draw.line')}
          </button>
          <button type="button" onClick={() => start('polygon')} data-testid="draw-polygon">
            {t('draw.polygon')}
          </button>
          <button type="button" onClick={save} disabled={!collection} data-testid="save-corridors">
            {t('draw.saveAll')}
          </button>
        </div>
      ) : (
        <div className="draft" data-testid="corridor-draft">
          <p className="hint">{t('draw.hint')}</p>
          <p data-testid="draft-points">{t('draw.points', { count: draft.vertices.length })}</p>
          <label>
            <span>{t('draw.name')}</span>
            <input
              type="text"
              value={draft.name}
              maxLength={200}
              onChange={(e) => update({ name: e.currentTarget.value })}
              data-testid="draft-name"
            />
          </label>
          <label>
            <span>{t('draw.kind')}</span>
            <select
              value={draft.kind}
              onChange={(e) => update({ kind: e.currentTarget.value as CorridorKind })}
              data-testid="draft-kind"
            >
              {CORRIDOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tm(`corridorKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="buttons">
            <button type="button" onClick={undo} disabled={draft.vertices.length === 0}>
              {t('draw.undo')}
            </button>
            <button type="button" onClick={finish} data-testid="draft-finish">
              {t('draw.finish')}
            </button>
            <button type="button" onClick={cancel}>
              {t('draw.cancel')}
            </button>
          </div>
          {problem?.kind === 'vertices' && (
            <p role="alert">{t('draw.needVertices', { needed: problem.needed })}</p>
          )}
          {problem?.kind === 'name' && <p role="alert">{t('draw.needName')}</p>}
          {problem?.kind === 'issues' && (
            <IssueList title={t('file.errors')} issues={problem.issues} role="alert" />
          )}
        </div>
      )}
    </section>
  );
}
