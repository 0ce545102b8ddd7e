import { describe, expect, it, vi } from 'vitest';
import { fetchMinimumDeskVersion } from './release';

const respond = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('minimum desk version from the hub', () => {
  it('reads minimumDeskVersion from /health', async () => {
    const fetchImpl = respond({ status: 'ok', db: 'pglite', schemaVersion: 5, time: '2026-11-30T12:00:00Z', minimumDeskVersion: '0.2.0' });
    await expect(fetchMinimumDeskVersion('https://hub.gemeente.nl', fetchImpl)).resolves.toBe('0.2.0');
    expect(fetchImpl).toHaveBeenCalledWith('https://hub.gemeente.nl/health', { cache: 'no-store' });
  });

  it('has none when the hub sets none, answers an error, sends nonsense or cannot be reached', async () => {
    await expect(fetchMinimumDeskVersion('https://hub', respond({ status: 'ok' }))).resolves.toBeUndefined();
    await expect(fetchMinimumDeskVersion('https://hub', respond({ error: {} }, 503))).resolves.toBeUndefined();
    await expect(fetchMinimumDeskVersion('https://hub', respond({ minimumDeskVersion: 2 }))).resolves.toBeUndefined();
    await expect(fetchMinimumDeskVersion('https://hub', vi.fn(async () => new Response('<html>', { status: 200 })))).resolves.toBeUndefined();
    await expect(fetchMinimumDeskVersion('https://hub', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))).resolves.toBeUndefined();
  });
});
