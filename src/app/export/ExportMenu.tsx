import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useServices, useStoreValue } from '../services.ts';
import { AggregateDialog, type AggregateInitial } from './AggregateDialog.tsx';
import { ChartsDialog } from './ChartsDialog.tsx';
import { MapImageDialog } from './MapImageDialog.tsx';
import { RestoreDialog, restoreSummary } from './RestoreDialog.tsx';
import './export.css';

const ITEMS = ['table', 'aggregate', 'map', 'charts', 'restore'] as const;
type Item = (typeof ITEMS)[number];

type Open =
  | { kind: 'table' | 'aggregate'; initial: AggregateInitial; notice?: string; noticeError?: boolean }
  | { kind: 'map' | 'charts' | 'restore' }
  | null;

/**
 * The export menu of the header: a menu button (WAI-ARIA menu pattern: Enter, Space or
 * ArrowDown opens it on the first item, arrows and Home/End move, Escape closes and returns
 * focus) with the table of the current view, a user-defined aggregation, the map as PNG,
 * the charts as SVG/PNG and "restore from provenance". Takes no props: it reads the view,
 * the data and the database from the app's services.
 */
export function ExportMenu() {
  const { t } = useT('export');
  const { view } = useServices();
  const split = useStoreValue(view, (v) => v.flowSplit);
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (expanded && focusAt !== null) items.current[focusAt]?.focus();
  }, [expanded, focusAt]);

  const openMenu = (at: number) => {
    setExpanded(true);
    setFocusAt(at);
  };
  const closeMenu = (refocus: boolean) => {
    setExpanded(false);
    setFocusAt(null);
    if (refocus) button.current?.focus();
  };

  const choose = (item: Item) => {
    closeMenu(false);
    if (item === 'table')
      setOpen({ kind: 'table', initial: { by: ['country', split], measure: 'persons', roundBase: 1 } });
    else if (item === 'aggregate')
      setOpen({ kind: 'aggregate', initial: { by: ['country', 'year'], measure: 'persons', roundBase: 1 } });
    else setOpen({ kind: item });
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openMenu(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openMenu(ITEMS.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = focusAt ?? 0;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: ITEMS.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      setFocusAt(((moves[e.key] ?? 0) + ITEMS.length) % ITEMS.length);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeMenu(true);
    } else if (e.key === 'Tab') closeMenu(false);
  };

  const close = () => {
    setOpen(null);
    button.current?.focus();
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        id="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-controls="export-menu-list"
        onClick={() => (expanded ? closeMenu(false) : openMenu(0))}
        onKeyDown={onButtonKey}
        data-testid="export-menu"
      >
        {t('menu.button')}
      </button>
      {expanded && (
        <div
          className="export-menu-list"
          id="export-menu-list"
          role="menu"
          aria-labelledby="export-menu-button"
          tabIndex={-1}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (
              !e.currentTarget.contains(e.relatedTarget as Node | null) &&
              e.relatedTarget !== button.current
            )
              closeMenu(false);
          }}
        >
          {ITEMS.map((item, i) => (
            <button
              key={item}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={focusAt === i ? 0 : -1}
              onClick={() => choose(item)}
              data-testid={`export-item-${item}`}
            >
              {t(`menu.${item}`)}
            </button>
          ))}
        </div>
      )}
      {open && (open.kind === 'table' || open.kind === 'aggregate') && (
        <AggregateDialog
          key={JSON.stringify(open)}
          initial={open.initial}
          title={t(open.kind === 'table' ? 'menu.table' : 'aggregate.title')}
          notice={
            open.notice ? (
              <p
                className={open.noticeError ? 'export-error' : 'export-ok'}
                role="status"
                data-testid="export-restore-message"
              >
                {open.notice}
              </p>
            ) : undefined
          }
          onClose={close}
        />
      )}
      {open?.kind === 'map' && <MapImageDialog onClose={close} />}
      {open?.kind === 'charts' && <ChartsDialog onClose={close} />}
      {open?.kind === 'restore' && (
        <RestoreDialog
          onClose={close}
          onTable={(outcome) => {
            if (!outcome.aggregate) return;
            setOpen({
              kind: 'aggregate',
              initial: {
                by: outcome.aggregate.spec.by,
                measure: outcome.aggregate.spec.measure,
                roundBase: outcome.aggregate.roundBase,
              },
              notice: restoreSummary(outcome, (key, o) => String(t(key, o))),
              noticeError: outcome.problems.includes('fingerprint-mismatch'),
            });
          }}
        />
      )}
    </div>
  );
}
