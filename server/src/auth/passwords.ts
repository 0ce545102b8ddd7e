import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** @node-rs/argon2's const enum value for Argon2id (an ambient const enum cannot be imported as a value here). */
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * Argon2id with OWASP's first recommended configuration (m = 19 MiB, t = 2, p = 1): memory-hard
 * enough that a stolen users table is slow to attack on GPUs, and one hash takes well under the
 * 500 ms sign-in budget on the centre's small hub machines (docs/benchmarks.md, "Sign-in").
 * The parameters are stored in each PHC string, so raising them later re-hashes on next sign-in.
 */
export const ARGON2_PARAMS: Readonly<Options> = Object.freeze({ algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 });

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

/** False for a wrong password and for a stored hash that is not an Argon2 PHC string. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`);
}

let dummy: Promise<string> | undefined;
/**
 * Verifies against a throw-away hash, so an unknown user name costs as much time as a wrong
 * password and response times do not reveal which accounts exist.
 */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('not-a-real-account-password');
  await verifyPassword(await dummy, password);
}

/** A password policy short enough to explain at the desk: length, not composition rules (NIST 800-63B). */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'a password has at most 256 characters';
  return undefined;
}
