/**
 * SHA-256 of the loaded bytes, hex. Stamped on every export and shown in the app so a
 * reader can tell which extract a figure came from; WebCrypto exists in browsers and Node.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
