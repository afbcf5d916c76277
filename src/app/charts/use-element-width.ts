import { type RefObject, useEffect, useState } from 'react';

/**
 * The content width of an element, updated on resize (ResizeObserver), so charts are drawn
 * at the width they are shown and their text keeps its size. Rounded to 10 px steps so a
 * scroll bar appearing does not redraw every chart.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.floor(el.clientWidth / 10) * 10;
      if (w > 0) setWidth(w);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
