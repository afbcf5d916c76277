import type { FileMetaData } from 'hyparquet';
import type { Coverage } from '../../ingest/partitioned/coverage.ts';
import { MANIFEST_NAME, type PartitionManifest, parseManifest } from '../../ingest/partitioned/manifest.ts';

/** Why a folder address cannot be opened, as codes the dialog translates. */
export type FolderProblem = 'empty' | 'other_origin' | 'not_http';

/** Thrown by {@link folderUrl}; `code` says why. */
export class FolderAddressError extends Error {
  constructor(readonly code: FolderProblem) {
    super(`folder address: ${code}`);
    this.name = 'FolderAddressError';
  }
}

/**
 * The absolute URL of a partitioned extract's folder (ending with `/`) from what the user
 * typed, resolved against the page. Only this app's own origin is accepted: the built app's
 * Content-Security-Policy (`connect-src 'self'`) would block any other, and refusing here
 * says so clearly instead of failing like a network error. Pure.
 */
export function folderUrl(address: string, pageUrl: string): string {
  const text = address.trim();
  if (text === '') throw new FolderAddressError('empty');
  const url = new URL(text, pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FolderAddressError('not_http');
  if (url.origin !== new URL(pageUrl).origin) throw new FolderAddressError('other_origin');
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith(`/${MANIFEST_NAME}`)) url.pathname = url.pathname.slice(0, -MANIFEST_NAME.length);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A short display name of a folder URL: its last path segment (or the host). Pure. */
export function folderName(folder: string): string {
  const url = new URL(folder);
  const parts = url.pathname.split('/').filter(Boolean);
  return decodeURIComponent(parts.at(-1) ?? url.host);
}

/** Fetches and checks `manifest.json` of a folder (same origin, see {@link folderUrl}). */
export async function fetchManifest(folder: string): Promise<PartitionManifest> {
  const response = await fetch(new URL(MANIFEST_NAME, folder), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${MANIFEST_NAME}: HTTP ${response.status}`);
  return parseManifest(await response.json());
}

/**
 * A partitioned extract the app has open: where it is, its manifest, what of it is loaded,
 * the footers already read (so loading more never fetches a footer twice), and the
 * fingerprint of the dataset this load produced (another load replacing it ends the session).
 * Runtime only: never in the view store or the URL.
 */
export interface PartitionedSource {
  folder: string;
  name: string;
  manifest: PartitionManifest;
  coverage: Coverage;
  footers: Map<string, FileMetaData>;
  fingerprint: string;
}
