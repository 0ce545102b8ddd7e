/**
 * Telephone numbers as staff type them at the desk: '06-12345678', '0612345678', '+31 6 12345678',
 * '020-1234567', '+32 2 123 45 67', '0031 (0)20 1234567', '14 020'. We keep what was typed (it is
 * what the visitor said) and derive canonical forms for validation and search.
 */

export type PhoneProblem = 'characters' | 'format' | 'tooShort' | 'tooLong';
export type PhoneCheck = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

/** Spaces, dashes, dots, slashes and brackets are layout, not part of the number. */
const LAYOUT = /[\s\-./()]/g;

/** Dutch service numbers (0800, 090x) have 7 digits after the 0 or 10 (EU harmonised). */
const SERVICE = /^0(800|90[069])/;

export function checkPhone(input: string): PhoneCheck {
  // "+31 (0)6…" is a common way of writing the optional trunk zero; drop it before anything else.
  const compact = input.trim().replace(/\(0\)/g, '').replace(LAYOUT, '');
  const international = compact.startsWith('+') || compact.startsWith('00');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : compact;
  if (!/^\d*$/.test(digits) || digits.length === 0) return { ok: false, problem: 'characters' };

  if (international) {
    if (digits.startsWith('31')) return checkDutchNational(digits.slice(2).replace(/^0/, ''));
    // E.164: country code plus subscriber number, 15 digits at most; shorter than 8 is no number.
    if (digits.startsWith('0')) return { ok: false, problem: 'format' };
    if (digits.length < 8) return { ok: false, problem: 'tooShort' };
    if (digits.length > 15) return { ok: false, problem: 'tooLong' };
    return { ok: true, e164: `+${digits}` };
  }
  // The municipal number 14 + area code (e.g. 14 020) is dialled as is.
  if (/^14\d{3,4}$/.test(digits)) return { ok: true, e164: digits };
  // Without a trunk zero or a country code we cannot tell what was meant.
  if (!digits.startsWith('0')) return { ok: false, problem: 'format' };
  if (SERVICE.test(digits)) {
    if (digits.length === 8 || digits.length === 11) return { ok: true, e164: digits };
    return { ok: false, problem: digits.length > 11 ? 'tooLong' : 'tooShort' };
  }
  return checkDutchNational(digits.slice(1));
}

/** A Dutch geographic or mobile number without its trunk zero has exactly 9 digits. */
function checkDutchNational(significant: string): PhoneCheck {
  if (significant.length < 9) return { ok: false, problem: 'tooShort' };
  if (significant.length > 9) return { ok: false, problem: 'tooLong' };
  return { ok: true, e164: `+31${significant}` };
}

/**
 * Extra search words for a stored phone number, so it is found however it is typed later:
 * national digits ('0612345678') for Dutch numbers, country code and digits ('3225551234')
 * for the rest.
 */
export function phoneSearchForms(input: string | undefined): string[] {
  if (!input) return [];
  const check = checkPhone(input);
  if (!check.ok) return [];
  const digits = check.e164.replace(/^\+/, '');
  return check.e164.startsWith('+31') ? [`0${digits.slice(2)}`, digits] : [digits];
}

/**
 * The canonical search form of a (possibly partial) phone number typed into a search box:
 * '06-1234' → '061234', '+31 6 1234' → '061234', '0032 2' → '322'. Undefined when the text does
 * not look like the start of a phone number.
 */
export function phoneQueryForm(text: string): string | undefined {
  const compact = text.trim().replace(/\(0\)/g, '').replace(LAYOUT, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return undefined;
  const digits = compact.replace(/^(\+|00)/, '');
  const international = compact !== digits;
  if (international) return digits.startsWith('31') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
  return digits;
}
