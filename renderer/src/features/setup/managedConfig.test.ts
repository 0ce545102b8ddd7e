import { describe, expect, it } from 'vitest';
import type { ManagedConfigState } from '../../../../shared/host';
import { testDatabases } from '../../db/testing';
import { setStationCode, stationCode } from '../../workstation';
import { applyManagedWorkstation } from './managedConfig';

const freshDb = testDatabases('setup');

const managed = (workstation: string): ManagedConfigState => ({
  status: 'managed',
  sources: ['/etc/open-loket/config.json'],
  config: { hubUrl: 'https://hub.gemeente.nl', centre: 'Stadhuis', workstation, allowUnencryptedSecrets: false },
});

describe('managed workstation code', () => {
  it('replaces the locally stored station code on a managed desk', async () => {
    const db = freshDb();
    await setStationCode(db, 'AB');
    await expect(applyManagedWorkstation(managed('K7Q'), db)).resolves.toBe('K7Q');
    await expect(stationCode(db)).resolves.toBe('K7Q');
  });

  it('leaves an unmanaged or unconfigured desk’s code alone', async () => {
    const db = freshDb();
    await setStationCode(db, 'AB');
    const states: Array<ManagedConfigState | undefined> = [{ status: 'unmanaged' }, { status: 'missing', locations: [] }, undefined];
    for (const state of states) {
      await expect(applyManagedWorkstation(state, db)).resolves.toBeUndefined();
    }
    await expect(stationCode(db)).resolves.toBe('AB');
  });
});
