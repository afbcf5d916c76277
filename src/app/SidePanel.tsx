import { type ReactNode, useId, useState } from 'react';
import { ViewBoundary } from './ViewBoundary.tsx';

/** One tab of the side panel. */
export interface SideTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/**
 * The analysis column beside the map (charts, alerts, corridors) as ARIA tabs. Only the
 * open tab is mounted, so hidden panels run no queries.
 */
export function SidePanel({
  tabs,
  label,
  failedMessage,
}: {
  tabs: readonly SideTab[];
  label: string;
  failedMessage: string;
}) {
  const [open, setOpen] = useState(tabs[0]?.id ?? '');
  const base = useId();
  const current = tabs.find((t) => t.id === open) ?? tabs[0];
  const onKey = (e: React.KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : null;
    if (next === null) return;
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (tab) {
      setOpen(tab.id);
      document.getElementById(`${base}-tab-${tab.id}`)?.focus();
    }
  };
  return (
    <aside className="side" aria-label={label}>
      <div className="side-tabs" role="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            id={`${base}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => setOpen(tab.id)}
            onKeyDown={(e) => onKey(e, i)}
            data-testid={`side-tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        className="side-body"
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={`${base}-tab-${current?.id}`}
      >
        <ViewBoundary message={failedMessage} resetKey={current?.id}>
          {current?.render()}
        </ViewBoundary>
      </div>
    </aside>
  );
}
