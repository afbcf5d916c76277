import { useEffect, useMemo, useRef, useState } from 'react';
import { countryName } from '../../geo/countries.ts';
import { useT } from '../../i18n/use-t.ts';
import { requestsFor } from '../../ingest/partitioned/coverage.ts';
import { manifestExtent, type PartitionManifest } from '../../ingest/partitioned/manifest.ts';
import { CheckboxGroup } from '../CheckboxGroup.tsx';
import { MonthPicker } from '../MonthPicker.tsx';
import { useServices } from '../services.ts';
import { PartitionedProgress } from './PartitionedProgress.tsx';
import { choiceNeeds, initialChoice, isValidChoice, type PartitionedChoice } from './partitioned-choice.ts';
import { compactNumber, formatBytes } from './partitioned-format.ts';
import { openPartitioned } from './partitioned-load.ts';
import { fetchManifest, folderName, folderUrl, type PartitionedSource } from './partitioned-source.ts';
import { type PartitionedFailure, partitionedFailure, usePartitionedRun } from './use-partitioned-run.ts';
import './ingest-dialog.css';
import './partitioned.css';

/** Props of the dialog. */
export interface PartitionedDialogProps {
  onClose: () => void;
  /** The source after a successful first load (the status line takes it over). */
  onLoaded: (source: PartitionedSource) => void;
  formatNumber: (n: number) => string;
}

/** An opened manifest and where it came from. */
interface Opened {
  folder: string;
  manifest: PartitionManifest;
}

/**
 * "Open a partitioned dataset": the folder's address (this app's own origin only, as the
 * CSP allows), then what its manifest holds and which months and countries to load (from the
 * view on screen), then progress with cancel, then what was read and skipped.
 */
