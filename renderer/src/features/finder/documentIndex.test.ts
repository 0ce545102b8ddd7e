import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchDocuments } from '../../../../shared/search';
import { LoketDatabase } from '../../db/database';
import { documentIndex, dropDocumentIndex, refreshDocumentIndex, SAVE_DELAY_MS } from './documentIndex';
import { buildHandoutHtml, qrSvg } from './handout';

const opened: LoketDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    dropDocumentIndex(db);
    db.close();
    await Dexie.delete(db.name);
    await Dexie.delete(`${db.name}-search`);
  }
});

const base = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'hub', deleted: false };
const doc = (id: string, rev: number, title: string, extra: Record<string, unknown> = {}) => ({
  ...base,
  id,
  rev,
  title,
  description: '',
  category: '2k',
  publisherName: 'Gemeente Voorbeeldstad',
  publishedOn: '2026-03-01',
  source: `https://voorbeeldstad.example/${id}`,
  ...extra,
});

async function desk() {
  const db = new LoketDatabase(`finder-${crypto.randomUUID()}`);
  opened.push(db);
  await db.documents.bulkAdd([
    doc('d1', 1, 'Omgevingsvergunning bomenkap Havenkade'),
    doc('d2', 2, 'Subsidieregeling buurtinitiatieven', { category: '1a' }),
    doc('d3', 3, 'Ingetrokken vergunning', { deleted: true }),
    { ...base, id: 'd4', rev: 4, description: 'no title, no document' },
  ]);
  return db;
}

const ids = (result: { hits: Array<{ id: string }> }) => result.hits.map((hit) => hit.id);

describe('the desk search index', () => {
  it('indexes the synced catalogue without tombstones or broken records', async () => {
    const db = await desk();
    const { index } = await documentIndex(db);
    expect(ids(searchDocuments(index, 'vergunningen'))).toEqual(['d1']);
    expect(searchDocuments(index, '').total).toBe(2);
  });

  it('follows pulled changes: new, changed and deleted documents', async () => {
    const db = await desk();
    const { index } = await documentIndex(db);
    await db.documents.bulkPut([doc('d5', 5, 'Besluitenlijst college'), doc('d2', 6, 'Subsidieplafond 2026', { category: '1a' }), doc('d1', 7, 'Omgevingsvergunning bomenkap Havenkade', { deleted: true })]);
    expect(await refreshDocumentIndex(db)).toBe(true);
    expect(ids(searchDocuments(index, 'besluitenlijst'))).toEqual(['d5']);
    expect(ids(searchDocuments(index, 'subsidieplafond'))).toEqual(['d2']);
    expect(searchDocuments(index, 'buurtinitiatieven').total).toBe(0);
    expect(searchDocuments(index, 'havenkade').total).toBe(0);
    expect(await refreshDocumentIndex(db)).toBe(false);
  });

  it('is stored, so the next session loads it and then catches up with what arrived since', async () => {
    const db = await desk();
    await documentIndex(db);
    // Let the background save finish, then forget the in-memory index like a restart does.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stored = await new Dexie(`${db.name}-search`).open().then(async (store) => {
      const row = await store.table('indexes').get('documents');
      store.close();
      return row as { maxRev: number } | undefined;
    });
    expect(stored?.maxRev).toBe(4);
    dropDocumentIndex(db);
    await db.documents.put(doc('d9', 9, 'Jaarverslag Rekenkamer'));
    const { index } = await documentIndex(db);
    await refreshDocumentIndex(db);
    expect(ids(searchDocuments(index, 'rekenkamer'))).toEqual(['d9']);
    expect(ids(searchDocuments(index, 'havenkade'))).toEqual(['d1']);
  });

  it('stores a changed index once pulls are quiet for a while, not after every page', async () => {
    const db = await desk();
    await documentIndex(db);
    const storedRev = async () => {
      const store = new Dexie(`${db.name}-search`);
      store.version(1).stores({ indexes: 'key' });
      const row = (await store.table('indexes').get('documents')) as { maxRev: number } | undefined;
      store.close();
      return row?.maxRev;
    };
    await vi.waitFor(async () => expect(await storedRev()).toBe(4));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const [id, rev] of [['p1', 10], ['p2', 11]] as const) {
        await db.documents.put(doc(id, rev, `Pagina ${id}`));
        expect(await refreshDocumentIndex(db)).toBe(true);
        vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
      }
      expect(await storedRev()).toBe(4);
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(async () => expect(await storedRev()).toBe(11));
  });

  it('rebuilds from the catalogue when the stored index is of an older format', async () => {
    const db = await desk();
    const store = new Dexie(`${db.name}-search`);
    store.version(1).stores({ indexes: 'key' });
    await store.open();
    // What version 1 stored: MiniSearch's JSON, claiming to have seen every revision.
    await store.table('indexes').put({ key: 'documents', json: '{"version":1,"engine":{},"facts":[]}', maxRev: 99 });
    store.close();
    const { index, maxRev } = await documentIndex(db);
    expect(maxRev).toBe(4);
    expect(ids(searchDocuments(index, 'havenkade'))).toEqual(['d1']);
  });
});

describe('the visitor hand-out', () => {
  it('has the title (escaped), the description, the address and a QR code', () => {
    const t = (key: string, values?: Record<string, string>) => `${key}${values ? JSON.stringify(values) : ''}`;
    const page = buildHandoutHtml(
      {
        language: 'nl',
        document: { id: 'd1', title: 'Besluit <b>bomen</b>', description: 'Kap van drie iepen', category: '2k', publisherName: 'Gemeente X', publishedOn: '2026-03-01', source: 'https://voorbeeldstad.example/d1?a=1&b=2' },
        categoryName: '2k beschikkingen',
        publishedOn: '1 maart 2026',
        centreName: 'Openbaarheidscentrum X',
        printedOn: '30 november 2026',
      },
      t,
    );
    expect(page).toContain('<h1 dir="auto">Besluit &lt;b&gt;bomen&lt;/b&gt;</h1>');
    expect(page).toContain('Kap van drie iepen');
    expect(page.replaceAll('<wbr>', '')).toContain('https://voorbeeldstad.example/d1?a=1&amp;b=2');
    expect(page).toContain('2k beschikkingen');
    expect(page).toMatch(/<svg [^>]*role="img"/);
  });

  it('draws a standard QR symbol: 21 modules for a short address, with the finder pattern in the corner', () => {
    const svg = qrSvg('https://x.nl').value;
    // Version 1 is 21×21 modules, plus a quiet zone of 4 on each side.
    expect(svg).toContain('viewBox="0 0 29 29"');
    // The top-left finder pattern: a dark 7-module row starting at the quiet zone.
    for (let x = 4; x < 11; x++) expect(svg).toContain(`<rect x="${x}" y="4" width="1" height="1"/>`);
    // A longer address needs a larger version.
    expect(qrSvg(`https://open.example/${'a'.repeat(120)}`).value).not.toContain('viewBox="0 0 29 29"');
  });
});
