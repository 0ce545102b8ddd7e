import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoketDatabase } from '../../db/database';
import { documentIndex, dropDocumentIndex } from './documentIndex';

const opened: LoketDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) {
    dropDocumentIndex(db);
    db.close();
    await Dexie.delete(db.name);
    await Dexie.delete(`${db.name}-search`);
  }
});

// The test runs in Node (vitest), where unhandled rejections are reported on `process`; the
// renderer's types do not include Node's, so the little that is used is typed here.
type Listener = (reason: unknown) => void;
const node = (globalThis as unknown as { process: { on: (event: string, listener: Listener) => void; off: (event: string, listener: Listener) => void } }).process;

describe('storing the document index in the background (review bug 10)', () => {
  it('swallows a quota error and logs only its name: no unhandled rejection, the index still works', async () => {
    const db = new LoketDatabase(`finder-${crypto.randomUUID()}`);
    opened.push(db);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    node.on('unhandledRejection', onUnhandled);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // IndexedDB itself refuses the write, like a full disk (the desk database is not written here).
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Bomenkap Havenkade', 'QuotaExceededError');
    });
    try {
      const state = await documentIndex(db);
      await vi.waitFor(() => expect(put).toHaveBeenCalled());
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Storing the document index failed', 'QuotaExceededError'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      expect(JSON.stringify(warn.mock.calls)).not.toContain('Bomenkap');
      expect(state.maxRev).toBe(-1);
    } finally {
      node.off('unhandledRejection', onUnhandled);
    }
  });
});
