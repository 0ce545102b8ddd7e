import { describe, expect, it } from 'vitest';
import { toInterneTaak, toKlantcontact } from './klantinteracties';

const contact = {
  channel: 'telefoon' as const,
  summary: 'Vraagt naar de besluitenlijst van 12 mei.',
  outcome: 'answered' as const,
  confidential: false,
  startedAt: '2026-05-11T07:15:00.000Z',
};

describe('toKlantcontact', () => {
  it('maps a contact and its case to a Klantinteracties klantcontact', () => {
    expect(toKlantcontact({ ...contact, topic: 'Raadsinformatie' }, { visitor: { language: 'tur' } })).toEqual({
      kanaal: 'telefoon',
      onderwerp: 'Raadsinformatie',
      inhoud: 'Vraagt naar de besluitenlijst van 12 mei.',
      indicatieContactGelukt: true,
      taal: 'tur',
      vertrouwelijk: false,
      plaatsgevondenOp: '2026-05-11T07:15:00.000Z',
    });
  });

  it('marks an unreached caller as a failed contact', () => {
    expect(toKlantcontact({ ...contact, outcome: 'not-reached' }).indicatieContactGelukt).toBe(false);
    expect(toKlantcontact({ ...contact, outcome: 'callback-needed' }).indicatieContactGelukt).toBe(true);
  });

  it('falls back to the case topic and Dutch, and keeps within the API limits', () => {
    const mapped = toKlantcontact({ ...contact, confidential: true }, { topic: 'x'.repeat(300) });
    expect(mapped.onderwerp).toHaveLength(200);
    expect(mapped.taal).toBe('dut');
    expect(mapped.vertrouwelijk).toBe(true);
    expect(toKlantcontact({ ...contact, language: 'eng' }, { visitor: { language: 'tur' } }).taal).toBe('eng');
  });

  it('writes plaatsgevondenOp as an ISO date-time', () => {
    expect(toKlantcontact({ ...contact, startedAt: '2026-05-11T09:15:00+02:00' }).plaatsgevondenOp).toBe('2026-05-11T07:15:00.000Z');
  });
});

describe('toInterneTaak', () => {
  it('maps a callback task with its deadline in the explanation', () => {
    expect(
      toInterneTaak({ action: 'Terugbellen', assignee: 'Team Openbaarheid', dueAt: '2026-05-11T14:00:00.000Z', status: 'te_verwerken', note: 'Na 14 uur bereikbaar.' }),
    ).toEqual({
      gevraagdeHandeling: 'Terugbellen',
      toegewezenAanActoren: [{ naam: 'Team Openbaarheid' }],
      toelichting: 'Uiterlijk 11 mei 2026 om 16:00. Na 14 uur bereikbaar.',
      status: 'te_verwerken',
    });
  });

  it('leaves out actors when nobody is assigned and passes the status through', () => {
    const mapped = toInterneTaak({ action: 'Terugbellen', assignee: ' ', dueAt: '2026-05-11T14:00:00.000Z', status: 'verwerkt' });
    expect(mapped).not.toHaveProperty('toegewezenAanActoren');
    expect(mapped.status).toBe('verwerkt');
    expect(mapped.toelichting).toBe('Uiterlijk 11 mei 2026 om 16:00.');
  });
});
