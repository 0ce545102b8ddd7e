import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { CaseDossierView } from './CaseDossierView';

const caseId = crypto.randomUUID();
const contact = (values: Record<string, unknown>) => ({
  entity: 'contacts' as const,
  op: 'create' as const,
  id: crypto.randomUUID(),
  values: { caseId, channel: 'balie', direction: 'inbound', confidential: false, topic: 'Bomen', ...values },
});

beforeAll(async () => {
  await i18nReady;
  // Fixture records as the desk writes them (issue 14 fields: answerUsed, documentsAttached, notFoundNote, guideRoute).
  await commitAction(database(), { actor: 'anna@K7Q', action: 'case.opened' }, [
    { entity: 'cases', op: 'create', id: caseId, values: { number: 'OC-2026-K7Q-00077', kind: 'question', status: 'open', channel: 'balie', question: 'Kap van de eik', guideRoute: 'document' } },
    contact({
      startedAt: '2026-03-02T09:00:00.000Z', summary: 'Vergunning gezocht', outcome: 'document-found', guideRoute: 'document',
      documentsAttached: [{ id: 'd1', title: 'Omgevingsvergunning kap eik Dorpsstraat', category: 'Vergunningen' }, { id: 'd2', title: 'Besluit op Woo-verzoek bomenkap', category: '2i' }],
    }),
    contact({ startedAt: '2026-03-03T09:00:00.000Z', summary: 'Vraag over herplant', outcome: 'answered', guideRoute: 'answer', answerUsed: { id: 'a-kap', title: 'Kapvergunning aanvragen', revision: 3 } }),
    contact({ startedAt: '2026-03-04T09:00:00.000Z', summary: 'Advies boomdeskundige', outcome: 'document-not-found', notFoundNote: 'advies boomdeskundige eik' }),
    contact({ startedAt: '2026-03-05T09:00:00.000Z', summary: 'Oud contact zonder extra velden', outcome: 'other' }),
  ]);
});

afterEach(cleanup);

async function timelineItems(): Promise<HTMLElement[]> {
  const heading = await screen.findByRole('heading', { name: 'Tijdlijn' });
  const [list] = await within(heading.closest('section')!).findAllByRole('list');
  return within(list!).getAllByRole('listitem').filter((li) => li.parentElement === list);
}

describe('the case dossier timeline (issue 10 point 1)', () => {
  it('shows documents attached, the answer used, the "niet gevonden" note and the route on each contact; older contacts without them stay plain', async () => {
    await i18n.changeLanguage('nl');
    render(<CaseDossierView caseId={caseId} />);
    await screen.findByRole('heading', { level: 1, name: 'Zaak OC-2026-K7Q-00077' });
    const [plain, notFound, answered, documents] = await timelineItems();

    expect(within(documents!).getByText('Gekoppelde documenten (2):')).toBeTruthy();
    expect(within(documents!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Omgevingsvergunning kap eik Dorpsstraat (Vergunningen)',
      // A Woo information category by its name, as the finder shows it.
      'Besluit op Woo-verzoek bomenkap (Woo-verzoeken en -besluiten)',
    ]);
    expect(within(documents!).getByText('Route: Document')).toBeTruthy();

    expect(within(answered!).getByText('Beantwoord met antwoord: Kapvergunning aanvragen (versie 3)')).toBeTruthy();
    expect(within(answered!).getByText('Route: Antwoord')).toBeTruthy();

    expect(within(notFound!).getByText('Niet gevonden: advies boomdeskundige eik')).toBeTruthy();

    expect(plain!.textContent).toContain('Oud contact zonder extra velden');
    expect(plain!.textContent).not.toMatch(/Route:|Niet gevonden:|Beantwoord met antwoord|Gekoppeld/);

    // The case's own route, in its facts.
    expect(screen.getByText('Route (wegwijzer)').nextElementSibling!.textContent).toBe('Document');
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    try {
      render(<CaseDossierView caseId={caseId} />);
      await screen.findByRole('heading', { level: 1, name: 'Case OC-2026-K7Q-00077' });
      const heading = await screen.findByRole('heading', { name: 'Timeline' });
      const section = heading.closest('section')!;
      expect(within(section).getByText('Answered with answer: Kapvergunning aanvragen (version 3)')).toBeTruthy();
      expect(within(section).getByText('Attached documents (2):')).toBeTruthy();
      expect(within(section).getByText('Not found: advies boomdeskundige eik')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('nl');
    }
  });
});
