/**
 * Fetches a data file from an address and wraps it as a File, for the "from an address"
 * field. The app's Content-Security-Policy allows only its own origin, so an address
 * elsewhere fails like a network error: nothing leaves the machine.
 */
export async function fileFromUrl(address: string, base: string): Promise<File> {
  const url = new URL(address, base);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'data');
  return new File([blob], name, { type: blob.type });
}

/** File name part of an address, for messages ('' when it has none). Pure. */
export function urlFileName(address: string): string {
  const path = address.split(/[?#]/)[0] ?? '';
  return decodeURIComponent(path.split('/').pop() ?? '');
}
