import { describe, expect, it, vi } from 'vitest';
import { IpcInputError } from './common';
import { MAX_SECRET_BYTES, handleSecureDelete, handleSecureGet, handleSecureIsEncrypted, handleSecureSet } from './secureStore';

function service() {
  return {
    set: vi.fn(async () => {}),
    get: vi.fn(async () => 'value'),
    delete: vi.fn(async () => {}),
    isEncrypted: vi.fn(async () => true),
  };
}

describe('secureStore handlers', () => {
  it('pass valid requests to the service', async () => {
    const ctx = service();
    await handleSecureSet({ key: 'hub.refreshToken', value: 'abc' }, ctx);
    expect(ctx.set).toHaveBeenCalledWith('hub.refreshToken', 'abc');
    await expect(handleSecureGet({ key: 'hub.refreshToken' }, ctx)).resolves.toBe('value');
    await handleSecureDelete({ key: 'hub.refreshToken' }, ctx);
    expect(ctx.delete).toHaveBeenCalledWith('hub.refreshToken');
    await expect(handleSecureIsEncrypted(undefined, ctx)).resolves.toBe(true);
  });

  it('accept an empty value and one at the size limit', async () => {
    const ctx = service();
    await handleSecureSet({ key: 'k', value: '' }, ctx);
    await handleSecureSet({ key: 'k', value: 'x'.repeat(MAX_SECRET_BYTES) }, ctx);
    expect(ctx.set).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a missing key', { value: 'v' }],
    ['an empty key', { key: '', value: 'v' }],
    ['a key with a path', { key: '../../x', value: 'v' }],
    ['a key with spaces', { key: 'hub token', value: 'v' }],
    ['a prototype key', { key: '__proto__', value: 'v' }],
    ['an over-long key', { key: 'k'.repeat(129), value: 'v' }],
    ['a non-string value', { key: 'k', value: 12 }],
    ['a missing value', { key: 'k' }],
    ['an oversized value', { key: 'k', value: 'x'.repeat(MAX_SECRET_BYTES + 1) }],
    ['a string instead of an object', 'k'],
    ['nothing', undefined],
  ])('set rejects %s', async (_name, input) => {
    const ctx = service();
    await expect(handleSecureSet(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
    expect(ctx.set).not.toHaveBeenCalled();
  });

  it.each([undefined, 'k', { key: 7 }, { key: '../k' }, null])('get and delete reject %j', async (input) => {
    const ctx = service();
    await expect(handleSecureGet(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
    await expect(handleSecureDelete(input, ctx)).rejects.toBeInstanceOf(IpcInputError);
    expect(ctx.get).not.toHaveBeenCalled();
    expect(ctx.delete).not.toHaveBeenCalled();
  });

  it('isEncrypted takes no argument', async () => {
    await expect(handleSecureIsEncrypted({}, service())).rejects.toThrow(/secureStore.isEncrypted: invalid input/);
  });

  it('never echoes the secret in an error', async () => {
    const error = await handleSecureSet({ key: 'bad key', value: 'hunter2-secret' }, service()).catch((e: unknown) => e);
    expect(String(error)).not.toContain('hunter2-secret');
  });
});
