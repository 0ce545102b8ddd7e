/**
 * The centre's own settings (issue 10 point 7), set by a coordinator on the hub and synced down
 * to every desk: what receipts print about the centre, the days equated with holidays by Royal
 * Decree (Atw art. 3 lid 3, they move every deadline), the topic list of the intake, and how long
 * visitor data is kept after a case is closed.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate';
import { DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from '../privacy/retention';

/** The intake's topics until the centre sets its own; Dutch, because they are data. */
export const DEFAULT_TOPICS: string[] = [
  'Afval en reiniging',
  'Archief en historie',
  'Bouwen en wonen',
  'Gemeenteraad en besluiten',
  'Openbare ruimte',
  'Parkeren en verkeer',
  'Persoonsgegevens (AVG)',
  'Subsidies',
  'Vergunningen',
  'Woo-verzoek',
  'Zorg en welzijn',
  'Overig',
];

const line = (max: number) => z.string().trim().max(max);
const optionalLine = (max: number) =>
  line(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const centreSettingsSchema = z
  .object({
    name: line(200).min(1, 'de naam van het centrum is nodig'),
    address: optionalLine(300),
    phone: optionalLine(40),
    email: optionalLine(254),
    website: optionalLine(200),
    openingHours: optionalLine(300),
    extraHolidays: z
      .array(z.string().refine(isIsoDate, 'een datum als JJJJ-MM-DD'))
      .max(100)
      .transform((days) => [...new Set(days)].sort()),
    topics: z
      .array(line(200).min(1))
      .min(1, 'minstens één onderwerp')
      .max(200)
      .refine((topics) => new Set(topics).size === topics.length, 'elk onderwerp één keer'),
    retentionMonths: z.number().int().min(MIN_RETENTION_MONTHS).max(MAX_RETENTION_MONTHS),
  })
  .strict();
export type CentreSettings = z.output<typeof centreSettingsSchema>;

/** The settings as the hub hands them out: with who changed them last and the revision. */
export const storedCentreSettingsSchema = z.object({
  settings: centreSettingsSchema.nullable(),
  rev: z.number().int().nonnegative(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type StoredCentreSettings = z.output<typeof storedCentreSettingsSchema>;

export { DEFAULT_RETENTION_MONTHS };
