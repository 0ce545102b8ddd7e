import { afterEach, describe, expect, it, vi } from 'vitest';
import { centreSettings, refreshCentreSettings, saveCentreSettings, startCentreSync } from '.';
import { workstationSettings } from '../workstation';

const settings = {
  name: 'Openbaarheidscentrum Stadhuis',
  address: undefined,
  phone: undefined,
  email: undefined,
  website: undefined,
  openingHours: undefined,
  extraHolidays: ['2026-05-27'],
  topics: ['Afval', 'Parkeren'],
  retentionMonths: 12,
};

afterEach(() => localStorage.clear());

describe('centre settings on the desk', () => {
  it('pulls the hub settings with the signed-in fetch, keeps them, and the intake topics follow them', async () => {
    const calls: string[] = [];
    let rev = 3;
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      if (init?.method === 'POST') rev += 1;
      return new Response(JSON.stringify({ settings: init?.body ? JSON.parse(String(init.body)) : settings, rev, updatedAt: '2026-03-02T09:00:00.000Z', updatedBy: 'cor' }), { status: 200 });
    });
    expect(workstationSettings().topics).not.toEqual(['Afval', 'Parkeren']);
    const stop = startCentreSync({ fetch, hubUrl: async () => 'https://hub.example' });
    await vi.waitFor(() => expect(centreSettings()).toEqual(settings));
    expect(workstationSettings().topics).toEqual(['Afval', 'Parkeren']);

    await saveCentreSettings({ ...settings, retentionMonths: 18 });
    expect(centreSettings()?.retentionMonths).toBe(18);
    // An older revision from the hub does not overwrite a newer local copy.
    rev = 1;
    await refreshCentreSettings();
    expect(centreSettings()?.retentionMonths).toBe(18);
    expect(calls).toEqual(['GET https://hub.example/centre/settings', 'POST https://hub.example/centre/settings', 'GET https://hub.example/centre/settings']);
    stop();
  });
});
