import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

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

/**
 * A static server over dist/ (or `RUTAS_DIST`, so parallel work can build elsewhere) on a
 * free loopback port (no gzip, so large wasm loads fast).
 */
export async function serveDist(
  root = resolve(process.env.RUTAS_DIST ?? 'dist'),
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
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
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
