import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, isOtherData, MAX_HASH_LENGTH } from '../../../src/state/url-state.ts';
import { DEFAULT_VIEW, type ViewConfig } from '../../../src/state/view-config.ts';
import { viewArbitrary } from './view-arbitrary.ts';

const FP = '3fa2b9c01d4e5f60718293a4b5c6d7e8';

describe('encodeView / decodeView', () => {
  it('round-trips any valid view exactly, with the 12-character fingerprint', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const decoded = decodeView(`#${encodeView(view, FP)}`);
        expect(decoded.problems).toEqual([]);
        expect(decoded.fingerprint).toBe(FP.slice(0, 12));
        expect(decoded.view).toEqual(view);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a short, readable hash for the default view', () => {
    const hash = encodeView(DEFAULT_VIEW, FP);
    expect(hash).toBe('v=1&d=3fa2b9c01d4e&ly=ifc&fs=crime_type&cam=-62,8,2&k=5');
  });

  it('carries configuration only: no counts, no rows', () => {
    const view: ViewConfig = {
      ...DEFAULT_VIEW,
      filters: {
        ...DEFAULT_VIEW.filters,
        period: ['2020-01', '2021-06'],
        crimeTypes: ['trafficking'],
        routes: ['Darién, sur'],
      },
    };
    const hash = encodeView(view, FP);
    expect(hash).toContain('p=2020-01~2021-06');
    expect(hash).toContain('ct=trafficking');
    expect(hash).toContain('rt=Dari%C3%A9n%2C%20sur');
    expect(decodeView(hash).view).toStrictEqual(view);
  });

  it('never throws on garbage and returns only valid views', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()), (junk) => {
        const decoded = decodeView(junk);
        if (decoded.view) expect(decodeView(encodeView(decoded.view, FP)).problems).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on mutated links and keeps every part it can read', () => {
    fc.assert(
      fc.property(viewArbitrary, fc.nat(), fc.string({ maxLength: 4 }), (view, at, insert) => {
        const hash = encodeView(view, FP);
        const i = at % hash.length;
        const decoded = decodeView(hash.slice(0, i) + insert + hash.slice(i + 1));
        if (decoded.view) expect(decodeView(encodeView(decoded.view, FP)).problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['unknown crime type', 'v=1&ct=trafficking,arson', 'crimeTypes'],
    ['month 13', 'v=1&p=2020-01~2020-13', 'period'],
    ['period backwards', 'v=1&p=2021-01~2020-01', 'period'],
    ['longitude out of range', 'v=1&cam=200,0,2', 'camera'],
    ['zoom out of range', 'v=1&cam=0,0,40', 'camera'],
    ['k below 2', 'v=1&k=1', 'k'],
    ['k not an integer', 'v=1&k=5.5', 'k'],
    ['hex number', 'v=1&k=0x10', 'k'],
    ['lower-case country', 'v=1&or=col', 'origin'],
    ['duplicate country', 'v=1&or=COL,COL', 'origin'],
    ['bad escape', 'v=1&rt=%E0%A4%A', 'routes'],
    ['unknown layer letter', 'v=1&ly=fx', 'layers'],
    ['unknown split', 'v=1&fs=age', 'flowSplit'],
    ['repeated key', 'v=1&k=5&k=7', 'k'],
  ])('drops and reports a bad part (%s), restoring the rest', (_, hash, part) => {
    const decoded = decodeView(`${hash}&sa=women`);
    expect(decoded.problems).toContainEqual({ part, code: 'invalid' });
    expect(decoded.view?.filters.sexAge).toEqual(['women']);
  });

  it('reports unknown keys and a bad fingerprint without losing the view', () => {
    const decoded = decodeView('#v=1&zz=1&d=XYZ&k=9');
    expect(decoded.problems).toEqual([
      { part: 'zz', code: 'unknown' },
      { part: 'fingerprint', code: 'fingerprint' },
    ]);
    expect(decoded.view?.k).toBe(9);
    expect(decoded.fingerprint).toBeNull();
  });

  it('gives no view for an empty hash, another version, or an over-long hash', () => {
    expect(decodeView('')).toEqual({ view: null, fingerprint: null, problems: [] });
    expect(decodeView('#v=2&k=5').problems).toEqual([{ part: 'v', code: 'version' }]);
    expect(decodeView('#k=5').view).toBeNull();
    expect(decodeView(`v=1&rt=${'a'.repeat(MAX_HASH_LENGTH)}`).problems).toEqual([
      { part: 'hash', code: 'tooLong' },
    ]);
  });

  it('says when a link was made with other data', () => {
    expect(isOtherData('3fa2b9c01d4e', FP)).toBe(false);
    expect(isOtherData('000000000000', FP)).toBe(true);
    expect(isOtherData(null, FP)).toBe(false);
  });
});
