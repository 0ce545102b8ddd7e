import { beforeAll, describe, expect, it } from 'vitest';
import { RECEIPT_LANGUAGES } from '../../../../shared/print/language';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { i18nReady } from '../../i18n';
import { receiptHtml, referralHtml } from './documents';
import { caseIdFromRoute } from './WooScreen';
import { dueThisWeek } from './WooDueThisWeek';

const request: WooRequestRecord = {
  id: '0195f0e0-0000-7000-8000-000000000001',
  rev: 0,
  createdAt: '2026-03-03T09:00:00.000Z',
  updatedAt: '2026-03-03T09:00:00.000Z',
  updatedBy: 'werkplek-K7',
  deleted: false,
  caseId: 'c1',
  status: 'ontvangen',
  receivedOn: '2026-03-02',
  suspensions: [],
  bestuursorgaan: { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' },
  subject: 'Stukken over de bomenkap',
  disclosureForm: 'papier',
  decisionDelivery: 'post',
  channel: 'balie',
  filedOn: '2026-03-03',
  decideBy: '2026-03-30',
  extensionNoticeBy: '2026-03-30',
};
const centre = { name: 'Openbaarheidscentrum Amsterdam', phone: '14 020' };

beforeAll(async () => {
  await i18nReady;
});

describe('visitor documents in every receipt language', () => {
  it.each(RECEIPT_LANGUAGES)('%s: every text is translated, in the right direction, with the date in that language', (lng) => {
    const { html, title } = receiptHtml(request, 'OC-2026-K7-00001', lng, centre, '2026-03-03');
    expect(html).not.toMatch(/receipt\.|centre\./);
    expect(html).toContain(`<html lang="${lng}" dir="${lng === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(title).toContain('OC-2026-K7-00001');
    const expected = { nl: '30 maart 2026', en: '30 March 2026', tr: '30 Mart 2026', ar: '30 مارس 2026', pl: '30 marca 2026', uk: '30 березня 2026' }[lng];
    expect(html).toContain(expected);

    const referral = referralHtml({ language: lng, body: 'Provincie Noord-Holland', subject: 'Stikstof', centre, printedOn: '2026-03-03' });
    expect(referral.html).not.toMatch(/referral\.|centre\./);
    expect(referral.title).toContain('Provincie Noord-Holland');
  });

  it('says in plain Dutch what Woo means and when the decision comes', () => {
    const { html } = receiptHtml(request, 'OC-2026-K7-00001', 'nl', centre, '2026-03-03');
    expect(html).toContain('Woo is de Wet open overheid.');
    // The body sends (bekendmaken) the decision by the date; values are isolated (FSI … PDI).
    expect(html).toContain('Uiterlijk op \u2068maandag\u2069 \u206830 maart 2026\u2069 sturen wij u het besluit.');
    expect(html).toContain('op papier');
    expect(html).toContain('per post');
  });
});

describe('routes and the week panel', () => {
  it('reads the case id from #/woo/new/<id> and #/woo/new?case=<id>', () => {
    expect(caseIdFromRoute(['new', 'abc'])).toBe('abc');
    expect(caseIdFromRoute(['new?case=abc'])).toBe('abc');
    expect(caseIdFromRoute(['new'])).toBeUndefined();
  });

  it('lists what needs action within 7 days: overdue, due, or a suspension whose answer term ends', () => {
    const item = (patch: Partial<WooRequestRecord>) => ({ request: { ...request, ...patch }, caseNumber: 'x' });
    const overdue = item({ id: 'a', decideBy: '2026-03-01' });
    const dueInWeek = item({ id: 'b', decideBy: '2026-03-10' });
    const later = item({ id: 'c', decideBy: '2026-03-11' });
    const suspendedEnding = item({
      id: 'd',
      decideBy: null,
      suspensions: [{ kind: 'precisering', requestedOn: '2026-03-02', from: '2026-03-03', answerBy: '2026-03-09' }],
    });
    const suspendedLater = item({
      id: 'e',
      decideBy: null,
      suspensions: [{ kind: 'zienswijze', requestedOn: '2026-03-02', from: '2026-03-03', answerBy: '2026-03-20' }],
    });
    expect(dueThisWeek([overdue, dueInWeek, later, suspendedEnding, suspendedLater], '2026-03-03').map((i) => i.request.id)).toEqual([
      'a',
      'b',
      'd',
    ]);
  });
});
