/**
 * The contacts of a period in the Klantinteracties shape (issue 10 point 5), for the municipal
 * contact register. Without explicit consent of the coordinator no personal data leaves: the
 * free text (`inhoud`) is left empty and no betrokkene is attached; with it, both are included.
 */
import { amsterdamInstant } from '../calendar/amsterdam';
import { addDays } from '../calendar/isoDate';
import type { Period } from '../indicators/indicators';
import { checkPeriod } from '../indicators/indicators';
import type { CaseFields, ContactFields } from '../model/case';
import { toKlantcontact, type Klantcontact } from './klantinteracties';

export interface Betrokkene {
  volledigeNaam?: string;
  telefoonnummer?: string;
  emailadres?: string;
}

export interface PeriodKlantcontact extends Klantcontact {
  /** The desk's case number, as reference back to Open Loket. */
  zaaknummer: string;
  betrokkene?: Betrokkene;
}

export interface KlantinteractiesPeriod {
  periode: { van: string; tot: string };
  persoonsgegevens: boolean;
  klantcontacten: PeriodKlantcontact[];
}

type ContactLike = Pick<ContactFields, 'caseId' | 'channel' | 'summary' | 'outcome' | 'confidential' | 'startedAt'> & Partial<Pick<ContactFields, 'topic' | 'language'>>;
type CaseLike = Pick<CaseFields, 'number'> & Partial<Pick<CaseFields, 'topic' | 'visitor'>>;

export function klantinteractiesForPeriod(
  contacts: readonly ContactLike[],
  cases: ReadonlyMap<string, CaseLike>,
  rawPeriod: Period,
  options: { includePersonal: boolean },
): KlantinteractiesPeriod {
  const period = checkPeriod(rawPeriod);
  const start = amsterdamInstant(period.from, '00:00').toISOString();
  const end = amsterdamInstant(addDays(period.to, 1), '00:00').toISOString();
  const klantcontacten = contacts
    .filter((c) => c.startedAt >= start && c.startedAt < end)
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
    .map((contact) => {
      const owner = cases.get(contact.caseId);
      const base = toKlantcontact(contact, owner ?? {});
      const out: PeriodKlantcontact = { ...base, zaaknummer: owner?.number ?? '' };
      if (!options.includePersonal) return { ...out, inhoud: '' };
      const v = owner?.visitor;
      const betrokkene: Betrokkene = {
        ...(v?.name ? { volledigeNaam: v.name } : {}),
        ...(v?.phone ? { telefoonnummer: v.phone } : {}),
        ...(v?.email ? { emailadres: v.email } : {}),
      };
      return Object.keys(betrokkene).length ? { ...out, betrokkene } : out;
    });
  return { periode: { van: period.from, tot: period.to }, persoonsgegevens: options.includePersonal, klantcontacten };
}
