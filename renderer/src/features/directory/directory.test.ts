import { describe, expect, it, vi } from 'vitest';
import { buildDirectory, DEFAULT_MUNICIPALITY, loadPublishers, ownBodies, parsePublishers, searchDirectory, type Publisher } from './directory';

const amsterdam = { code: 'gm0363', name: 'Gemeente Amsterdam' };

const sample: Publisher[] = [
  { dc_publisher: 'pv27', dc_publisher_name: 'Provincie Noord-Holland', foi_category: 'Provincie' },
  { dc_publisher: 'gm0363', dc_publisher_name: 'Gemeente Amsterdam', foi_category: 'Gemeente' },
  { dc_publisher: 'ws0155', dc_publisher_name: 'Waterschap Amstel, Gooi en Vecht', foi_category: 'Waterschap' },
  { dc_publisher: 'mnre1034', dc_publisher_name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', foi_category: 'Ministerie' },
];

describe('parsePublishers', () => {
  it('keeps valid entries and skips bad ones with a warning', () => {
    const warn = vi.fn();
    const parsed = parsePublishers(
      [
        sample[0],
        { dc_publisher: 'x1', dc_publisher_name: '' },
        { dc_publisher: 'mlarooij', dc_publisher_name: 'mlarooij', foi_category: null, foi_country_code: null },
        { dc_publisher: 'test', dc_publisher_name: 'Test', foi_category: 'test' },
        'not an object',
        sample[0],
      ],
      warn,
    );
    expect(parsed.map((p) => p.dc_publisher)).toEqual(['pv27']);
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('survives a file that is not a list', () => {
    const warn = vi.fn();
    expect(parsePublishers({ nope: true }, warn)).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('loads the real publisher list: 1,527 entries minus the two that are not public bodies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const publishers = await loadPublishers();
    expect(publishers).toHaveLength(1525);
    expect(publishers.find((p) => p.dc_publisher === 'gm0363')?.dc_publisher_name).toBe('Gemeente Amsterdam');
    warn.mockRestore();
  });
});

describe('the directory', () => {
  it("puts the municipality's own bodies first, then everyone by name", () => {
    const directory = buildDirectory(sample, amsterdam);
    expect(directory.map((e) => e.name)).toEqual([
      'College van burgemeester en wethouders van Amsterdam',
      'Burgemeester van Amsterdam',
      'Gemeenteraad van Amsterdam',
      'Gemeente Amsterdam',
      'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      'Provincie Noord-Holland',
      'Waterschap Amstel, Gooi en Vecht',
    ]);
    expect(ownBodies({ code: 'gm0796', name: "Gemeente 's-Hertogenbosch" })[1]).toMatchObject({
      code: 'gm0796:burgemeester',
      name: "Burgemeester van 's-Hertogenbosch",
      own: true,
    });
  });

  it('a desk not configured yet offers the demo municipality Voorbeeldstad first, never a real city', () => {
    const directory = buildDirectory(sample, DEFAULT_MUNICIPALITY);
    expect(directory.slice(0, 3).map((e) => [e.code, e.name, e.own])).toEqual([
      ['gm9999:college', 'College van burgemeester en wethouders van Voorbeeldstad', true],
      ['gm9999:burgemeester', 'Burgemeester van Voorbeeldstad', true],
      ['gm9999:raad', 'Gemeenteraad van Voorbeeldstad', true],
    ]);
    expect(directory.filter((e) => e.own).every((e) => e.name.endsWith('Voorbeeldstad'))).toBe(true);
  });

  it('searches by name and code, accent- and case-insensitively, every word must match', () => {
    const directory = buildDirectory(sample, amsterdam);
    expect(searchDirectory(directory, 'amst').map((e) => e.code)).toEqual([
      'gm0363:college',
      'gm0363:burgemeester',
      'gm0363:raad',
      'gm0363',
      'ws0155',
    ]);
    // A word inside another word still matches, after the ones where a word starts with it.
    expect(searchDirectory(directory, 'stel').map((e) => e.code)).toEqual(['ws0155']);
    expect(searchDirectory(directory, 'MSTE').map((e) => e.code).slice(-2)).toEqual(['gm0363', 'ws0155']);
    expect(searchDirectory(directory, 'PV27').map((e) => e.code)).toEqual(['pv27']);
    expect(searchDirectory(directory, 'binnenlandse ZAKEN').map((e) => e.code)).toEqual(['mnre1034']);
    expect(searchDirectory(directory, 'noord holland').map((e) => e.code)).toEqual(['pv27']);
    expect(searchDirectory(directory, 'zzz')).toEqual([]);
    expect(searchDirectory(directory, '  ')).toHaveLength(directory.length);
  });
});
