/**
 * Options shared by every chart. Text arrives already translated (`labels`) and numbers are
 * formatted by the caller (`formatNumber`), so i18n stays outside the pure chart code.
 */
export interface ChartOptions {
  /** Pixel width; default 640. */
  width?: number;
  /** Pixel height; default depends on the chart. */
  height?: number;
  /**
   * Translated text by code: category and series codes, plus `title`, `yAxis`, `note`, and
   * `suppressed`, the legend of hidden cells ("Hidden (small count or to protect one)").
   * Charts take no threshold: a hidden cell arrives as null (NaN in series) whatever the
   * reason it is hidden, and is written "—".
   */
  labels?: Readonly<Record<string, string>>;
  /** Formats a count; default d3 `,d`. */
  formatNumber?: (n: number) => string;
  /** Formats a share 0–1; default d3 `.0%`. */
  formatShare?: (n: number) => string;
  /** Formats a month (epoch ms); default `YYYY-MM`. */
  formatMonth?: (ms: number) => string;
  /** Prefix of ids inside the SVG (patterns), unique per page; default `rutas`. */
  idPrefix?: string;
}
