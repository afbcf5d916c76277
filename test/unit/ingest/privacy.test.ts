import { describe, expect, it } from 'vitest';
import { kindsFromName, kindsFromValues } from '../../../src/ingest/privacy.ts';

describe('privacy guard', () => {
  it('flags personal data by column name', () => {
    expect(kindsFromName('Nombre')).toEqual(['name']);
    expect(kindsFromName('Número de documento')).toContain('document');
    expect(kindsFromName('Teléfono')).toEqual(['phone']);
    expect(kindsFromName('fecha_de_nacimiento')).toEqual(['birth_date']);
    expect(kindsFromName('Observaciones')).toEqual(['narrative']);
    expect(kindsFromName('Region')).toEqual([]);
    expect(kindsFromName('fecha')).toEqual([]);
  });
  it('flags by content, not plain numbers, dates or coordinates', () => {
    expect(kindsFromValues(['ana@example.org', 'b@x.co'])).toEqual(['email']);
    expect(kindsFromValues(['+57 300 123 4567', '(01) 555-1234'])).toEqual(['phone']);
    expect(kindsFromValues(['12.345.678', '98.765.432-1'])).toEqual(['document']);
    expect(kindsFromValues([`${'la víctima relató que '.repeat(8)}`])).toEqual(['narrative']);
    expect(kindsFromValues(['2024-01-05', '-74.297333', '4.570868', '1234'])).toEqual([]);
  });
});
