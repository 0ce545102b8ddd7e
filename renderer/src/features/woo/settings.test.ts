import { describe, expect, it } from 'vitest';
import { DEFAULT_WOO_SETTINGS } from './settings';

describe('the default Woo settings', () => {
  it('put the fictitious Voorbeeldstad on receipts, with no real city phone number or website', () => {
    expect(DEFAULT_WOO_SETTINGS.municipality).toEqual({ code: 'gm9999', name: 'Gemeente Voorbeeldstad' });
    expect(DEFAULT_WOO_SETTINGS.centre).toEqual({
      name: 'Openbaarheidscentrum Voorbeeldstad',
      phone: '14 0000',
      email: 'openbaarheid@voorbeeldstad.example',
      website: 'www.voorbeeldstad.example',
    });
    expect(JSON.stringify(DEFAULT_WOO_SETTINGS)).not.toMatch(/14 ?020|624 ?1111|amsterdam/i);
  });
});
