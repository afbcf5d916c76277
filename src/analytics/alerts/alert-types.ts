import type { AlertKeyKind } from '../../query/alerts-query.ts';

/** What an alert says happened. */
export type AlertKind = 'spike' | 'drop' | 'first_appearance' | 'mix_shift';

/**
 * One alert. Pure data: the UI turns `explanationCode` + `params` into a sentence through
 * i18n. `observed`/`expected` are counts for spike, drop and first appearance, and shares
 * (0–1) for mix shifts (their counts are in `params`).
 */
export interface Alert {
  kind: AlertKind;
  /** Which kind of key the series belongs to. */
  keyKind: AlertKeyKind;
  /** The key: ISO3 country, route label, or `ORIGIN→DESTINATION`. */
  key: string;
  /** Epoch ms of the month (UTC first day). */
  month: number;
  observed: number;
  expected: number;
  /** Ranking score, a z-like magnitude (≥ 0); larger = more unusual. */
  score: number;
  /** i18n key, e.g. `alert.spike`. */
  explanationCode: string;
  /** Numbers behind the alert (baseline median, MAD, history years, z, counts…). */
  params: Record<string, number>;
}

/** Thresholds of the alert scan. Every field is optional; defaults are in {@link DEFAULT_ALERT_OPTIONS}. */
export interface AlertOptions {
  /** |robust z| at or above which a month is a spike or drop. Default 3.5 (Iglewicz & Hoaglin's outlier cut). */
  zThreshold: number;
  /** Fewest earlier values of the same calendar month (years of history since the key first appeared). Default 3. */
  minHistoryYears: number;
  /**
   * Floor on the z denominator, in counts. Default 1. The denominator is
   * max(1.4826·MAD, madFloor, √max(median, 1)): the last term is the Poisson spread of a
   * count, so a series that happened to repeat the same value a few years does not turn a
   * small wobble into a huge z.
   */
  madFloor: number;
  /** Fewest incidents in the month (spike, first appearance) or in the baseline (drop). Default 5. */
  minObserved: number;
  /** Months of zeros (data present for the table) before a first appearance counts as new. Default 12. */
  minZeroMonths: number;
  /** Report drops as well as spikes. Default true. */
  includeDrops: boolean;
  /** |z| of the two-proportion test at or above which a sex/age mix shift is reported. Default 4 (persons cluster within cases, so the nominal test is anti-conservative). */
  mixZThreshold: number;
  /** Fewest persons in the month and in the trailing 12 months for a mix test. Default 30. */
  minMixPersons: number;
  /** Only report months at or after this epoch ms; default: all months. */
  since: number;
  /** Longest list returned, after ranking. Default 200. */
  maxAlerts: number;
}

/** Documented defaults of {@link AlertOptions}. */
export const DEFAULT_ALERT_OPTIONS: Readonly<AlertOptions> = {
  zThreshold: 3.5,
  minHistoryYears: 3,
  madFloor: 1,
  minObserved: 5,
  minZeroMonths: 12,
  includeDrops: true,
  mixZThreshold: 4,
  minMixPersons: 30,
  since: Number.NEGATIVE_INFINITY,
  maxAlerts: 200,
};
