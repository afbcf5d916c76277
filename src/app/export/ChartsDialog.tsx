import { useEffect, useState } from 'react';
import {
  PNG_CHART_SCALE,
  pngWithProvenance,
  svgSize,
  svgToPng,
  toSvgFile,
} from '../../export/chart-figure.ts';
import type { JsonValue } from '../../export/provenance.ts';
import { useT } from '../../i18n/use-t.ts';
import { SvgChart } from '../charts/SvgChart.tsx';
import { useViewCube } from '../protected-cube/use-view-cube.ts';
import {
  CHART_FIGURES,
  type ChartFigure,
  cubeFigureSource,
  exploitationFigureQuery,
  type FigureContext,
  type FigureMeasure,
  isCubeFigure,
  renderCubeFigure,
  renderExploitationFigure,
} from './chart-figures.ts';
import { downloadFile, exportFileName } from './download.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { useExportContext, viewJson } from './use-export-context.ts';

/** Props of {@link ChartsDialog}. */
export interface ChartsDialogProps {
  onClose: () => void;
}

/**
 * A chart of the charts panel drawn again at print size by the same chart function (not a
 * screenshot), previewed, and downloaded as SVG (provenance in `<metadata>`) or PNG
 * (provenance in a text chunk). The time series and the small multiples read the protected
 * view cube the cards read, through the cards' own functions, so the file shows exactly the
 * screen's figures; their provenance records the cube's query and the slice drawn.
 */
export function ChartsDialog({ onClose }: ChartsDialogProps) {
  const { t } = useT('export');
  const { t: tc } = useT('charts');
  const { t: tcommon } = useT('common');
  const ctx = useExportContext();
  const [figure, setFigure] = useState<ChartFigure>('time-series');
  const [measure, setMeasure] = useState<FigureMeasure>('persons');
  const [svg, setSvg] = useState('');
  const [origin, setOrigin] = useState<{ sql: string; source: JsonValue | null }>({ sql: '', source: null });
  const [status, setStatus] = useState<'loading' | 'ready' | 'busy' | 'failed'>('loading');
  const { cube, error: cubeError } = useViewCube(measure);

  useEffect(() => {
    const synthetic = ctx.dataset.synthetic ? ` — ${tcommon('synthetic.badge')}` : '';
    const context: FigureContext = {
      tc,
      language: ctx.language,
      formatNumber: ctx.fmt.number,
      formatMonth: ctx.fmt.month,
      k: ctx.view.k,
      filters: ctx.view.filters,
      title: `${t(`charts.figures.${figure}`)} · ${ctx.periodLabel}`,
      note: `${t('map.source')}: ${ctx.dataset.name}${synthetic} · ${tc('hiddenNote', { k: ctx.view.k })}`,
    };
    if (isCubeFigure(figure)) {
      // No figure until the cube of this view is protected: never one of other filters.
      if (!cube) {
        setSvg('');
        setStatus(cubeError ? 'failed' : 'loading');
        return;
      }
      setSvg(renderCubeFigure(figure, cube, measure, context));
      setOrigin(cubeFigureSource(figure, ctx.view.filters, measure, ctx.view.k));
      setStatus('ready');
      return;
    }
    let live = true;
    const query = exploitationFigureQuery(ctx.view.filters, ctx.services.dataset.get().months);
    setStatus('loading');
    ctx.services.coordinator.query(query).then(
      (table) => {
        if (!live) return;
        setSvg(renderExploitationFigure(table, context));
        setOrigin({ sql: query, source: null });
        setStatus('ready');
      },
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [figure, measure, ctx, t, tc, tcommon, cube, cubeError]);

  const download = async (format: 'svg' | 'png') => {
    setStatus('busy');
    try {
      const recorded: { [key: string]: JsonValue } = { figure, measure, view: viewJson(ctx.view) };
      if (origin.source !== null) recorded.source = origin.source;
      const provenance = ctx.provenance(recorded, origin.sql, 1);
      const name = exportFileName(figure, ctx.dataset.fingerprint, provenance.exportedAt, format);
      if (format === 'svg') downloadFile(toSvgFile(svg, provenance), name, 'image/svg+xml');
      else {
        const size = svgSize(svg) ?? { width: 1200, height: 675 };
        const png = await svgToPng(svg, size.width, size.height, PNG_CHART_SCALE);
        downloadFile(pngWithProvenance(png, provenance), name, 'image/png');
      }
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <ExportDialog
      id="export-charts"
      title={t('charts.title')}
      onClose={onClose}
      testId="export-charts-dialog"
    >
      <div className="export-options">
        <label>
          {t('charts.figure')}{' '}
          <select
            value={figure}
            onChange={(e) => setFigure(e.target.value as ChartFigure)}
            data-testid="export-chart-figure"
          >
            {CHART_FIGURES.map((f) => (
              <option key={f} value={f}>
                {t(`charts.figures.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('aggregate.measure')}{' '}
          <select
            value={measure}
            disabled={figure === 'exploitation'}
            onChange={(e) => setMeasure(e.target.value as FigureMeasure)}
          >
            <option value="persons">{t('measure.persons')}</option>
            <option value="incidents">{t('measure.incidents')}</option>
          </select>
        </label>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="export-figure-preview" aria-label={t('charts.previewLabel')} tabIndex={0}>
        {svg && <SvgChart svg={svg} label={t(`charts.figures.${figure}`)} testId="export-chart-preview" />}
      </section>
      <div className="export-actions">
        {(['svg', 'png'] as const).map((f) => (
          <button
            key={f}
            type="button"
            disabled={status !== 'ready'}
            onClick={() => download(f)}
            data-testid={`export-chart-${f}`}
          >
            {t(`formats.${f}`)}
          </button>
        ))}
      </div>
      {(status === 'loading' || status === 'busy') && (
        <output className="export-status">{t('writing')}</output>
      )}
      {status === 'failed' && (
        <p className="export-error" role="alert">
          {t('writeFailed')}
        </p>
      )}
    </ExportDialog>
  );
}
