import { describe, expect, it, vi } from 'vitest';
import { IpcRefusedError } from '../ipc/common';
import { createSecureStoreService } from './secureStoreService';
import type { SecretCipher, TextFile } from './secureStoreService';

/** Reversible stand-in for safeStorage: tags the bytes so tests can see encryption happened. */
function fakeCipher(options: { available?: boolean; backend?: string } = {}): SecretCipher & { encryptString: ReturnType<typeof vi.fn> } {
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`, 'utf8')),
    decryptString: (encrypted: Buffer) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided');
      return text.slice(4);
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

function memoryFile(initial: string | null = null): TextFile & { content: string | null; writes: number } {
  const file = {
    content: initial,
    writes: 0,
    async read() {
      return file.content;
    },
    async write(text: string) {
      file.writes += 1;
      file.content = text;
    },
  };
  return file;
}

describe('secure store service', () => {
  it('stores, reads and deletes secrets', async () => {
    const store = createSecureStoreService({ cipher: fakeCipher(), file: memoryFile(), platform: 'win32' });
    expect(await store.get('hub.refreshToken')).toBeNull();
    await store.set('hub.refreshToken', 'r3fr3sh');
    expect(await store.get('hub.refreshToken')).toBe('r3fr3sh');
    await store.delete('hub.refreshToken');
    expect(await store.get('hub.refreshToken')).toBeNull();
  });

  it('never writes the plain value to disk when encryption is available', async () => {
    const file = memoryFile();
    const store = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32' });
    await store.set('hub.refreshToken', 'top-secret-token');
    expect(file.content).not.toContain('top-secret-token');
    expect(JSON.parse(file.content ?? '')).toMatchObject({ version: 1, entries: { 'hub.refreshToken': { encoding: 'safeStorage' } } });
    expect(await store.isEncrypted()).toBe(true);
  });

  it('persists across instances (reads the file it wrote)', async () => {
    const file = memoryFile();
    await createSecureStoreService({ cipher: fakeCipher(), file, platform: 'linux' }).set('a', '1');
    expect(await createSecureStoreService({ cipher: fakeCipher(), file, platform: 'linux' }).get('a')).toBe('1');
  });

  it('refuses to store a secret without OS encryption, and says so beforehand', async () => {
    const file = memoryFile();
    const cipher = fakeCipher({ available: false });
    const store = createSecureStoreService({ cipher, file, platform: 'linux' });
    expect(await store.isEncrypted()).toBe(false);
    const error = await store.set('k', 'top-secret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcRefusedError);
    expect(String(error)).toMatch(/no OS encryption .* allowUnencryptedSecrets/);
    expect(String(error)).not.toContain('top-secret');
    expect(file.writes).toBe(0);
    expect(await store.get('k')).toBeNull();
  });

  it('refuses on Linux basic_text (a key hard-coded in Chromium) too', async () => {
    const file = memoryFile();
    const cipher = fakeCipher({ backend: 'basic_text' });
    const store = createSecureStoreService({ cipher, file, platform: 'linux' });
    await expect(store.set('k', 'v')).rejects.toBeInstanceOf(IpcRefusedError);
    expect(cipher.encryptString).not.toHaveBeenCalled();
    expect(file.writes).toBe(0);
  });

  it('stores without OS encryption only when an administrator opted in', async () => {
    const file = memoryFile();
    const cipher = fakeCipher({ available: false });
    const store = createSecureStoreService({ cipher, file, platform: 'linux', allowUnencrypted: true });
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(await store.isEncrypted()).toBe(false);
    expect(cipher.encryptString).not.toHaveBeenCalled();
    expect(JSON.parse(file.content ?? '').entries.k.encoding).toBe('plain');
    const basic = createSecureStoreService({ cipher: fakeCipher({ backend: 'basic_text' }), file: memoryFile(), platform: 'linux', allowUnencrypted: true });
    await expect(basic.set('k', 'v')).resolves.toBeUndefined();
  });

  it('reports Linux basic_text (hard-coded key) as not encrypted', async () => {
    const store = createSecureStoreService({ cipher: fakeCipher({ backend: 'basic_text' }), file: memoryFile(), platform: 'linux' });
    expect(await store.isEncrypted()).toBe(false);
    const keyring = createSecureStoreService({ cipher: fakeCipher({ backend: 'kwallet5' }), file: memoryFile(), platform: 'linux' });
    expect(await keyring.isEncrypted()).toBe(true);
    await expect(keyring.set('k', 'v')).resolves.toBeUndefined();
  });

  it('returns null for a value that can no longer be decrypted', async () => {
    const file = memoryFile(JSON.stringify({ version: 1, entries: { k: { encoding: 'safeStorage', data: Buffer.from('garbage').toString('base64') } } }));
    const log = vi.fn();
    const store = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32', log });
    expect(await store.get('k')).toBeNull();
    expect(log).toHaveBeenCalledOnce();
  });

  it.each(['not json', '{"version":2,"entries":{}}', '{"version":1,"entries":{"k":{"encoding":"rot13","data":""}}}', '[]'])(
    'starts empty on an unreadable file (%s)',
    async (content) => {
      const log = vi.fn();
      const store = createSecureStoreService({ cipher: fakeCipher(), file: memoryFile(content), platform: 'win32', log });
      expect(await store.get('k')).toBeNull();
      await store.set('k', 'v');
      expect(await store.get('k')).toBe('v');
      expect(log).toHaveBeenCalledOnce();
    },
  );

  it('does not look up inherited properties as keys', async () => {
    const store = createSecureStoreService({ cipher: fakeCipher(), file: memoryFile(), platform: 'win32' });
    expect(await store.get('constructor')).toBeNull();
    expect(await store.get('toString')).toBeNull();
  });

  it('serialises concurrent writes so none is lost', async () => {
    const file = memoryFile();
    const store = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`k${i}`, `v${i}`)));
    const reopened = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32' });
    for (let i = 0; i < 20; i++) expect(await reopened.get(`k${i}`)).toBe(`v${i}`);
  });

  it('a failed write does not poison later operations', async () => {
    const file = memoryFile();
    const write = file.write;
    let fail = true;
    file.write = async (text) => {
      if (fail) throw new Error('disk full');
      return write(text);
    };
    const store = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32' });
    await expect(store.set('a', '1')).rejects.toThrow('disk full');
    fail = false;
    await store.set('b', '2');
    expect(await store.get('a')).toBeNull(); // the failed write did not update the cache either
    expect(await store.get('b')).toBe('2');
  });

  it('deleting a missing key does not rewrite the file', async () => {
    const file = memoryFile();
    const store = createSecureStoreService({ cipher: fakeCipher(), file, platform: 'win32' });
    await store.delete('nothing');
    expect(file.writes).toBe(0);
  });
});
