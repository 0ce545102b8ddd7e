import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { csvHeader, csvLine, generateCatalogue } from './generate';
import { ImportFormatError, importCatalogue } from './import';
import { catalogueDocumentId, categoryOf } from './woogle';

const PUBLISHERS = [
  { dc_publisher: 'gm0344', dc_publisher_name: 'Gemeente Utrecht' },
  { dc_publisher: 'pv24', dc_publisher_name: 'Provincie Flevoland' },
];

async function* chunks(text: string, size = 37): AsyncGenerator<string> {
  // Small odd-sized chunks, so rows, quotes and multi-line cells straddle chunk borders.
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function documents(db: Db) {
  const { rows } = await db.query<{ id: string; rev: number; data: Record<string, unknown> }>('select id, rev, data from documents order by rev');
  return rows;
}

describe('categoryOf', () => {
  it('reads the letter code, the TOOI URI or its last part, and the article form', () => {
    expect(categoryOf('2i')).toBe('2i');
    expect(categoryOf(' 2I ')).toBe('2i');
    expect(categoryOf('https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532')).toBe('2i');
    expect(categoryOf('c_139c6280')).toBe('1a');
    expect(categoryOf('3.3.2k')).toBe('2k');
    expect(categoryOf('2m')).toBeUndefined();
    expect(categoryOf('besluit')).toBeUndefined();
  });
});

describe.each(backends)('importCatalogue on $name', (backend) => {
  const database = migratedDatabase(backend, { freshForEachTest: true });

  it('imports a streamed CSV, reports bad rows with their line and skips only them', async () => {
    const csv =
      'dc_identifier,dc_title,dc_description,dc_type,dc_publisher,dc_publisher_name,dc_source,foi_decisionDate\n' +
      'a1,Besluit bomenkap,"Kap van drie iepen, Havenkade",2i,gm0344,Gemeente Utrecht,https://open.example/a1,2024-03-01\n' +
      'a2,Zonder categorie,,2z,gm0344,Gemeente Utrecht,https://open.example/a2,2024-03-01\n' +
      'a3,"Titel met ""aanhalingstekens""","Twee\nregels",https://identifier.overheid.nl/tooi/def/thes/kern/c_46a81018,pv24,Provincie Flevoland,https://open.example/a3,\n' +
      'a4,Geen link,,2k,gm0344,Gemeente Utrecht,javascript:alert(1),\n' +
      'a5,Slechte datum,,2k,gm0344,Gemeente Utrecht,https://open.example/a5,maart 2024\n';
    const result = await importCatalogue(database.db, chunks(csv), { format: 'csv', actor: 'coordinator:test' });
    expect(result).toMatchObject({ rows: 5, added: 2, updated: 0, skipped: 3, cancelled: false });
    expect(result.problems.map((problem) => problem.line)).toEqual([3, 6, 7]);
    expect(result.problems[0]!.message).toMatch(/dc_type/);
    expect(result.problems[1]!.message).toMatch(/dc_source/);
    expect(result.problems[2]!.message).toMatch(/foi_decisionDate/);
    const stored = await documents(database.db);
    expect(stored.map((row) => row.id)).toEqual([catalogueDocumentId('a1'), catalogueDocumentId('a3')]);
    expect(stored[0]!.data).toMatchObject({
      title: 'Besluit bomenkap',
      description: 'Kap van drie iepen, Havenkade',
      category: '2i',
      categoryTooi: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532',
      publisher: 'gm0344',
      publisherName: 'Gemeente Utrecht',
      publishedOn: '2024-03-01',
      source: 'https://open.example/a1',
    });
    expect(stored[1]!.data).toMatchObject({ title: 'Titel met "aanhalingstekens"', description: 'Twee\nregels', category: '2k' });
  });

  it('updates by dc_identifier on a re-import instead of duplicating, and leaves unchanged rows alone', async () => {
    const rows = [...generateCatalogue(30, PUBLISHERS, { seed: 3 })];
    const first = csvHeader() + rows.map(csvLine).join('');
    expect(await importCatalogue(database.db, chunks(first, 4096), { format: 'csv', actor: 't' })).toMatchObject({ added: 30, updated: 0, skipped: 0 });
    const before = await documents(database.db);
    const changed = rows.map((row, i) => (i === 4 ? { ...row, dc_title: 'Nieuwe titel' } : row));
    const second = csvHeader() + changed.map(csvLine).join('');
    expect(await importCatalogue(database.db, chunks(second, 4096), { format: 'csv', actor: 't' })).toMatchObject({ added: 0, updated: 1, unchanged: 29 });
    const after = await documents(database.db);
    expect(after).toHaveLength(30);
    const moved = after.filter((row) => !before.some((old) => old.id === row.id && old.rev === row.rev));
    expect(moved.map((row) => row.data.title)).toEqual(['Nieuwe titel']);
  });

  it('imports a JSON array element by element, reporting a bad element by its position', async () => {
    const json = JSON.stringify([
      { dc_identifier: 'j1', dc_title: 'Jaarverslag {2025}', dc_type: '2g', dc_publisher_name: 'Gemeente Utrecht', dc_source: 'https://open.example/j1', extra: { nested: ['x', '}'] } },
      { dc_identifier: 'j2', dc_type: '2g', dc_source: 'https://open.example/j2' },
      'geen object',
    ]);
    const result = await importCatalogue(database.db, chunks(json, 5), { format: 'json', actor: 't' });
    expect(result).toMatchObject({ rows: 3, added: 1, skipped: 2 });
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect((await documents(database.db))[0]!.data.title).toBe('Jaarverslag {2025}');
    await expect(importCatalogue(database.db, chunks('{"a":1}'), { format: 'json', actor: 't' })).rejects.toThrow(ImportFormatError);
    await expect(importCatalogue(database.db, chunks('[{"dc_identifier":"x"'), { format: 'json', actor: 't' })).rejects.toThrow(/not closed/);
  });

  it('stops at a cancel, keeping the batches already written', async () => {
    const rows = [...generateCatalogue(700, PUBLISHERS)];
    const controller = new AbortController();
    const result = await importCatalogue(database.db, chunks(csvHeader() + rows.map(csvLine).join(''), 8192), {
      format: 'csv',
      actor: 't',
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.added >= 500) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.added).toBe(500);
    expect(await documents(database.db)).toHaveLength(500);
  });
});
