import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import {
  caseNumberSearchForms,
  formatCaseNumber,
  isStationCode,
  normaliseStationCode,
  parseCaseNumber,
  stationCodeFromClientId,
} from './caseNumber';

describe('case numbers', () => {
  it('formats year, station and a zero-padded sequence', () => {
    expect(formatCaseNumber({ year: 2026, station: 'K7Q', sequence: 123 })).toBe('OC-2026-K7Q-00123');
    expect(formatCaseNumber({ year: 2026, station: 'K7', sequence: 123456 })).toBe('OC-2026-K7-123456');
  });

  it('refuses parts that would make an ambiguous number', () => {
    expect(() => formatCaseNumber({ year: 2026, station: 'KI7', sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ year: 2026, station: 'K7', sequence: 0 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ year: 26, station: 'K7', sequence: 1 })).toThrow(RangeError);
  });

  it('parses what it formats (property)', () => {
    const station = fc.stringMatching(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{2,4}$/);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), station, fc.integer({ min: 1, max: 9_999_999 }), (year, st, sequence) => {
        expect(parseCaseNumber(formatCaseNumber({ year, station: st, sequence }))).toEqual({ year, station: st, sequence });
      }),
    );
    expect(parseCaseNumber('oc-2026-k7q-00123')).toEqual({ year: 2026, station: 'K7Q', sequence: 123 });
    expect(parseCaseNumber('OC-2026-000123')).toBeUndefined();
  });

  it('derives a stable, valid station code from the random part of a client id', () => {
    const id = v7();
    expect(stationCodeFromClientId(id)).toBe(stationCodeFromClientId(id));
    expect(isStationCode(stationCodeFromClientId(id))).toBe(true);
    // Ids made in the same millisecond share their timestamp; the code must still differ.
    const codes = new Set(Array.from({ length: 200 }, () => stationCodeFromClientId(v7())));
    expect(codes.size).toBeGreaterThan(190);
  });

  it('normalises an administrator-typed code the way Crockford base-32 reads it', () => {
    expect(normaliseStationCode(' k7 ')).toBe('K7');
    expect(normaliseStationCode('bo1')).toBe('B01');
    expect(normaliseStationCode('kl')).toBe('K1');
    expect(normaliseStationCode('K')).toBeUndefined();
    expect(normaliseStationCode('K7QXY')).toBeUndefined();
    expect(normaliseStationCode('K-7')).toBeUndefined();
  });

  it('is findable by its tail', () => {
    expect(caseNumberSearchForms('OC-2026-K7Q-00123')).toEqual(['k7q-00123', '00123', '123']);
    expect(caseNumberSearchForms('anders')).toEqual([]);
  });
});
