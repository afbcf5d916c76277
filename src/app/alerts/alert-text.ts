import type { Alert } from '../../analytics/alerts/alert-types.ts';
import type { AlertGuard } from '../../analytics/alerts/guard-alerts.ts';
import { compareAlerts } from '../../analytics/alerts/scan-alerts.ts';
import { displayCount, HIDDEN_FIGURE } from '../display-count.ts';

/** Formatters an alert explanation needs; all locale-aware, supplied by the UI. */
export interface AlertFormatters {
  number: (n: number) => string;
  share: (n: number) => string;
  /** `YYYY-MM` → "mar 2020". */
  month: (month: string) => string;
  /** Display name of the alert's key (country, route, or origin → destination). */
  key: (alert: Alert) => string;
}

/** What the UI translates for one alert: the i18n key and its interpolation values. */
export interface AlertText {
  /** i18n key in the `charts` namespace, e.g. `alert.spike`. */
  code: string;
  values: Record<string, string>;
}

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Corridor series count persons near the corridor, so their count alerts have their own wording. */
const CORRIDOR_CODES: Readonly<Record<string, string>> = {
  'alert.spike': 'alert.corridor_spike',
  'alert.drop': 'alert.corridor_drop',
};

/**
 * An alert's explanation as an i18n key plus already formatted values. Every count goes
 * through `displayCount` (1..k−1 shows "<k"); a share is replaced by `hidden` when its
 * numerator or denominator would be suppressed, since a share reveals its parts. A figure
 * the differencing guard hides (`guard`, see guardAlerts) reads "—" (a share: `hidden`);
 * without a guard result yet, every figure is hidden.
 * @param hidden the translated text shown instead of a hidden share
 */
export function alertText(
  alert: Alert,
  k: number,
  f: AlertFormatters,
  hidden: string,
  guard: AlertGuard = { observed: true, expected: true, persons: true },
): AlertText {
  const count = (n: number, guarded: boolean) => (guarded ? HIDDEN_FIGURE : displayCount(n, k, f.number));
  const p = alert.params;
  const values: Record<string, string> = { key: f.key(alert), month: f.month(monthKey(alert.month)) };
  if (alert.kind === 'mix_shift') {
    const group = p.group ?? 0;
    const persons = p.persons ?? 0;
    const tg = p.trailingGroup ?? 0;
    const tp = p.trailingPersons ?? 0;
    const hide = (n: number) => n > 0 && n < k;
    values.observed = guard.observed || hide(group) || hide(persons) ? hidden : f.share(alert.observed);
    values.expected = guard.expected || hide(tg) || hide(tp) ? hidden : f.share(alert.expected);
    values.persons = count(persons, guard.persons);
  } else {
    values.observed = count(alert.observed, guard.observed);
    values.expected = count(alert.expected, guard.expected);
    values.years = f.number(p.historyYears ?? 0);
    values.zeroMonths = f.number(p.zeroMonths ?? 0);
  }
  const code = alert.keyKind === 'corridor' ? CORRIDOR_CODES[alert.explanationCode] : undefined;
  return { code: code ?? alert.explanationCode, values };
}

/**
 * Whether an alert's score may be shown: only when every figure it is computed from is shown.
 * A first appearance's score is its count, and a spike's score with its baseline gives the
 * count back, so a score beside a hidden figure would reveal it. Pure.
 */
export function alertScoreShown(alert: Alert, k: number, guard: AlertGuard | undefined): boolean {
  if (!guard || guard.observed || guard.expected || guard.persons) return false;
  const small = (n: number | undefined) => n !== undefined && n > 0 && n < k;
  const p = alert.params;
  if (alert.kind === 'mix_shift')
    return ![p.group, p.persons, p.trailingGroup, p.trailingPersons].some(small);
  return !small(alert.observed) && !small(alert.expected);
}

/** An alert and the guard of its figures (undefined while the guard is pending). */
export interface GuardedAlert {
  alert: Alert;
  guard: AlertGuard | undefined;
}

/**
 * The order the panel lists alerts in: first those whose score is shown, by that score (as
 * compareAlerts: higher first, then later month, then key); then those whose score is
 * hidden, or not yet checked, by later month and key only. Ranked by a hidden score, an
 * alert's place between two shown scores would bound it, and a first appearance's score is
 * its count. Pure.
 */
export function orderByShownScore(items: readonly GuardedAlert[], k: number): GuardedAlert[] {
  const shown = (x: GuardedAlert) => alertScoreShown(x.alert, k, x.guard);
  const byMonthAndKey = (a: Alert, b: Alert) =>
    b.month - a.month || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return [...items].sort((x, y) => {
    const sx = shown(x);
    const sy = shown(y);
    if (sx !== sy) return sx ? -1 : 1;
    return sx ? compareAlerts(x.alert, y.alert) : byMonthAndKey(x.alert, y.alert);
  });
}
