import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/i18n/detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    [['pt-BR'], 'pt'],
    [['pt-PT', 'en'], 'pt'],
    [['es-CO'], 'es'],
    [['en-US'], 'en'],
    [['fr-FR'], 'es'],
    [['fr-FR', 'en-GB', 'es'], 'en'],
    [['EN_us'], 'en'],
    [[], 'es'],
    [undefined, 'es'],
  ])('%j → %s', (languages, expected) => {
    expect(detectLanguage(languages)).toBe(expected);
  });
});
