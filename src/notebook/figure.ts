import { type Displayable, displayable } from './display.ts';

/**
 * An SVG figure (the project's chart functions return SVG text) as a notebook output:
 * `image/svg+xml` for Jupyter and code hosts, and a one-line `text/plain` caption for
 * terminals. The SVG is the chart's own output; nothing from a data file is added here.
 */
export function svgFigure(svg: string, caption = 'SVG figure'): Displayable {
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const dims = size ? ` (${size[1]}×${size[2]})` : '';
  return displayable({ 'image/svg+xml': svg, 'text/plain': `<${caption}${dims}>` });
}
