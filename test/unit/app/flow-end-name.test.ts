import { describe, expect, it } from 'vitest';
import { flowEndCountry, flowEndName } from '../../../src/app/flow-end-name.ts';

const place = (name: string, country: string) => `${name} (${country})`;

describe('flowEndName', () => {
  it('names a country end by its country and an admin-1 end by the unit and its country, per language', () => {
    expect(flowEndName('COL', 'es', place)).toBe('Colombia');
    expect(flowEndName('CO-ANT', 'es', place)).toBe('Antioquia (Colombia)');
    expect(flowEndName('ES-CT', 'pt', place)).toBe('Catalunha (Espanha)');
    expect(flowEndName('ES-CT', 'en', place)).toBe('Catalonia (Spain)');
    expect(flowEndName('BR-SP', 'en', place)).toBe('São Paulo (Brazil)');
  });

  it('shows an unknown code as itself', () => {
    expect(flowEndName('ZZ-Q', 'en', place)).toBe('ZZ-Q');
  });
});

describe('flowEndCountry', () => {
  it('maps an admin-1 end to its country for the destination filter', () => {
    expect(flowEndCountry('CO-ANT')).toBe('COL');
    expect(flowEndCountry('FR-GF')).toBe('GUF');
    expect(flowEndCountry('PAN')).toBe('PAN');
  });
});
