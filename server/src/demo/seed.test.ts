import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { DEFAULT_REFERENCE_DATA_DIR } from '../config';
import { migrate } from '../db/migrate';
import { silentLog } from '../log';
import type { PullResponse } from '../sync/protocol';
import { backends } from '../testing/backends';
import { migratedDatabase } from '../testing/hubApp';
import { WOO_CATEGORIES } from '../../../shared/woo/categories';
import { PROTOCOL_VERSION } from '../../../shared/sync/mutation';
import { HANDWRITTEN_DOCUMENTS } from './documents';
import { loadDossierDocuments, seedDemo, seedDemoCatalogue } from './seed';

// The repository's own data/, never a folder beside the repository.
const referenceDataDir = DEFAULT_REFERENCE_DATA_DIR;

describe('demo documents from the Woogle dossier example', () => {
  it('become one catalogue entry per published file, with the publisher named from publishers.json', async () => {
    const documents = await loadDossierDocuments(referenceDataDir);
    expect(documents.map((document) => document.documentType)).toEqual(['besluit', 'verzoek', 'inventarislijst', 'document', 'document']);
    expect(documents[0]).toMatchObject({
      title: 'Besluit op verzoek Asfaltcentrale',
      category: '2i',
      publisher: 'pv24',
      publisherName: 'Provincie Flevoland',
      publishedOn: '2022-09-27',
      dossier: { title: 'Woo verzoek Asfaltcentrale', requestDate: '2022-08-11', decisionDate: '2022-09-27' },
      source: expect.stringMatching(/^https:\/\/www\.flevoland\.nl\//),
      text: expect.stringContaining('openbaar te maken'),
    });
    expect(documents[2]!.title).toBe('Inventarislijst bij Asfaltcentrale');
    expect(new Set(documents.map((document) => document.key)).size).toBe(documents.length);
  });

  it('says where it looked when the data folder is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'loket-no-data-'));
    await expect(loadDossierDocuments(empty)).rejects.toThrow(/demo data not found at .*woo_dossier_example\.json.*LOKET_REFERENCE_DATA/);
    await rm(empty, { recursive: true });
  });

  it('hand-written documents use valid Woo categories', () => {
    for (const document of HANDWRITTEN_DOCUMENTS) expect(Object.keys(WOO_CATEGORIES)).toContain(document.category);
    expect(new Set(HANDWRITTEN_DOCUMENTS.map((document) => document.category)).size).toBeGreaterThanOrEqual(5);
  });
});

describe.each(backends)('demo seed on $name', (backend) => {
  const database = migratedDatabase(backend);

  const count = async () => (await database.db.query<{ n: number }>('select count(*)::int as n from documents')).rows[0]!.n;

  it('is idempotent: a second run adds nothing and hands out no revisions', async () => {
    const first = await seedDemo(database.db, { referenceDataDir });
    const total = first.added;
    expect(total).toBe(5 + HANDWRITTEN_DOCUMENTS.length);
    expect(first.alreadyPresent).toBe(0);
    const head = (await database.db.query('select value from revision_counter')).rows[0];

    expect(await seedDemo(database.db, { referenceDataDir })).toEqual({ added: 0, alreadyPresent: total });
    expect(await count()).toBe(total);
    expect((await database.db.query('select value from revision_counter')).rows[0]).toEqual(head);
  });

  it('seeding concurrently (two hubs) still adds each document once', async () => {
    const other = await backend.open();
    await migrate(other.db);
    const reports = await Promise.all([seedDemo(other.db, { referenceDataDir }), seedDemo(other.db, { referenceDataDir })]);
    expect(reports.map((report) => report.added).sort()).toEqual([0, 5 + HANDWRITTEN_DOCUMENTS.length]);
    await other.dispose();
  });

  it('documents reach workstations by pull, with category and TOOI identifier', async () => {
    const app = createApp({ db: database.db, log: silentLog });
    const page: PullResponse = await (await app.request(`/sync/pull?since=0&protocol=${PROTOCOL_VERSION}`)).json();
    const documents = page.changes.filter((change) => change.entity === 'documents');
    expect(documents).toHaveLength(await count());
    const permit = documents.find((change) => change.data?.documentType === 'omgevingsvergunning');
    expect(permit).toMatchObject({
      deleted: false,
      updatedBy: 'demo-seed',
      data: { category: '2k', categoryTooi: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_46a81018', demo: true },
    });
    expect(permit?.data).not.toHaveProperty('key');
    const { rows } = await database.db.query<{ category: string }>('select distinct category from documents order by 1');
    expect(rows.map((row) => row.category)).toEqual(['1a', '2c', '2d', '2g', '2i', '2j', '2k']);
  });
});

describe('generated demo catalogue', () => {
  // PGlite starts slowly on a loaded machine: opened in the hook (60 s), not in the test's 30 s.
  const database = migratedDatabase(backends[0]!);

  it('imports documents of the fictitious demo bodies across all 17 categories and adds nothing the second time', async () => {
    expect(await seedDemoCatalogue(database.db, { count: 170 })).toEqual({ added: 170, alreadyPresent: 0 });
    const head = (await database.db.query('select value from revision_counter')).rows[0];
    expect(await seedDemoCatalogue(database.db, { count: 170 })).toEqual({ added: 0, alreadyPresent: 170 });
    expect((await database.db.query('select value from revision_counter')).rows[0]).toEqual(head);
    const { rows } = await database.db.query<{ category: string; publisher: string; name: string }>(
      "select distinct category, data->>'publisher' as publisher, data->>'publisherName' as name from documents",
    );
    expect(new Set(rows.map((row) => row.category)).size).toBe(17);
    expect(new Set(rows.map((row) => `${row.publisher} ${row.name}`))).toEqual(
      new Set(['gm9999 Gemeente Voorbeeldstad (demo)', 'pv9999 Provincie Voorbeeldland (demo)', 'ws9999 Waterschap Voorbeeldwaard (demo)']),
    );
  });
});
