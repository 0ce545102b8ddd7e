import { describe, expect, it } from 'vitest';
import { toZgwZaak, WOO_EXTENSION_DURATION } from './zgw';
import { applyWooStep, newWooRequestState, type StepContext } from '../woo/lifecycle';
import type { WooLifecycleState, WooRequestFields } from '../woo/request';

const at = (today: string): StepContext => ({ today });

function request(state: WooLifecycleState, overrides: Partial<WooRequestFields> = {}): WooRequestFields {
  return {
    ...state,
    caseId: 'c1',
    bestuursorgaan: { code: 'gm0363:college', name: 'College van burgemeester en wethouders van Amsterdam' },
    subject: 'Alle stukken over   de herinrichting\nvan het Mercatorplein sinds 2020, inclusief e-mails met de aannemer en verslagen',
    disclosureForm: 'digitaal',
    decisionDelivery: 'email',
    channel: 'balie',
    filedOn: '2026-03-03',
    decideBy: null,
    extensionNoticeBy: '2026-03-30',
    ...overrides,
  };
}

const received = newWooRequestState('2026-03-02', at('2026-03-03')).state;

describe('toZgwZaak', () => {
  it('maps a running request without suspension or extension', () => {
    expect(toZgwZaak(request(received), { caseNumber: 'OC-2026-000042' })).toEqual({
      identificatie: 'OC-2026-000042',
      omschrijving: 'Woo-verzoek: Alle stukken over de herinrichting van het Mercatorplein sinds 202…',
      startdatum: '2026-03-02',
      registratiedatum: '2026-03-03',
      uiterlijkeEinddatumAfdoening: '2026-03-30',
      einddatum: null,
      opschorting: { indicatie: false, reden: '' },
      verlenging: { reden: '', duur: null },
      communicatiekanaal: '',
      communicatiekanaalNaam: 'Balie',
    });
  });

  it('keeps omschrijving within the 80 characters ZGW allows', () => {
    expect(toZgwZaak(request(received)).omschrijving).toHaveLength(80);
  });

  it('marks a running suspension and gives the latest possible end date', () => {
    const suspended = applyWooStep(received, { type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, at('2026-03-04')).state;
    const zaak = toZgwZaak(request(suspended));
    expect(zaak.opschorting).toEqual({ indicatie: true, reden: 'precisering gevraagd, Woo art. 4.1 lid 5 en Awb 4:15' });
    // Suspended 5–19 March at most (14 days): 28 + 14 = 42 days → Mon 13 April.
    expect(zaak.uiterlijkeEinddatumAfdoening).toBe('2026-04-13');
  });

  it('maps a verdaging to P14D with its reason, after the suspension ended', () => {
    let state = applyWooStep(received, { type: 'request-precisering', on: '2026-03-04', answerBy: '2026-03-18' }, at('2026-03-04')).state;
    state = applyWooStep(state, { type: 'end-suspension', on: '2026-03-11' }, at('2026-03-11')).state;
    state = applyWooStep(state, { type: 'extend', on: '2026-03-25', reason: 'Veel documenten; derden raadplegen' }, at('2026-03-25')).state;
    const zaak = toZgwZaak(request(state, { channel: 'e-mail' }), {
      communicatiekanalen: { 'e-mail': 'https://referentielijsten.example.nl/api/v1/communicatiekanalen/1' },
    });
    expect(WOO_EXTENSION_DURATION).toBe('P14D');
    expect(zaak.verlenging).toEqual({ reden: 'Veel documenten; derden raadplegen', duur: 'P14D' });
    expect(zaak.opschorting).toEqual({ indicatie: false, reden: '' });
    expect(zaak.uiterlijkeEinddatumAfdoening).toBe('2026-04-20');
    expect(zaak.communicatiekanaal).toBe('https://referentielijsten.example.nl/api/v1/communicatiekanalen/1');
    expect(zaak.communicatiekanaalNaam).toBe('E-mail');
  });

  it('sets einddatum when decided', () => {
    const decided = applyWooStep(received, { type: 'decide', on: '2026-03-20', outcome: 'openbaar' }, at('2026-03-20')).state;
    expect(toZgwZaak(request(decided)).einddatum).toBe('2026-03-20');
  });
});