export function PartitionedDialog({ onClose, onLoaded, formatNumber }: PartitionedDialogProps) {
  const { t, lang } = useT('ingest');
  const { t: tc } = useT('common');
  const services = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState('');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [reading, setReading] = useState(false);
  const [openFailure, setOpenFailure] = useState<PartitionedFailure | null>(null);
  const [choice, setChoice] = useState<PartitionedChoice | null>(null);
  const run = usePartitionedRun();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const readManifest = async () => {
    setOpenFailure(null);
    setReading(true);
    try {
      const folder = folderUrl(address, document.baseURI);
      const manifest = await fetchManifest(folder);
      setOpened({ folder, manifest });
      setChoice(initialChoice(manifest, services.view.get().filters));
    } catch (error) {
      setOpenFailure(partitionedFailure(error));
    } finally {
      setReading(false);
    }
  };

  const extent = useMemo(() => (opened ? manifestExtent(opened.manifest) : null), [opened]);
  const requests = useMemo(
    () =>
      opened && choice && isValidChoice(choice) ? requestsFor(opened.manifest, choiceNeeds(choice)) : [],
    [opened, choice],
  );
  const load = () => {
    if (!opened || !choice) return;
    const source = {
      folder: opened.folder,
      name: folderName(opened.folder),
      manifest: opened.manifest,
      footers: new Map(),
    };
    run.start(
      (options) =>
        openPartitioned(services, source, choiceNeeds(choice), requests, { ...options, adopt: onLoaded }),
      () => {},
    );
  };
  const loading = run.stage === 'loading';
  const monthBounds = extent?.years
    ? { min: `${extent.years[0]}-01`, max: `${extent.years[1]}-12` }
    : { min: choice?.from ?? '', max: choice?.to ?? '' };

  return (
    <dialog
      ref={ref}
      className="ingest-dialog partitioned-dialog"
      aria-labelledby="partitioned-dialog-title"
      data-testid="partitioned-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!loading) onClose();
      }}
    >
      <header className="ingest-head">
        <h2 id="partitioned-dialog-title">{t('partitioned.title')}</h2>
        <button type="button" className="ingest-close" onClick={onClose} disabled={loading}>
          {t('partitioned.close')}
        </button>
      </header>
      <div className="ingest-body">
        <p className="ingest-hint">{t('partitioned.intro')}</p>
        <p className="ingest-hint" data-testid="partitioned-same-origin">
          {t('partitioned.sameOrigin')}
        </p>
        <form
          className="partitioned-address"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reading && !loading) void readManifest();
          }}
        >
          <label>
            <span>{t('partitioned.address')}</span>
            <input
              type="text"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              placeholder="data/extract/"
              spellCheck={false}
              disabled={loading || run.stage === 'done'}
              data-testid="partitioned-address"
            />
          </label>
          <button type="submit" disabled={reading || loading || run.stage === 'done'}>
            {t('partitioned.readManifest')}
          </button>
        </form>
        {openFailure && (
          <p className="ingest-error" role="alert" data-testid="partitioned-error">
            {t(`partitioned.errors.${openFailure.code}`, { detail: openFailure.detail, url: address })}
          </p>
        )}
        {opened && extent && choice && (
          <section className="ingest-section" data-testid="partitioned-manifest">
            <p className="ingest-summary">
              {opened.manifest.synthetic && (
                <span
                  className="badge synthetic"
                  title={tc('synthetic.explanation')}
                  data-testid="partitioned-synthetic"
                >
                  {tc('synthetic.badge')}
                </span>
              )}{' '}
              {t('partitioned.summary', {
                files: formatNumber(opened.manifest.files.length),
                years: extent.years ? `${extent.years[0]}–${extent.years[1]}` : '–',
                countries: formatNumber(extent.countries.length),
                rows: compactNumber(extent.rows, lang),
                size: formatBytes(extent.bytes, lang),
              })}
            </p>
            <fieldset className="partitioned-period" disabled={loading || run.stage === 'done'}>
              <legend>{t('partitioned.period')}</legend>
              <span className="partitioned-month">
                <span aria-hidden="true">{t('partitioned.from')}</span>
                <MonthPicker
                  label={t('partitioned.from')}
                  {...monthBounds}
                  value={choice.from}
                  onChange={(from) => setChoice({ ...choice, from })}
                  testId="partitioned-from"
                />
              </span>
              <span className="partitioned-month">
                <span aria-hidden="true">{t('partitioned.to')}</span>
                <MonthPicker
                  label={t('partitioned.to')}
                  {...monthBounds}
                  value={choice.to}
                  onChange={(to) => setChoice({ ...choice, to })}
                  testId="partitioned-to"
                />
              </span>
            </fieldset>
            <fieldset
              className="partitioned-fieldset partitioned-countries"
              disabled={loading || run.stage === 'done'}
              data-testid="partitioned-countries"
            >
              <CheckboxGroup
                legend={t('partitioned.countries')}
                options={extent.countries}
                selected={choice.countries}
                label={(iso3) => countryName(iso3, lang)}
                onToggle={(iso3) =>
                  setChoice({
                    ...choice,
                    countries: choice.countries.includes(iso3)
                      ? choice.countries.filter((c) => c !== iso3)
                      : [...choice.countries, iso3],
                  })
                }
              />
              <div className="partitioned-all">
                <button type="button" onClick={() => setChoice({ ...choice, countries: extent.countries })}>
                  {t('partitioned.all')}
                </button>
                <button type="button" onClick={() => setChoice({ ...choice, countries: [] })}>
                  {t('partitioned.none')}
                </button>
              </div>
            </fieldset>
            <p className="ingest-hint" data-testid="partitioned-estimate">
              {isValidChoice(choice)
                ? t('partitioned.estimate', {
                    files: formatNumber(requests.length),
                    total: formatNumber(opened.manifest.files.length),
                    rows: compactNumber(
                      requests.reduce((n, r) => n + r.file.rows, 0),
                      lang,
                    ),
                    size: formatBytes(
                      requests.reduce((n, r) => n + r.file.bytes, 0),
                      lang,
                    ),
                  })
                : t('partitioned.errors.badChoice')}
            </p>
          </section>
        )}
        <PartitionedProgress run={run} formatNumber={formatNumber} />
      </div>
      <footer className="ingest-foot">
        <div className="ingest-actions">
          {run.stage === 'done' ? (
            <button type="button" className="primary" onClick={onClose} data-testid="partitioned-finish">
              {t('partitioned.finish')}
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose} disabled={loading}>
                {t('partitioned.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={loading || requests.length === 0}
                onClick={load}
                data-testid="partitioned-load"
              >
                {t('partitioned.load')}
              </button>
            </>
          )}
        </div>
      </footer>
    </dialog>
  );
}
