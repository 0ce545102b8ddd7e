import { z } from 'zod';
import type { SecureStoreService } from '../services/secureStoreService';
import { parseInput } from './common';

/** The secure store holds a handful of tokens, not documents. */
export const MAX_SECRET_BYTES = 16 * 1024;

export type SecureStoreContext = SecureStoreService;

// Keys are identifiers chosen by the renderer's code ("hub.refreshToken"), never user text.
const keySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be 1-128 letters, digits, ".", "_" or "-"');
const keyInput = z.object({ key: keySchema });
const setInput = z.object({
  key: keySchema,
  value: z.string().refine((value) => Buffer.byteLength(value, 'utf8') <= MAX_SECRET_BYTES, `must be at most ${MAX_SECRET_BYTES} bytes`),
});

export async function handleSecureSet(input: unknown, ctx: SecureStoreContext): Promise<void> {
  const { key, value } = parseInput(setInput, input, 'secureStore.set');
  await ctx.set(key, value);
}

export async function handleSecureGet(input: unknown, ctx: SecureStoreContext): Promise<string | null> {
  const { key } = parseInput(keyInput, input, 'secureStore.get');
  return ctx.get(key);
}

export async function handleSecureDelete(input: unknown, ctx: SecureStoreContext): Promise<void> {
  const { key } = parseInput(keyInput, input, 'secureStore.delete');
  await ctx.delete(key);
}

export async function handleSecureIsEncrypted(input: unknown, ctx: SecureStoreContext): Promise<boolean> {
  parseInput(z.undefined(), input, 'secureStore.isEncrypted');
  return ctx.isEncrypted();
}
