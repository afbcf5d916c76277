import type { ReactNode } from 'react';

/**
 * A named scrollable box for a wide table. It takes keyboard focus so the table can be
 * scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable rule).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="ingest-table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
