import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.parquet': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** One request the static server answered: its path and byte range `[start, end)` (null = whole file). */
export interface ServedRequest {
  path: string;
  range: [number, number] | null;
}

/**
 * A static server over dist/ (or `RUTAS_DIST`, so parallel work can build elsewhere) on a
 * free loopback port (no gzip, so large wasm loads fast). Honours `Range: bytes=a-b` (206)
 * as any static host does, and reports each file it serves to `onRequest` when given.
 */
export async function serveDist(
  root = resolve(process.env.RUTAS_DIST ?? 'dist'),
  onRequest?: (request: ServedRequest) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html missing: run "npm run build" first`);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const bytes = readFileSync(file);
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = m ? Number(m[1]) : 0;
    const end = m ? Math.min(m[2] ? Number(m[2]) + 1 : bytes.length, bytes.length) : bytes.length;
    onRequest?.({ path, range: m ? [start, end] : null });
    if (!m) {
      res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' });
      res.end(bytes);
      return;
    }
    res.writeHead(206, {
      'content-type': type,
      'content-range': `bytes ${start}-${end - 1}/${bytes.length}`,
      'accept-ranges': 'bytes',
    });
    res.end(bytes.subarray(start, end));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Chromium flags: llvmpipe WebGL (software, ~10x faster than SwiftShader) and no background traffic. */
export const CHROMIUM_ARGS = [
  '--use-angle=gl-egl',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
];

/** A browser with a fresh profile, and the page; `close` removes the profile. */
export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and page errors, for diagnosis. */
  errors: string[];
  close: () => Promise<void>;
}

/** Launches Debian's chromium headless through playwright-core (a browser download fails here). */
export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'rutas-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'es-ES',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until the sample is loaded (the incident count is shown). */
export async function openApp(session: BrowserSession, url: string): Promise<void> {
  await session.page.goto(url);
  await session.page.getByTestId('incident-count').waitFor({ timeout: 120_000 });
}

/** The built app served and opened in a fresh browser for one test file. */
export interface AppSession {
  url: string;
  session: BrowserSession;
}

/**
 * Registers the usual beforeAll/afterAll of an e2e file: serve dist/, open chromium, load the
 * app with its sample; everything is closed afterwards. Read the fields inside tests only.
 */
export function appSessionForFile(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): AppSession {
  const app = {} as AppSession;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  hooks.beforeAll(async () => {
    server = await serveDist();
    app.url = server.url;
    app.session = await openBrowser();
    await openApp(app.session, server.url);
  });
  hooks.afterAll(async () => {
    await app.session?.close();
    await server?.close();
  });
  return app;
}

/** How long a view may take to show the result of a change on a loaded 2-core CI machine. */
export const UPDATE_TIMEOUT = 60_000;

/** A value read for a wait, or why it could not be read (an element not there yet). */
type Reading<T> = { ok: true; value: T } | { ok: false; error: string };

function describeReading(reading: Reading<unknown> | undefined): string {
  if (!reading) return 'nothing read';
  if (!reading.ok) return `read failed: ${reading.error.split('\n')[0]}`;
  const text = JSON.stringify(reading.value) ?? String(reading.value);
  return text.length > 800 ? `${text.slice(0, 800)}…` : text;
}

/**
 * Reads `read()` until `ok` accepts the value and returns that value. The app fills views
 * asynchronously (DuckDB in a worker, React effects), so a value read once right after a
 * change may be the old one; this waits for the expected state instead of a fixed sleep, and
 * still fails: after `timeout` it throws naming `what` and the last value seen.
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = UPDATE_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: Reading<T> | undefined;
  for (;;) {
    try {
      const value = await read();
      last = { ok: true, value };
      if (ok(value)) return value;
    } catch (error) {
      last = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (Date.now() >= deadline) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${describeReading(last)}`);
}

/** Whether `text` is the expected text: equal to a string, or matched by a RegExp. */
function textMatches(text: string, expected: RegExp | string): boolean {
  return typeof expected === 'string' ? text === expected : expected.test(text);
}

/**
 * Waits until the text of `locator` (one element) equals `expected` (a string) or matches it
 * (a RegExp); returns that text. Fails with the last text seen.
 */
export function waitForText(
  locator: Locator,
  expected: RegExp | string,
  timeout = UPDATE_TIMEOUT,
): Promise<string> {
  return waitUntil(
    `the text of ${locator} to ${typeof expected === 'string' ? 'be' : 'match'} ${typeof expected === 'string' ? JSON.stringify(expected) : expected}`,
    async () => (await locator.textContent({ timeout: 2_000 })) ?? '',
    (text) => textMatches(text, expected),
    timeout,
  );
}

/** Waits until the text of `locator` contains every one of `parts`; returns that text. */
export function waitForTextContaining(
  locator: Locator,
  parts: readonly string[],
  timeout = UPDATE_TIMEOUT,
): Promise<string> {
  return waitUntil(
    `the text of ${locator} to contain ${parts.map((p) => JSON.stringify(p)).join(', ')}`,
    async () => (await locator.textContent({ timeout: 2_000 })) ?? '',
    (text) => parts.every((p) => text.includes(p)),
    timeout,
  );
}

/** The number in a text, digits only ("43.211 incidentes" is 43211); NaN when it has none. */
export function numberIn(text: string): number {
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : Number.NaN;
}

