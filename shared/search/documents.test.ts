import { describe, expect, it } from 'vitest';
import {
  buildDocumentIndex,
  IndexFormatError,
  loadDocumentIndex,
  putDocument,
  removeDocument,
  searchDocuments,
  serializeDocumentIndex,
  type CatalogueDocument,
} from './documents';
import { highlight } from './highlight';

const DOCS: CatalogueDocument[] = [
  { id: 'kap', title: 'Besluit omgevingsvergunning kappen bomen Havenkade', description: 'Het college verleent de vergunning voor het kappen van drie iepen.', category: '2i', publisherName: 'Gemeente Utrecht', date: '2024-03-01' },
  { id: 'sub', title: 'Subsidieregeling buurtinitiatieven', description: 'Regels voor de subsidie aan bewonersgroepen.', category: '1a', publisherName: 'Gemeente Utrecht', date: '2023-05-10' },
  { id: 'boom', title: 'Jaarverslag groenbeheer', description: 'Over elke boom in het park en het maaibeleid.', category: '2g', publisherName: 'Gemeente Delft', date: '2023-11-01' },
  { id: 'rek', title: 'Onderzoek Rekenkamer naar parkeren', description: 'De rekenkamer onderzocht het parkeerbeleid.', category: '2g', publisherName: 'Rekenkamer Délft', date: '2022-01-20' },
  { id: 'vergadering', title: 'Vergaderstukken raad', description: 'Agenda en stukken; ook een aanvraag voor een vergunning staat op de lijst.', category: '2a', publisherName: 'Gemeente Delft', date: '2024-06-30', text: 'Havenkade' },
];

const ids = (result: { hits: Array<{ id: string }> }) => result.hits.map((hit) => hit.id);

