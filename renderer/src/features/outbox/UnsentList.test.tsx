import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, i18nReady } from '../../i18n';
import { database } from '../../db/database';
import { UnsentButton, UnsentList } from './UnsentList';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(async () => {
  cleanup();
  await database().syncIssues.clear();
  await database().outbox.clear();
});

describe('"Niet verzonden" in the top bar', () => {
  it('shows how many changes the hub refused, lists them with its reason, and sends one again', async () => {
    const db = database();
    const id = '01900000-0000-7000-8000-0000000000aa';
    await db.syncIssues.add({
      kind: 'refused',
      entity: 'cases',
      id,
      at: '2026-11-30T10:00:00.000Z',
      reason: 'Mutation x refused: patch.status Invalid option',
      entry: { mutationId: '01900000-0000-7000-8000-0000000000ab', entity: 'cases', id, op: 'patch', baseRev: 3, patch: { status: 'weg' }, at: '2026-11-30T10:00:00.000Z', seq: 7 },
    });
    render(<UnsentButton />);
    expect(await screen.findByRole('button', { name: '1 niet verzonden' })).toBeTruthy();
    cleanup();
    // The list the button opens in its dialog.
    const { container } = render(<UnsentList />);
    await screen.findByText('Niet verzonden: zaak', { exact: false });
    expect(container.textContent).toContain('Reden van de hub: Mutation x refused: patch.status Invalid option');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    await waitFor(async () => expect(await db.outbox.count()).toBe(1));
    expect((await db.outbox.toArray())[0]).toMatchObject({ mutationId: '01900000-0000-7000-8000-0000000000ab', patch: { status: 'weg' } });
    expect(await db.syncIssues.count()).toBe(0);
  });
});
