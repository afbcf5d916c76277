import { useCallback, useEffect, useState } from 'react';
import { LIST_FILTER_KEYS } from '../../state/filters.ts';
import {
  type DecodedView,
  decodeView,
  encodeView,
  FINGERPRINT_LENGTH,
  isOtherData,
} from '../../state/url-state.ts';
import type { Services } from '../services.ts';

/** What the URL notice says: other data, dropped parts, or an unreadable link. */
export interface UrlNoticeState {
  /** Fingerprints (12 hex) of the data the link was made with and of the data loaded now. */
  otherData: { linked: string; current: string } | null;
  /** View parts that were dropped (ViewPart names, or `other`). */
  dropped: string[];
  /** The link was not a rutas view at all (another version or format). */
  unreadable: boolean;
}

/** The URL state hook's result: the notice (null = nothing to say) and how to dismiss it. */
export interface UrlSync {
  notice: UrlNoticeState | null;
  dismiss: () => void;
}

/** How long the view must rest before the URL is rewritten (camera moves come in bursts). */
export const URL_WRITE_DELAY_MS = 300;

const KNOWN_PARTS = new Set<string>([
  'period',
  ...LIST_FILTER_KEYS,
  'layers',
  'flowSplit',
  'flowEnds',
  'camera',
  'k',
  'fingerprint',
]);

/** The notice a decoded link calls for, or null when it was read in full on the same data. */
export function urlNoticeOf(decoded: DecodedView, currentFingerprint: string): UrlNoticeState | null {
  const current = currentFingerprint.slice(0, FINGERPRINT_LENGTH).toLowerCase();
  const otherData =
    decoded.fingerprint && isOtherData(decoded.fingerprint, current)
      ? { linked: decoded.fingerprint, current }
      : null;
  const unreadable = decoded.view === null && decoded.problems.length > 0;
  const dropped = [...new Set(decoded.problems.map((p) => (KNOWN_PARTS.has(p.part) ? p.part : 'other')))];
  if (!otherData && !unreadable && !dropped.length) return null;
  return { otherData, dropped: unreadable ? [] : dropped, unreadable };
}

/**
 * Keeps the view in the URL hash: reads it at start (and when a pasted link changes only the
 * hash), restores what it can, and rewrites the hash with `history.replaceState` a moment
 * after each view change, so the address bar is always a shareable link to what is on screen.
 */
export function useUrlSync(services: Services): UrlSync {
  const { view, dataset } = services;
  const [notice, setNotice] = useState<UrlNoticeState | null>(null);
  useEffect(() => {
    let written = '';
    const read = () => {
      if (window.location.hash === written) return;
      const decoded = decodeView(window.location.hash);
      if (decoded.view) view.set(decoded.view);
      setNotice(urlNoticeOf(decoded, dataset.get().fingerprint));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        written = `#${encodeView(view.get(), dataset.get().fingerprint)}`;
        if (window.location.hash !== written) window.history.replaceState(window.history.state, '', written);
      }, URL_WRITE_DELAY_MS);
    };
    read();
    write();
    const unsubscribe = [view.subscribe(write), dataset.subscribe(write)];
    window.addEventListener('hashchange', read);
    return () => {
      clearTimeout(timer);
      for (const u of unsubscribe) u();
      window.removeEventListener('hashchange', read);
    };
  }, [view, dataset]);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
