import { describe, expect, it } from 'vitest';
import { HANDWRITTEN_DOCUMENTS } from './documents';
import { generateCatalogue } from '../catalogue/generate';
import { DEMO_PUBLISHERS } from './seed';

// Amsterdam's real contact lines, which the demo once printed on receipts (issue 11 point 9).
const REAL_CITY = /14 ?020|624 ?1111|amsterdam\.nl|Amsterdam/i;

describe('the demo municipality is fictitious', () => {
  it('names Voorbeeldstad as the publisher of every hand-written document, never a real city', () => {
    for (const document of HANDWRITTEN_DOCUMENTS) {
      expect(document.publisherName).toBe('Gemeente Voorbeeldstad (demo)');
      expect(JSON.stringify(document)).not.toMatch(REAL_CITY);
    }
  });

  it('credits the generated demo catalogue to invented bodies only (codes no CBS/TOOI list hands out)', () => {
    for (const publisher of DEMO_PUBLISHERS) {
      expect(publisher.dc_publisher_name).toMatch(/^(Gemeente|Provincie|Waterschap) Voorbeeld\w+ \(demo\)$/);
      expect(publisher.dc_publisher).toMatch(/^(gm|pv|ws)9999$/);
    }
  });

  it('links every demo document to the page example.org serves, never to an unresolvable host', () => {
    const generated = generateCatalogue(20, [{ dc_publisher: 'gm0344', dc_publisher_name: 'Gemeente Utrecht' }], { seed: 1, publisherCount: 1 });
    const sources = [...HANDWRITTEN_DOCUMENTS.map((d) => d.source), ...[...generated].map((row) => row.dc_source)];
    for (const source of sources) {
      const url = new URL(source);
      expect(url.origin + url.pathname).toBe('https://example.org/');
      expect(url.hash.length).toBeGreaterThan(1);
    }
    expect(new Set(sources).size).toBe(sources.length);
  });
});
