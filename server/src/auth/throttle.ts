/**
 * Slowing down password guessing. Per account: from the fifth failure in a row, each further
 * attempt must wait 2^(failures-5) seconds after the last failure, up to 15 minutes (a growing
 * delay, not a lock-out an attacker could use to keep staff out). Per address: a fixed number of
 * attempts per window, whichever accounts they name.
 */
export const FREE_FAILURES = 5;
export const MAX_DELAY_MS = 15 * 60 * 1000;

export function accountDelayMs(failures: number, lastFailedAt: number | undefined, now: number): number {
  if (failures < FREE_FAILURES || lastFailedAt === undefined) return 0;
  const delay = Math.min(1000 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
  return Math.max(0, lastFailedAt + delay - now);
}

export class AddressLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Records an attempt; returns 0 when allowed, else the milliseconds until the next is. */
  hit(address: string): number {
    const now = this.now();
    const recent = (this.hits.get(address) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(address, recent);
      return recent[0]! + this.windowMs - now;
    }
    recent.push(now);
    this.hits.set(address, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [address, times] of this.hits) if (!times.some((at) => at > now - this.windowMs)) this.hits.delete(address);
  }
}
