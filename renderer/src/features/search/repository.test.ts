import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LoketDatabase } from '../../db/database';
import { searchDocuments } from './repository';

const opened: LoketDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function catalogue() {
  const db = new LoketDatabase(`search-${crypto.randomUUID()}`);
  opened.push(db);
  const base = { rev: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'hub', deleted: false };
  await db.documents.bulkAdd([
    { ...base, id: 'd1', title: 'Besluit op Woo-verzoek over de bomenkap Havenkade', description: 'Deels openbaar.', category: '2i', publisherName: 'Gemeente Voorbeeldstad', publishedOn: '2026-03-01', source: 'https://voorbeeldstad.example/woo/1' },
    { ...base, id: 'd2', title: 'Raadsvoorstel herinrichting Stationsplein', description: 'Krediet voor fietsparkeerplaatsen en bomen aan de Havenkade.', category: '2c', publisherName: 'Gemeente Voorbeeldstad', publishedOn: '2026-02-03', source: 'https://voorbeeldstad.example/raad/2' },
    { ...base, id: 'd3', title: 'Jaarverslag Rekenkamer', description: 'Onderzoek naar subsidies.', category: '2g', publisherName: 'Rekenkamer Voorbeeldstad', publishedOn: '2025-06-01', source: 'https://voorbeeldstad.example/rk/3' },
    { ...base, id: 'd4', title: 'Ingetrokken besluit', description: 'Havenkade', category: '2k', publisherName: 'X', publishedOn: '2026-04-01', source: 'https://x.example', deleted: true },
    { ...base, id: 'd5', description: 'A record without a title is not shown', source: 'https://x.example' },
  ]);
  return db;
}

describe('searchDocuments', () => {
  it('needs every word, ranks title matches first, ignores accents and case', async () => {
    const db = await catalogue();
    const { results } = await searchDocuments(db, 'HAVENKADE');
    expect(results.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect((await searchDocuments(db, 'havenk fiets')).results.map((d) => d.id)).toEqual(['d2']);
    expect((await searchDocuments(db, 'rékenkamer')).results.map((d) => d.id)).toEqual(['d3']);
  });

  it('lists the whole catalogue newest first for an empty query, without tombstones or broken records', async () => {
    const db = await catalogue();
    const { results, total, catalogueSize } = await searchDocuments(db, '  ');
    expect(results.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    // Three real documents: the tombstone and the record without a title are no documents.
    expect(total).toBe(3);
    expect(catalogueSize).toBe(3);
  });

  it('counts every match as the total, also the ones beyond the listed maximum', async () => {
    const db = await catalogue();
    const base = { rev: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'hub', deleted: false };
    await db.documents.bulkAdd(
      Array.from({ length: 60 }, (_, i) => ({
        ...base,
        id: `v${i}`,
        title: `Vergunning ${i}`,
        description: '',
        category: '2k',
        publisherName: 'Gemeente Voorbeeldstad',
        publishedOn: '2026-01-01',
        source: `https://voorbeeldstad.example/v/${i}`,
      })),
    );
    const found = await searchDocuments(db, 'vergunning');
    expect(found.results).toHaveLength(50);
    expect(found.total).toBe(60);
    expect(found.catalogueSize).toBe(63);
    const havenkade = await searchDocuments(db, 'havenkade');
    expect([havenkade.results.length, havenkade.total]).toEqual([2, 2]);
  });

  it('finds nothing for words that are nowhere', async () => {
    const db = await catalogue();
    expect(await searchDocuments(db, 'havenkade zwembad')).toEqual({ results: [], total: 0, catalogueSize: 3 });
  });
});
