import type { SecureStore } from '../../../shared/host';

/**
 * A secure store that keeps a secret in memory, for this run of the app only, when the host
 * refuses to store it – a Linux desk without a keyring whose administrator did not allow
 * unencrypted secrets. Staff can then still sign in and work; after a restart they sign in again.
 * Refusing the whole sign-in instead would leave the desk unusable in front of a visitor.
 */
export function withVolatileFallback(store: SecureStore, onFallback: () => void): SecureStore {
  const memory = new Map<string, string>();
  return {
    async set(key, value) {
      try {
        await store.set(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
        onFallback();
      }
    },
    async get(key) {
      return memory.get(key) ?? store.get(key);
    },
    async delete(key) {
      memory.delete(key);
      await store.delete(key);
    },
    isEncrypted: () => store.isEncrypted(),
  };
}
