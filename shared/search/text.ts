import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { foldText } from '../text/searchWords';

/**
 * Dutch text processing shared by indexing and querying, so a word is reduced the same way on
 * both sides: case and accents folded, function words dropped, then the Dutch Snowball stemmer
 * ("vergunningen" and "vergunning" → "vergunn", "bomen" and "boom" → "bom").
 */

// The most frequent Dutch function words; they match nearly every document and only add noise.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('de het een en van in op te dat die is voor met aan er als bij of om ook door naar uit over tot ' +
    'dan was zijn niet maar nog wel al zo wat deze dit haar hun hij zij ze wij we ik je u').split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** The raw words of a text with their positions, for highlighting. */
export function wordSpans(text: string): Array<{ start: number; end: number; word: string }> {
  const spans: Array<{ start: number; end: number; word: string }> = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return spans;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** One word as the index stores it, or null for a word not worth indexing. */
export function normaliseTerm(word: string): string | null {
  const folded = foldText(word);
  if (folded.length < 2 && !/\d/.test(folded)) return null;
  if (STOP_WORDS.has(folded)) return null;
  // Numbers (years, case numbers) stay as typed: stemming "2024" or "12a" means nothing.
  if (/\d/.test(folded)) return folded;
  return dutchStemmer(folded);
}

/** Edits a typed word may differ by: none for short words (too many false friends), 1 from 5 letters, 2 from 8. */
export function typoTolerance(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/**
 * Heads of Dutch compounds that desks search for on their own: "vergunning" should find the
 * "omgevingsvergunning", "subsidie" the "subsidieregeling"'s sibling "energiesubsidie". Dutch
 * writes compounds as one word, and the stemmer leaves them whole.
 */
const COMPOUND_HEADS = (
  'vergunning vergunningen regeling besluit besluiten verordening beleid plan plannen verslag rapport onderzoek brief ' +
  'voorstel subsidie subsidies belasting kosten tarieven advies gebied centrum park terrein zorg woning woningen school ' +
  'scholen weg wegen straat plein overlast toezicht beheer bestrijding handhaving verbod'
).split(' ');

/**
 * The terms one word is indexed under: its own, and for a compound ending in a known head
 * (at least three letters before it) the head's as well.
 */
export function indexTerms(word: string): string[] {
  const own = normaliseTerm(word);
  if (own === null) return [];
  const folded = foldText(word);
  for (const head of COMPOUND_HEADS) {
    if (folded.length >= head.length + 3 && folded.endsWith(head)) {
      const stem = dutchStemmer(head);
      return stem === own ? [own] : [own, stem];
    }
  }
  return [own];
}
