import { fingerprintBytes } from '../export/fingerprint.ts';

/**
 * SHA-256 of the loaded bytes, hex. Stamped on every export and shown in the app so a
 * reader can tell which extract a figure came from; the same digest the exports use.
 */
export const sha256Hex: (bytes: Uint8Array) => Promise<string> = fingerprintBytes;
