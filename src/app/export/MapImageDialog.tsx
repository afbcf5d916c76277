import { useState } from 'react';
import { canvasToPng, pngWithProvenance } from '../../export/chart-figure.ts';
import {
  composeMapImage,
  findMapCanvases,
  MAP_IMAGE_SIZES,
  type MapImageSize,
} from '../../export/map-image.ts';
import { useT } from '../../i18n/use-t.ts';
import { downloadFile, exportFileName } from './download.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { mapLegendItems } from './map-legend.ts';
import { useExportContext, viewJson } from './use-export-context.ts';

/** Props of {@link MapImageDialog}. */
export interface MapImageDialogProps {
  onClose: () => void;
}

/**
 * The map as a PNG at a chosen size, with title, legend, period, source (SYNTHETIC when the
 * data is generated), "detected cases, not prevalence" and the suppression note, composed
 * from the map's own canvases; the provenance goes in a PNG text chunk.
 */
export function MapImageDialog({ onClose }: MapImageDialogProps) {
  const { t } = useT('export');
  const { t: tm } = useT('map');
  const { t: tc } = useT('common');
  const ctx = useExportContext();
  const [size, setSize] = useState<MapImageSize>('hd');
  const [title, setTitle] = useState(() => String(t('map.defaultTitle')));
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed' | 'noMap'>('idle');

  const download = async () => {
    const canvases = findMapCanvases(document);
    if (canvases.length === 0) {
      setStatus('noMap');
      return;
    }
    setStatus('busy');
    try {
      const { width, height } = MAP_IMAGE_SIZES[size];
      const synthetic = ctx.dataset.synthetic ? ` — ${tc('synthetic.badge')}` : '';
      const canvas = composeMapImage(canvases, width, height, {
        title: title.trim() || String(t('map.defaultTitle')),
        period: ctx.periodLabel,
        source: `${t('map.source')}: ${ctx.dataset.name}${synthetic}`,
        legendTitle: String(tm('legend.title')),
        legend: mapLegendItems(ctx.view.flowSplit, tm),
        notes: [
          String(tc('detectedNotPrevalence')),
          String(tc('suppression', { k: ctx.view.k })),
          String(tm('legend.width')),
        ],
      });
      const provenance = ctx.provenance({ figure: 'map', size, view: viewJson(ctx.view) }, '', 1);
      const png = pngWithProvenance(await canvasToPng(canvas), provenance);
      downloadFile(
        png,
        exportFileName('map', ctx.dataset.fingerprint, provenance.exportedAt, 'png'),
        'image/png',
      );
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <ExportDialog id="export-map" title={t('map.title')} onClose={onClose} testId="export-map-dialog">
      <div className="export-options">
        <label>
          {t('map.size')}{' '}
          <select
            value={size}
            onChange={(e) => setSize(e.target.value as MapImageSize)}
            data-testid="export-map-size"
          >
            {(Object.keys(MAP_IMAGE_SIZES) as MapImageSize[]).map((s) => (
              <option key={s} value={s}>
                {t(`map.sizes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="export-wide">
          {t('map.imageTitle')}{' '}
          <input type="text" value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <p className="export-hint">{t('map.hint', { k: ctx.view.k })}</p>
      <div className="export-actions">
        <button
          type="button"
          className="primary"
          disabled={status === 'busy'}
          onClick={download}
          data-testid="export-map-download"
        >
          {t('map.download')}
        </button>
      </div>
      {status === 'busy' && <output className="export-status">{t('writing')}</output>}
      {(status === 'failed' || status === 'noMap') && (
        <p className="export-error" role="alert">
          {t(status === 'noMap' ? 'map.noMap' : 'writeFailed')}
        </p>
      )}
    </ExportDialog>
  );
}
