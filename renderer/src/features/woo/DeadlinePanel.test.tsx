/**
 * Issue 12 points 4–7 on the request screen: the precisering date, the late remedy with its dates,
 * bezwaar and delayed disclosure, each with its own "how was this computed". Dates by hand.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { termOf } from '../../../../shared/woo/lifecycle';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { i18n, i18nReady } from '../../i18n';
import { DeadlinePanel } from './DeadlinePanel';

const base: WooRequestRecord = {
  id: '0195f0e0-0000-7000-8000-000000000002',
  rev: 0,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  updatedBy: 'werkplek-K7',
  deleted: false,
  caseId: 'c-deadline-panel',
  status: 'ontvangen',
  receivedOn: '2026-03-02',
  suspensions: [],
  bestuursorgaan: { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' },
  subject: 'Stukken over de bomenkap',
  disclosureForm: 'digitaal',
  decisionDelivery: 'email',
  channel: 'balie',
  filedOn: '2026-03-02',
  decideBy: '2026-03-30',
  extensionNoticeBy: '2026-03-30',
};

function show(request: WooRequestRecord, today: string) {
  return render(<DeadlinePanel request={request} term={termOf(request)} today={today} extraHolidays={[]} extendBlocker={null} />);
}

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

describe('DeadlinePanel', () => {
  it('while a precisering can still be asked: its last day (2 March + 14 = Monday 16 March)', () => {
    show(base, '2026-03-05');
    expect(screen.getByTestId('precisering-by').textContent).toContain('uiterlijk maandag 16 maart 2026');
    expect(screen.queryByTestId('late-remedy')).toBeNull();
  });

  it('after decideBy without a decision: the remedy with its dates and the body', () => {
    show({ ...base, status: 'in-behandeling', handlingSince: '2026-03-03' }, '2026-04-01');
    const remedy = screen.getByTestId('late-remedy').textContent ?? '';
    expect(remedy).toContain('vanaf 31 maart 2026 College van burgemeester en wethouders van Amsterdam schriftelijk in gebreke stellen');
    expect(remedy).toContain('op zijn vroegst 15 april 2026');
    expect(remedy).toContain('dwangsom');
    expect(screen.queryByTestId('precisering-by')).toBeNull();
  });

  it('once decided: bezwaar until six weeks after sending (Atw), and the delayed disclosure', () => {
    // Decided and sent Mon 16 March 2026: + 42 = Mon 27 April, Koningsdag → Tue 28 April.
    show(
      {
        ...base,
        status: 'besloten',
        decision: { outcome: 'deels-openbaar', decidedOn: '2026-03-16', objectionExpected: true, disclosureFrom: '2026-03-30' },
      },
      '2026-03-16',
    );
    expect(screen.getByTestId('bezwaar-by').textContent).toContain('tot en met dinsdag 28 april 2026');
    expect(screen.getByTestId('disclosure-from').textContent).toContain('Openbaarmaking vanaf 30 maart 2026');
    expect(screen.getByRole('button', { name: 'Hoe is de bezwaartermijn berekend?' })).toBeTruthy();
  });

  it('an oral decision: no bezwaar date, the right to a written refusal instead', () => {
    show({ ...base, status: 'besloten', decisionDelivery: 'mondeling', decision: { outcome: 'niet-openbaar', decidedOn: '2026-03-16' } }, '2026-03-16');
    expect(screen.queryByTestId('bezwaar-by')).toBeNull();
    expect(screen.getByText(/Bezwaar kan alleen tegen een schriftelijk besluit/)).toBeTruthy();
  });
});
