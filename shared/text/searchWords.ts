/**
 * Splits text into lower-case, accent-free words for a multi-entry index, so 'Café Bolle'
 * is found by 'cafe' and 'bol'. Prefix matching happens at query time.
 */
// Letters that Unicode decomposition does not reduce to a Latin base letter (Turkish, Polish,
// Scandinavian and German names are common at the desk).
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ħ: 'h' };

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøæœßđħ]/g, (ch) => FOLD[ch] ?? ch);
}

export function searchWords(...parts: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    const plain = foldText(part);
    for (const word of plain.split(/[^\p{L}\p{N}@.+-]+/u)) {
      const trimmed = word.replace(/^[.+-]+|[.+-]+$/g, '');
      if (trimmed.length >= 2) words.add(trimmed);
    }
  }
  return [...words];
}
