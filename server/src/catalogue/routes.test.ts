import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';
import { csvHeader, csvLine, generateCatalogue } from './generate';

const PUBLISHERS = [{ dc_publisher: 'gm0344', dc_publisher_name: 'Gemeente Utrecht' }];

describe('catalogue import over HTTP', () => {
  const hub = migratedHub(backends[0]!);

  it('streams a file larger than the general body limit and reports the result and progress', async () => {
    const rows = [...generateCatalogue(600, PUBLISHERS)].map((row) => ({ ...row, foi_decisionText: row.foi_decisionText + ' ' + 'x'.repeat(3800) }));
    const csv = csvHeader() + rows.map(csvLine).join('') + 'kapot,,,,,,\n';
    expect(csv.length).toBeGreaterThan(2 * 1024 * 1024);
    const id = crypto.randomUUID();
    const response = await hub.app.request(`/catalogue/imports?format=csv&id=${id}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv });
    expect(response.status, await response.clone().text()).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ rows: 601, added: 600, skipped: 1, done: true, cancelled: false, bytes: Buffer.byteLength(csv) });
    expect(result.problems).toEqual([{ line: 602, message: expect.stringMatching(/dc_title/) }]);
    expect(await (await hub.app.request(`/catalogue/imports/${id}`)).json()).toEqual(result);
    const again = await hub.app.request(`/catalogue/imports?format=csv&id=${id}`, { method: 'POST', body: csv });
    expect(again.status).toBe(409);
  });

  it('refuses a JSON file that is not an array, and unknown imports', async () => {
    const response = await hub.app.request(`/catalogue/imports?format=json&id=${crypto.randomUUID()}`, { method: 'POST', body: '{"dc_title":"x"}' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/array/);
    expect((await hub.app.request(`/catalogue/imports?format=xml&id=${crypto.randomUUID()}`, { method: 'POST', body: 'x' })).status).toBe(400);
    expect((await hub.app.request(`/catalogue/imports/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await hub.app.request(`/catalogue/imports/${crypto.randomUUID()}/cancel`, { method: 'POST' })).status).toBe(404);
  });
});
