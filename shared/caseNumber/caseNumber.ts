/**
 * Human-readable case numbers, assigned offline: OC-<year>-<station>-<sequence>, e.g.
 * OC-2026-K7Q-00123. The station code makes numbers from different workstations disjoint; the
 * sequence is a per-station, per-year counter. See docs/decisions/010-case-numbers.md.
 */

export const CASE_NUMBER_PREFIX = 'OC';

/**
 * Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so a code read aloud
 * over the phone or copied from paper cannot be confused (0/O, 1/I/L).
 */
export const STATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const GENERATED_STATION_CODE_LENGTH = 3;
const STATION_CODE = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{2,4}$/;
const SEQUENCE_DIGITS = 5;
const CASE_NUMBER = /^OC-(\d{4})-([0-9ABCDEFGHJKMNPQRSTVWXYZ]{2,4})-(\d{5,})$/;

export interface CaseNumberParts {
  year: number;
  station: string;
  sequence: number;
}

export function isStationCode(value: string): boolean {
  return STATION_CODE.test(value);
}

/**
 * Normalises what an administrator types ('k7', ' K7 ') and maps look-alike letters the way
 * Crockford does (O→0, I/L→1). Returns undefined when it still is not a valid code.
 */
export function normaliseStationCode(input: string): string | undefined {
  const code = input.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return isStationCode(code) ? code : undefined;
}

/**
 * A station code derived from the random bits of a UUIDv7 client id (the last 62 bits are random,
 * RFC 9562), used until an administrator assigns one.
 */
export function stationCodeFromClientId(clientId: string): string {
  const hex = clientId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new RangeError(`Not a UUID: ${clientId}`);
  // The lowest 15 bits of the random tail; the timestamp at the front would cluster codes.
  let value = Number.parseInt(hex.slice(-8), 16);
  let code = '';
  for (let i = 0; i < GENERATED_STATION_CODE_LENGTH; i++) {
    code = STATION_ALPHABET[value % 32]! + code;
    value = Math.floor(value / 32);
  }
  return code;
}

export function formatCaseNumber({ year, station, sequence }: CaseNumberParts): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  if (!isStationCode(station)) throw new RangeError(`Not a station code: ${station}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Sequence must be a positive integer: ${sequence}`);
  return `${CASE_NUMBER_PREFIX}-${year}-${station}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

export function parseCaseNumber(value: string): CaseNumberParts | undefined {
  const match = CASE_NUMBER.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  return { year: Number(match[1]), station: match[2]!, sequence: Number(match[3]) };
}

/**
 * Search words for a case number besides the whole number, so staff find OC-2026-K7Q-00123 by
 * typing 'k7q-00123', '00123' or '123' (what they read off a note or hear on the phone).
 */
export function caseNumberSearchForms(value: string | undefined): string[] {
  const parts = value ? parseCaseNumber(value) : undefined;
  if (!parts) return [];
  const padded = String(parts.sequence).padStart(SEQUENCE_DIGITS, '0');
  return [`${parts.station}-${padded}`.toLowerCase(), padded, String(parts.sequence)];
}

/** The meta-table key of a station's counter for one year. */
export function counterKey(station: string, year: number): string {
  return `caseCounter:${station}:${year}`;
}
