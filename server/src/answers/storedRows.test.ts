import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../../../shared/guide/defaultGuide';
import { newId } from '../../../shared/ids';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';

/**
 * Stored rows a later schema no longer accepts (review finding 7), and the hub identity that lets a
 * desk notice a restored or replaced hub (finding 3). Rows are corrupted directly in the database,
 * as an older hub version or a lowered limit would leave them.
 */
const content = (title: string) => ({ title, body: `${title}: zo werkt het.`, links: [], documentIds: [], keywords: [] });

describe.each(backends)('stored answers and guides the schema no longer accepts, on $name', (backend) => {
  const lines: string[] = [];
  const hub = migratedHub(backend, { log: (level, message, error) => lines.push(`${level} ${message} ${String(error ?? '')}`) });
  const call = (method: string, path: string, body?: unknown) =>
    hub.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

  it('GET /answers hands out the valid answers of a page, leaves out a corrupted one and logs only its id; the cursor passes it', async () => {
    const good = (await (await call('POST', '/answers', content('Grofvuil laten ophalen'))).json()) as { id: string };
    const bad = (await (await call('POST', '/answers', content('Paspoort aanvragen'))).json()) as { id: string };
    const last = (await (await call('POST', '/answers', content('Parkeervergunning'))).json()) as { id: string };
    await hub.db.query(`update answers set data = data || '{"title": "", "body": "Geheime notitie"}'::jsonb where id = $1`, [bad.id]);

    const response = await call('GET', '/answers?since=0');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { answers: { id: string }[]; next: number; more: boolean };
    expect(page.answers.map((a) => a.id)).toEqual([good.id, last.id]);
    const { rows } = await hub.db.query<{ change: string | number }>('select max(change) as change from answers');
    expect(page.next).toBe(Number(rows[0]!.change));
    expect(lines.join('\n')).toContain(bad.id);
    expect(lines.join('\n')).not.toContain('Geheime notitie');

    // Its history leaves the bad revision out too; retiring it is a clear 4xx, not a 500.
    await hub.db.query(`update answer_revisions set data = data || '{"title": ""}'::jsonb where answer_id = $1`, [bad.id]);
    const history = await call('GET', `/answers/${bad.id}/history`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as { revisions: unknown[] }).revisions).toEqual([]);
    const retire = await call('POST', `/answers/${bad.id}/retire`, { baseRevision: 1, retired: true });
    expect(retire.status).toBe(422);
    expect(((await retire.json()) as { error: { code: string } }).error.code).toBe('stored-answer-invalid');
  });

  it('GET /guide hands out the newest valid version when the newest stored one is corrupted, and logs its version', async () => {
    const saved = { ...structuredClone(DEFAULT_GUIDE), version: DEFAULT_GUIDE.version + 1 };
    expect((await call('POST', '/guide', saved)).status).toBe(200);
    await hub.db.query(`insert into guide_versions (version, data, saved_by) values ($1, '{"version": "kapot"}'::jsonb, 'oud')`, [saved.version + 1]);
    const response = await call('GET', '/guide');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { guide: { version: number } | null };
    expect(body.guide?.version).toBe(saved.version);
    expect(lines.join('\n')).toContain(`guide version ${saved.version + 1}`);
  });

  it('GET /answers names the hub, the same on every page and as the sync protocol names it; renewing the identity (a restored backup) changes it', async () => {
    const first = (await (await call('GET', '/answers?since=0')).json()) as { hubId: string; next: number };
    const pulled = (await (await call('GET', '/sync/pull?protocol=2&since=0')).json()) as { hubId: string };
    expect(first.hubId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.hubId).toBe(pulled.hubId);
    expect(((await (await call('GET', `/answers?since=${first.next}`)).json()) as { hubId: string }).hubId).toBe(first.hubId);
    await hub.db.query('update hub_identity set hub_id = $1', [newId()]);
    expect(((await (await call('GET', '/answers?since=0')).json()) as { hubId: string }).hubId).not.toBe(first.hubId);
  });
});
