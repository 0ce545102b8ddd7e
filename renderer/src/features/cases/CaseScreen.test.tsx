import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { setSignedInStaff, type StaffRole } from '../../workstation';
import { CaseScreen } from './CaseScreen';

const caseId = crypto.randomUUID();

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  // The screen reads the app's database; one case with a visitor is enough for every test here.
  await commitAction(database(), { actor: 't', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: caseId, values: { number: 'OC-2026-K7-00042', status: 'open', question: 'Bouwvergunning', visitor: { name: 'Fatma Yılmaz' } } },
  ]);
});

afterEach(() => {
  cleanup();
  setSignedInStaff(null);
});

/** Renders the case as `role` and waits until the case has loaded (its title is shown). */
async function caseAs(role: StaffRole) {
  setSignedInStaff({ username: 'anna', displayName: 'Anna de Vries', role });
  render(<CaseScreen caseId={caseId} />);
  await screen.findByRole('heading', { name: /OC-2026-K7-00042/ });
  // The close button is there for every role: the header with its actions has rendered.
  expect(screen.getByRole('button', { name: 'Zaak afsluiten' })).toBeTruthy();
}

describe('the case screen’s Klantinteracties export (visitor personal data, decision 071)', () => {
  it.each<[StaffRole, boolean]>([
    ['desk', false],
    ['phone', false],
    ['coordinator', true],
    ['admin', true],
  ])('for %s staff is shown: %s', async (role, shown) => {
    await caseAs(role);
    expect(screen.queryByRole('button', { name: 'Exporteren (Klantinteracties)' }) !== null).toBe(shown);
  });
});

describe('what the guide and the finder recorded (issue 14 points 1, 4, 7)', () => {
  it('shows the route, the attached documents and the "niet gevonden" note on the contact', async () => {
    await commitAction(database(), { actor: 't', action: 'contact.added' }, [
      {
        entity: 'contacts',
        op: 'create',
        id: crypto.randomUUID(),
        values: {
          caseId,
          channel: 'balie',
          direction: 'inbound',
          startedAt: '2026-03-02T09:00:00.000Z',
          summary: 'Kapvergunning',
          outcome: 'document-found',
          confidential: false,
          guideRoute: 'document',
          documentsAttached: [{ id: 'd1', title: 'Besluit kapvergunning Dorpsstraat', category: '2i' }],
        },
      },
      {
        entity: 'contacts',
        op: 'create',
        id: crypto.randomUUID(),
        values: { caseId, channel: 'balie', direction: 'inbound', startedAt: '2026-03-01T09:00:00.000Z', summary: 'Notulen', outcome: 'document-not-found', confidential: false, notFoundNote: 'notulen raad 1987' },
      },
    ]);
    await caseAs('desk');
    await screen.findByText('Besluit kapvergunning Dorpsstraat');
    expect(screen.getByText('Gekoppeld document:')).toBeTruthy();
    expect(screen.getByText(/route: bestaand document/)).toBeTruthy();
    expect(screen.getByText('Niet gevonden: notulen raad 1987')).toBeTruthy();
  });
});
