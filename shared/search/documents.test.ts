import { describe, expect, it } from 'vitest';
import {
  buildDocumentIndex,
  engineSearchOptions,
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

  it('survives a round trip through its stored form (as IndexedDB clones it) and refuses anything else', () => {
    // structuredClone is the copy IndexedDB stores and reads back.
    const restored = loadDocumentIndex(structuredClone(serializeDocumentIndex(index)));
    for (const query of ['vergunnning', 'havenkade', 'subsidiereg', 'rekenkamer delft']) {
      expect(searchDocuments(restored, query)).toEqual(searchDocuments(index, query));
    }
    expect(searchDocuments(restored, '', { publisher: 'Gemeente Delft' })).toEqual(searchDocuments(index, '', { publisher: 'Gemeente Delft' }));
    const stored = serializeDocumentIndex(index);
    expect(() => loadDocumentIndex('{')).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ version: 1, engine: {}, facts: [] })).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ ...stored, docs: [1, 2] })).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ ...stored, ids: stored.ids.slice(1) })).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ ...stored, facts: { ...stored.facts, dates: stored.facts.dates.slice(1) } })).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ ...stored, newest: stored.newest.map(() => 99) })).toThrow(IndexFormatError);
    expect(() => loadDocumentIndex({ ...stored, fields: ['title'] })).toThrow(IndexFormatError);
  });

  it('follows changes after a load as it does after a build, and stores them again', () => {
    const restored = loadDocumentIndex(serializeDocumentIndex(index));
    putDocument(restored, { ...DOCS[2]!, title: 'Jaarverslag zwembad' });
    removeDocument(restored, 'kap');
    putDocument(restored, { id: 'nieuw', title: 'Nieuwe vergunning zwembad', description: '', category: '2k', publisherName: 'Gemeente Delft', date: '2025-01-01' });
    expect(ids(searchDocuments(restored, 'zwembad')).sort()).toEqual(['boom', 'nieuw']);
    expect(ids(searchDocuments(restored, 'havenkade'))).toEqual(['vergadering']);
    expect(searchDocuments(restored, 'groenbeheer').total).toBe(0);
    const again = loadDocumentIndex(structuredClone(serializeDocumentIndex(restored)));
    expect(ids(searchDocuments(again, 'zwembad')).sort()).toEqual(['boom', 'nieuw']);
    expect(ids(searchDocuments(again, 'vergunning')).sort()).toEqual(['nieuw', 'vergadering']);
    expect(searchDocuments(again, '').total).toBe(5);
  });

  it('does not widen a word the catalogue contains to its neighbours (typos only for unknown words)', () => {
    const near = buildDocumentIndex([
      { id: 'mon', title: 'Aanwijzing monument', description: '', category: '2k', publisherName: 'X' },
      { id: 'doc', title: 'Document over de haven', description: '', category: '2k', publisherName: 'X' },
    ]);
    // "monument" and "document" are two edits apart: a known word is taken as typed.
    expect(ids(searchDocuments(near, 'monumenten'))).toEqual(['mon']);
    expect(ids(searchDocuments(near, 'monumnt'))).toEqual(['mon']);
  });

  it('scores exactly as MiniSearch\'s own search with the same options (only faster)', async () => {
    const words = ['vergunning', 'subsidie', 'bomen', 'havenkade', 'besluit', 'parkeren', 'zwembad', 'kapvergunning', 'raad', 'verslag'];
    const docs: CatalogueDocument[] = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`,
      title: `${words[i % 10]} ${words[(i * 7) % 10]} ${i % 3 === 0 ? 'Havenkade' : 'Dorpsstraat'}`,
      description: `${words[(i * 3) % 10]} ${'verslag '.repeat(i % 4)}`,
      category: '2k',
      publisherName: i % 2 ? 'Gemeente Delft' : 'Gemeente Utrecht',
      date: `20${10 + (i % 15)}-01-01`,
    }));
    // Two identical indexes with discarded documents still in their postings: a search cleans
    // those up as it meets them, so each side gets its own copy in the same state.
    const edited = () => {
      const edited = buildDocumentIndex(docs);
      for (let i = 0; i < 60; i++) removeDocument(edited, `d${i * 5}`);
      for (let i = 0; i < 30; i++) putDocument(edited, { ...docs[i * 3 + 1]!, title: `herzien ${words[i % 10]}` });
      return edited;
    };
    const big = edited();
    const reference = edited();
    for (const query of ['vergunning', 'vergunnning havenkade', 'bom', 'verg', 'raad verslag', 'subsidei', 'kapvergunning', 'delft', 'zwembaden par', 'xyz']) {
      const raw = reference.engine.search(query, engineSearchOptions(reference));
      const app = searchDocuments(big, query, { limit: 25 });
      expect(app.total, query).toBe(raw.length);
      expect(app.hits.map((hit) => hit.score), query).toEqual(raw.slice(0, 25).map((hit) => hit.score));
      // Equal scores may be listed in either order; each hit has the score MiniSearch gives it.
      const rawScore = new Map(raw.map((hit) => [hit.id, hit.score]));
      for (const hit of app.hits) {
        expect(hit.score).toBe(rawScore.get(hit.id));
        expect([...hit.terms].sort()).toEqual([...raw.find((r) => r.id === hit.id)!.terms].sort());
      }
    }
    // The stored form leaves the discarded documents out, as MiniSearch's vacuum does: the
    // loaded index scores as the library does after a vacuum.
    const loaded = loadDocumentIndex(structuredClone(serializeDocumentIndex(edited())));
    await reference.engine.vacuum();
    for (const query of ['vergunning', 'vergunnning havenkade', 'raad verslag', 'zwembaden par']) {
      const raw = reference.engine.search(query, engineSearchOptions(reference));
      const app = searchDocuments(loaded, query, { limit: 25 });
      expect(app.total, query).toBe(raw.length);
      expect(app.hits.map((hit) => hit.score), query).toEqual(raw.slice(0, 25).map((hit) => hit.score));
    }
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
