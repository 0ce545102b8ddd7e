/**
 * Sign-in latency (issue 9): the hub's Argon2id cost, one sign-in request end to end over HTTP on
 * loopback, the desk's local verifier (PBKDF2-SHA256, 600,000 iterations) in Chromium, and the
 * whole desk sign-in a staff member waits for (Enter → workspace drawn: hub sign-in, local
 * verifier, workstation registration on first sign-in).
 */
import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '../../server/src/auth';
import { ACCOUNTS, startStack } from '../e2e/support/stack';
import { report } from './stats';

const RUNS = 10;

export async function benchSignIn(): Promise<string[]> {
  const lines: string[] = [];
  const hashes: number[] = [];
  const verifies: number[] = [];

  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const stored = await hashPassword(`bench-password-${run}`);
    hashes.push(performance.now() - start);
    start = performance.now();
    await verifyPassword(stored, `bench-password-${run}`);
    verifies.push(performance.now() - start);
  }
  lines.push(report('Argon2id hash (m=19456 KiB, t=2, p=1)', hashes), report('Argon2id verify', verifies));

  const stack = await startStack();
  try {
    const requests: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const response = await fetch(`${stack.hubUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: ACCOUNTS.desk.username, password: ACCOUNTS.desk.password }),
      });
      await response.json();
      if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
      requests.push(performance.now() - start);
    }
    lines.push(report('Hub POST /auth/sign-in over loopback HTTP', requests));

    const pbkdf2: number[] = [];
    const desk: number[] = [];
    const again: number[] = [];
    for (let run = 0; run < 5; run++) {
      const { page, context } = await stack.openApp({ signIn: false });
      pbkdf2.push(
        await page.evaluate(async () => {
          const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('24680'), 'PBKDF2', false, ['deriveBits']);
          const start = performance.now();
          await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 }, key, 256);
          return performance.now() - start;
        }),
      );
      await page.locator('input[name="username"]').fill(ACCOUNTS.desk.username);
      await page.locator('input[name="password"]').fill(ACCOUNTS.desk.password);
      const start = performance.now();
      await page.locator('input[name="password"]').press('Enter');
      await page.getByRole('navigation').waitFor();
      desk.push(performance.now() - start);
      // The everyday case: this desk is registered, the staff member signs in again.
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.locator('input[name="username"]').fill(ACCOUNTS.desk.username);
      await page.locator('input[name="password"]').fill(ACCOUNTS.desk.password);
      const second = performance.now();
      await page.locator('input[name="password"]').press('Enter');
      await page.getByRole('navigation').waitFor();
      again.push(performance.now() - second);
      await context.close();
    }
    lines.push(
      report('Desk PBKDF2-SHA256 600,000 iterations in Chromium (one offline PIN/password check)', pbkdf2),
      report('Desk sign-in, Enter → workspace drawn (first sign-in: hub, verifier, workstation registration)', desk),
      report('Desk sign-in again on a registered desk, Enter → workspace drawn', again),
    );
  } finally {
    await stack.close();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSignIn();
