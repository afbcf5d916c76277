/**
 * Disclosure control at the size the issue names: a sparse 40 countries × 132 months ×
 * 4 crime types × 5 sex/age cube (Poisson mean 2) with margins, protected with the line rule
 * and the audit. Run: `npx tsx bench/disclosure.bench.ts [runs]`.
 */
import { protectTable } from '../src/analytics/disclosure/protect-table.ts';
import type { CountRow } from '../src/analytics/disclosure/types.ts';

function sparseCube(): CountRow[] {
  let seed = 1;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const poisson = (): number => {
    let n = -1;
    let p = 1;
    do {
      n++;
      p *= rnd();
    } while (p > Math.exp(-2));
    return n;
  };
  const rows: CountRow[] = [];
  for (let c = 0; c < 40; c++)
    for (let m = 0; m < 132; m++)
      for (let t = 0; t < 4; t++)
        for (let s = 0; s < 5; s++)
          rows.push({ keys: [`C${c}`, `M${1000 + m}`, `T${t}`, `S${s}`], value: poisson() });
  return rows;
}

const runs = Number(process.argv[2] ?? 3);
const rows = sparseCube();
const times: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const t = protectTable(rows, ['country', 'month', 'crime', 'sexAge']);
  times.push(performance.now() - start);
  const count = (status: string) => t.rows.filter((r) => r.status === status).length;
  summary = `${t.rows.length} cells with margins: ${count('primary')} primary, ${count('secondary')} secondary, ${count('published')} published`;
}
times.sort((a, b) => a - b);
console.log(`disclosure: 40×132×4×5 cube, ${summary}`);
console.log(
  `protectTable median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${runs} runs (min ${times[0]!.toFixed(0)} ms)`,
);
