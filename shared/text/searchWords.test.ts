import { describe, expect, it } from 'vitest';
import { searchWords } from './searchWords';

describe('searchWords', () => {
  it('lower-cases, strips accents and de-duplicates', () => {
    expect(searchWords('Café Bolle', 'café')).toEqual(['cafe', 'bolle']);
  });
  it('keeps e-mail addresses, phone numbers and case numbers whole', () => {
    expect(searchWords('mail j.jansen@example.nl of bel 06-12345678, zaak OC-2026-000123')).toEqual(
      expect.arrayContaining(['j.jansen@example.nl', '06-12345678', 'oc-2026-000123']),
    );
  });
  it('folds letters that have no decomposition (Turkish ı, Polish ł, German ß)', () => {
    expect(searchWords('Yılmaz Łukasz Straße')).toEqual(['yilmaz', 'lukasz', 'strasse']);
  });
  it('drops one-letter words and empty parts', () => {
    expect(searchWords('a b cd', undefined, null, '')).toEqual(['cd']);
  });
});
