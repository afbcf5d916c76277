/**
 * Names made unique by numbering repeats in order ("Coast", "Coast (2)"), so two corridors
 * loaded with the same name keep separate alert keys (an alert's key is its label and its
 * identity in the ranked list). Pure.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  const seen = new Map<string, number>();
  return names.map((name) => {
    let n = seen.get(name) ?? 0;
    let candidate = name;
    while (used.has(candidate)) {
      n += 1;
      candidate = `${name} (${n + 1})`;
    }
    seen.set(name, n);
    used.add(candidate);
    return candidate;
  });
}
