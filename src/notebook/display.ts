/**
 * `display(x)` for notebook cells: the one way a cell shows a result. Under the project's
 * runner (`npm run notebooks`) it hands a MIME bundle to the runner's recorder, which writes
 * it into the .ipynb as a `display_data` output; under Deno's Jupyter kernel it forwards the
 * same bundle to `Deno.jupyter.display`; anywhere else it prints the plain-text form.
 */

/** A Jupyter MIME bundle: MIME type → text (every type rutas emits is textual). */
export type MimeBundle = Readonly<Record<string, string>>;

/** What the runner installs on `globalThis` to receive displays (see recorder.ts). */
export interface DisplaySink {
  display(bundle: MimeBundle): void;
}

/** Property of `globalThis` the runner's recorder lives under. */
export const SINK_KEY = '__rutasNotebookSink';

interface DenoJupyter {
  jupyter?: { display?: (value: unknown, options: { raw: boolean }) => unknown };
}

/** Marks a value that already is a MIME bundle (from {@link markdown}, {@link svgFigure} …). */
const BUNDLE = Symbol.for('rutas.notebook.bundle');

/** A MIME bundle tagged so {@link display} passes it on as is. */
export interface Displayable {
  readonly [BUNDLE]: MimeBundle;
}

/** Wraps a MIME bundle so {@link display} shows it as is; `text/plain` is always required. */
export function displayable(bundle: MimeBundle & { 'text/plain': string }): Displayable {
  return { [BUNDLE]: bundle };
}

function isDisplayable(value: unknown): value is Displayable {
  return typeof value === 'object' && value !== null && BUNDLE in value;
}

/**
 * The plain-text form of any value: strings as they are, numbers and booleans as `String`,
 * anything else as indented JSON (bigints as decimal text), so outputs are deterministic.
 */
export function toPlainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

/** Markdown text to show as rendered Markdown (headings, lists, a verdict sentence). */
export function markdown(text: string): Displayable {
  return displayable({ 'text/markdown': text, 'text/plain': text });
}

/** Turns any value into the bundle {@link display} emits. */
export function toBundle(value: unknown): MimeBundle {
  return isDisplayable(value) ? value[BUNDLE] : { 'text/plain': toPlainText(value) };
}

/** Shows a value in the notebook (see the module comment for where it goes). */
export function display(value: unknown): void {
  const bundle = toBundle(value);
  const sink = (globalThis as Record<string, unknown>)[SINK_KEY] as DisplaySink | undefined;
  if (sink) {
    sink.display(bundle);
    return;
  }
  const deno = (globalThis as { Deno?: DenoJupyter }).Deno;
  if (deno?.jupyter?.display) {
    deno.jupyter.display(bundle, { raw: true });
    return;
  }
  console.log(bundle['text/plain'] ?? '');
}
