import { describe, expect, it } from 'vitest';
import {
  erf,
  lnGamma,
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTTwoSidedP,
} from '../../../../src/analytics/trends/distributions.ts';

// Reference values from standard tables (Abramowitz & Stegun 26.2 and 26.7) and checked
// with scipy.special / scipy.stats.
describe('distributions', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-2.5, 0.006209665325776132],
    [1.959963985, 0.975],
  ])('normalCdf(%f) = %f', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 6);
  });

  it('erf, two-sided normal p and quantile agree with tables', () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 6);
    expect(erf(-0.5)).toBeCloseTo(-0.5204998778130465, 6);
    expect(normalTwoSidedP(1.959963985)).toBeCloseTo(0.05, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829304, 6);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('lnGamma matches Γ at integers and half-integers', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10);
    expect(lnGamma(10.5)).toBeCloseTo(13.940625219403763, 9);
  });

  it('regularized incomplete beta', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.5, 4, 4)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0.3, 2.5, 3.5)).toBeCloseTo(0.29675298929566646, 9);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('Student t CDF and two-sided p', () => {
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 10); // Cauchy
    expect(studentTCdf(2, 10)).toBeCloseTo(0.9633059826146299, 8);
    expect(studentTTwoSidedP(2, 10)).toBeCloseTo(0.07338803477074037, 8);
    expect(studentTCdf(-1.5, 3.7)).toBeCloseTo(0.10679908460100675, 8);
    expect(studentTTwoSidedP(2.228138852, 10)).toBeCloseTo(0.05, 7); // t table, df 10
    expect(studentTTwoSidedP(0, 7)).toBe(1);
  });
});
