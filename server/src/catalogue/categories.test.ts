import { describe, expect, it } from 'vitest';
import { tooiUri, WOO_CATEGORY_CODES } from '../../../shared/woo/categories';
import { categoryOf, documentData, woogleRowSchema } from './woogle';

// The 17 information categories of art. 3.3 Woo (lid 1 a–e, lid 2 a–l) with their concept ids in
// the TOOI thesaurus "Informatiecategorie Woo" (identifier.overheid.nl/tooi/def/thes/kern/…),
// written out from the law's list and the TOOI value list – not derived from the code under test.
const LAW: ReadonlyArray<[code: string, name: string, tooi: string]> = [
  ['1a', 'wetten en algemeen verbindende voorschriften', 'c_139c6280'],
  ['1b', 'overige besluiten van algemene strekking', 'c_aab6bfc7'],
  ['1c', 'ontwerpen van wet- en regelgeving met adviesaanvraag', 'c_759721e2'],
  ['1d', 'organisatie en werkwijze', 'c_40a05794'],
  ['1e', 'bereikbaarheidsgegevens', 'c_89ee6784'],
  ['2a', 'bij vertegenwoordigende organen ingekomen stukken', 'c_8c840238'],
  ['2b', 'vergaderstukken Staten-Generaal', 'c_c76862ab'],
  ['2c', 'vergaderstukken decentrale overheden', 'c_db4862c3'],
  ['2d', 'agenda’s en besluitenlijsten bestuurscolleges', 'c_3a248e3a'],
  ['2e', 'adviezen', 'c_99a836c7'],
  ['2f', 'convenanten', 'c_8fc2335c'],
  ['2g', 'jaarplannen en jaarverslagen', 'c_c6cd1213'],
  ['2h', 'subsidieverplichtingen anders dan met beschikking', 'c_cf268088'],
  ['2i', 'Woo-verzoeken en -besluiten', 'c_3baef532'],
  ['2j', 'onderzoeksrapporten', 'c_fdaee95e'],
  ['2k', 'beschikkingen', 'c_46a81018'],
  ['2l', 'klachtoordelen', 'c_a870c43d'],
];
const BASE = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

describe('the 17 art. 3.3 categories and their TOOI URIs', () => {
  it('has exactly the law’s 17 codes', () => {
    expect(LAW).toHaveLength(17);
    expect([...WOO_CATEGORY_CODES].sort()).toEqual(LAW.map(([code]) => code));
  });

  it.each(LAW)('%s (%s) maps to TOOI %s both ways and on import', (code, _name, tooi) => {
    expect(tooiUri(code as never)).toBe(BASE + tooi);
    expect(categoryOf(BASE + tooi)).toBe(code);
    expect(categoryOf(tooi)).toBe(code);
    expect(categoryOf(`3.3.${code}`)).toBe(code);
    const row = woogleRowSchema.parse({ dc_identifier: `x-${code}`, dc_title: 'T', dc_type: BASE + tooi, dc_source: 'https://example.org/x' });
    expect(documentData(row)).toMatchObject({ category: code, categoryTooi: BASE + tooi });
  });
});