describe('searchDocuments', () => {
  const index = buildDocumentIndex(DOCS);

  it('finds inflected Dutch forms through the stemmer: vergunningen → vergunning, bomen → boom', () => {
    expect(ids(searchDocuments(index, 'vergunningen')).sort()).toEqual(['kap', 'vergadering']);
    expect(ids(searchDocuments(index, 'bomen')).sort()).toEqual(['boom', 'kap']);
  });

  it('ignores case and accents on both sides', () => {
    expect(ids(searchDocuments(index, 'REKENKAMER delft'))).toEqual(['rek']);
    expect(ids(searchDocuments(index, 'rékenkamer'))).toEqual(['rek']);
  });

  it('tolerates a typo in a longer word, not in a short one', () => {
    expect(ids(searchDocuments(index, 'vergunnning')).sort()).toEqual(['kap', 'vergadering']);
    expect(ids(searchDocuments(index, 'subsidei'))).toEqual(['sub']);
    // "park" is four letters: "pork" must not find the park.
    expect(searchDocuments(index, 'pork').total).toBe(0);
  });

  it('ranks a title match above a match in the text', () => {
    expect(ids(searchDocuments(index, 'havenkade'))).toEqual(['kap', 'vergadering']);
    expect(ids(searchDocuments(index, 'vergunning'))[0]).toBe('kap');
  });

  it('needs every word, and counts every match as the total beyond the limit', () => {
    expect(ids(searchDocuments(index, 'havenkade agenda'))).toEqual(['vergadering']);
    expect(searchDocuments(index, 'havenkade zwembad').total).toBe(0);
    const many = buildDocumentIndex(
      Array.from({ length: 70 }, (_, i) => ({ id: `v${i}`, title: `Vergunning ${i}`, description: '', category: '2k', publisherName: 'X', date: '2020-01-01' })),
    );
    const found = searchDocuments(many, 'vergunning', { limit: 10 });
    expect(found.hits).toHaveLength(10);
    expect(found.total).toBe(70);
  });

  it('matches the last word as a prefix while typing', () => {
    expect(ids(searchDocuments(index, 'subsidiereg'))).toEqual(['sub']);
  });

  it('lists the whole catalogue newest first for an empty or stop-word-only query', () => {
    expect(ids(searchDocuments(index, '  '))).toEqual(['vergadering', 'kap', 'boom', 'sub', 'rek']);
    expect(searchDocuments(index, 'de het').total).toBe(5);
  });

  it('filters by category, publisher and year and counts facets under the other filters', () => {
    const all = searchDocuments(index, '');
    expect(all.facets.category).toEqual([
      { value: '2g', count: 2 },
      { value: '1a', count: 1 },
      { value: '2a', count: 1 },
      { value: '2i', count: 1 },
    ]);
    expect(all.facets.year.map((facet) => facet.value)).toEqual(['2024', '2023', '2022']);
    const delft = searchDocuments(index, '', { publisher: 'Gemeente Delft' });
    expect(ids(delft).sort()).toEqual(['boom', 'vergadering']);
    // The publisher facet itself still shows the other publishers.
    expect(delft.facets.publisher.find((facet) => facet.value === 'Gemeente Utrecht')?.count).toBe(2);
    expect(delft.facets.category.map((facet) => facet.value).sort()).toEqual(['2a', '2g']);
    expect(ids(searchDocuments(index, '', { category: '2g', year: 2023 }))).toEqual(['boom']);
    expect(searchDocuments(index, 'vergunning', { year: 2019 }).total).toBe(0);
  });

  it('follows changes without a rebuild', () => {
    const live = buildDocumentIndex(DOCS);
    putDocument(live, { ...DOCS[2]!, title: 'Jaarverslag zwembad' });
    expect(ids(searchDocuments(live, 'zwembad'))).toEqual(['boom']);
    expect(searchDocuments(live, 'groenbeheer').total).toBe(0);
    removeDocument(live, 'kap');
    expect(ids(searchDocuments(live, 'havenkade'))).toEqual(['vergadering']);
    expect(searchDocuments(live, '').total).toBe(4);
  });

  it('survives a round trip through its stored form and refuses anything else', () => {
    const restored = loadDocumentIndex(serializeDocumentIndex(index));
    expect(searchDocuments(restored, 'vergunnning')).toEqual(searchDocuments(index, 'vergunnning'));
    expect(searchDocuments(restored, '', { publisher: 'Gemeente Delft' })).toEqual(searchDocuments(index, '', { publisher: 'Gemeente Delft' }));
    expect(() => loadDocumentIndex('{')).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex('{"version":0,"facts":[]}')).toThrow(IndexFormatError);
  });

  it('never throws on odd input', () => {
    for (const query of ['"', '*', '((', '\u0000', 'a'.repeat(500), '🙂 vergunning']) {
      expect(() => searchDocuments(index, query)).not.toThrow();
    }
    expect(ids(searchDocuments(index, '🙂 vergunning')).sort()).toEqual(['kap', 'vergadering']);
  });
});

describe('highlight', () => {
  it('marks the words that reduce to a matched term, keeping the text as written', () => {
    const parts = highlight('Vergunningen voor bomen, één boom.', ['vergunn', 'bom']);
    expect(parts).toEqual([
      { text: 'Vergunningen', match: true },
      { text: ' voor ', match: false },
      { text: 'bomen', match: true },
      { text: ', één ', match: false },
      { text: 'boom', match: true },
      { text: '.', match: false },
    ]);
    expect(highlight('Niets hier', ['vergunn'])).toEqual([{ text: 'Niets hier', match: false }]);
  });
});

describe('Dutch compounds', () => {
  it('finds a compound by its head: "vergunning" finds the omgevingsvergunning, and marks it', () => {
    const index = buildDocumentIndex([
      { id: 'omg', title: 'Omgevingsvergunning dakkapel', description: '', category: '2k', publisherName: 'X' },
      { id: 'kap', title: 'Kapvergunning', description: '', category: '2k', publisherName: 'X' },
      { id: 'gun', title: 'Gunning aanbesteding', description: '', category: '2k', publisherName: 'X' },
    ]);
    expect(ids(searchDocuments(index, 'vergunningen')).sort()).toEqual(['kap', 'omg']);
    // The compound itself still finds only itself.
    expect(ids(searchDocuments(index, 'omgevingsvergunning'))).toEqual(['omg']);
    const [hit] = searchDocuments(index, 'vergunning').hits;
    expect(highlight('Omgevingsvergunning dakkapel', hit!.terms)).toEqual([
      { text: 'Omgevingsvergunning', match: true },
      { text: ' dakkapel', match: false },
    ]);
  });
});
