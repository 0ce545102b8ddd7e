import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { migratedHub } from '../testing/hubApp';

const content = {
  title: 'Grofvuil laten ophalen',
  body: 'Maak een afspraak via de website. Wij halen het grofvuil gratis op.',
  links: [{ label: 'Afspraak maken', url: 'https://www.voorbeeldstad.example/grofvuil' }],
  documentIds: [],
  keywords: ['afval', 'grofvuil'],
  topic: 'Afval en reiniging',
};

interface Stored {
  id: string;
  revision: number;
  retired: boolean;
  title: string;
  body: string;
  updatedBy: string;
}
interface Changes {
  answers: Stored[];
  next: number;
  more: boolean;
}

describe.each(backends)('answer library on $name', (backend) => {
  const hub = migratedHub(backend);
  const call = (method: string, path: string, body?: unknown) =>
    hub.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
  const json = async <T>(response: Response | Promise<Response>) => (await (await response).json()) as T;

  it('creates, edits and retires an answer, keeping every revision, and hands desks the changes since their cursor', async () => {
    const start = await json<Changes>(call('GET', '/answers?since=0'));
    const created = await call('POST', '/answers', content);
    expect(created.status).toBe(201);
    const first = (await created.json()) as Stored;
    expect(first).toMatchObject({ revision: 1, retired: false, title: 'Grofvuil laten ophalen', updatedBy: 'hub' });

    const afterCreate = await json<Changes>(call('GET', `/answers?since=${start.next}`));
    expect(afterCreate.answers.map((a) => [a.id, a.revision])).toEqual([[first.id, 1]]);
    expect(afterCreate.next).toBeGreaterThan(start.next);

    const edited = await call('POST', `/answers/${first.id}`, { baseRevision: 1, content: { ...content, body: 'Bel 14 0000 of maak online een afspraak.' } });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ id: first.id, revision: 2, body: 'Bel 14 0000 of maak online een afspraak.' });

    // A desk that already had revision 1 gets only the edit.
    const afterEdit = await json<Changes>(call('GET', `/answers?since=${afterCreate.next}`));
    expect(afterEdit.answers.map((a) => [a.id, a.revision])).toEqual([[first.id, 2]]);
    expect(await json<Changes>(call('GET', `/answers?since=${afterEdit.next}`))).toEqual({ answers: [], next: afterEdit.next, more: false, hubId: expect.any(String) });

    const retired = await json<Stored>(call('POST', `/answers/${first.id}/retire`, { baseRevision: 2, retired: true }));
    expect(retired).toMatchObject({ revision: 3, retired: true, body: 'Bel 14 0000 of maak online een afspraak.' });
    const afterRetire = await json<Changes>(call('GET', `/answers?since=${afterEdit.next}`));
    expect(afterRetire.answers).toEqual([expect.objectContaining({ id: first.id, retired: true })]);

    const history = await json<{ revisions: Stored[] }>(call('GET', `/answers/${first.id}/history`));
    expect(history.revisions.map((r) => [r.revision, r.retired, r.body])).toEqual([
      [3, true, 'Bel 14 0000 of maak online een afspraak.'],
      [2, false, 'Bel 14 0000 of maak online een afspraak.'],
      [1, false, 'Maak een afspraak via de website. Wij halen het grofvuil gratis op.'],
    ]);
  });

  it('refuses an edit made on an older revision instead of overwriting a colleague', async () => {
    const first = await json<Stored>(call('POST', '/answers', content));
    expect((await call('POST', `/answers/${first.id}`, { baseRevision: 1, content: { ...content, title: 'Grofvuil: afspraak maken' } })).status).toBe(200);
    const stale = await call('POST', `/answers/${first.id}`, { baseRevision: 1, content: { ...content, title: 'Grofvuil ophalen' } });
    expect(stale.status).toBe(409);
    const history = await json<{ revisions: Stored[] }>(call('GET', `/answers/${first.id}/history`));
    expect(history.revisions.map((r) => r.title)).toEqual(['Grofvuil: afspraak maken', 'Grofvuil laten ophalen']);
  });

  it('answers bad input with a 4xx, never a 5xx, and stores nothing', async () => {
    const before = await json<Changes>(call('GET', '/answers?since=0'));
    const unknown = '0190a0b0-0000-7000-8000-000000000099';
    const cases: Array<[string, string, unknown, number]> = [
      ['POST', '/answers', { ...content, title: '' }, 400],
      ['POST', '/answers', { ...content, links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 400],
      ['POST', '/answers', { ...content, translations: { de: { title: 'x', body: 'y' } } }, 400],
      ['POST', '/answers', { ...content, extra: true }, 400],
      ['POST', '/answers', '{not json', 400],
      ['POST', '/answers', [], 400],
      ['POST', `/answers/${unknown}`, { baseRevision: 1, content }, 404],
      ['POST', '/answers/not-a-uuid', { baseRevision: 1, content }, 404],
      ['POST', `/answers/${unknown}`, { content }, 400],
      ['POST', `/answers/${unknown}/retire`, { baseRevision: 1, retired: true }, 404],
      ['POST', `/answers/${unknown}/retire`, { baseRevision: 0, retired: true }, 400],
      ['GET', `/answers/${unknown}/history`, undefined, 404],
      ['GET', '/answers/nope/history', undefined, 404],
      ['GET', '/answers?since=-1', undefined, 400],
      ['GET', '/answers?since=abc', undefined, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const response = await call(method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
    }
    expect((await json<Changes>(call('GET', '/answers?since=0'))).answers).toHaveLength(before.answers.length);
  });
});
