import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commitAction } from '../../db/commit';
import { database } from '../../db/database';
import { i18n, i18nReady } from '../../i18n';
import { CaseDossierView } from './CaseDossierView';

/**
 * The dossier's timeline shows tasks and every Woo step, and its audit trail tells who, what, when
 * and on which workstation (issue 10 point 1), read from the cells.
 */
const caseId = crypto.randomUUID();
const taskId = crypto.randomUUID();
const wooId = crypto.randomUUID();

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
  const db = database();
  await commitAction(db, { actor: 'anna@K7Q', action: 'case.opened', now: new Date('2026-02-02T08:15:00.000Z') }, [
    { entity: 'cases', op: 'create', id: caseId, values: { number: 'OC-2026-K7Q-00088', kind: 'woo', status: 'open', channel: 'balie', question: 'Stukken over de bomenkap' } },
    { entity: 'tasks', op: 'create', id: taskId, values: { caseId, action: 'Verzoeker bellen over het verzoek', assignee: 'bram', dueAt: '2026-02-04T16:00:00.000Z', status: 'verwerkt', note: 'Gebeld, verzoek is duidelijk' } },
    {
      entity: 'wooRequests', op: 'create', id: wooId,
      values: {
        caseId, status: 'besloten', receivedOn: '2026-02-02', filedOn: '2026-02-02', channel: 'balie', subject: 'Kapvergunningen Dorpsstraat',
        bestuursorgaan: { code: 'gm0363:college', name: 'college van B&W' }, disclosureForm: 'digitaal', decisionDelivery: 'email', decideBy: null, extensionNoticeBy: null,
        suspensions: [{ kind: 'zienswijze', requestedOn: '2026-02-10', from: '2026-02-11', answerBy: '2026-02-24', until: '2026-02-20', ended: 'answered', endedOn: '2026-02-20' }],
        extension: { noticeOn: '2026-03-09', reason: 'Veel stukken' },
        decision: { outcome: 'deels-openbaar', decidedOn: '2026-04-07' },
      },
    },
  ]);
  // A later step by someone at another workstation.
  await commitAction(db, { actor: 'carla@L2X', action: 'case.assigned', now: new Date('2026-03-10T13:45:00.000Z') }, [
    { entity: 'cases', op: 'patch', id: caseId, values: { assignee: 'carla' } },
  ]);
});
afterEach(cleanup);

describe('the case dossier: tasks, Woo steps and the audit trail', () => {
  it('shows the task and every Woo step – received, suspension, resumed, extension, decision – newest first', async () => {
    render(<CaseDossierView caseId={caseId} />);
    await screen.findByRole('heading', { level: 1, name: 'Zaak OC-2026-K7Q-00088' });
    const section = screen.getByRole('heading', { name: 'Tijdlijn' }).closest('section')!;
    const items = [...section.querySelectorAll('ol.overview-timeline > li')] as HTMLElement[];
    const entries = items.map((li) => [li.dataset.kind, li.querySelector('time')!.getAttribute('datetime')!.slice(0, 10), li.querySelector('strong')!.textContent]);
    expect(entries).toEqual([
      ['woo', '2026-04-07', 'Besluit: deels-openbaar'],
      ['woo', '2026-03-09', 'Verdaagd'],
      ['woo', '2026-02-20', 'Opschorting beëindigd: de termijn loopt weer'],
      ['woo', '2026-02-10', 'Opgeschort: zienswijze gevraagd (tot 2026-02-20)'],
      ['task', '2026-02-02', 'Verzoeker bellen over het verzoek (voor bram)'],
      ['woo', '2026-02-02', 'Woo-verzoek ontvangen, gericht aan college van B&W'],
    ]);
    const task = items[4]!;
    expect(within(task).getByText('Taak')).toBeTruthy();
    expect(within(task).getByText('Afgehandeld')).toBeTruthy();
    expect(within(task).getByText('Gebeld, verzoek is duidelijk')).toBeTruthy();
    expect(within(items[1]!).getByText('Veel stukken')).toBeTruthy();
    expect(within(items[5]!).getByText('Kapvergunningen Dorpsstraat')).toBeTruthy();
  });

  it('the audit trail reads who, when, which workstation and what, newest first', async () => {
    render(<CaseDossierView caseId={caseId} />);
    const table = await screen.findByRole('table', { name: 'Logboek van zaak OC-2026-K7Q-00088: wie deed wat, wanneer, op welke werkplek' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    const times = [...table.querySelectorAll('tbody tr time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2026-03-10T13:45:00.000Z', '2026-02-02T08:15:00.000Z', '2026-02-02T08:15:00.000Z', '2026-02-02T08:15:00.000Z']);
    // When (Amsterdam time on the screen), who, workstation, what, fields.
    expect(rows[0]!.slice(0, 2)).toEqual([expect.stringMatching(/10.*(mrt|maart).*2026.*14:45/), 'carla@L2X']);
    expect(rows[0]!.slice(2)).toEqual(['L2X', 'case.assigned (zaak)', 'assignee']);
    expect(rows.slice(1).map((cells) => [cells[1], cells[2], cells[3]])).toEqual(
      expect.arrayContaining([
        ['anna@K7Q', 'K7Q', 'case.opened (zaak)'],
        ['anna@K7Q', 'K7Q', expect.stringMatching(/^case\.opened \(taak\)$/)],
        ['anna@K7Q', 'K7Q', expect.stringMatching(/^case\.opened \(Woo-verzoek\)$/)],
      ]),
    );
    expect(rows[1]![0]).toMatch(/2.*feb.*2026.*09:15/);
  });
});
