import { type Cube, forEachLineStart, marginDepth } from './cube.ts';

/**
 * Applies the 1-D line rule along every axis of the cube (margins included) until nothing
 * changes. A line is a total cell and its categories: `total = Σ categories`. The line is
 * unsafe while exactly one of its cells is hidden (it could be solved for), or while its
 * total is published and the hidden categories sum to less than k (their sum would be known
 * and small). The fix hides the smallest visible non-zero category; when none is left it
 * hides the total. Ties go to the cell with fewer margin coordinates, then the lower index,
 * so the result never depends on input order. Along an axis flagged in `marginFirst` (a
 * dimension whose total no view shows) the total is hidden before any category.
 *
 * Mutates `hidden` (1 = hidden) and returns how many cells it hid.
 */
export function applyLineRule(
  cube: Cube,
  hidden: Uint8Array,
  k: number,
  marginFirst: readonly boolean[] = [],
): number {
  let added = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let d = 0; d < cube.shape.length; d++) {
      const stride = cube.strides[d]!;
      const len = cube.shape[d]!;
      forEachLineStart(cube.size, stride, len, (base) => {
        const n = fixLine(cube, hidden, base, stride, len, k, marginFirst[d] === true);
        if (n > 0) {
          added += n;
          changed = true;
        }
      });
    }
  }
  return added;
}

function fixLine(
  cube: Cube,
  hidden: Uint8Array,
  base: number,
  stride: number,
  len: number,
  k: number,
  totalFirst: boolean,
): number {
  const values = cube.values;
  let count = 0;
  let sum = 0;
  for (let j = 0; j < len; j++) {
    const i = base + j * stride;
    if (hidden[i] === 1) {
      count++;
      if (j > 0) sum += values[i]!;
    }
  }
  let added = 0;
  while (count > 0 && (count === 1 || (hidden[base] === 0 && sum < k))) {
    const pick =
      totalFirst && hidden[base] === 0 && values[base]! > 0
        ? -1
        : cheapestVisible(cube, hidden, base, stride, len);
    if (pick >= 0) {
      hidden[pick] = 1;
      sum += values[pick]!;
    } else if (hidden[base] === 0) {
      hidden[base] = 1;
    } else {
      break;
    }
    count++;
    added++;
  }
  return added;
}

/** The visible non-zero category to hide next, or −1 when there is none. */
function cheapestVisible(cube: Cube, hidden: Uint8Array, base: number, stride: number, len: number): number {
  let best = -1;
  let bestValue = Number.POSITIVE_INFINITY;
  let bestDepth = Number.POSITIVE_INFINITY;
  for (let j = 1; j < len; j++) {
    const i = base + j * stride;
    const v = cube.values[i]!;
    if (hidden[i] === 1 || v === 0 || v > bestValue) continue;
    const depth = marginDepth(cube, i);
    if (v < bestValue || depth < bestDepth) {
      best = i;
      bestValue = v;
      bestDepth = depth;
    }
  }
  return best;
}
