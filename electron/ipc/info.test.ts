import { describe, expect, it } from 'vitest';
import { IpcInputError } from './common';
import { handleInfo } from './info';

const ctx = { name: 'Open Loket', version: '0.1.0', platform: 'linux' };

describe('info handler', () => {
  it('reports the Electron host, name, version and platform', () => {
    expect(handleInfo(undefined, ctx)).toEqual({ host: 'electron', name: 'Open Loket', version: '0.1.0', platform: 'linux' });
  });

  it('passes on the configured hub address', () => {
    expect(handleInfo(undefined, { ...ctx, hubUrl: 'http://127.0.0.1:8787' })).toMatchObject({ hubUrl: 'http://127.0.0.1:8787' });
  });

  it.each([null, 'x', 1, {}, []])('rejects an argument (%j) with a clear error', (input) => {
    expect(() => handleInfo(input, ctx)).toThrow(IpcInputError);
    expect(() => handleInfo(input, ctx)).toThrow(/^info: invalid input/);
  });
});
