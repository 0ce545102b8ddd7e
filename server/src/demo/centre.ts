/**
 * The demo hub's centre settings (issue 11 point 9): the fictitious Openbaarheidscentrum
 * Voorbeeldstad, so every desk's receipts print it. Contact lines are fictitious on purpose:
 * the Netherlands has no number range reserved for fiction, so the phone number is 14 + the
 * non-existent area code 0000, which no network routes; mail and web addresses use the reserved
 * .example domain (RFC 2606). The same values are the desk's default (renderer Woo settings).
 */
import type { Db } from '../db/db';
import { centreSettingsSchema, DEFAULT_RETENTION_MONTHS, DEFAULT_TOPICS, type CentreSettings } from '../../../shared/centre/settings';

export const DEMO_CENTRE: CentreSettings = centreSettingsSchema.parse({
  name: 'Openbaarheidscentrum Voorbeeldstad',
  address: 'Stadhuisplein 1, 9999 ZZ Voorbeeldstad',
  phone: '14 0000',
  email: 'openbaarheid@voorbeeldstad.example',
  website: 'www.voorbeeldstad.example',
  openingHours: 'ma–vr 9.00–17.00 uur, do tot 20.00 uur',
  extraHolidays: [],
  // The topics the demo cases use (cases.ts): the intake's default list.
  topics: DEFAULT_TOPICS,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
});

/** Sets the demo centre when no coordinator has set one; never overwrites. True when it set them. */
export async function seedDemoCentre(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ rev: string }>(
    `insert into centre_settings (singleton, data, rev, updated_at, updated_by) values (true, $1::jsonb, 1, now(), 'demo-seed')
     on conflict (singleton) do nothing returning rev`,
    [JSON.stringify(DEMO_CENTRE)],
  );
  return rows.length > 0;
}
