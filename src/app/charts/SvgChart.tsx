import { type PointerEvent as ReactPointerEvent, useEffect, useRef } from 'react';

/** A point in the chart's own SVG coordinates (its viewBox), whatever size it is drawn at. */
export interface SvgPoint {
  x: number;
  y: number;
}

/** Props of {@link SvgChart}. */
export interface SvgChartProps {
  /** SVG markup from a pure chart function in `src/charts`. */
  svg: string;
  /**
   * Accessible name of the chart (its title, shown as an HTML heading beside it); replaces
   * the SVG's own `<title>` and `aria-label`, which are empty when no title label is given.
   */
  label: string;
  className?: string;
  /** A click, with the element hit and the point in SVG coordinates. */
  onChartClick?: (target: Element, point: SvgPoint) => void;
  /** Pointer handlers in SVG coordinates (the time brush). */
  onChartPointerDown?: (point: SvgPoint, event: ReactPointerEvent<HTMLDivElement>) => void;
  onChartPointerMove?: (point: SvgPoint, event: ReactPointerEvent<HTMLDivElement>) => void;
  onChartPointerUp?: (point: SvgPoint, event: ReactPointerEvent<HTMLDivElement>) => void;
  /** Runs on the inserted `<svg>` after each insertion, e.g. to dim unselected bars. */
  decorate?: (svg: SVGSVGElement) => void;
  testId?: string;
}

/** Converts a client position to the coordinates of the SVG inside `container`. */
export function toSvgPoint(container: HTMLElement, clientX: number, clientY: number): SvgPoint {
  const svg = container.querySelector('svg');
  if (!svg) return { x: 0, y: 0 };
  const rect = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  const sx = rect.width > 0 && vb && vb.width > 0 ? vb.width / rect.width : 1;
  const sy = rect.height > 0 && vb && vb.height > 0 ? vb.height / rect.height : 1;
  return { x: (clientX - rect.left) * sx, y: (clientY - rect.top) * sy };
}

/**
 * Shows an SVG string from a chart function. The markup is parsed as XML
 * (`image/svg+xml`, never as HTML) and imported as DOM nodes, so React never sees raw
 * markup and `dangerouslySetInnerHTML` is not needed. This is safe because the chart
 * functions escape every text and attribute value taken from data or labels (`escapeXml`),
 * so a value from a file can only ever become text content, not elements or attributes.
 */
export function SvgChart({
  svg,
  label,
  className,
  onChartClick,
  onChartPointerDown,
  onChartPointerMove,
  onChartPointerUp,
  decorate,
  testId,
}: SvgChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg') {
      el.replaceChildren();
      return;
    }
    const node = document.importNode(root, true) as unknown as SVGSVGElement;
    node.removeAttribute('height');
    node.setAttribute('aria-label', label);
    const title = node.querySelector('title');
    if (title) title.textContent = label;
    node.setAttribute('width', '100%');
    el.replaceChildren(node);
    decorate?.(node);
  }, [svg, label, decorate]);
  const at = (e: { clientX: number; clientY: number }) =>
    ref.current ? toSvgPoint(ref.current, e.clientX, e.clientY) : { x: 0, y: 0 };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; every filter a click or brush sets is also reachable by keyboard (filter panel, time slider).
    // biome-ignore lint/a11y/useKeyWithClickEvents: same reason: the keyboard path is the filter panel.
    <div
      ref={ref}
      className={className ? `svg-chart ${className}` : 'svg-chart'}
      data-testid={testId}
      onClick={onChartClick ? (e) => onChartClick(e.target as Element, at(e)) : undefined}
      onPointerDown={onChartPointerDown ? (e) => onChartPointerDown(at(e), e) : undefined}
      onPointerMove={onChartPointerMove ? (e) => onChartPointerMove(at(e), e) : undefined}
      onPointerUp={onChartPointerUp ? (e) => onChartPointerUp(at(e), e) : undefined}
    />
  );
}
