/**
 * The 17 Woo information categories (art. 3.3) with their TOOI identifiers (DOMAIN.md): the hub
 * labels documents with them, the desk's document search shows them (names in locales/).
 */
const TOOI_BASE = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

export const WOO_CATEGORIES = {
  '1a': 'c_139c6280',
  '1b': 'c_aab6bfc7',
  '1c': 'c_759721e2',
  '1d': 'c_40a05794',
  '1e': 'c_89ee6784',
  '2a': 'c_8c840238',
  '2b': 'c_c76862ab',
  '2c': 'c_db4862c3',
  '2d': 'c_3a248e3a',
  '2e': 'c_99a836c7',
  '2f': 'c_8fc2335c',
  '2g': 'c_c6cd1213',
  '2h': 'c_cf268088',
  '2i': 'c_3baef532',
  '2j': 'c_fdaee95e',
  '2k': 'c_46a81018',
  '2l': 'c_a870c43d',
} as const;
export type WooCategoryCode = keyof typeof WOO_CATEGORIES;

export function isWooCategory(code: string): code is WooCategoryCode {
  return Object.hasOwn(WOO_CATEGORIES, code);
}

export function tooiUri(code: WooCategoryCode): string {
  return TOOI_BASE + WOO_CATEGORIES[code];
}

export const WOO_CATEGORY_CODES = Object.keys(WOO_CATEGORIES) as WooCategoryCode[];
