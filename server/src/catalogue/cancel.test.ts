import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';
import { csvHeader, csvLine, generateCatalogue } from './generate';

const PUBLISHERS = [{ dc_publisher: 'gm0344', dc_publisher_name: 'Gemeente Utrecht' }];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition not reached');
}

describe('cancelling a running catalogue import over HTTP (issue 14 point 5)', () => {
  const hub = migratedHub(backends[0]!);

  it('shows progress while the file streams in, stops on cancel and keeps the rows written so far', async () => {
    const rows = [...generateCatalogue(1500, PUBLISHERS, { seed: 3 })].map(csvLine);
    const encoder = new TextEncoder();
    let feed!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (feed = controller) });
    const id = crypto.randomUUID();
    const request = new Request(`http://hub.test/catalogue/imports?format=csv&id=${id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    const pending = Promise.resolve(hub.app.request(request));
    // The first 1,100 rows: two batches of 500 are written, the rest waits in the open batch.
    feed.enqueue(encoder.encode(csvHeader() + rows.slice(0, 1100).join('')));
    const progress = (async () => (await hub.app.request(`/catalogue/imports/${id}`)).json()) as () => Promise<{ added: number; bytes: number; done: boolean; cancelled: boolean }>;
    const midway = await until(progress, (value) => value.added >= 1000);
    expect(midway).toMatchObject({ added: 1000, done: false, cancelled: false });
    expect(midway.bytes).toBeGreaterThan(0);

    expect((await hub.app.request(`/catalogue/imports/${id}/cancel`, { method: 'POST' })).status).toBe(204);
    // The client keeps sending: the hub reads on but writes nothing more.
    feed.enqueue(encoder.encode(rows.slice(1100).join('')));
    feed.close();
    const response = await pending;
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ added: 1000, cancelled: true, done: true });
    expect(await progress()).toMatchObject({ added: 1000, cancelled: true, done: true });
    const { rows: stored } = await hub.db.query<{ n: number }>('select count(*)::int as n from documents');
    expect(stored[0]!.n).toBe(1000);
  });
});
