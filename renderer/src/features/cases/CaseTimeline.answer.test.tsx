import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { setSignedInStaff } from '../../workstation';
import { CaseScreen } from './CaseScreen';

const caseId = crypto.randomUUID();

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  await commitAction(database(), { actor: 't', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: caseId, values: { number: 'OC-2026-K7-00043', status: 'open', question: 'Paspoort' } },
    {
      entity: 'contacts',
      op: 'create',
      id: crypto.randomUUID(),
      values: {
        caseId, channel: 'telefoon', direction: 'inbound', startedAt: '2026-03-02T09:00:00.000Z', summary: 'Vraag over paspoort', outcome: 'answered', confidential: false,
        guideRoute: 'answer', answerUsed: { id: 'a-paspoort', title: 'Paspoort aanvragen', revision: 3 },
      },
    },
  ]);
});

afterEach(() => {
  cleanup();
  setSignedInStaff(null);
});

describe('the case timeline shows the answer used (issue 10 point 1, field of issue 14)', () => {
  it('"Beantwoord met antwoord: <title>" on the contact', async () => {
    setSignedInStaff({ username: 'anna', displayName: 'Anna de Vries', role: 'desk' });
    render(<CaseScreen caseId={caseId} />);
    await screen.findByRole('heading', { name: /OC-2026-K7-00043/ });
    expect(await screen.findByText('Beantwoord met antwoord: Paspoort aanvragen')).toBeTruthy();
  });
});
