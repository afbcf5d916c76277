/** The "how to read this" text at the top of bench/RESULTS.md. */
export const INTRO = `
Written by \`npm run bench\` (bench/run.ts); do not edit by hand — rerun it. Each size section
says its command, date and wall time.

**What is measured.** The seeded synthetic extract (\`rutas generate\`) is loaded and queried
four ways: the real app stack in headless chromium (bench/browser: DuckDB-WASM in a worker,
parquet-wasm decode, the src/query builders, the src/layers Arrow → typed array converters),
DuckDB-WASM's Node build, native DuckDB in Node (@duckdb/node-api, one thread), and a naive
baseline that turns every row into a JS object and filters/reduces the array per view (how many
dashboards do it). Interactive operations run over the same sequences of varied filter states
(bench/lib/workload.ts): "filter change → all map layer data" is the flows, routes and 2° grid
queries plus their Arrow → typed array conversion; "playback step" moves a 12-month window by a
month; "brush" runs the 8 chart queries (series cross-filtered), which every engine implements;
"brush as the app runs it" is what a brush runs in the app today: the three map-layer queries
and the three breakdown charts, each queried with its neighbouring views for the differencing
guard (the other side-panel charts read the protected view cube in JavaScript); the naive
engine has no such path. The browser column runs those composites as the app does from 100k
incidents: each view reads the smallest pre-aggregated cube that answers it exactly
(src/app/cube-service.ts, docs/SCALING.md: a fitted cube, or right after a filter change the
wide cube that keeps that filter free, or the raw table when no cube answers yet); a filter
change withdraws the cubes it invalidates and the rebuild runs, untimed, before the next state;
its cost is the "cube rebuild" row. In the browser a composite's statements are posted together,
as the app's views post them (the worker still runs them one at a time, src/db/statement-queue.ts);
the other engines run them one after another. The other
columns read the raw table throughout, so "rutas / native" on those rows compares cube with raw.
For naive JS, "load" means
reading the file into row objects (CSV by hand, Parquet with hyparquet) and there is no engine
start or createIncidentsTableSQL (month and persons are derived while reading).

**How to read this.** Medians (p50) are the figure to compare; p95 shows the jitter. These
machines are shared 2-core machines where other engineers' tests may run meanwhile: the load
average is printed per size (the last full run, 2026-11-29, was on a quiet machine, load ≈ 1–3),
and on a busy one absolute numbers are pessimistic and ratios are the robust part. DuckDB-WASM here is the single-threaded \`eh\`
build (no cross-origin isolation), so native DuckDB is pinned to one thread too. WebGL is
software-rendered here (llvmpipe), so no frame times are reported: the bench stops when layer
data is ready, which is what the app hands deck.gl. Browser JS heap is the page's main thread
only; DuckDB's memory lives in its worker and is reported by \`duckdb_memory()\`. The Node
engines also report process CPU time, which waiting for a core does not inflate: on this machine
it is the better guide to what an idle machine would show.

**How long it takes**: 100k ≈ 20 s, 1M ≈ 1 min (quiet) to 4 min (busy); \`npm run bench\` ≈ 1.5
min quiet, 5–6 min busy, with the corridor bench; \`--sizes 100k,1m,10m\` ≈ 7 min quiet (at 10M 5 runs
per operation in the Node engines and naive JS, 20 in the browser), 15–20 min busy, plus ≈ 3.5 min once to generate the 10M files (cached in
bench/out/data, 1.4 GB).
`;
