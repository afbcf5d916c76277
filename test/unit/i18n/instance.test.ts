import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { countryName } from '../../../src/i18n/country-name.ts';
import { formatMonth, formatNumber } from '../../../src/i18n/format.ts';
import { fixedT, getLanguage, initI18n, setLanguage, subscribeLanguage } from '../../../src/i18n/instance.ts';
import { useT } from '../../../src/i18n/use-t.ts';

function Title() {
  const { t, lang } = useT('map');
  return createElement('h1', { lang }, t('crimeType.smuggling'));
}

describe('i18n instance', () => {
  it('translates synchronously right after init, with interpolation', () => {
    initI18n('es');
    const t = fixedT('common');
    expect(t('suppression', { k: 5 })).toBe(
      'Los recuentos inferiores a 5 nunca se muestran (<5 o —), ni cifras que permitan deducirlos.',
    );
    expect(t('synthetic.badge')).toBe('SINTÉTICO');
    expect(fixedT('map', 'en')('units.personsCount', { count: 1 })).toBe('1 person');
    expect(fixedT('map', 'en')('units.personsCount', { count: 12 })).toBe('12 persons');
    expect(fixedT('map', 'pt')('units.personsCount', { count: 12 })).toBe('12 pessoas');
  });

  it("words the legend's notes for one flow or cell in the singular", () => {
    initI18n('es');
    const t = fixedT('app', 'es');
    expect(t('legend.hiddenCells', { count: 1, n: '1', k: 5 })).toBe(
      'No se dibuja 1 celda del mapa con menos de 5 personas.',
    );
    expect(t('legend.hiddenCells', { count: 3, n: '3', k: 5 })).toBe(
      'No se dibujan 3 celdas del mapa con menos de 5 personas.',
    );
    expect(fixedT('app', 'en')('legend.otherFlows', { count: 1, flows: '1' })).toMatch(
      /^1 more flow not drawn/,
    );
    expect(fixedT('app', 'pt')('legend.otherFlows', { count: 130, flows: '130' })).toMatch(
      /^Mais 130 fluxos/,
    );
  });

  it('does not HTML-escape values (React escapes text itself)', () => {
    initI18n('en');
    expect(fixedT('common')('suppressedValue', { k: 5 })).toBe('<5');
  });

  it('switches language and notifies subscribers once per change', () => {
    initI18n('es');
    let calls = 0;
    const unsubscribe = subscribeLanguage(() => {
      calls++;
    });
    setLanguage('pt');
    setLanguage('pt');
    expect(calls).toBe(1);
    expect(getLanguage()).toBe('pt');
    expect(fixedT('filters')('clearAll')).toBe('Limpar todos os filtros');
    unsubscribe();
    setLanguage('en');
    expect(calls).toBe(1);
    expect(fixedT('filters')('clearAll')).toBe('Clear all filters');
  });

  it('useT reads the current language', () => {
    setLanguage('es');
    expect(renderToString(createElement(Title))).toBe('<h1 lang="es">Tráfico ilícito de migrantes</h1>');
    setLanguage('pt');
    expect(renderToString(createElement(Title))).toBe('<h1 lang="pt">Contrabando de migrantes</h1>');
  });
});

describe('formatters', () => {
  it('formats numbers by language', () => {
    expect(formatNumber(12345.67, 'es')).toBe('12.345,7');
    expect(formatNumber(12345.67, 'pt')).toBe('12.345,7');
    expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
    expect(formatNumber(12345, 'en', 0)).toBe('12,345');
  });

  it('formats months in UTC, so the first of the month never slips to the month before', () => {
    const march = new Date(Date.UTC(2024, 2, 1));
    expect(formatMonth(march, 'es')).toBe('marzo de 2024');
    expect(formatMonth(march, 'pt')).toBe('março de 2024');
    expect(formatMonth(march, 'en')).toBe('March 2024');
  });

  it('names countries by language, falling back to the code', () => {
    expect(countryName('COL', 'pt')).toBe('Colômbia');
    expect(countryName('ESP', 'es')).toBe('España');
    expect(countryName('XXX', 'en')).toBe('XXX');
  });
});
