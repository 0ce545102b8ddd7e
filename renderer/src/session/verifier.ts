/**
 * The desk's offline check of a PIN or password: PBKDF2-HMAC-SHA256 with a random salt and
 * OWASP's 600,000 iterations, through WebCrypto (no dependency; docs/decisions/070-staff-sign-in.md).
 * Only this verifier is stored, never the secret; a stolen profile still costs an attacker the
 * full work factor per guess.
 */
export interface Verifier {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export const PBKDF2_ITERATIONS = 600_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function createVerifier(secret: string, iterations = PBKDF2_ITERATIONS): Promise<Verifier> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(await derive(secret, salt, iterations)) };
}

export async function checkVerifier(verifier: Verifier, secret: string): Promise<boolean> {
  if (verifier.algorithm !== 'PBKDF2-SHA256' || !Number.isInteger(verifier.iterations) || verifier.iterations < 1) return false;
  const actual = await derive(secret, fromBase64(verifier.salt), verifier.iterations);
  const expected = fromBase64(verifier.hash);
  // Constant time over the whole length, though timing hardly matters for a local check.
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ (expected[i] ?? 0);
  return difference === 0;
}

export const PIN_PATTERN = /^\d{5,8}$/;
