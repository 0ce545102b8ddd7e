import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../db/database';
import { retryRefused } from './repository';

afterEach(async () => {
  await database().syncIssues.clear();
  await database().outbox.clear();
});

async function refused(at: string): Promise<number> {
  const id = '01900000-0000-7000-8000-0000000000aa';
  return database().syncIssues.add({
    kind: 'refused',
    entity: 'cases',
    id,
    at: '2026-11-30T10:00:00.000Z',
    reason: `Mutation x refused: at ${at} is before 2000`,
    entry: { mutationId: '01900000-0000-7000-8000-0000000000ab', entity: 'cases', id, op: 'patch', baseRev: 3, patch: { topic: 'Afval' }, at, seq: 7 },
  });
}

describe('sending a refused change again (issue 8 point 9)', () => {
  it('restamps a change the hub refused for a time before 2000 with the time of sending, so it is not refused again', async () => {
    const key = await refused('0000-01-01T00:00:00.000Z');
    await retryRefused(database(), key, new Date('2026-12-01T09:30:00.000Z'));
    const [entry] = await database().outbox.toArray();
    expect(entry).toMatchObject({ mutationId: '01900000-0000-7000-8000-0000000000ab', at: '2026-12-01T09:30:00.000Z', patch: { topic: 'Afval' } });
  });

  it('keeps the time of a change refused for another reason', async () => {
    const key = await refused('2026-11-30T10:00:00.000Z');
    await retryRefused(database(), key, new Date('2026-12-01T09:30:00.000Z'));
    expect((await database().outbox.toArray())[0]!.at).toBe('2026-11-30T10:00:00.000Z');
  });
});
