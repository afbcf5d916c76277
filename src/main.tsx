import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { type BootStep, boot } from './app/boot.ts';
import { OpenDeckButton } from './app/present/OpenDeckButton.tsx';
import { PresentationHost } from './app/present/PresentationHost.tsx';
import { type Services, ServicesContext } from './app/services.ts';
import { detectLanguage, initI18n } from './i18n/index.ts';
import { useT } from './i18n/use-t.ts';
import './app/styles.css';

/** Loading screen shown while DuckDB compiles (seconds on first start) and the sample loads. */
function Boot() {
  const { t } = useT('app');
  const [step, setStep] = useState<BootStep>('engine');
  const [services, setServices] = useState<Services | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    boot(setStep).then(setServices, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);
  if (failed) {
    return (
      <div className="boot" role="alert">
        <h1>rutas</h1>
        <p>{t('bootFailed')}</p>
        <pre>{failed}</pre>
        <OpenDeckButton />
      </div>
    );
  }
  if (!services) {
    return (
      <div className="boot" role="status" aria-live="polite">
        <h1>rutas</h1>
        <progress max={2} value={step === 'engine' ? 0.5 : 1.5} aria-label={t(`boot.${step}`)} />
        <p>{t(`boot.${step}`)}</p>
        <OpenDeckButton />
      </div>
    );
  }
  return (
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  );
}

await initI18n(detectLanguage(navigator.languages));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Boot />
      <PresentationHost />
    </StrictMode>,
  );
}
