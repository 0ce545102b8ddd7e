import { z } from 'zod';
import { IpcRefusedError } from '../ipc/common';

/**
 * Secrets (the hub refresh token) kept in a JSON file in userData, each value encrypted with
 * Electron's safeStorage (DPAPI on Windows, the Secret Service/KWallet key on Linux). Every
 * dependency is injected, so this is tested in Node with a fake cipher and an in-memory file.
 *
 * When the OS offers no real encryption – no DPAPI/keyring at all, or Linux's "basic_text"
 * backend, which "encrypts" with a key hard-coded in Chromium – set() refuses to store a secret,
 * unless an administrator opted in through the managed configuration (allowUnencryptedSecrets).
 * A refresh token on disk in the clear would let anyone who copies the profile act as the desk.
 * isEncrypted() tells the renderer beforehand, so it can skip remembering the token.
 */

export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only; see safeStorage.getSelectedStorageBackend(). */
  getSelectedStorageBackend?(): string;
}

export interface TextFile {
  /** Resolves to null when the file does not exist yet. */
  read(): Promise<string | null>;
  /** Replaces the file atomically and readable by the current user only. */
  write(text: string): Promise<void>;
}

export interface SecureStoreService {
  set(key: string, value: string): Promise<void>;
  get(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  isEncrypted(): Promise<boolean>;
}

export interface SecureStoreDeps {
  cipher: SecretCipher;
  file: TextFile;
  platform: string;
  /** The administrator's opt-in (managed configuration); false unless explicitly set. */
  allowUnencrypted?: boolean;
  log?: (message: string) => void;
}

const entrySchema = z.object({
  /** "safeStorage": base64 of the ciphertext; "plain": base64 of the UTF-8 text (no protection). */
  encoding: z.enum(['safeStorage', 'plain']),
  data: z.string(),
});
const fileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), entrySchema),
});
type StoreFile = z.infer<typeof fileSchema>;
type Entry = z.infer<typeof entrySchema>;

export function createSecureStoreService(deps: SecureStoreDeps): SecureStoreService {
  const log = deps.log ?? (() => {});
  let cache: StoreFile | null = null;
  // Every operation runs after the previous one, so two concurrent set() calls cannot both read
  // the old file and lose one of the writes.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };

  async function load(): Promise<StoreFile> {
    if (cache) return cache;
    const text = await deps.file.read();
    if (text === null) {
      cache = { version: 1, entries: {} };
      return cache;
    }
    let parsed: StoreFile | null = null;
    try {
      const result = fileSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      // handled below
    }
    if (!parsed) {
      // Unreadable store: start empty rather than refusing to work; the old secrets are lost
      // either way and the user simply signs in again.
      log('secure store file is unreadable; starting with an empty store');
      parsed = { version: 1, entries: {} };
    }
    cache = parsed;
    return cache;
  }

  async function save(store: StoreFile): Promise<void> {
    await deps.file.write(`${JSON.stringify(store, null, 2)}\n`);
    cache = store;
  }

  function encryptionAvailable(): boolean {
    return deps.cipher.isEncryptionAvailable();
  }

  function realEncryption(): boolean {
    if (!encryptionAvailable()) return false;
    if (deps.platform === 'linux' && deps.cipher.getSelectedStorageBackend?.() === 'basic_text') return false;
    return true;
  }

  function encode(value: string): Entry {
    if (encryptionAvailable()) {
      return { encoding: 'safeStorage', data: Buffer.from(deps.cipher.encryptString(value)).toString('base64') };
    }
    return { encoding: 'plain', data: Buffer.from(value, 'utf8').toString('base64') };
  }

  function decode(entry: Entry): string | null {
    if (entry.encoding === 'plain') return Buffer.from(entry.data, 'base64').toString('utf8');
    try {
      return deps.cipher.decryptString(Buffer.from(entry.data, 'base64'));
    } catch {
      // E.g. the OS key ring was reset: the secret is gone, as if it had never been stored.
      log('secure store: a value could not be decrypted');
      return null;
    }
  }

  return {
    set: (key, value) =>
      serial(async () => {
        if (!realEncryption() && deps.allowUnencrypted !== true) {
          throw new IpcRefusedError(
            'secureStore.set: refused: this computer offers no OS encryption for secrets (no keyring); an administrator can allow storing them anyway with allowUnencryptedSecrets',
          );
        }
        const store = await load();
        await save({ version: 1, entries: { ...store.entries, [key]: encode(value) } });
      }),
    get: (key) =>
      serial(async () => {
        const store = await load();
        const entry = Object.hasOwn(store.entries, key) ? store.entries[key] : undefined;
        return entry ? decode(entry) : null;
      }),
    delete: (key) =>
      serial(async () => {
        const store = await load();
        if (!Object.hasOwn(store.entries, key)) return;
        const entries = { ...store.entries };
        delete entries[key];
        await save({ version: 1, entries });
      }),
    isEncrypted: async () => realEncryption(),
  };
}
