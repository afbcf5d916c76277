import { describe, expect, it } from 'vitest';
import { uniqueNames } from '../../../../src/analytics/alerts/unique-names.ts';

describe('uniqueNames', () => {
  it('numbers repeats in order and leaves unique names alone', () => {
    expect(uniqueNames(['Coast', 'Andes', 'Coast', 'Coast'])).toEqual([
      'Coast',
      'Andes',
      'Coast (2)',
      'Coast (3)',
    ]);
  });

  it('does not collide with a name that already looks numbered', () => {
    const out = uniqueNames(['Coast', 'Coast (2)', 'Coast']);
    expect(new Set(out).size).toBe(3);
    expect(out.slice(0, 2)).toEqual(['Coast', 'Coast (2)']);
  });
});