/**
 * Waits until the number shown by `locator` passes `ok` (a number: equals it) and returns it.
 * Fails with the last text seen.
 */
export async function waitForNumber(
  locator: Locator,
  expected: number | ((n: number) => boolean),
  timeout = UPDATE_TIMEOUT,
): Promise<number> {
  const ok = typeof expected === 'number' ? (n: number) => n === expected : expected;
  const text = await waitUntil(
    `the number in ${locator} to be ${typeof expected === 'number' ? expected : expected.toString()}`,
    async () => (await locator.textContent({ timeout: 2_000 })) ?? '',
    (t) => ok(numberIn(t)),
    timeout,
  );
  return numberIn(text);
}

/**
 * Waits until `locator` matches `expected` elements (a number, or a test on the count);
 * returns the count. Fails with the last count seen.
 */
export function waitForCount(
  locator: Locator,
  expected: number | ((count: number) => boolean),
  timeout = UPDATE_TIMEOUT,
): Promise<number> {
  const ok = typeof expected === 'number' ? (n: number) => n === expected : expected;
  return waitUntil(
    `the number of ${locator} to be ${typeof expected === 'number' ? expected : expected.toString()}`,
    () => locator.count(),
    ok,
    timeout,
  );
}

/** Waits until attribute `name` of `locator` equals `expected` (null: absent). Fails with the last value. */
export function waitForAttribute(
  locator: Locator,
  name: string,
  expected: string | null,
  timeout = UPDATE_TIMEOUT,
): Promise<string | null> {
  return waitUntil(
    `attribute ${name} of ${locator} to be ${JSON.stringify(expected)}`,
    () => locator.getAttribute(name, { timeout: 2_000 }),
    (value) => value === expected,
    timeout,
  );
}

/** Anything the app shows while a view computes: the map, corridors, a chart, the alerts. */
export const ANY_VIEW_BUSY =
  '.busy, .busy-corridors, .chart-card[aria-busy="true"], [data-testid="alerts-panel"][aria-busy="true"]';

/**
 * Waits until nothing matching `busySelector` has been on the page for `quietMs` in a row.
 * A query starts a moment after the change that causes it, so "not busy right now" alone can
 * be read before the work began; a quiet spell is a sturdier sign. Assertions on the result
 * still wait for the expected state themselves (this only spares them most of their wait).
 */
export async function waitForIdle(
  page: Page,
  busySelector: string,
  { quietMs = 500, timeout = UPDATE_TIMEOUT }: { quietMs?: number; timeout?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  let quietSince = Date.now();
  let lastBusy = '';
  for (;;) {
    lastBusy = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)]
          .map((el) => el.getAttribute('data-testid') ?? el.className)
          .join(', '),
      busySelector,
    );
    const now = Date.now();
    if (lastBusy) quietSince = now;
    else if (now - quietSince >= quietMs) return;
    if (now >= deadline) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`timed out after ${timeout} ms waiting for the page to be idle; still busy: ${lastBusy}`);
}

/** Modal dialogs (ingest, export), the presentation and the export menu. */
const OVERLAYS = 'dialog[open], [data-testid="presentation"], [role="menu"]';

/**
 * Closes whatever a failed test left open (a modal dialog, the export menu, the presentation),
 * so one failure does not cascade into the tests after it: cancels a running load first (the
 * ingest dialog ignores Escape while loading), then presses Escape until nothing is open.
 * For afterEach hooks; throws if something will not close.
 */
export async function closeOverlays(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const progress = page.getByTestId('ingest-progress');
  if (await progress.count()) {
    await progress
      .getByRole('button')
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await progress.waitFor({ state: 'detached', timeout: UPDATE_TIMEOUT }).catch(() => undefined);
  }
  // The export menu closes on Escape only with focus inside it; its button toggles it.
  if (await page.locator('[role="menu"]').count()) await page.getByTestId('export-menu').click();
  for (let i = 0; i < 10 && (await page.locator(OVERLAYS).count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
  }
  const left = await page
    .locator(OVERLAYS)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? el.tagName.toLowerCase()));
  if (left.length) throw new Error(`cleanup: still open after Escape: ${left.join(', ')}`);
}

/**
 * Loads a file through the app's real ingest dialog: picks it, waits for the proposed
 * mapping, loads, and closes the dialog on its result. Returns the result's equation text
 * ("loaded + rejected = rows").
 */
export async function loadThroughDialog(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  timeout = 120_000,
): Promise<string> {
  await page.getByTestId('data-file-input').setInputFiles([file]);
  const dialog = page.getByTestId('ingest-dialog');
  await dialog.getByTestId('mapping-fields').waitFor({ timeout });
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid="ingest-load"]') as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout },
  );
  await dialog.getByTestId('ingest-load').click();
  await dialog.getByTestId('ingest-result').waitFor({ timeout });
  const equation = (await dialog.getByTestId('result-equation').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
  await dialog.waitFor({ state: 'detached' });
  return equation;
}

/** The numbers of an ingest result's equation (loaded, rejected, rows), thousands separators dropped. */
export function equationNumbers(text: string): number[] {
  return (text.replace(/[.,\s](?=\d{3}\b)/g, '').match(/\d+/g) ?? []).map(Number);
}
