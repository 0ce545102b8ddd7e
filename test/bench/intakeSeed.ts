/// <reference lib="dom" />
/**
 * Fills the app's IndexedDB with a realistic desk history for the intake benchmarks: `count`
 * cases (a third with a named visitor, some with phone and e-mail), one contact each and a
 * callback task for every fifth (nearly all done). Records are built in Node with the app's own
 * word-index function, so the case search works on them exactly as on real data, and written
 * straight through the IndexedDB API (the app has created the database at its current version).
 */
import type { Page } from 'playwright-core';
import { v7 } from 'uuid';
import { caseSearchWords } from '../../shared/model/caseSearch';

const TOPICS = ['Afval en reiniging', 'Bouwen en wonen', 'Parkeren en verkeer', 'Subsidies', 'Gemeenteraad en besluiten', 'Woo-verzoek', 'Vergunningen', 'Zorg en welzijn'];
const NAMES = ['Jansen', 'de Vries', 'Fatma Yılmaz', 'Bakker', 'El Amrani', 'Visser', 'Anna Nowak', 'Smit', 'Mohamed Bouzid', 'van Dijk', 'Olena Kovalenko', 'de Jong'];
const QUESTIONS = [
  'Wanneer wordt het grofvuil opgehaald in de {street}?',
  'Ik zoek het raadsbesluit over de herinrichting van de {street}.',
  'Hoe vraag ik een parkeervergunning aan voor de {street}?',
  'Kan ik de bouwtekeningen van {street} {n} inzien?',
  'Welke subsidies zijn er voor isolatie van mijn huis aan de {street}?',
  'Ik wil een Woo-verzoek doen over de bomenkap aan de {street}.',
];
const STREETS = ['Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Stationsplein', 'Havenkade', 'Parklaan', 'Schoolstraat', 'Marktplein'];
const BATCH = 5000;

type Row = Record<string, unknown>;

function buildBatch(start: number, end: number, count: number): { cases: Row[]; contacts: Row[]; tasks: Row[] } {
  const first = Date.UTC(2025, 0, 2, 8);
  // Spread over the year before today, oldest first, so ids (UUIDv7) follow creation order.
  const step = Math.floor((Date.now() - 86_400_000 - first) / count);
  const cases: Row[] = [];
  const contacts: Row[] = [];
  const tasks: Row[] = [];
  for (let i = start; i < end; i++) {
    const at = first + i * step;
    const iso = new Date(at).toISOString();
    const year = new Date(at).getUTCFullYear();
    const number = `OC-${year}-S${(i % 4) + 1}-${String(Math.floor(i / 4) + 1).padStart(5, '0')}`;
    const street = STREETS[i % STREETS.length]!;
    const question = QUESTIONS[i % QUESTIONS.length]!.replace('{street}', street).replace('{n}', String((i % 120) + 1));
    const visitor =
      i % 3 === 0
        ? {
            name: NAMES[i % NAMES.length]!,
            ...(i % 6 === 0 ? { phone: `06-${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}` } : {}),
            ...(i % 9 === 0 ? { email: `bezoeker${i}@example.nl` } : {}),
          }
        : undefined;
    const caseId = v7({ msecs: at });
    const record: Row = {
      id: caseId, rev: 1, createdAt: iso, updatedAt: iso, updatedBy: 'seed', deleted: false,
      number, kind: 'question', status: i % 5 ? 'closed' : 'open', topic: TOPICS[i % TOPICS.length], channel: i % 2 ? 'balie' : 'telefoon',
      question, ...(visitor ? { visitor } : {}),
    };
    record.searchWords = caseSearchWords(record);
    cases.push(record);
    contacts.push({
      id: v7({ msecs: at + 1 }), rev: 1, createdAt: iso, updatedAt: iso, updatedBy: 'seed', deleted: false,
      caseId, channel: record.channel, direction: 'inbound', startedAt: iso, summary: question, outcome: 'answered', confidential: false,
      ...(record.channel === 'telefoon' ? { durationSeconds: 60 + (i % 400) } : {}),
    });
    if (i % 5 === 0) {
      const due = new Date(at + 3 * 3600_000).toISOString();
      tasks.push({
        id: v7({ msecs: at + 2 }), rev: 1, createdAt: iso, updatedAt: iso, updatedBy: 'seed', deleted: false,
        caseId, action: 'Terugbellen', assignee: 'Team Openbaarheid', dueAt: due, status: i % 1000 === 0 ? 'te_verwerken' : 'verwerkt',
      });
    }
  }
  return { cases, contacts, tasks };
}

export async function seedDeskHistory(page: Page, count: number): Promise<void> {
  // tsx compiles with keepNames, which wraps named functions in a __name() helper the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  for (let start = 0; start < count; start += BATCH) {
    const batch = buildBatch(start, Math.min(count, start + BATCH), count);
    await page.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('open-loket');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['cases', 'contacts', 'tasks'], 'readwrite');
        for (const row of rows.cases) tx.objectStore('cases').put(row);
        for (const row of rows.contacts) tx.objectStore('contacts').put(row);
        for (const row of rows.tasks) tx.objectStore('tasks').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, batch);
  }
}

/** Queries the desk really types: names, numbers (whole and tail), phone, e-mail, words. */
export const SEARCH_QUERIES = [
  'jansen',
  'yilmaz',
  'OC-2025-S2-01234',
  '01234',
  '06-1000',
  'bezoeker909@',
  'parkeervergunning',
  'kapvergunning',
  'molenlaan subsidies',
  'nowak dorps',
  'bomenkap havenkade',
  'vraag',
];
