import { localSetting } from '../../app/localSettings';
import { centredSetting } from '../../centre/centredSetting';
import type { CentreSettings } from '../../../../shared/centre/settings';
import { isIsoDate, type IsoDate } from '../../../../shared/calendar/isoDate';
import type { CentreContact } from '../../../../shared/print/centre';
import { DEFAULT_MUNICIPALITY, placeName, type Municipality } from '../directory';

/**
 * Settings of the Woo desk on this workstation: which municipality's bodies come first in the
 * bestuursorgaan picker, how visitors reach the centre (printed on receipts), and days equated
 * with holidays by Royal Decree (Atw art. 3 lid 3), which move deadlines. Kept in localStorage
 * like the intake's workstation settings: read synchronously, never synced.
 */
export interface WooSettings {
  municipality: Municipality;
  centre: CentreContact;
  extraHolidays: IsoDate[];
}

/**
 * The fictitious default centre's contact lines (issue 11 point 9). The Netherlands has no number
 * range reserved for fiction, so the phone number is 14 + a non-existent area code (0000), which no
 * network routes; the web and mail addresses use the reserved .example domain (RFC 2606), the same
 * one the demo documents name as their publisher's.
 */
export const FICTITIOUS_CENTRE_CONTACT = {
  phone: '14 0000',
  email: 'openbaarheid@voorbeeldstad.example',
  website: 'www.voorbeeldstad.example',
} as const;

function defaultCentre(municipality: Municipality): CentreContact {
  const fictitious = municipality.code === DEFAULT_MUNICIPALITY.code;
  return {
    name: `Openbaarheidscentrum ${placeName(municipality)}`,
    // Another municipality's contact lines are unknown until its coordinator enters them.
    ...(fictitious ? FICTITIOUS_CENTRE_CONTACT : {}),
  };
}

export const DEFAULT_WOO_SETTINGS: WooSettings = {
  municipality: DEFAULT_MUNICIPALITY,
  centre: defaultCentre(DEFAULT_MUNICIPALITY),
  extraHolidays: [],
};

const KEY = 'loket.woo';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function parse(raw: string | null): WooSettings {
  try {
    const stored = (raw ? JSON.parse(raw) : {}) as Partial<Record<keyof WooSettings, unknown>>;
    const m = (stored.municipality ?? {}) as Partial<Municipality>;
    const municipality =
      text(m.code) && text(m.name) ? { code: text(m.code)!, name: text(m.name)! } : DEFAULT_WOO_SETTINGS.municipality;
    const c = (stored.centre ?? {}) as Partial<Record<keyof CentreContact, unknown>>;
    const centre: CentreContact = text(c.name)
      ? {
          name: text(c.name)!,
          ...Object.fromEntries(
            (['address', 'phone', 'phoneAbroad', 'email', 'website', 'openingHours'] as const).flatMap((k) => (text(c[k]) ? [[k, text(c[k])]] : [])),
          ),
        }
      : defaultCentre(municipality);
    const extraHolidays = Array.isArray(stored.extraHolidays) ? stored.extraHolidays.filter(isIsoDate) : [];
    return { municipality, centre, extraHolidays };
  } catch {
    // A damaged entry must not keep the desk from working.
    return DEFAULT_WOO_SETTINGS;
  }
}

/**
 * Once a coordinator has set the centre's settings on the hub (issue 10 point 7), receipts print
 * that centre and deadlines use its Royal Decree holidays on every desk; this workstation's own
 * values remain the fallback.
 */
function withCentre(local: WooSettings, centre: CentreSettings | null): WooSettings {
  if (!centre) return local;
  const { name, address, phone, email, website, openingHours } = centre;
  const contact: CentreContact = { name, ...Object.fromEntries(Object.entries({ address, phone, email, website, openingHours }).filter(([, v]) => v)) };
  return { ...local, centre: contact, extraHolidays: centre.extraHolidays };
}

const setting = centredSetting(localSetting(KEY, parse), withCentre);

export const wooSettings: () => WooSettings = setting.read;
export const updateWooSettings: (patch: Partial<WooSettings>) => void = setting.update;
export const useWooSettings: () => WooSettings = setting.use;
