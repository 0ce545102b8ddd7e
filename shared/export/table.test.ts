import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../indicators/indicators';
import { indicatorSheets } from './indicators';
import { klantinteractiesForPeriod } from './klantinteractiesPeriod';
import { csvCell, toCsv, toSheet, type Column } from './table';

interface Row {
  number: string;
  name?: string;
  count: number;
}
const columns: Column<Row>[] = [
  { header: 'Zaaknummer', value: (r) => r.number },
  { header: 'Naam', value: (r) => r.name ?? null, personal: true },
  { header: 'Aantal', value: (r) => r.count },
];

describe('tabular export', () => {
  it('leaves personal columns out unless they are explicitly included', () => {
    const rows = [{ number: 'OC-2026-K7Q-00001', name: 'Anna de Vries', count: 2 }];
    expect(toSheet('Zaken', columns, rows, { includePersonal: false })).toEqual({ name: 'Zaken', headers: ['Zaaknummer', 'Aantal'], rows: [['OC-2026-K7Q-00001', 2]] });
    expect(toSheet('Zaken', columns, rows, { includePersonal: true }).headers).toEqual(['Zaaknummer', 'Naam', 'Aantal']);
  });

  it('writes semicolon CSV with a BOM, quoting and formula escaping', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(null)).toBe('');
    expect(toCsv({ name: 'x', headers: ['A', 'B'], rows: [['één', 1.5]] })).toBe('\uFEFFA;B\r\néén;1.5\r\n');
  });

  it('puts the indicators in sheets with the ambitions named', () => {
    const ind = computeIndicators(
      { cases: [], contacts: [], tasks: [], notFound: [], callbackActions: [], woo: [{ receivedOn: '2026-03-02', decideBy: '2026-03-30', decidedOn: '2026-03-20', suspensions: 0, extended: false }] },
      { from: '2026-03-01', to: '2026-03-31' },
    );
    const [summary] = indicatorSheets(ind);
    expect(summary!.rows).toContainEqual(['Besloten binnen wettelijke termijn (ambitie 80%)', 1, 1, 100]);
    expect(summary!.rows).toContainEqual(['Besloten binnen 42 dagen (ambitie 75%)', 1, 1, 100]);
  });
});

describe('Klantinteracties for a period', () => {
  const cases = new Map([['c1', { number: 'OC-2026-K7Q-00001', topic: 'Afval', visitor: { name: 'Anna de Vries', phone: '0612345678' } }]]);
  const contacts = [
    { caseId: 'c1', channel: 'balie' as const, summary: 'Vraag over de container van Anna', outcome: 'answered' as const, confidential: false, startedAt: '2026-03-02T09:00:00.000Z' },
    { caseId: 'c1', channel: 'telefoon' as const, summary: 'Buiten de periode', outcome: 'answered' as const, confidential: false, startedAt: '2026-04-02T09:00:00.000Z' },
  ];

  it('without consent: no free text and no betrokkene', () => {
    const out = klantinteractiesForPeriod(contacts, cases, { from: '2026-03-01', to: '2026-03-31' }, { includePersonal: false });
    expect(out).toEqual({
      periode: { van: '2026-03-01', tot: '2026-03-31' },
      persoonsgegevens: false,
      klantcontacten: [
        { kanaal: 'balie', onderwerp: 'Afval', inhoud: '', indicatieContactGelukt: true, taal: 'dut', vertrouwelijk: false, plaatsgevondenOp: '2026-03-02T09:00:00.000Z', zaaknummer: 'OC-2026-K7Q-00001' },
      ],
    });
    expect(JSON.stringify(out)).not.toContain('Anna');
  });

  it('with consent: the text and the betrokkene', () => {
    const out = klantinteractiesForPeriod(contacts, cases, { from: '2026-03-01', to: '2026-03-31' }, { includePersonal: true });
    expect(out.klantcontacten[0]).toMatchObject({ inhoud: 'Vraag over de container van Anna', betrokkene: { volledigeNaam: 'Anna de Vries', telefoonnummer: '0612345678' } });
  });
});
