/**
 * Which cases belong to the same visitor, for an erasure on request (AVG art. 17): the visitor asks
 * for "my data" to go, not for one case's. Matched on what identifies a person reliably enough to
 * offer (never to erase unasked): the same phone number or the same e-mail address. Names are not
 * matched – two visitors often share one.
 */
export interface VisitorContact {
  phone?: string | undefined;
  email?: string | undefined;
}

/** Digits only, the Dutch country code as a leading 0: '+31 6-1234 5678' and '06 12345678' match. */
export function normalPhone(phone: string | undefined): string {
  if (!phone) return '';
  let digits = phone.replace(/[^\d+]/g, '');
  // '+31 (0)6…' is common: the 0 in brackets is dropped with the country code.
  if (digits.startsWith('+31')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  else if (digits.startsWith('0031')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
  digits = digits.replace(/\D/g, '');
  // Too short to tell one person from another (an extension, a typo).
  return digits.length >= 8 ? digits : '';
}

export function normalEmail(email: string | undefined): string {
  const value = email?.trim().toLowerCase() ?? '';
  return /^[^@\s]+@[^@\s]+$/.test(value) ? value : '';
}

/** Whether two visitors share a phone number or an e-mail address. */
export function sameVisitor(a: VisitorContact | null | undefined, b: VisitorContact | null | undefined): boolean {
  if (!a || !b) return false;
  const phone = normalPhone(a.phone);
  const email = normalEmail(a.email);
  return (phone !== '' && phone === normalPhone(b.phone)) || (email !== '' && email === normalEmail(b.email));
}
