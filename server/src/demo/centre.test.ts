import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { centreSettingsSchema } from '../../../shared/centre/settings';
import { DEMO_CENTRE, seedDemoCentre } from './centre';

describe('the demo centre', () => {
  it('is the fictitious Voorbeeldstad, with no real city phone number or website', () => {
    expect(DEMO_CENTRE).toMatchObject({ name: 'Openbaarheidscentrum Voorbeeldstad', phone: '14 0000', website: 'www.voorbeeldstad.example' });
    expect(JSON.stringify(DEMO_CENTRE)).not.toMatch(/Amsterdam|14 ?020|624 ?1111/i);
  });
});

describe.each(backends)('demo centre settings on $name', (backend) => {
  const database = migratedDatabase(backend, { freshForEachTest: true });
  const stored = async () => (await database.db.query<{ data: unknown; rev: string }>('select data, rev from centre_settings')).rows;

  it('are set once, and a second start changes nothing', async () => {
    expect(await seedDemoCentre(database.db)).toBe(true);
    expect(await seedDemoCentre(database.db)).toBe(false);
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(centreSettingsSchema.parse(rows[0]!.data)).toEqual(DEMO_CENTRE);
    expect(Number(rows[0]!.rev)).toBe(1);
  });

  it('never overwrite what a coordinator set', async () => {
    const own = { ...DEMO_CENTRE, name: 'Openbaarheidscentrum Elders' };
    await database.db.query(`insert into centre_settings (singleton, data, rev, updated_by) values (true, $1::jsonb, 3, 'cor')`, [JSON.stringify(own)]);
    expect(await seedDemoCentre(database.db)).toBe(false);
    expect((await stored())[0]!.data).toEqual(own);
  });
});
