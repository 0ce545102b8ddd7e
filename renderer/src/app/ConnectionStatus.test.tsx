import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../db/database';
import { i18n, i18nReady } from '../i18n';
import type { FetchLike } from '../sync/engine';
import { startSync } from '../sync/scheduler';
import { getSyncStatus, setSyncStatus } from '../sync/status';
import { ConnectionStatus } from './ConnectionStatus';

/**
 * The top bar's sync status (issue 8 point 4): refused changes waiting never read as "all sent",
 * a 5xx says when the next attempt comes, and a hub that finds the desk too old (426) says so.
 * The failing rounds are run by the real scheduler against a fake hub.
 */
beforeAll(async () => {
  await i18nReady;
});
afterEach(async () => {
  cleanup();
  setSyncStatus({ phase: 'idle' });
  await database().syncIssues.clear();
  await database().outbox.clear();
  await i18n.changeLanguage('nl');
});

const statusText = () => screen.getByRole('status').textContent ?? '';

/** Runs the scheduler against `answer` until its first round has failed; returns the status it set. */
async function failingRound(answer: () => Response) {
  const fetch: FetchLike = async () => answer();
  const stop = startSync({ db: database(), hubUrl: async () => 'http://hub.test', fetch, intervalMs: 3_600_000, backoffMs: 60_000, random: () => 0 });
  try {
    await waitFor(() => expect(getSyncStatus().phase).toBe('error'));
  } finally {
    stop();
  }
  return getSyncStatus();
}

const amsterdamTime = (iso: string) => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

describe('the top bar sync status', () => {
  it('says "Alles verzonden" only while nothing waits; refused changes waiting read as a refusal instead', async () => {
    await i18n.changeLanguage('nl');
    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain('Alles verzonden'));
    cleanup();

    const id = '01900000-0000-7000-8000-0000000000aa';
    await database().syncIssues.add({
      kind: 'refused',
      entity: 'cases',
      id,
      at: '2026-11-30T10:00:00.000Z',
      reason: 'Mutation x refused: patch.status Invalid option',
      entry: { mutationId: '01900000-0000-7000-8000-0000000000ab', entity: 'cases', id, op: 'patch', baseRev: 3, patch: { status: 'weg' }, at: '2026-11-30T10:00:00.000Z', seq: 7 },
    });
    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain('Hub weigert de wijzigingen – meld dit aan de beheerder'));
    expect(statusText()).not.toContain('Alles verzonden');
    expect(screen.getByRole('button', { name: '1 niet verzonden' })).toBeTruthy();
  });

  it('after a 5xx: the hub is unreachable and the next attempt is at the time the back-off set', async () => {
    await database().outbox.add({ mutationId: '01900000-0000-7000-8000-0000000000ac', entity: 'cases', id: '01900000-0000-7000-8000-0000000000ad', op: 'patch', baseRev: 1, patch: { topic: 'Afval' }, at: new Date().toISOString() });
    const before = Date.now();
    const status = await failingRound(() => Response.json({ error: { code: 'internal', message: 'boom' } }, { status: 503 }));
    expect(status.errorKind).toBe('unreachable');
    // random 0 → half the first ceiling of 60 s.
    const retryAt = Date.parse(status.retryAt!);
    expect(retryAt - before).toBeGreaterThanOrEqual(30_000);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(30_000);

    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain(`Hub niet bereikbaar – wordt opnieuw geprobeerd (volgende poging ${amsterdamTime(status.retryAt!)})`));
    expect(statusText()).not.toContain('Alles verzonden');
    cleanup();

    await i18n.changeLanguage('en');
    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain('Hub unreachable – retrying (next attempt'));
    // The change is still waiting: nothing was dropped by the failure.
    expect(await database().outbox.count()).toBe(1);
  });

  it('a hub that finds the desk too old (426) says the workstation must be updated', async () => {
    const status = await failingRound(() =>
      Response.json({ error: { code: 'desk-too-old', message: 'This hub speaks sync protocol 3; the desk speaks 2.' } }, { status: 426 }),
    );
    expect(status.errorKind).toBe('update-required');
    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain('Deze werkplek is te oud voor de hub – laat hem bijwerken'));
    expect(statusText()).not.toContain('Hub niet bereikbaar');
    cleanup();
    await i18n.changeLanguage('en');
    render(<ConnectionStatus />);
    await waitFor(() => expect(statusText()).toContain('This workstation is too old for the hub – have it updated'));
  });
});
