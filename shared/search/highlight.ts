import { indexTerms, wordSpans } from './text';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking the words that reduce to one of the matched index terms
 * (a hit's `terms`), so "Vergunningen" is marked for a search on "vergunning".
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms);
  const parts: TextPart[] = [];
  let at = 0;
  if (wanted.size > 0) {
    for (const span of wordSpans(text)) {
      if (!indexTerms(span.word).some((term) => wanted.has(term))) continue;
      if (span.start > at) parts.push({ text: text.slice(at, span.start), match: false });
      parts.push({ text: span.word, match: true });
      at = span.end;
    }
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
