import { getI18n } from '../../i18n/instance.ts';
import type { Language } from '../../i18n/languages.ts';

/**
 * Texts of the recovery notice, under `app:recovery.*`. Added to the bundled resources at
 * first use without overwriting, so once the same keys are moved into
 * src/i18n/locales/<lang>/app.json those win and this table can go.
 */
export const RECOVERY_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  es: {
    label: 'Estado del motor de datos',
    restarting: 'El motor de datos se detuvo; reiniciando y recargando los últimos datos buenos…',
    restored:
      'El motor de datos se reinició y los datos se recargaron. Las vistas guardadas no se perdieron.',
    failed:
      'El motor de datos no pudo reiniciarse. Recargue la página: las vistas, presentaciones y mapeos guardados se conservan en este navegador.',
    reload: 'Recargar la página',
    dismiss: 'Cerrar',
  },
  pt: {
    label: 'Estado do motor de dados',
    restarting: 'O motor de dados parou; reiniciando e recarregando os últimos dados válidos…',
    restored: 'O motor de dados foi reiniciado e os dados recarregados. As vistas salvas não foram perdidas.',
    failed:
      'Não foi possível reiniciar o motor de dados. Recarregue a página: vistas, apresentações e mapeamentos salvos ficam guardados neste navegador.',
    reload: 'Recarregar a página',
    dismiss: 'Fechar',
  },
  en: {
    label: 'Data engine status',
    restarting: 'The data engine stopped; restarting and reloading the last good data…',
    restored: 'The data engine was restarted and the data reloaded. Saved views were not lost.',
    failed:
      'The data engine could not be restarted. Reload the page: saved views, decks and mappings are kept in this browser.',
    reload: 'Reload the page',
    dismiss: 'Close',
  },
};

let added = false;

/** Adds {@link RECOVERY_MESSAGES} to the i18n instance once (never overwriting existing keys). */
export function ensureRecoveryMessages(): void {
  if (added) return;
  const i18n = getI18n();
  for (const [lang, messages] of Object.entries(RECOVERY_MESSAGES)) {
    i18n.addResourceBundle(lang, 'app', { recovery: messages }, true, false);
  }
  added = true;
}
