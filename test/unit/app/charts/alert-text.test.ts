import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../src/analytics/alerts/alert-types.ts';
import { alertScoreShown, alertText, orderByShownScore } from '../../../../src/app/alerts/alert-text.ts';

const f = {
  number: (n: number) => String(n),
  share: (s: number) => `${Math.round(s * 100)}%`,
  month: (m: string) => `<${m}>`,
  key: (a: Alert) => a.key,
};

/** Nothing hidden by the differencing guard. */
const OPEN = { observed: false, expected: false, persons: false };

const base: Alert = {
  kind: 'spike',
  keyKind: 'country',
  key: 'COL',
  month: Date.UTC(2021, 5, 1),
  observed: 40,
  expected: 3,
  score: 6,
  explanationCode: 'alert.spike',
  params: { z: 6, median: 3, mad: 1, scale: 2, historyYears: 4 },
};

describe('alertText', () => {
  it('passes counts through displayCount: an expected 3 shows as <5', () => {
    const text = alertText(base, 5, f, 'hidden', OPEN);
    expect(text.code).toBe('alert.spike');
    expect(text.values).toMatchObject({
      observed: '40',
      expected: '<5',
      years: '4',
      month: '<2021-06>',
      key: 'COL',
    });
  });

  it('hides a share whose numerator is suppressed but shows the others', () => {
    const mix: Alert = {
      ...base,
      kind: 'mix_shift',
      observed: 0.08,
      expected: 0.3,
      explanationCode: 'alert.children_share_shift',
      params: { z: -4.2, group: 3, persons: 40, trailingGroup: 120, trailingPersons: 400 },
    };
    const text = alertText(mix, 5, f, 'hidden', OPEN);
    expect(text.values).toMatchObject({ observed: 'hidden', expected: '30%', persons: '40' });
  });

  it('words corridor spikes and drops in persons, with counts through displayCount', () => {
    const corridor: Alert = { ...base, keyKind: 'corridor', key: 'Pacific', expected: 2 };
    const text = alertText(corridor, 5, f, 'hidden', OPEN);
    expect(text.code).toBe('alert.corridor_spike');
    expect(text.values).toMatchObject({ observed: '40', expected: '<5', key: 'Pacific' });
    expect(alertText({ ...corridor, kind: 'drop', explanationCode: 'alert.drop' }, 5, f, 'h').code).toBe(
      'alert.corridor_drop',
    );
    expect(alertText({ ...base, explanationCode: 'alert.drop' }, 5, f, 'h').code).toBe('alert.drop');
  });

  it('shows "—" for what the differencing guard hides, and hides everything before it answers', () => {
    const guarded = alertText(base, 5, f, 'hidden', { ...OPEN, observed: true });
    expect(guarded.values).toMatchObject({ observed: '—', expected: '<5' });
    expect(alertText(base, 5, f, 'hidden').values).toMatchObject({ observed: '—', expected: '—' });
  });

  it('shows the score only when every figure it comes from is shown', () => {
    // A first appearance's score is its count: 3 persons would read "score 3".
    const first: Alert = { ...base, kind: 'first_appearance', observed: 3, expected: 0, score: 3 };
    expect(alertScoreShown(first, 5, OPEN)).toBe(false);
    expect(alertScoreShown({ ...base, expected: 10 }, 5, OPEN)).toBe(true);
    // The baseline 3 is small: score × scale + baseline would give the count back.
    expect(alertScoreShown(base, 5, OPEN)).toBe(false);
    expect(alertScoreShown({ ...base, expected: 10 }, 5, { ...OPEN, observed: true })).toBe(false);
    expect(alertScoreShown({ ...base, expected: 10 }, 5, undefined)).toBe(false);
  });
});

describe('orderByShownScore', () => {
  const alert = (key: string, score: number, expected: number, month = 2021): Alert => ({
    ...base,
    key,
    score,
    expected,
    month: Date.UTC(month, 0, 1),
  });

  it('ranks shown scores first, by score, and never places a hidden score among them', () => {
    const items = [
      { alert: alert('A', 9, 10), guard: OPEN },
      // Hidden score (small baseline) between 9 and 4: must not sit between them.
      { alert: alert('B', 6, 3), guard: OPEN },
      { alert: alert('C', 4, 10), guard: OPEN },
      // Hidden by the guard, with the highest score of all.
      { alert: alert('D', 20, 10, 2019), guard: { ...OPEN, observed: true } },
      // Not checked yet.
      { alert: alert('E', 12, 10, 2022), guard: undefined },
    ];
    const keys = orderByShownScore(items, 5).map((x) => x.alert.key);
    // Shown: A (9), C (4); then hidden or pending by later month, then key: E (2022), B (2021), D (2019).
    expect(keys).toEqual(['A', 'C', 'E', 'B', 'D']);
  });

  it('orders the hidden ones by month and key alone, whatever their scores', () => {
    const hiddenGuard = { ...OPEN, expected: true };
    const low = orderByShownScore(
      [
        { alert: alert('X', 1, 10), guard: hiddenGuard },
        { alert: alert('Y', 50, 10), guard: hiddenGuard },
      ],
      5,
    );
    const high = orderByShownScore(
      [
        { alert: alert('X', 50, 10), guard: hiddenGuard },
        { alert: alert('Y', 1, 10), guard: hiddenGuard },
      ],
      5,
    );
    expect(low.map((x) => x.alert.key)).toEqual(['X', 'Y']);
    expect(high.map((x) => x.alert.key)).toEqual(['X', 'Y']);
  });
});
