/**
 * Issue 11 point 4 on the request screen: where the decision goes, so the visitor can spot a typo
 * while still at the desk – the e-mail or postal address as recorded, or "mondeling".
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../shared/model/case';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { i18n, i18nReady } from '../../i18n';
import { RequestFacts } from './RequestDetails';

const request: WooRequestRecord = {
  id: '0195f0e0-0000-7000-8000-000000000003',
  rev: 0,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  updatedBy: 'werkplek-K7',
  deleted: false,
  caseId: 'c-facts',
  status: 'ontvangen',
  receivedOn: '2026-03-02',
  suspensions: [],
  bestuursorgaan: { code: 'gm9999:college', name: 'College van burgemeester en wethouders van Voorbeeldstad' },
  subject: 'Stukken over de bomenkap',
  disclosureForm: 'digitaal',
  decisionDelivery: 'post',
  channel: 'balie',
  filedOn: '2026-03-02',
  decideBy: '2026-03-30',
  extensionNoticeBy: '2026-03-30',
};

const caseRecord = {
  id: 'c-facts',
  number: 'OC-2026-K7-00012',
  visitor: { name: 'Fatma Yılmaz', email: 'f.yilmaz@voorbeeld.nl', postal: 'Dorpsstraat 12\n9999 AB Voorbeeldstad' },
} as unknown as CaseRecord;


beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(cleanup);

describe('RequestFacts: where the decision goes', () => {
  it('by post: the postal address as recorded, line breaks kept', () => {
    render(<RequestFacts request={request} caseRecord={caseRecord} />);
    const address = document.querySelector('.woo-delivery-address');
    expect(address?.textContent).toBe('Dorpsstraat 12\n9999 AB Voorbeeldstad');
    expect(address?.closest('dd')?.textContent).toContain('Per post');
  });

  it('by e-mail: the e-mail address', () => {
    render(<RequestFacts request={{ ...request, decisionDelivery: 'email' }} caseRecord={caseRecord} />);
    expect(document.querySelector('.woo-delivery-address')?.textContent).toBe('f.yilmaz@voorbeeld.nl');
  });

  it('orally: says "mondeling" and shows no address', () => {
    render(<RequestFacts request={{ ...request, decisionDelivery: 'mondeling' }} caseRecord={caseRecord} />);
    expect(document.querySelector('.woo-delivery-address')).toBeNull();
    expect(screen.getByText('Mondeling (aan de balie of telefonisch)')).toBeTruthy();
  });
});
