/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/**
 * Fills the app's IndexedDB with `count` realistic cases straight through the IndexedDB API
 * (the app has created the database at its current version before this runs).
 */
export async function seedCases(page: Page, count: number): Promise<void> {
  // tsx compiles with keepNames, which wraps named functions in a __name() helper the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(async (total) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('open-loket');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const topics = ['Afval', 'Bouwvergunning', 'Parkeren', 'Subsidie', 'Raadsbesluit', 'Woo-verzoek', 'Paspoort', 'Zorg'];
    const names = ['Jansen', 'de Vries', 'Yılmaz', 'Bakker', 'El Amrani', 'Visser', 'Nowak', 'Smit'];
    const batch = 5000;
    for (let start = 0; start < total; start += batch) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        const store = tx.objectStore('cases');
        for (let i = start; i < Math.min(total, start + batch); i++) {
          const at = new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString();
          const topic = topics[i % topics.length]!;
          const name = names[i % names.length]!;
          const number = `OC-2025-${String(i + 1).padStart(6, '0')}`;
          store.put({
            id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
            rev: 1, createdAt: at, updatedAt: at, updatedBy: 'seed', deleted: false,
            number, kind: 'question', status: i % 5 ? 'closed' : 'open', topic, channel: 'balie', language: 'dut',
            question: `Vraag over ${topic.toLowerCase()} nummer ${i}`,
            visitor: i % 3 ? undefined : { name },
            searchWords: [number.toLowerCase(), topic.toLowerCase(), 'vraag', 'over', String(i), ...(i % 3 ? [] : [name.toLowerCase()])],
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, count);
}
