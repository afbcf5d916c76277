import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBREGIONS } from '../../../src/geo/subregions.ts';
import { LANGUAGES, type Language } from '../../../src/i18n/languages.ts';
import { type Messages, NAMESPACES, RESOURCES } from '../../../src/i18n/resources.ts';
import { CRIME_TYPES, DETECTION_SOURCES, EXPLOITATION_FORMS, SEX_AGE } from '../../../src/schema/incident.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a namespace, dotted, with its value. */
function leaves(messages: Messages, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

/** Keys with plural suffixes folded to their base, since languages have different plural categories. */
function baseKeys(messages: Messages): Set<string> {
  return new Set(leaves(messages).map(([key]) => key.replace(PLURAL_SUFFIX, '')));
}

function placeholders(value: unknown): string[] {
  return [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
}

describe.each(NAMESPACES)('namespace %s', (ns) => {
  it.each(LANGUAGES)('has no empty or non-string value in %s', (lang) => {
    for (const [key, value] of leaves(RESOURCES[lang][ns])) {
      expect(typeof value, `${lang}/${ns}:${key}`).toBe('string');
      expect(String(value).trim(), `${lang}/${ns}:${key}`).not.toBe('');
    }
  });

  it('has the same keys in every language', () => {
    const reference = baseKeys(RESOURCES.en[ns]);
    for (const lang of LANGUAGES) {
      const keys = baseKeys(RESOURCES[lang][ns]);
      expect(
        [...reference].filter((k) => !keys.has(k)),
        `missing in ${lang}/${ns}`,
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !reference.has(k)),
        `only in ${lang}/${ns}`,
      ).toEqual([]);
    }
  });

  it('uses the same placeholders in every language', () => {
    const en = new Map(
      leaves(RESOURCES.en[ns]).map(([k, v]) => [k.replace(PLURAL_SUFFIX, ''), placeholders(v)]),
    );
    for (const lang of LANGUAGES) {
      for (const [key, value] of leaves(RESOURCES[lang][ns])) {
        const base = key.replace(PLURAL_SUFFIX, '');
        expect(placeholders(value), `${lang}/${ns}:${key}`).toEqual(en.get(base));
      }
    }
  });

  it.each(LANGUAGES)('has every plural category %s needs', (lang: Language) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const keys = leaves(RESOURCES[lang][ns]).map(([k]) => k);
    const plurals = new Set(
      keys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
    );
    for (const base of plurals) {
      for (const category of categories) {
        expect(keys, `${lang}/${ns}:${base}_${category}`).toContain(`${base}_${category}`);
      }
    }
  });
});

describe('locale files', () => {
  it('registers every locales/<lang>/<ns>.json file, and nothing else', () => {
    const dir = join(process.cwd(), 'src/i18n/locales');
    expect(readdirSync(dir).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) {
      const files = readdirSync(join(dir, lang)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort(), lang).toEqual([...NAMESPACES].sort());
    }
  });

  it('labels every code of the incident schema and every subregion', () => {
    const vocabularies: [string, readonly string[]][] = [
      ['crimeType', CRIME_TYPES],
      ['sexAge', SEX_AGE],
      ['exploitation', EXPLOITATION_FORMS],
      ['detectionSource', DETECTION_SOURCES],
      ['subregion', SUBREGIONS],
    ];
    for (const lang of LANGUAGES) {
      const keys = baseKeys(RESOURCES[lang].map);
      for (const [group, codes] of vocabularies) {
        for (const code of codes)
          expect(keys.has(`${group}.${code}`), `${lang}/map:${group}.${code}`).toBe(true);
      }
    }
  });

  it('keeps the legal terms apart: trafficking ≠ smuggling in every language', () => {
    expect(RESOURCES.es.map.crimeType).toMatchObject({
      trafficking: 'Trata de personas',
      smuggling: 'Tráfico ilícito de migrantes',
    });
    expect(RESOURCES.pt.map.crimeType).toMatchObject({
      trafficking: 'Tráfico de pessoas',
      smuggling: 'Contrabando de migrantes',
    });
  });
});
