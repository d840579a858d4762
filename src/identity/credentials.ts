import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

const minimumLength = 12;
const maximumLength = 256;

/** Trimmed and lower-cased, as stored and compared. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(email: string): string | undefined {
  if (email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return 'Enter an email address such as name@example.org';
  return undefined;
}

/** The password policy: long enough to resist guessing, without arbitrary composition rules. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < minimumLength) {
    return `Use at least ${minimumLength} characters; a few unrelated words make a strong, memorable password`;
  }
  if (password.length > maximumLength) return `Use at most ${maximumLength} characters`;
  if (new Set(password).size < 5) return 'Use more varied characters';
  const lowered = password.toLowerCase();
  if (lowered.includes(email.split('@')[0]) && email.split('@')[0].length >= 4) return 'Do not use your email address in the password';
  return undefined;
}

/** argon2id with the library's defaults (OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export const unknownAccountHash = (): Promise<string> => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));
