import { describe, expect, it } from 'vitest';
import type { ManagedConfigState } from '../../shared/host';
import { IpcInputError } from './common';
import { handleManagedConfig } from './managedConfig';

const managed: ManagedConfigState = {
  status: 'managed',
  sources: ['/etc/open-loket/config.json'],
  config: { hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation: 'K7Q', allowUnencryptedSecrets: false },
};

describe('managedConfig handler', () => {
  it('answers the state decided at start, as a copy the caller cannot change', () => {
    const answer = handleManagedConfig(undefined, { state: managed });
    expect(answer).toEqual(managed);
    expect(answer).not.toBe(managed);
  });

  it('answers a missing configuration with the places it looked', () => {
    const missing: ManagedConfigState = { status: 'missing', locations: ['/etc/open-loket/config.json'] };
    expect(handleManagedConfig(undefined, { state: missing })).toEqual(missing);
  });

  it.each([null, 'x', {}, 1])('rejects an argument (%j)', (input) => {
    expect(() => handleManagedConfig(input, { state: managed })).toThrow(IpcInputError);
  });
});
