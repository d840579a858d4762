import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random opaque secret with a readable type prefix (e.g. `thr_` for refresh tokens). */
export function opaqueToken(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** Secrets of high entropy (tokens, keys) are stored as SHA-256: fast to check, useless if leaked. */
export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
