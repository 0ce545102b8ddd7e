import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { centreSettings, startCentreSync } from '../../centre';
import { i18nReady } from '../../i18n';
import { receiptHtml } from './documents';
import { wooSettings } from './settings';

/**
 * A receipt prints the centre a coordinator set on the hub (issue 10 point 7), not this
 * workstation's default: RequestDocuments prints with useWooSettings().centre, which is
 * wooSettings() in a component.
 */
const request = {
  id: '0195f0e0-0000-7000-8000-000000000009', rev: 1, createdAt: '2026-03-03T09:00:00.000Z', updatedAt: '2026-03-03T09:00:00.000Z', updatedBy: 'werkplek-K7', deleted: false,
  caseId: 'c1', status: 'ontvangen', receivedOn: '2026-03-02', suspensions: [], bestuursorgaan: { code: 'gm0363:college', name: 'college van B&W' }, subject: 'Stukken over de bomenkap',
  disclosureForm: 'papier', decisionDelivery: 'post', channel: 'balie', filedOn: '2026-03-03', decideBy: '2026-03-30', extensionNoticeBy: '2026-03-30',
} as WooRequestRecord;
const synced = {
  name: 'Openbaarheidscentrum Noordstad',
  address: 'Stadhuisplein 1, 1234 AB Noordstad',
  phone: '020 555 0100',
  email: 'woo@noordstad.example',
  openingHours: 'ma–vr 9.00–17.00',
  extraHolidays: [],
  topics: ['Afval'],
  retentionMonths: 12,
};
let stop = () => {};
beforeAll(async () => {
  await i18nReady;
});
afterAll(() => stop());

const receipt = () => receiptHtml(request, 'OC-2026-K7-00009', 'nl', wooSettings().centre, '2026-03-03').html;

describe('the receipt and the synced centre', () => {
  it('prints the default centre until the hub has one, then the synced name, address, opening hours and contact lines', async () => {
    expect(receipt()).toContain('Openbaarheidscentrum Voorbeeldstad');
    stop = startCentreSync({
      hubUrl: async () => 'http://hub.test',
      fetch: async () => Response.json({ settings: synced, rev: 2, updatedAt: '2026-03-01T09:00:00.000Z', updatedBy: 'cor' }),
    });
    await expect.poll(() => centreSettings()?.name).toBe('Openbaarheidscentrum Noordstad');
    const html = receipt();
    for (const line of [synced.name, synced.address, synced.openingHours, synced.phone, synced.email]) expect(html).toContain(line);
    expect(html).not.toContain('Voorbeeldstad');
    expect(html).not.toContain('14 0000');
  });
});
