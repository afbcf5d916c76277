import { type ReactNode, useMemo, useState } from 'react';
import { aggregateExport } from '../../export/aggregate.ts';
import { useT } from '../../i18n/use-t.ts';
import {
  AGGREGATE_DIMENSIONS,
  type AggregateDimension,
  type AggregateMeasure,
  type AggregateSpec,
} from '../../query/aggregate-query.ts';
import { APP_VERSION } from './app-version.ts';
import { downloadFile, exportFileName } from './download.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { useAggregate } from './use-aggregate.ts';
import { useExportContext } from './use-export-context.ts';
import { MIME, provenanceSidecar, TABLE_FORMATS, type TableFormat, writeTable } from './write-table.ts';

/** Rounding bases offered: none, or to the nearest 5. */
export const ROUND_BASES = [1, 5] as const;

/** What the dialog opens with. */
export interface AggregateInitial {
  by: readonly AggregateDimension[];
  measure: AggregateMeasure;
  roundBase: number;
}

/** Props of {@link AggregateDialog}. */
export interface AggregateDialogProps {
  initial: AggregateInitial;
  /** Heading: "Table of the current view" or "Define an aggregation". */
  title: string;
  /** A note above the form (e.g. the outcome of a restore). */
  notice?: ReactNode;
  onClose: () => void;
}

/**
 * Choose dimensions, measure and rounding; see the protected table exactly as it will be
 * written (hidden cells "<k"); download it as CSV, XLSX, Parquet or JSON with provenance
 * inside, and the provenance as a sidecar file. The filters and k are the view's: k is
 * shown, not editable here, so an export can never be less protected than the screen.
 */
export function AggregateDialog({ initial, title, notice, onClose }: AggregateDialogProps) {
  const { t } = useT('export');
  const ctx = useExportContext();
  const [by, setBy] = useState<readonly AggregateDimension[]>(initial.by);
  const [measure, setMeasure] = useState<AggregateMeasure>(initial.measure);
  const [roundBase, setRoundBase] = useState(initial.roundBase);
  const [bom, setBom] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const filters = ctx.view.filters;
  const spec = useMemo<AggregateSpec | null>(
    () => (by.length ? { by: AGGREGATE_DIMENSIONS.filter((d) => by.includes(d)), filters, measure } : null),
    [by, filters, measure],
  );
  const state = useAggregate(spec, ctx.view.k, roundBase);
  const result = state.result;

  const toggle = (d: AggregateDimension) =>
    setBy((list) => (list.includes(d) ? list.filter((x) => x !== d) : [...list, d]));

  const download = async (format: TableFormat | 'provenance') => {
    if (!result) return;
    setBusy(format);
    setFailed(false);
    try {
      const exportedAt = new Date().toISOString();
      const { table, provenance } = aggregateExport(result, {
        appVersion: APP_VERSION,
        fingerprint: ctx.dataset.fingerprint,
        exportedAt,
        view: ctx.view,
      });
      const ext = format === 'provenance' ? 'provenance.json' : format;
      const bytes =
        format === 'provenance'
          ? provenanceSidecar(provenance)
          : await writeTable(format, table, provenance, { bom });
      downloadFile(bytes, exportFileName('table', ctx.dataset.fingerprint, exportedAt, ext), MIME[format]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <ExportDialog id="export-aggregate" title={title} onClose={onClose} testId="export-aggregate-dialog">
      {notice}
      <fieldset className="export-dims">
        <legend>{t('aggregate.dimensions')}</legend>
        {AGGREGATE_DIMENSIONS.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={by.includes(d)}
              onChange={() => toggle(d)}
              data-testid={`export-dim-${d}`}
            />
            <span>{t(`dimensions.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="export-options">
        <label>
          {t('aggregate.measure')}{' '}
          <select
            value={measure}
            onChange={(e) => setMeasure(e.target.value as AggregateMeasure)}
            data-testid="export-measure"
          >
            <option value="persons">{t('measure.persons')}</option>
            <option value="incidents">{t('measure.incidents')}</option>
          </select>
        </label>
        <label>
          {t('aggregate.roundBase')}{' '}
          <select
            value={roundBase}
            onChange={(e) => setRoundBase(Number(e.target.value))}
            data-testid="export-round"
          >
            {[...new Set([...ROUND_BASES, initial.roundBase])].map((b) => (
              <option key={b} value={b}>
                {b === 1 ? t('round.none') : t('round.base', { base: b })}
              </option>
            ))}
          </select>
        </label>
        <output className="export-k" data-testid="export-k">
          {t('aggregate.k', { k: ctx.view.k })}
        </output>
      </div>
      <p className="export-hint">{t('aggregate.filtersNote')}</p>
      {!spec && <p className="export-hint">{t('aggregate.chooseOne')}</p>}
      {state.loading && <output className="export-status">{t('aggregate.computing')}</output>}
      {state.error && (
        <p className="export-error" role="alert">
          {t(`aggregate.error.${state.error}`)}
        </p>
      )}
      {result && !state.loading && <PreviewTable table={result.table} formatNumber={ctx.fmt.number} />}
      <fieldset className="export-actions">
        <legend className="visually-hidden">{t('aggregate.download')}</legend>
        {TABLE_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            disabled={!result || state.loading || busy !== null}
            onClick={() => download(f)}
            data-testid={`export-download-${f}`}
          >
            {t(`formats.${f}`)}
          </button>
        ))}
        <label className="check">
          <input type="checkbox" checked={bom} onChange={() => setBom((b) => !b)} data-testid="export-bom" />
          <span>{t('aggregate.bom')}</span>
        </label>
        <button
          type="button"
          disabled={!result || state.loading || busy !== null}
          onClick={() => download('provenance')}
          data-testid="export-download-provenance"
        >
          {t('formats.provenance')}
        </button>
      </fieldset>
      {busy && <output className="export-status">{t('writing')}</output>}
      {failed && (
        <p className="export-error" role="alert">
          {t('writeFailed')}
        </p>
      )}
    </ExportDialog>
  );
}
